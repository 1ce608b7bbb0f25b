package org.lianjian.activity;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BookingRepository extends JpaRepository<Booking, Long> {

	/** Live bookings of a position that overlap [from, to). */
	@Query("""
			select b from Booking b where b.positionId = :positionId and b.status = 'BOOKED'
			and b.startsAt < :to and b.endsAt > :from order by b.startsAt""")
	List<Booking> findOverlapping(Long positionId, Instant from, Instant to);

}
