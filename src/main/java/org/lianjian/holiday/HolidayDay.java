package org.lianjian.holiday;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.lianjian.shared.jpa.BaseEntity;

/**
 * One day of an official schedule: a holiday or a make-up working day, its holiday's name
 * and the notice it came from.
 */
@Entity
@Table(name = "holiday_day")
class HolidayDay extends BaseEntity {

	@Column(nullable = false)
	private LocalDate day;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private HolidayKind kind;

	@Column(nullable = false, length = 20)
	private String name;

	@Column(nullable = false, length = 200)
	private String notice;

	protected HolidayDay() {
		this.day = LocalDate.EPOCH;
		this.kind = HolidayKind.HOLIDAY;
		this.name = "";
		this.notice = "";
	}

	HolidayDay(LocalDate day, HolidayKind kind, String name, String notice) {
		this.day = day;
		this.kind = kind;
		this.name = name;
		this.notice = notice;
	}

	void change(LocalDate day, HolidayKind kind, String name, String notice) {
		this.day = day;
		this.kind = kind;
		this.name = name;
		this.notice = notice;
	}

	LocalDate getDay() {
		return this.day;
	}

	HolidayKind getKind() {
		return this.kind;
	}

	String getName() {
		return this.name;
	}

	String getNotice() {
		return this.notice;
	}

	@Override
	public String toString() {
		return this.day + " " + this.kind + " " + this.name;
	}

}
