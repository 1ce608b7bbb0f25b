package org.lianjian.agreement;

import java.math.BigDecimal;

/**
 * What a commitment's target and its fulfilment records count, chosen from a list: hours,
 * sessions (times, events, places), people, money in 元, or nothing (a qualitative
 * commitment, delivered by one record). It decides how a held activity counts towards the
 * commitment and bounds one record's quantity; it replaces the old rule that looked for
 * "时" in the free-text unit.
 */
public enum CommitmentMeasure {

	HOURS(new BigDecimal("10000")), SESSIONS(new BigDecimal("1000")), PEOPLE(new BigDecimal("100000")),
	MONEY(new BigDecimal("1000000")), QUALITATIVE(BigDecimal.ONE);

	private final BigDecimal maxPerRecord;

	CommitmentMeasure(BigDecimal maxPerRecord) {
		this.maxPerRecord = maxPerRecord;
	}

	/**
	 * The most one fulfilment record may deliver (a qualitative commitment: one).
	 * @return the bound
	 */
	public BigDecimal maxPerRecord() {
		return this.maxPerRecord;
	}

	public boolean qualitative() {
		return this == QUALITATIVE;
	}

	public String messageKey() {
		return "commitment.measure." + name();
	}

	/**
	 * The unit numbers of this measure are shown with (小时, 次, 人, 元; none for a
	 * qualitative commitment).
	 * @return the message key
	 */
	public String unitKey() {
		return "commitment.measure.unit." + name();
	}

	/**
	 * The measure of a commitment saved without one: qualitative without a target, a
	 * count of sessions otherwise.
	 * @param target the target
	 * @return the measure
	 */
	static CommitmentMeasure defaultFor(@org.jspecify.annotations.Nullable BigDecimal target) {
		return target == null ? QUALITATIVE : SESSIONS;
	}

}
