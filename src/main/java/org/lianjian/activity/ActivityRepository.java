package org.lianjian.activity;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ActivityRepository extends JpaRepository<Activity, Long> {

	Optional<Activity> findByFestivalTagAndFestivalYear(String festivalTag, Integer festivalYear);

	@Query("""
			select a from Activity a where a.publicFlag = true and a.status <> org.lianjian.activity.ActivityStatus.CANCELLED
			and (:type is null or a.type = :type) and a.startAt < :to and a.endAt >= :from order by a.startAt, a.id
			""")
	List<Activity> findPublicInRange(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to,
			@Param("type") @Nullable ActivityType type);

	@Query("select a.id, p from Activity a join a.partnerUnitIds p where a.id in :ids")
	List<Object[]> partnersOf(@Param("ids") Collection<Long> ids);

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

}
