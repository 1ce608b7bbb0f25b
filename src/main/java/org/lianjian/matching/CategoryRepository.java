package org.lianjian.matching;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CategoryRepository extends JpaRepository<Category, Long> {

	List<Category> findAllByOrderBySortOrderAscIdAsc();

	boolean existsByNameAndIdNot(String name, Long id);

	boolean existsByName(String name);

}
