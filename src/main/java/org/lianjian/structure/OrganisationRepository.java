package org.lianjian.structure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	Optional<Organisation> findByStructureRole(StructureRole role);

	boolean existsByParentIdAndStatus(Long parentId, OrganisationStatus status);

	/** The organisation and all its descendants, active or not. */
	@Query(value = """
			with recursive sub(id) as (
			  select id from organisation where id = :root
			  union all
			  select o.id from organisation o join sub on o.parent_id = sub.id
			)
			select id from sub""", nativeQuery = true)
	List<Long> findSubtreeIds(@Param("root") Long root);

	/** The organisation and its ancestors, nearest first. */
	@Query(value = """
			with recursive up(id, parent_id, depth) as (
			  select id, parent_id, 0 from organisation where id = :id
			  union all
			  select o.id, o.parent_id, up.depth + 1 from organisation o join up on o.id = up.parent_id
			)
			select id from up order by depth""", nativeQuery = true)
	List<Long> findAncestorIds(@Param("id") Long id);

	/** For each given root, the number of active organisations strictly below it. */
	@Query(value = """
			with recursive sub(root, id) as (
			  select o.id, o.id from organisation o where o.id in (:roots)
			  union all
			  select sub.root, c.id from organisation c join sub on c.parent_id = sub.id
			)
			select sub.root, count(*) filter (where sub.id <> sub.root and o.status = 'ACTIVE')
			from sub join organisation o on o.id = sub.id
			group by sub.root""", nativeQuery = true)
	List<Object[]> countActiveDescendants(@Param("roots") Collection<Long> roots);

	/**
	 * The number of active organisations strictly below the one holding the core role (as
	 * {@link #countActiveDescendants} counts it), 0 when no organisation holds it.
	 */
	@Query(value = """
			with recursive sub(id, depth) as (
			  select o.id, 0 from organisation o where o.structure_role = 'CORE'
			  union all
			  select c.id, sub.depth + 1 from organisation c join sub on c.parent_id = sub.id
			)
			select count(*) from sub join organisation o on o.id = sub.id
			where sub.depth > 0 and o.status = 'ACTIVE'""", nativeQuery = true)
	long countActiveBelowCore();

	@Query("""
			select new org.lianjian.structure.OrganisationSummary(o.id, o.name, o.shortName, o.type, o.status,
			  p.id, p.name, o.memberCount, o.secretaryName)
			from Organisation o left join o.parent p
			where (:anyId = true or o.id in :ids)
			  and (:type is null or o.type = :type)
			  and (:status is null or o.status = :status)
			  and (:networks = false or o.structureRole in :networkRoles)
			  and (:q = '' or lower(o.name) like concat('%', :q, '%') or lower(coalesce(o.shortName, '')) like concat('%', :q, '%'))
			""")
	Page<OrganisationSummary> search(@Param("anyId") boolean anyId, @Param("ids") Collection<Long> ids,
			@Param("type") @Nullable OrganisationType type, @Param("status") @Nullable OrganisationStatus status,
			@Param("networks") boolean networks, @Param("networkRoles") Collection<StructureRole> networkRoles,
			@Param("q") String q, Pageable pageable);

	@Query("""
			select new org.lianjian.structure.OrganisationSummary(o.id, o.name, o.shortName, o.type, o.status,
			  p.id, p.name, o.memberCount, o.secretaryName)
			from Organisation o join o.parent p
			where p.id = :parentId
			order by o.status, o.sortOrder, o.name""")
	List<OrganisationSummary> findChildren(@Param("parentId") Long parentId);

	@Query("""
			select new org.lianjian.structure.OrganisationOption(o.id, o.name, o.type)
			from Organisation o
			where o.status = org.lianjian.structure.OrganisationStatus.ACTIVE and o.type in :types
			order by o.type, o.sortOrder, o.name""")
	List<OrganisationOption> findOptions(@Param("types") Collection<OrganisationType> types);

	/**
	 * Active organisations of one type, as choices. A single type rather than a
	 * collection, so that Hibernate translates the query once, not on every call (the
	 * unit list's area filter spent 8 % of its time here).
	 * @param type the type
	 * @return the choices in display order
	 */
	@Query("""
			select new org.lianjian.structure.OrganisationOption(o.id, o.name, o.type)
			from Organisation o
			where o.status = org.lianjian.structure.OrganisationStatus.ACTIVE and o.type = :type
			order by o.sortOrder, o.name""")
	List<OrganisationOption> findOptionsOfType(@Param("type") OrganisationType type);

	/**
	 * Active organisations of every type but one, as choices (translated once, like
	 * {@link #findOptionsOfType}).
	 * @param type the type left out
	 * @return the choices in display order
	 */
	@Query("""
			select new org.lianjian.structure.OrganisationOption(o.id, o.name, o.type)
			from Organisation o
			where o.status = org.lianjian.structure.OrganisationStatus.ACTIVE and o.type <> :type
			order by o.type, o.sortOrder, o.name""")
	List<OrganisationOption> findOptionsExceptType(@Param("type") OrganisationType type);

}
