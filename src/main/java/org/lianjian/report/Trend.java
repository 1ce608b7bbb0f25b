package org.lianjian.report;

import java.math.BigDecimal;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a report figure's change since the previous year means. For most figures more is
 * better (agreements, activities, hours, fulfilment); for a few less is better
 * (terminated agreements), and for some a change is neither (agreements that simply ran
 * their term). The page colours the year-on-year arrow by this, never by its direction.
 */
public enum Trend {

	/** The figure moved the way the sub-district wants. */
	GOOD("text-success", "report.annual.trend.good"),

	/** The figure moved the wrong way. */
	BAD("text-danger", "report.annual.trend.bad"),

	/** Unchanged, or a change that is neither good nor bad. */
	NEUTRAL("text-body-secondary", null),

	/** No previous year to compare with. */
	NONE("text-body-secondary", null);

	/** Figures for which a rise is bad news. */
	static final Set<String> LOWER_IS_BETTER = Set.of("agreements.terminated", "deficit.unmetRate");

	/** Figures whose change says nothing good or bad by itself. */
	static final Set<String> NO_DIRECTION = Set.of("agreements.expired", "deficit.needs");

	private final String css;

	private final @Nullable String messageKey;

	Trend(String css, @Nullable String messageKey) {
		this.css = css;
		this.messageKey = messageKey;
	}

	/** The Bootstrap text colour class for the arrow and its text. */
	public String css() {
		return this.css;
	}

	/** Message key of the words that say the same as the colour, or null. */
	public @Nullable String messageKey() {
		return this.messageKey;
	}

	/**
	 * The meaning of a change.
	 * @param key the figure's key
	 * @param change this year minus the previous year, null where there is no previous
	 * year
	 * @return the trend
	 */
	static Trend of(String key, @Nullable BigDecimal change) {
		if (change == null) {
			return NONE;
		}
		int sign = change.signum();
		if (sign == 0 || NO_DIRECTION.contains(key)) {
			return NEUTRAL;
		}
		boolean rise = sign > 0;
		return (rise != LOWER_IS_BETTER.contains(key)) ? GOOD : BAD;
	}

}
