package org.lianjian.agreement;

import java.math.BigDecimal;
import java.util.Collection;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;

/**
 * Who may credit which commitment, and with how much: the one definition used by direct
 * fulfilment logging ({@link FulfilmentLog#log}) and by fulfilment through activities
 * ({@link ActivityFulfilment}).
 * <ul>
 * <li><b>Who logs</b>: staff any commitment; a liaison their own unit's commitments; a
 * secretary the community side's commitments of agreements of their organisations.</li>
 * <li><b>Through an activity</b>: only commitments of agreements in force whose
 * responsible unit is a partner of the activity (never the community side), and only
 * those the user linking them may log directly.</li>
 * <li><b>How much</b>: one record delivers at most
 * {@link CommitmentMeasure#maxPerRecord()} (one for a qualitative commitment). An
 * activity delivers one session, the responsible unit's own hours, or the residents it
 * served; it never delivers money.</li>
 * </ul>
 */
final class FulfilmentRules {

	private FulfilmentRules() {
	}

	static boolean mayLog(DataScope scope, JointBuildingAgreement a, Commitment c) {
		if (scope.isAll()) {
			return true;
		}
		if (scope.isLiaison()) {
			return c.getResponsibleUnitId() != null && c.getResponsibleUnitId().equals(scope.unitId());
		}
		return c.getResponsibleUnitId() == null && scope.organisationIds().contains(a.getCommunityOrgId());
	}

	/**
	 * Whether an activity with these partners may count towards a commitment at all.
	 * @param c the commitment
	 * @param partnerUnitIds the activity's partner units
	 * @return unit-side, of a partner, in an agreement in force
	 */
	static boolean creditableThrough(Commitment c, Collection<Long> partnerUnitIds) {
		JointBuildingAgreement a = c.getAgreement();
		return a != null && a.getStatus() == AgreementStatus.ACTIVE && c.getResponsibleUnitId() != null
				&& partnerUnitIds.contains(c.getResponsibleUnitId());
	}

	/**
	 * Whether the user may link a commitment to an activity with these partners.
	 * @param scope the user
	 * @param c the commitment
	 * @param partnerUnitIds the activity's partners
	 * @return both rules hold
	 */
	static boolean mayLink(DataScope scope, Commitment c, Collection<Long> partnerUnitIds) {
		return creditableThrough(c, partnerUnitIds) && mayLog(scope, c.getAgreement(), c);
	}

	/**
	 * What one record may deliver at most.
	 * @param c the commitment
	 * @param quantity the quantity asked for
	 * @return whether it is within the bound
	 */
	static boolean withinBound(Commitment c, BigDecimal quantity) {
		return quantity.signum() >= 0 && quantity.compareTo(c.getMeasure().maxPerRecord()) <= 0;
	}

	/**
	 * What a held activity delivers towards a commitment of one of its partner units.
	 * @param c the commitment
	 * @param figures the activity's figures
	 * @return the quantity (within the bound), or null when it delivers nothing
	 */
	static @Nullable BigDecimal activityQuantity(Commitment c, ActivityFulfilment.Figures figures) {
		Long unit = c.getResponsibleUnitId();
		BigDecimal quantity = switch (c.getMeasure()) {
			case SESSIONS, QUALITATIVE -> BigDecimal.ONE;
			case HOURS -> unit == null ? null : figures.hoursByUnit().get(unit);
			case PEOPLE -> figures.residentsServed() == null ? null : BigDecimal.valueOf(figures.residentsServed());
			case MONEY -> null;
		};
		if (quantity == null || quantity.signum() <= 0) {
			return null;
		}
		return quantity.min(c.getMeasure().maxPerRecord());
	}

}
