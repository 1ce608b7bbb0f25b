package org.lianjian.agreement;

import org.jspecify.annotations.Nullable;
import org.lianjian.shared.web.DateRange;

/**
 * The agreement list's filters, as GET parameters.
 */
public record AgreementFilter(@Nullable String q, @Nullable AgreementStatus status, @Nullable AgreementLevel level,
		@Nullable CooperationArea area, @Nullable Long unit, @Nullable Long org, @Nullable Integer year,
		@Nullable Rag rag, @Nullable Integer page) {

	/** A year outside the date range is no year filter (see {@link DateRange#year}). */
	public AgreementFilter {
		year = DateRange.year(year);
	}

	public static AgreementFilter none() {
		return new AgreementFilter(null, null, null, null, null, null, null, null, null);
	}

	AgreementFilter withUnit(@Nullable Long unit) {
		return new AgreementFilter(this.q, this.status, this.level, this.area, unit, this.org, this.year, this.rag,
				this.page);
	}

}
