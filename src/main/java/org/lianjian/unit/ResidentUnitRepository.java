package org.lianjian.unit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ResidentUnitRepository extends JpaRepository<ResidentUnit, Long> {

	@Query("select u.id, u.name from ResidentUnit u where u.status = org.lianjian.unit.UnitStatus.ACTIVE order by u.name")
	List<Object[]> findActiveNames();

	@Query("""
			select u.id, u.name from ResidentUnit u where u.status = org.lianjian.unit.UnitStatus.ACTIVE
			  and (u.residentialAreaId in :areaIds or u.id = :unitId) order by u.name""")
	List<Object[]> findActiveNamesInScope(@Param("areaIds") Collection<Long> areaIds, @Param("unitId") long unitId);

	Optional<ResidentUnit> findByCreditCode(String creditCode);

	List<ResidentUnit> findByName(String name);

	@Query("""
			select count(u) from ResidentUnit u
			where u.status = org.lianjian.unit.UnitStatus.ACTIVE
			  and (:all = true or u.residentialAreaId in :areaIds or u.id = :unitId)""")
	long countActiveInScope(@Param("all") boolean all, @Param("areaIds") Collection<Long> areaIds,
			@Param("unitId") long unitId);

	/**
	 * The unit list: scope first, then the user's filters. {@code vacant} selects units
	 * with (true) or without (false) an active primary liaison.
	 */
	@Query(value = """
			select u from ResidentUnit u
			where (:all = true or u.residentialAreaId in :areaIds or u.id = :unitId)
			  and (:q = '' or lower(u.name) like :q or lower(coalesce(u.shortName, '')) like :q
			       or lower(coalesce(u.creditCode, '')) like :q)
			  and (:category is null or u.category = :category)
			  and (:rank is null or u.adminRank = :rank)
			  and (:areaId is null or u.residentialAreaId = :areaId)
			  and (:networkId is null or u.networkId = :networkId)
			  and (:member is null or u.coordinationMember = :member)
			  and (:status is null or u.status = :status)
			  and (:vacant is null
			       or (:vacant = true and not exists (select 1 from Liaison l
			           where l.unitId = u.id and l.primary = true and l.endDate is null))
			       or (:vacant = false and exists (select 1 from Liaison l
			           where l.unitId = u.id and l.primary = true and l.endDate is null)))""")
	Page<ResidentUnit> search(@Param("all") boolean all, @Param("areaIds") Collection<Long> areaIds,
			@Param("unitId") long unitId, @Param("q") String q, @Param("category") @Nullable UnitCategory category,
			@Param("rank") @Nullable AdminRank rank, @Param("areaId") @Nullable Long areaId,
			@Param("networkId") @Nullable Long networkId, @Param("member") @Nullable Boolean member,
			@Param("status") @Nullable UnitStatus status, @Param("vacant") @Nullable Boolean vacant, Pageable pageable);

	/** Active units without an active primary liaison, in scope. */
	@Query("""
			select count(u) from ResidentUnit u
			where u.status = org.lianjian.unit.UnitStatus.ACTIVE
			  and (:all = true or u.residentialAreaId in :areaIds or u.id = :unitId)
			  and not exists (select 1 from Liaison l where l.unitId = u.id and l.primary = true and l.endDate is null)""")
	long countVacant(@Param("all") boolean all, @Param("areaIds") Collection<Long> areaIds,
			@Param("unitId") long unitId);

}
