package org.lianjian.matching;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrderRepository extends JpaRepository<ServiceOrder, Long> {

	Optional<ServiceOrder> findByActivityId(Long activityId);

	List<ServiceOrder> findByNeedIdOrderByIdAsc(Long needId);

}
