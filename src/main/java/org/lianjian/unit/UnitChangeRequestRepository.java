package org.lianjian.unit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitChangeRequestRepository extends JpaRepository<UnitChangeRequest, Long> {

	List<UnitChangeRequest> findByStatusOrderByRequestedAtAsc(ChangeRequestStatus status);

	List<UnitChangeRequest> findByUnitIdOrderByRequestedAtDesc(Long unitId);

	long countByStatus(ChangeRequestStatus status);

}
