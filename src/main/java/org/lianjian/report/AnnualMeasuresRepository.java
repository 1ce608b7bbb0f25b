package org.lianjian.report;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AnnualMeasuresRepository extends JpaRepository<AnnualMeasures, Long> {

	Optional<AnnualMeasures> findByYear(int year);

}
