package org.lianjian.activity;

/**
 * A booking holds its slot until it is cancelled.
 */
public enum BookingStatus {

	BOOKED, CANCELLED;

	public String messageKey() {
		return "booking.status." + name();
	}

}
