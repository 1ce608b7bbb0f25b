package org.lianjian.activity;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FestivalTemplateRepository extends JpaRepository<FestivalTemplate, Long> {

	List<FestivalTemplate> findAllByOrderBySortOrderAscIdAsc();

	List<FestivalTemplate> findByActiveTrueOrderBySortOrderAscIdAsc();

	boolean existsByCode(String code);

}
