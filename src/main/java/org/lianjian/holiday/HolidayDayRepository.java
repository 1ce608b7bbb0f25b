package org.lianjian.holiday;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HolidayDayRepository extends JpaRepository<HolidayDay, Long> {

	List<HolidayDay> findByDayBetweenOrderByDay(LocalDate first, LocalDate last);

	boolean existsByDay(LocalDate day);

	boolean existsByDayAndIdNot(LocalDate day, Long id);

	@Query("select distinct extract(year from d.day) from HolidayDay d order by 1")
	List<Integer> years();

}
