package org.lianjian.report;

import org.lianjian.shared.web.NotFoundException;

/**
 * A report year outside the portal's range, or a snapshot version that does not exist or
 * that the reader may not see (snapshots are of the whole sub-district).
 */
public class AnnualReportNotFoundException extends NotFoundException {

	AnnualReportNotFoundException(String what) {
		super(what);
	}

	static AnnualReportNotFoundException forYear(int year) {
		return new AnnualReportNotFoundException("annual report " + year);
	}

	static AnnualReportNotFoundException forVersion(int year, int version) {
		return new AnnualReportNotFoundException("annual report " + year + " version " + version);
	}

}
