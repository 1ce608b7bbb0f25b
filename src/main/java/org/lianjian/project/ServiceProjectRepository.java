package org.lianjian.project;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ServiceProjectRepository extends JpaRepository<ServiceProject, Long> {

	/**
	 * The project list: scope first (staff all; otherwise projects led by an organisation
	 * in scope or with a partner unit in scope), then filters.
	 */
	@Query("""
			select p from ServiceProject p
			where (:all = true or p.leadOrgId in :orgIds
			       or exists (select 1 from ProjectPartner s where s.project = p and s.unitId in :unitIds))
			  and (:brand is null or p.brandId = :brand)
			  and (:status is null or p.status = :status)
			  and (:org is null or p.leadOrgId = :org)
			  and (:unit is null or exists (select 1 from ProjectPartner u where u.project = p and u.unitId = :unit))
			  and p.startDate <= coalesce(:yearEnd, p.startDate)
			  and p.endDate >= coalesce(:yearStart, p.endDate)
			  and (:q = '' or lower(p.name) like :q escape '\\')""")
	Page<ServiceProject> search(@Param("all") boolean all, @Param("orgIds") Collection<Long> orgIds,
			@Param("unitIds") Collection<Long> unitIds, @Param("brand") @Nullable Long brand,
			@Param("status") @Nullable ProjectStatus status, @Param("org") @Nullable Long org,
			@Param("unit") @Nullable Long unit, @Param("yearStart") @Nullable LocalDate yearStart,
			@Param("yearEnd") @Nullable LocalDate yearEnd, @Param("q") String q, Pageable pageable);

	@Query("select s from ProjectPartner s where s.project.id in :ids order by s.project.id, s.sortOrder")
	List<ProjectPartner> partnersOf(@Param("ids") Collection<Long> ids);

	@Query("select m.project.id, count(m), count(m.doneOn) from ProjectMilestone m where m.project.id in :ids group by m.project.id")
	List<Object[]> milestoneCounts(@Param("ids") Collection<Long> ids);

	@Query("select distinct p.leadOrgId from ServiceProject p")
	List<Long> leadOrganisationIds();

	@Query("select distinct s.unitId from ProjectPartner s")
	List<Long> partnerUnitIds();

}
