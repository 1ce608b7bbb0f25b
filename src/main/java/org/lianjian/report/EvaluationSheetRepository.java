package org.lianjian.report;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationSheetRepository extends JpaRepository<EvaluationSheet, Long> {

	@EntityGraph(attributePaths = "scores")
	Optional<EvaluationSheet> findByRoundIdAndUnitId(Long roundId, Long unitId);

	boolean existsByRoundId(Long roundId);

}
