package org.lianjian.activity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Read models of positions, bases and bookings handed to templates.
 */
public final class PositionViews {

	private PositionViews() {
	}

	/** A row in the positions list. */
	public record Summary(Long id, PositionKind kind, PositionCategory category, String name, @Nullable String address,
			int capacity, @Nullable String ownerName) {

	}

	/** Opening hours of one weekday (1 = Monday). */
	public record Hours(int weekday, LocalTime opens, LocalTime closes) {

	}

	/**
	 * A position with its owner and opening hours; agreementOpen when the reader may open
	 * the agreement it was provided under.
	 */
	public record Detail(Long id, long version, PositionKind kind, PositionCategory category, String name,
			@Nullable String address, int capacity, @Nullable String contact, @Nullable Long ownerOrganisationId,
			@Nullable Long ownerUnitId, @Nullable String ownerName, @Nullable Long agreementId, boolean agreementOpen,
			List<Hours> hours) {

		public @Nullable Hours hoursOn(int weekday) {
			return this.hours.stream().filter((h) -> h.weekday() == weekday).findFirst().orElse(null);
		}

	}

	/** One live booking. */
	public record Booking(Long id, Long positionId, LocalDate day, LocalTime startsAt, LocalTime endsAt, String purpose,
			@Nullable Long activityId, String bookedByName, boolean cancellable) {

	}

	/** One day of a position's week. */
	public record Day(LocalDate date, int weekday, @Nullable Hours hours, List<Booking> bookings, boolean today) {

		/**
		 * The open hours of the day that no booking takes, in order (none on a closed
		 * day): what the booking form offers.
		 * @return the free slots
		 */
		public List<Slot> free() {
			if (this.hours == null) {
				return List.of();
			}
			List<Slot> free = new java.util.ArrayList<>();
			LocalTime at = this.hours.opens();
			List<Booking> sorted = this.bookings.stream()
				.sorted(java.util.Comparator.comparing(Booking::startsAt))
				.toList();
			for (Booking b : sorted) {
				if (b.startsAt().isAfter(at)) {
					LocalTime until = b.startsAt().isBefore(this.hours.closes()) ? b.startsAt() : this.hours.closes();
					if (until.isAfter(at)) {
						free.add(new Slot(at, until));
					}
				}
				if (b.endsAt().isAfter(at)) {
					at = b.endsAt();
				}
			}
			if (this.hours.closes().isAfter(at)) {
				free.add(new Slot(at, this.hours.closes()));
			}
			return free;
		}

	}

	/** A stretch of a day, from one time to another. */
	public record Slot(LocalTime from, LocalTime to) {

	}

	/** A position's week: seven days from {@code from}. */
	public record Week(Detail position, LocalDate from, LocalDate to, String isoWeek, List<Day> days) {

	}

	/** A planned activity a booking may be for. */
	public record ActivityOption(Long id, String name) {

	}

}
