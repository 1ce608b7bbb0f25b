package org.lianjian.agreement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgreementRepository extends JpaRepository<JointBuildingAgreement, Long> {

	/**
	 * The agreement list: scope first (staff all; a secretary the agreements of their
	 * organisation subtree; a liaison those their unit is a party to), then filters.
	 */
	@Query("""
			select a from JointBuildingAgreement a
			where (:all = true or a.communityOrgId in :orgIds or :unitId member of a.unitIds)
			  and (:status is null or a.status = :status)
			  and (:level is null or a.level = :level)
			  and (:area is null or :area member of a.areas)
			  and (:unit is null or :unit member of a.unitIds)
			  and (:org is null or a.communityOrgId = :org)
			  and a.termStart <= coalesce(:yearEnd, a.termStart) and a.termEnd >= coalesce(:yearStart, a.termEnd)
			  and (:q = '' or lower(a.title) like :q or lower(a.number) like :q)
			  and (:anyId = true or a.id in :ids)""")
	Page<JointBuildingAgreement> search(@Param("all") boolean all, @Param("orgIds") Collection<Long> orgIds,
			@Param("unitId") long unitId, @Param("status") @Nullable AgreementStatus status,
			@Param("level") @Nullable AgreementLevel level, @Param("area") @Nullable CooperationArea area,
			@Param("unit") @Nullable Long unit, @Param("org") @Nullable Long org,
			@Param("yearStart") @Nullable LocalDate yearStart, @Param("yearEnd") @Nullable LocalDate yearEnd,
			@Param("q") String q, @Param("anyId") boolean anyId, @Param("ids") Collection<Long> ids, Pageable pageable);

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

	/**
	 * Of the given agreements, those a scope may open: the rule of
	 * {@link AgreementAccess#canSee}, in one query.
	 */
	@Query("""
			select a.id from JointBuildingAgreement a
			where a.id in :ids and (:all = true or a.communityOrgId in :orgIds or :unitId member of a.unitIds)""")
	Set<Long> findOpenable(@Param("ids") Collection<Long> ids, @Param("all") boolean all,
			@Param("orgIds") Collection<Long> orgIds, @Param("unitId") long unitId);

	@Query("select a from JointBuildingAgreement a where a.pairingId = :pairingId")
	List<JointBuildingAgreement> findByPairingId(@Param("pairingId") Long pairingId);

}
