package org.lianjian.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationCriterionRepository extends JpaRepository<EvaluationCriterion, Long> {

	List<EvaluationCriterion> findByRoundIdOrderBySortOrderAscIdAsc(Long roundId);

}
