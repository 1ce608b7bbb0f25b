package org.lianjian.report;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Builds the annual report for the current user's scope from the one query layer, and
 * reads finalised snapshots. (Skeleton: the annual-report work fills it in.)
 */
@Service
public class AnnualReportService {

	/**
	 * The report as it stands on live data, for the current user's scope.
	 * @param year the year
	 * @return the report
	 */
	public AnnualReport live(int year) {
		throw new UnsupportedOperationException("not yet built");
	}

	/**
	 * The report a reader asked for: a finalised snapshot version when {@code version} is
	 * given (or, with no version, the latest finalised one if the year is finalised and
	 * the scope is the whole sub-district), otherwise live data.
	 * @param year the year
	 * @param version a snapshot version, or null
	 * @return the report
	 */
	public AnnualReport view(int year, @Nullable Integer version) {
		throw new UnsupportedOperationException("not yet built");
	}

}
