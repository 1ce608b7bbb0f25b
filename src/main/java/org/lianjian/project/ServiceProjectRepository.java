package org.lianjian.project;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ServiceProjectRepository extends JpaRepository<ServiceProject, Long> {

	@Query("select distinct p.leadOrgId from ServiceProject p")
	List<Long> leadOrganisationIds();

}
