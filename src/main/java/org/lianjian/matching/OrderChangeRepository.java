package org.lianjian.matching;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrderChangeRepository extends JpaRepository<OrderChange, Long> {

	List<OrderChange> findByOrderIdOrderByChangedAtAscIdAsc(Long orderId);

}
