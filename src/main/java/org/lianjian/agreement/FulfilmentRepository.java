package org.lianjian.agreement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FulfilmentRepository extends JpaRepository<Fulfilment, Long> {

	List<Fulfilment> findByAgreementIdOrderByHappenedOnDescIdDesc(Long agreementId);

	/** Delivered quantity and number of records per commitment within a period. */
	@Query("""
			select f.commitmentId, sum(f.quantity), count(f)
			from Fulfilment f
			where f.agreementId in :agreementIds and f.happenedOn between :from and :to
			group by f.commitmentId""")
	List<Object[]> sumByCommitment(@Param("agreementIds") Collection<Long> agreementIds, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	Optional<Fulfilment> findByCommitmentIdAndActivityId(Long commitmentId, Long activityId);

	List<Fulfilment> findByActivityId(Long activityId);

}
