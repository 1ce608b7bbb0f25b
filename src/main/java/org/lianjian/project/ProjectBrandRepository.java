package org.lianjian.project;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectBrandRepository extends JpaRepository<ProjectBrand, Long> {

	@Query("select b from ProjectBrand b order by b.retired, b.id")
	List<ProjectBrand> findAllOrdered();

	boolean existsByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

	@Query("select p.brandId, count(p) from ServiceProject p group by p.brandId")
	List<Object[]> countProjects();

}
