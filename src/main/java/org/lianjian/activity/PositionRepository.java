package org.lianjian.activity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PositionRepository extends JpaRepository<Position, Long> {

	@Query("select p from Position p order by p.kind, p.category, p.name")
	List<Position> findAllOrdered();

	@EntityGraph(attributePaths = "hours")
	@Query("select p from Position p where p.id = :id")
	Optional<Position> findWithHours(Long id);

	boolean existsByNameIgnoreCase(String name);

}
