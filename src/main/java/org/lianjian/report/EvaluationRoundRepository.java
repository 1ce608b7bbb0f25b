package org.lianjian.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationRoundRepository extends JpaRepository<EvaluationRound, Long>, RoundVersions {

	Optional<EvaluationRound> findByYear(int year);

	List<EvaluationRound> findAllByOrderByYearDesc();

}
