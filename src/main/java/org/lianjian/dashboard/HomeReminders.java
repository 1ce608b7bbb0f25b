package org.lianjian.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.lianjian.agreement.AgreementService;
import org.lianjian.agreement.Rag;

/**
 * The agreement reminders of one home page, read once per visit and shared by the to-do
 * list ({@link HomeTodos}) and the reminder cards: how many agreements in force end
 * within 60 days and how many are red, each counted by the agreement list it links to,
 * and the first of them.
 *
 * @param ending agreements in force ending from today to {@code endingTo}
 * @param endingTo the last day of the window
 * @param endingFirst the soonest of them
 * @param red agreements in force that are red
 * @param redFirst the first red commitments
 * @param today the day the reminders are for
 */
record HomeReminders(long ending, LocalDate endingTo, List<AgreementService.EndingAgreement> endingFirst, long red,
		List<AgreementService.RedCommitment> redFirst, LocalDate today) {

	/** The agreement list of the ending agreements. */
	String endingLink() {
		return DashboardFigure.link("/agreements", "status", "ACTIVE", "endsFrom", this.today, "endsTo", this.endingTo);
	}

	/** The agreement list of the red agreements. */
	String redLink() {
		return DashboardFigure.link("/agreements", "status", "ACTIVE", "rag", Rag.RED);
	}

}
