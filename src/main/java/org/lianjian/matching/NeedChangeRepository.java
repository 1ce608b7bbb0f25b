package org.lianjian.matching;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NeedChangeRepository extends JpaRepository<NeedChange, Long> {

	List<NeedChange> findByNeedIdOrderByChangedAtAscIdAsc(Long needId);

}
