package org.lianjian.agreement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The records the agreement pages are rendered from.
 */
public final class AgreementViews {

	private AgreementViews() {
	}

	static @Nullable String countWord(CommitmentMeasure measure, @Nullable String targetUnit) {
		return measure == CommitmentMeasure.SESSIONS && targetUnit != null && !targetUnit.isBlank() ? targetUnit.strip()
				: null;
	}

	/** An id and a name. */
	public record Ref(Long id, String name) {

	}

	/**
	 * A party unit of an agreement, and whether the reader may open its page (otherwise
	 * the page names it as plain text).
	 *
	 * @param id the unit
	 * @param name its name
	 * @param open whether the current user may open the unit's page
	 */
	public record UnitRef(Long id, String name, boolean open) {

	}

	/** A row of the agreement list. */
	public record Summary(Long id, String number, String title, AgreementLevel level, AgreementStatus status,
			String communityOrgName, List<Ref> units, LocalDate termStart, LocalDate termEnd, Rag rag) {

	}

	/** A commitment with its progress this year. */
	public record CommitmentView(Long id, String description, @Nullable Long responsibleUnitId,
			@Nullable String responsibleName, CooperationArea area, @Nullable BigDecimal targetQuantity,
			@Nullable String targetUnit, CommitmentMeasure measure, boolean perYear, @Nullable LocalDate dueDate,
			BigDecimal delivered, long records, int percent, Rag rag, boolean canLog) {

		/**
		 * The word the count is shown with when the measure is sessions and one was given
		 * (场, 个, 户); otherwise null, and the measure's own unit is shown.
		 * @return the word, or null
		 */
		public @Nullable String countWord() {
			return AgreementViews.countWord(this.measure, this.targetUnit);
		}

		public boolean communitySide() {
			return this.responsibleUnitId == null;
		}

		public boolean qualitative() {
			return this.targetQuantity == null;
		}

	}

	/**
	 * One commitment a record of delivery may be logged against, with the agreement it
	 * belongs to: the delivery form's heading and the liaison's list of deliveries to
	 * log.
	 */
	public record Delivery(Long agreementId, String agreementNumber, String agreementTitle, CommitmentView commitment) {

	}

	/**
	 * A fulfilment record. {@link #day()} and {@link #amount()} are the row's text, made
	 * once here rather than by template expressions on every row.
	 */
	public record FulfilmentView(Long id, Long commitmentId, String commitment, LocalDate happenedOn,
			String description, BigDecimal quantity, @Nullable String targetUnit, CommitmentMeasure measure,
			boolean automatic, @Nullable Long activityId, @Nullable String createdBy,
			List<AttachmentView> attachments) {

		/**
		 * The day, as {@code yyyy-MM-dd}.
		 * @return the day's text
		 */
		public String day() {
			return this.happenedOn.format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE);
		}

		/**
		 * The quantity without trailing zeros, for example {@code "2.5"}; the page adds
		 * {@link #countWord()} or the measure's unit.
		 * @return the amount's text
		 */
		public String amount() {
			return this.quantity.stripTrailingZeros().toPlainString();
		}

		/**
		 * The word a count of sessions is shown with, if one was given.
		 * @return the word, or null for the measure's own unit
		 */
		public @Nullable String countWord() {
			return AgreementViews.countWord(this.measure, this.targetUnit);
		}

	}

	/** A stored file. */
	public record AttachmentView(Long id, String fileName, String contentType, long size, Instant uploadedAt,
			@Nullable String uploadedBy) {

		public boolean image() {
			return this.contentType.startsWith("image/");
		}

	}

	/** One change in the history. */
	public record ChangeView(Instant changedAt, @Nullable String changedBy, String entity, @Nullable Long entityId,
			String field, @Nullable String oldValue, @Nullable String newValue) {

	}

	/** A pairing as shown on both sides' pages. */
	public record PairingView(Long id, long version, Long organisationId, String organisationName,
			@Nullable Long unitId, @Nullable Long partnerOrgId, String partnerName, LocalDate startDate,
			@Nullable LocalDate endDate, @Nullable String note) {

		public boolean active(LocalDate today) {
			return this.endDate == null || !this.endDate.isBefore(today);
		}

	}

	/** Everything the agreement page shows, and what the current user may do. */
	public record Detail(Long id, long version, String number, String title, AgreementLevel level,
			AgreementStatus status, Ref communityOrg, List<UnitRef> units, Set<CooperationArea> areas,
			LocalDate termStart, LocalDate termEnd, @Nullable LocalDate signedOn, @Nullable String summary,
			@Nullable String returnReason, @Nullable String terminationReason, @Nullable LocalDate terminatedOn,
			@Nullable Ref parentAgreement, @Nullable Ref renewedFrom, List<Ref> renewals, @Nullable PairingView pairing,
			List<CommitmentView> commitments, List<FulfilmentView> fulfilments, List<AttachmentView> attachments,
			List<ChangeView> history, Rag rag, Set<String> actions) {

		public boolean can(String action) {
			return this.actions.contains(action);
		}

		public boolean endingSoon(LocalDate today) {
			return this.status == AgreementStatus.ACTIVE && !this.termEnd.isAfter(today.plusDays(60));
		}

	}

}
