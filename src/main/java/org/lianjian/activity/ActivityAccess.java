package org.lianjian.activity;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;

/**
 * Who may see and who may change an activity: the one definition used by the service's
 * checks and by the buttons of the activity page.
 * <ul>
 * <li><b>See</b>: staff everything; others public activities, those organised in their
 * organisations and those their unit is a partner of (the same condition as the list and
 * the calendar, {@link ActivityListQueries#SCOPE}).</li>
 * <li><b>Organise</b> (edit, mark held or correct, reopen, cancel): staff; the secretary
 * whose subtree holds the organiser; the liaison of the unit that set the activity up,
 * while it is a partner.</li>
 * <li><b>Hours</b>: an organiser other than a liaison changes every partner unit's hours;
 * a liaison only their own unit's row and named volunteers, on the held form when they
 * organise the activity, otherwise on the "own hours" form once it is held.</li>
 * </ul>
 */
final class ActivityAccess {

	private ActivityAccess() {
	}

	static boolean sees(Activity a, DataScope scope) {
		return scope.isAll() || a.isPublicFlag()
				|| (scope.isSecretary() && scope.coversOrganisation(a.getOrganiserOrgId())) || isPartner(a, scope);
	}

	static boolean organises(Activity a, DataScope scope) {
		if (scope.isAll()) {
			return true;
		}
		if (scope.isSecretary()) {
			return scope.coversOrganisation(a.getOrganiserOrgId());
		}
		return isPartner(a, scope) && scope.unitId().equals(a.getCreatedByUnitId());
	}

	static boolean isPartner(Activity a, DataScope scope) {
		return scope.isLiaison() && scope.unitId() != null && a.getPartnerUnitIds().contains(scope.unitId());
	}

	/**
	 * Whose hours the user may change: null for every partner unit, otherwise the one
	 * unit (a liaison's own).
	 * @param scope the user
	 * @return the unit, or null for all
	 */
	static @Nullable Long hoursUnit(DataScope scope) {
		return scope.isLiaison() ? scope.unitId() : null;
	}

	/**
	 * What the activity page offers the user.
	 * @param a the activity
	 * @param scope the user
	 * @param today today, for "mark held" (not before the day it starts)
	 * @return the rights
	 */
	static ActivityDetail.Rights rights(Activity a, DataScope scope, LocalDate today) {
		boolean organise = organises(a, scope);
		ActivityStatus status = a.getStatus();
		boolean started = !a.getStartAt().toLocalDate().isAfter(today);
		return new ActivityDetail.Rights(organise, organise && status != ActivityStatus.CANCELLED && started,
				organise && status != ActivityStatus.PLANNED, organise && status != ActivityStatus.CANCELLED,
				!organise && isPartner(a, scope) && status == ActivityStatus.HELD);
	}

}
