package org.lianjian.agreement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CommitmentRepository extends JpaRepository<Commitment, Long> {

	@Query("select c from Commitment c join fetch c.agreement a where a.id in :agreementIds order by a.id, c.sortOrder, c.id")
	List<Commitment> findByAgreementIds(@Param("agreementIds") Collection<Long> agreementIds);

	/**
	 * The red/amber/green input of the given agreements' commitments: delivered in the
	 * year of {@code today}, or for an agreement that expired before today in the year of
	 * its last day (see {@link AgreementService#judgeDay}).
	 */
	@Query("""
			select new org.lianjian.agreement.CommitmentStanding(c.id, c.description, c.targetQuantity,
			    c.responsibleUnitId, a.id, a.number, a.title, a.status, a.termStart, a.termEnd,
			    (select coalesce(sum(f.quantity), 0) from Fulfilment f where f.commitmentId = c.id
			       and extract(year from f.happenedOn) = case
			         when a.status = org.lianjian.agreement.AgreementStatus.EXPIRED and a.termEnd < :today
			         then extract(year from a.termEnd) else :year end))
			from Commitment c join c.agreement a
			where a.id in :agreementIds
			order by a.id, c.sortOrder, c.id""")
	List<CommitmentStanding> standings(@Param("agreementIds") Collection<Long> agreementIds,
			@Param("today") LocalDate today, @Param("year") int year);

}
