package org.lianjian.agreement;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The few look-ups the agreement pages need beyond the service: the parties that occur in
 * the agreements a user may see (for the list's drop-downs).
 */
interface AgreementOptionRepository extends Repository<JointBuildingAgreement, Long> {

	@Query("""
			select distinct u from JointBuildingAgreement a join a.unitIds u
			where (:all = true or a.communityOrgId in :orgIds or :unitId member of a.unitIds)""")
	List<Long> unitIdsInScope(@Param("all") boolean all, @Param("orgIds") Collection<Long> orgIds,
			@Param("unitId") long unitId);

	@Query("""
			select distinct a.communityOrgId from JointBuildingAgreement a
			where (:all = true or a.communityOrgId in :orgIds or :unitId member of a.unitIds)""")
	List<Long> organisationIdsInScope(@Param("all") boolean all, @Param("orgIds") Collection<Long> orgIds,
			@Param("unitId") long unitId);

}
