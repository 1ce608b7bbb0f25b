package org.lianjian.matching;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.lianjian.holiday.WorkingDays;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The order stages' deadlines in China's working days ({@link WorkingDays}): dispatch
 * within {@code portal.matching.dispatch-days} (3) working days of the order (or of a
 * decline), reply within {@code portal.matching.reply-days} (5) working days of the
 * dispatch, delivery by the wanted date. Each stage turns red past twice its allowance.
 */
@Component
class Deadlines {

	private final WorkingDays workingDays;

	private final int dispatchDays;

	private final int replyDays;

	Deadlines(WorkingDays workingDays, @Value("${portal.matching.dispatch-days:3}") int dispatchDays,
			@Value("${portal.matching.reply-days:5}") int replyDays) {
		this.workingDays = workingDays;
		this.dispatchDays = Math.max(1, dispatchDays);
		this.replyDays = Math.max(1, replyDays);
	}

	/** Dispatch, from the day of the order or of the decline. */
	Deadline dispatch(LocalDate from) {
		return inWorkingDays(from, this.dispatchDays);
	}

	/**
	 * Reply by the day staff set at dispatch (preset {@link #replyBy}); red past twice
	 * the working days it allows (at least one).
	 */
	Deadline reply(LocalDate dispatchedOn, LocalDate replyBy) {
		int allowance = Math.max(1, this.workingDays.workingDaysBetween(dispatchedOn, replyBy));
		return new Deadline(replyBy, this.workingDays.addWorkingDays(replyBy, allowance));
	}

	/** The default reply-by date offered when dispatching. */
	LocalDate replyBy(LocalDate dispatchedOn) {
		return this.workingDays.addWorkingDays(dispatchedOn, this.replyDays);
	}

	/**
	 * Delivery by the wanted date; red past twice the time from the order to it (at least
	 * a day).
	 */
	Deadline delivery(LocalDate orderedOn, LocalDate wanted) {
		long allowance = Math.max(1, ChronoUnit.DAYS.between(orderedOn, wanted));
		return new Deadline(wanted, wanted.plusDays(allowance));
	}

	/**
	 * Whether the official schedule of the year is missing, so the deadlines count
	 * weekends only (the pages then warn).
	 */
	boolean scheduleMissing(LocalDate today) {
		return !this.workingDays.hasSchedule(today.getYear());
	}

	private Deadline inWorkingDays(LocalDate from, int days) {
		return new Deadline(this.workingDays.addWorkingDays(from, days),
				this.workingDays.addWorkingDays(from, 2 * days));
	}

}
