package org.lianjian.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EvaluationRecognitionRepository extends JpaRepository<EvaluationRecognition, Long> {

	List<EvaluationRecognition> findByRoundId(Long roundId);

	@Modifying(flushAutomatically = true, clearAutomatically = false)
	@Query("delete from EvaluationRecognition r where r.roundId = ?1")
	void deleteByRound(Long roundId);

}
