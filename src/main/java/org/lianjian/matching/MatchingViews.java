package org.lianjian.matching;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The records the matching pages show. Entities never reach a template.
 */
public final class MatchingViews {

	private MatchingViews() {
	}

	/** An id and a name, for selects and links. */
	public record Option(Long id, String name) {

	}

	/** A category row of the admin page and the filters. */
	public record CategoryView(Long id, long version, String name, int sortOrder, boolean active, long needs,
			long resources) {

	}

	/** A row of the need list. */
	public record NeedRow(Long id, String title, String category, String area, RaisedBy raisedBy,
			@Nullable String raisedByUnit, BigDecimal quantity, Measure measure, @Nullable LocalDate wantedBy,
			Urgency urgency, NeedStatus status, boolean beyondCapacity, boolean pastWanted, boolean aged) {

	}

	/**
	 * One transition of a need or an order; its note is a message ({@code noteKey} with
	 * {@code noteArgs}, then the {@code note} a user typed as the last argument), or for
	 * a line written before the keys the {@code note} alone.
	 */
	public record ChangeView(LocalDateTime at, @Nullable String by, @Nullable String fromKey, String toKey,
			@Nullable String noteKey, List<String> noteArgs, @Nullable String note) {

		/** The arguments of the note's message, the typed text last. */
		public Object[] noteParams() {
			return HistoryNote.arguments(this.noteArgs, this.note);
		}

	}

	/**
	 * What the user may do with a need now; {@code editor}: whether their role may change
	 * it at all (a closed need's steps are then refused with a message, not a 403).
	 */
	public record NeedRights(boolean edit, boolean close, boolean escalate, boolean order, boolean editor) {

	}

	/** The need page. */
	public record NeedDetail(Long id, long version, String title, @Nullable String description, String category,
			Long areaId, String area, @Nullable String gridCell, RaisedBy raisedBy, @Nullable String raisedByName,
			Direction direction, @Nullable Integer peopleServed, BigDecimal quantity, Measure measure,
			@Nullable LocalDate wantedBy, Urgency urgency, NeedStatus status, @Nullable String closeReason,
			@Nullable LocalDate closedOn, @Nullable Option project, boolean beyondCapacity,
			@Nullable String beyondCapacityReason, @Nullable LocalDate beyondCapacityOn, @Nullable String createdBy,
			List<OrderRow> orders, List<ChangeView> history, NeedRights rights) {

	}

	/** A row of the resource list. */
	public record ResourceRow(Long id, String title, String category, @Nullable String provider, @Nullable String area,
			BigDecimal capacity, BigDecimal used, Measure measure, boolean published, boolean editable) {

		public BigDecimal left() {
			return this.capacity.subtract(this.used).max(BigDecimal.ZERO);
		}

	}

	/** An item of the service menu. */
	public record MenuItem(Long id, String title, @Nullable String description, Long categoryId, String category,
			@Nullable Long providerUnitId, @Nullable String provider, @Nullable String area, @Nullable String location,
			@Nullable String conditions, BigDecimal capacity, BigDecimal used, Measure measure,
			@Nullable BigDecimal averageRating, long ratings) {

		public BigDecimal left() {
			return this.capacity.subtract(this.used).max(BigDecimal.ZERO);
		}

		/** The description cut for the menu card. */
		public @Nullable String shortDescription() {
			return (this.description == null || this.description.length() <= 80) ? this.description
					: this.description.substring(0, 80) + "…";
		}

	}

	/** A row of the order list, with the lateness of its open stage. */
	public record OrderRow(Long id, Long needId, String needTitle, String resource, @Nullable String provider,
			String area, OrderStatus status, LocalDate orderedOn, LocalDate wantedDate, BigDecimal quantity,
			Measure measure, @Nullable LocalDate due, Lateness lateness, @Nullable Integer rating) {

	}

	/** What the user may do with an order now. */
	public record OrderRights(boolean dispatch, boolean answer, boolean deliver, boolean rate, boolean cancel,
			boolean seesNeed) {

		public boolean any() {
			return this.dispatch || this.answer || this.deliver || this.rate || this.cancel;
		}

	}

	/** The order page. */
	public record OrderDetail(Long id, long version, Long needId, String needTitle, Long resourceId, String resource,
			String category, @Nullable Long resourceProviderId, @Nullable String resourceProvider, String area,
			String orderedBy, LocalDate orderedOn, LocalDate wantedDate, BigDecimal quantity, Measure measure,
			@Nullable String note, OrderStatus status, @Nullable Long providerUnitId, @Nullable String provider,
			@Nullable String dispatchedBy, @Nullable LocalDate dispatchedOn, @Nullable LocalDate replyBy,
			@Nullable LocalDate acceptedOn, @Nullable LocalDate plannedDate, @Nullable String declineReason,
			@Nullable Long activityId, @Nullable LocalDate deliveredOn, @Nullable BigDecimal hours,
			@Nullable Integer peopleServed, @Nullable Integer rating, @Nullable String ratingComment,
			@Nullable LocalDate ratedOn, @Nullable String cancelReason, @Nullable Deadline openStage, Lateness lateness,
			List<ChangeView> history, OrderRights rights) {

	}

}
