package org.lianjian.agreement;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PairingRepository extends JpaRepository<Pairing, Long> {

	@Query("select p from Pairing p where p.organisationId = :orgId or p.partnerOrgId = :orgId order by p.startDate desc")
	List<Pairing> findByOrganisation(@Param("orgId") Long orgId);

	List<Pairing> findByUnitIdOrderByStartDateDesc(Long unitId);

	@Query("""
			select p from Pairing p
			where p.organisationId = :orgId and (p.endDate is null or p.endDate >= :today)
			  and ((:unitId is not null and p.unitId = :unitId) or (:partnerOrgId is not null and p.partnerOrgId = :partnerOrgId))""")
	List<Pairing> findActiveBetween(@Param("orgId") Long orgId, @Param("unitId") @Nullable Long unitId,
			@Param("partnerOrgId") @Nullable Long partnerOrgId, @Param("today") LocalDate today);

}
