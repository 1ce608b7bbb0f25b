package org.lianjian.unit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ResidentUnitRepository extends JpaRepository<ResidentUnit, Long> {

	@Query("select u.id, u.name from ResidentUnit u where u.status = org.lianjian.unit.UnitStatus.ACTIVE order by u.name")
	List<Object[]> findActiveNames();

	@Query("""
			select u.id, u.name from ResidentUnit u where u.status = org.lianjian.unit.UnitStatus.ACTIVE
			  and (u.residentialAreaId in :areaIds or u.id = :unitId) order by u.name""")
	List<Object[]> findActiveNamesInScope(@Param("areaIds") Collection<Long> areaIds, @Param("unitId") long unitId);

	Optional<ResidentUnit> findByCreditCode(String creditCode);

	List<ResidentUnit> findByName(String name);

}
