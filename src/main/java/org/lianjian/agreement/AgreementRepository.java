package org.lianjian.agreement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgreementRepository extends JpaRepository<JointBuildingAgreement, Long> {

	@Query("select a from JointBuildingAgreement a where a.status = org.lianjian.agreement.AgreementStatus.ACTIVE and a.termEnd < :today")
	List<JointBuildingAgreement> findEnded(@Param("today") LocalDate today);

	/**
	 * The agreements a detail page links to, as {@code id, number, title, renewedFromId}
	 * rows: those with the given ids (parent and predecessor) and the renewals of
	 * {@code id}.
	 */
	@Query("""
			select a.id, a.number, a.title, a.renewedFromId from JointBuildingAgreement a
			where a.id in :ids or a.renewedFromId = :id
			order by a.id""")
	List<Object[]> findRelated(@Param("ids") Collection<Long> ids, @Param("id") Long id);

	@Query("select a from JointBuildingAgreement a where a.pairingId = :pairingId")
	List<JointBuildingAgreement> findByPairingId(@Param("pairingId") Long pairingId);

}
