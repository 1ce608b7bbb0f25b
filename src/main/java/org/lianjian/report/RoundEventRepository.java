package org.lianjian.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoundEventRepository extends JpaRepository<RoundEvent, Long> {

	List<RoundEvent> findByRoundIdOrderByOccurredAtAscIdAsc(Long roundId);

}
