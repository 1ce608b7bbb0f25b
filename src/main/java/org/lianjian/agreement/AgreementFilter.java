package org.lianjian.agreement;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.lianjian.shared.web.DateRange;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The agreement list's filters, as GET parameters.
 *
 * @param endsFrom with {@code endsTo}: agreements whose term ends between the two days,
 * both included (the dashboard's "ending within 60 days" links here)
 * @param endsTo the last day of that range
 */
public record AgreementFilter(@Nullable String q, @Nullable AgreementStatus status, @Nullable AgreementLevel level,
		@Nullable CooperationArea area, @Nullable Long unit, @Nullable Long org, @Nullable Integer year,
		@Nullable Rag rag, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endsFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endsTo, @Nullable Integer page) {

	/** The filters without a term-end range. */
	public AgreementFilter(@Nullable String q, @Nullable AgreementStatus status, @Nullable AgreementLevel level,
			@Nullable CooperationArea area, @Nullable Long unit, @Nullable Long org, @Nullable Integer year,
			@Nullable Rag rag, @Nullable Integer page) {
		this(q, status, level, area, unit, org, year, rag, null, null, page);
	}

	/** A year outside the date range is no year filter (see {@link DateRange#year}). */
	public AgreementFilter {
		year = DateRange.year(year);
	}

	public static AgreementFilter none() {
		return new AgreementFilter(null, null, null, null, null, null, null, null, null);
	}

	/**
	 * Active agreements whose term ends between two days: the dashboard's reminder.
	 * @param from the first day
	 * @param to the last day
	 * @return the filter
	 */
	public static AgreementFilter activeEnding(LocalDate from, LocalDate to) {
		return new AgreementFilter(null, AgreementStatus.ACTIVE, null, null, null, null, null, null, from, to, null);
	}

	/**
	 * Active agreements of one colour: the dashboard's red reminder, whose commitments
	 * are those of active agreements.
	 * @param rag the colour
	 * @return the filter
	 */
	public static AgreementFilter activeOfColour(Rag rag) {
		return new AgreementFilter(null, AgreementStatus.ACTIVE, null, null, null, null, null, rag, null);
	}

	AgreementFilter withUnit(@Nullable Long unit) {
		return new AgreementFilter(this.q, this.status, this.level, this.area, unit, this.org, this.year, this.rag,
				this.endsFrom, this.endsTo, this.page);
	}

	AgreementFilter withPage(@Nullable Integer page) {
		return new AgreementFilter(this.q, this.status, this.level, this.area, this.unit, this.org, this.year, this.rag,
				this.endsFrom, this.endsTo, page);
	}

}
