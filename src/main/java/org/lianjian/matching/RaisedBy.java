package org.lianjian.matching;

/**
 * Who raised a need: a residential-area organisation (its secretary), staff, or a unit
 * (its liaison; the community then serves the unit).
 */
public enum RaisedBy {

	ORGANISATION, STAFF, UNIT;

	public String messageKey() {
		return "matching.raisedBy." + name();
	}

	/**
	 * The direction of service a need raised this way asks for.
	 * @return to the unit for a unit's need, to the community otherwise
	 */
	public Direction direction() {
		return (this == UNIT) ? Direction.TO_UNIT : Direction.TO_COMMUNITY;
	}

}
