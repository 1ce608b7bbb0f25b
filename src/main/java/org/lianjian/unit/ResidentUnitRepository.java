package org.lianjian.unit;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ResidentUnitRepository extends JpaRepository<ResidentUnit, Long> {

	@Query("select u.id, u.name from ResidentUnit u where u.status = org.lianjian.unit.UnitStatus.ACTIVE order by u.name")
	List<Object[]> findActiveNames();

	@Query("select u.id, u.name from ResidentUnit u where u.id in :ids")
	List<Object[]> findNames(@Param("ids") Collection<Long> ids);

	@Query("""
			select count(u) from ResidentUnit u
			where u.status = org.lianjian.unit.UnitStatus.ACTIVE
			  and (:all = true or u.residentialAreaId in :areaIds or u.id = :unitId)""")
	long countActiveInScope(@Param("all") boolean all, @Param("areaIds") Collection<Long> areaIds,
			@Param("unitId") long unitId);

}
