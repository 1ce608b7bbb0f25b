package org.lianjian.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A commitment with what its agreement needs for the red/amber/green rule and what was
 * delivered in the year the agreement is judged on: one row of a projection, so that the
 * colours of many agreements come from one query instead of loaded entities.
 *
 * @param commitmentId the commitment
 * @param description what was promised
 * @param target its yearly target, or null for a qualitative commitment
 * @param responsibleUnitId the unit responsible, or null for the community side
 * @param agreementId its agreement
 * @param number the agreement's number
 * @param title the agreement's title
 * @param status the agreement's status
 * @param termStart the agreement's first day
 * @param termEnd the agreement's last day
 * @param delivered the quantity delivered in the judged year
 */
record CommitmentStanding(Long commitmentId, String description, @Nullable BigDecimal target,
		@Nullable Long responsibleUnitId, Long agreementId, String number, String title, AgreementStatus status,
		LocalDate termStart, LocalDate termEnd, BigDecimal delivered) {

	/** The colour, judged as {@link AgreementDetails#judgeDay} says. */
	Rag rag(LocalDate today) {
		LocalDate judged = (this.status == AgreementStatus.EXPIRED && today.isAfter(this.termEnd)) ? this.termEnd
				: today;
		return Rag.of(this.target, this.delivered, this.termStart, this.termEnd, judged);
	}

}
