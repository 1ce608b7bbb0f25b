package org.lianjian.activity;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ActivityRepository extends JpaRepository<Activity, Long> {

	/** Visible: staff see all; others what their scope covers, plus public activities. */
	String VISIBLE = """
			(:all = true or a.publicFlag = true or a.organiserOrgId in :orgs
			 or exists (select 1 from Activity b join b.partnerUnitIds p where b.id = a.id and p = :unit))
			""";

	Optional<Activity> findByFestivalTagAndFestivalYear(String festivalTag, Integer festivalYear);

	@Query("""
			select a from Activity a where a.publicFlag = true and a.status <> org.lianjian.activity.ActivityStatus.CANCELLED
			and (:type is null or a.type = :type) and a.startAt < :to and a.endAt >= :from order by a.startAt, a.id
			""")
	List<Activity> findPublicInRange(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to,
			@Param("type") @Nullable ActivityType type);

	@Query("select a.id, p from Activity a join a.partnerUnitIds p where a.id in :ids")
	List<Object[]> partnersOf(@Param("ids") Collection<Long> ids);

	/**
	 * The activities a unit is a partner of in a period that a scope may see
	 * ({@link #VISIBLE}, the condition of the list and the calendar).
	 */
	@Query("select a from Activity a join a.partnerUnitIds p where p = :partner and " + VISIBLE + """
			and a.startAt >= :from and a.startAt < :to order by a.startAt desc, a.id desc
			""")
	List<Activity> findVisibleByPartnerBetween(@Param("all") boolean all, @Param("orgs") Collection<Long> orgs,
			@Param("unit") long unit, @Param("partner") Long partner, @Param("from") LocalDateTime from,
			@Param("to") LocalDateTime to);

	@Query("""
			select coalesce(sum(h.hours), 0) from Activity a join a.unitHours h
			where h.unitId = :unit and a.status = org.lianjian.activity.ActivityStatus.HELD
			and a.startAt >= :from and a.startAt < :to
			""")
	BigDecimal hoursOf(@Param("unit") Long unit, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

	@Query("""
			select coalesce(sum(h.volunteers), 0) from Activity a join a.unitHours h
			where h.unitId = :unit and a.status = org.lianjian.activity.ActivityStatus.HELD
			and a.startAt >= :from and a.startAt < :to
			""")
	Long volunteersOf(@Param("unit") Long unit, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

	@Query("select a from Activity a where " + VISIBLE + """
			and (:type is null or a.type = :type) and a.startAt < :to and a.endAt >= :from order by a.startAt, a.id
			""")
	List<Activity> findVisibleInRange(@Param("all") boolean all, @Param("orgs") Collection<Long> orgs,
			@Param("unit") long unit, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to,
			@Param("type") @Nullable ActivityType type);

	/** Planned activities that have not started yet, soonest first (dashboard). */
	@Query("select new org.lianjian.activity.ActivityBrief(a.id, a.title, a.startAt) from Activity a where " + VISIBLE
			+ """
					and a.status = org.lianjian.activity.ActivityStatus.PLANNED and a.startAt >= :from and a.startAt < :to
					order by a.startAt, a.id
					""")
	List<ActivityBrief> findUpcoming(@Param("all") boolean all, @Param("orgs") Collection<Long> orgs,
			@Param("unit") long unit, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to, Pageable limit);

	/**
	 * Planned activities a unit is a partner of that have not started yet and that a
	 * scope may see, soonest first (a liaison's home page).
	 */
	@Query("select new org.lianjian.activity.ActivityBrief(a.id, a.title, a.startAt) from Activity a"
			+ " join a.partnerUnitIds p where p = :partner and " + VISIBLE
			+ """
					and a.status = org.lianjian.activity.ActivityStatus.PLANNED and a.startAt >= :from and a.startAt < :to
					order by a.startAt, a.id desc
					""")
	List<ActivityBrief> findUpcomingWithPartner(@Param("all") boolean all, @Param("orgs") Collection<Long> orgs,
			@Param("unit") long unit, @Param("partner") Long partner, @Param("from") LocalDateTime from,
			@Param("to") LocalDateTime to, Pageable limit);

	@Query("select a from Activity a where " + VISIBLE + """
			and a.projectId = :project order by a.startAt desc, a.id desc
			""")
	List<Activity> findVisibleByProject(@Param("all") boolean all, @Param("orgs") Collection<Long> orgs,
			@Param("unit") long unit, @Param("project") Long project);

}
