package org.lianjian.bench;

/**
 * The named sizes of the benchmark dataset. Every size spans ten years (the current year
 * and the nine before); the counts are targets the generator reaches within a few per
 * cent.
 *
 * @param units resident units
 * @param areas residential areas (residential-area party organisations)
 * @param activities activities, festival and project activities included
 * @param participation rows of activity_unit_hours and activity_volunteer together
 * @param agreements joint-building agreements
 * @param accounts user accounts
 * @param needs needs (需求), of residential areas and of units
 * @param resources resources (资源) of units and of the community
 * @param orders orders (点单) of resources for needs, in every status
 */
record DatasetSize(String name, int units, int areas, int activities, int participation, int agreements, int accounts,
		int needs, int resources, int orders) {

	/** A whole sub-district's decade. */
	static final DatasetSize L = new DatasetSize("L", 2_000, 30, 50_000, 500_000, 10_000, 200, 5_000, 3_000, 20_000);

	/** About a tenth of L. */
	static final DatasetSize S = new DatasetSize("S", 200, 3, 5_000, 50_000, 1_000, 20, 500, 300, 2_000);

	/** For tests: a few seconds at most. */
	static final DatasetSize T = new DatasetSize("T", 40, 2, 300, 3_000, 60, 10, 50, 30, 200);

	/** The number of years every size spans. */
	static final int YEARS = 10;

	static DatasetSize of(String name) {
		return switch (name.trim().toUpperCase(java.util.Locale.ROOT)) {
			case "L" -> L;
			case "S" -> S;
			case "T" -> T;
			default -> throw new IllegalArgumentException("Unknown size " + name + " (use T, S or L)");
		};
	}

}
