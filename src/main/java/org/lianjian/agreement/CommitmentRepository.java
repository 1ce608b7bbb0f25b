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

	/**
	 * The commitments of the agreements in force in a scope (staff all; a secretary their
	 * organisation subtree; a liaison the agreements their unit is a party to) with what
	 * was delivered between {@code from} and {@code to}: the dashboard's red list.
	 */
	@Query("""
			select new org.lianjian.agreement.CommitmentStanding(c.id, c.description, c.targetQuantity,
			    c.responsibleUnitId, a.id, a.number, a.title, a.status, a.termStart, a.termEnd,
			    (select coalesce(sum(f.quantity), 0) from Fulfilment f where f.commitmentId = c.id
			       and f.happenedOn between :from and :to))
			from Commitment c join c.agreement a
			where a.status = org.lianjian.agreement.AgreementStatus.ACTIVE
			  and (:all = true or a.communityOrgId in :orgIds or :unitId member of a.unitIds)
			order by a.id, c.sortOrder, c.id""")
	List<CommitmentStanding> activeStandingsInScope(@Param("all") boolean all, @Param("orgIds") Collection<Long> orgIds,
			@Param("unitId") long unitId, @Param("from") LocalDate from, @Param("to") LocalDate to);

}
