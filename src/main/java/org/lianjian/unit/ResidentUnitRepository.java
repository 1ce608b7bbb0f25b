package org.lianjian.unit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResidentUnitRepository extends JpaRepository<ResidentUnit, Long> {

	@Query("select u.id, u.name from ResidentUnit u where u.status = org.lianjian.unit.UnitStatus.ACTIVE order by u.name")
	List<Object[]> findActiveNames();

	Optional<ResidentUnit> findByCreditCode(String creditCode);

	List<ResidentUnit> findByName(String name);

}
