package org.lianjian.unit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitChangeRepository extends JpaRepository<UnitChange, Long> {

	List<UnitChange> findTop200ByUnitIdOrderByChangedAtDescIdDesc(Long unitId);

}
