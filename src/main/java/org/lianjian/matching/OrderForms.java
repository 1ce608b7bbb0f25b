package org.lianjian.matching;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.validation.PlainText;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The forms of the order flow. Every step carries the version of the order it was
 * rendered with, so a step taken on a stale page gets the conflict message.
 */
final class OrderForms {

	private OrderForms() {
	}

	/**
	 * 点单: a menu item for a need, or for a new need named here (its category and measure
	 * are the item's, its quantity the order's).
	 *
	 * @param resourceId the menu item
	 * @param needId the need, or null to raise one
	 * @param newNeedTitle the new need's title
	 * @param newNeedAreaId the new need's residential area
	 * @param wantedDate when the service is wanted
	 * @param quantity how much, in the item's measure
	 * @param note a note to staff and the provider
	 */
	record OrderForm(@NotNull(message = "{validation.required}") @Nullable Long resourceId, @Nullable Long needId,
			@Size(max = 200, message = "{validation.size.max}") @PlainText @Nullable String newNeedTitle,
			@Nullable Long newNeedAreaId,
			@NotNull(message = "{validation.required}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate wantedDate,
			@NotNull(message = "{validation.required}") @DecimalMin(value = "0", inclusive = false,
					message = "{matching.quantity.positive}") @DecimalMax(value = "1000000",
							message = "{validation.max}") @Digits(integer = 7, fraction = 2,
									message = "{validation.decimals}") @Nullable BigDecimal quantity,
			@Size(max = 1000,
					message = "{validation.size.max}") @PlainText(lines = PlainText.MANY_LINES) @Nullable String note) {

	}

	/**
	 * 派单: to a provider unit (none: the community's own item) with a reply-by date.
	 *
	 * @param providerUnitId the unit
	 * @param replyBy the day the provider must answer by
	 * @param version the order's version
	 */
	record DispatchForm(@Nullable Long providerUnitId,
			@NotNull(message = "{validation.required}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate replyBy,
			@NotNull(message = "{validation.required}") @Nullable Long version) {

	}

	/**
	 * 接单 with a planned date.
	 *
	 * @param plannedDate the day the service is planned for
	 * @param version the order's version
	 */
	record AcceptForm(
			@NotNull(message = "{validation.required}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate plannedDate,
			@NotNull(message = "{validation.required}") @Nullable Long version) {

	}

	/**
	 * A decline, or a cancellation, with its reason.
	 *
	 * @param reason why
	 * @param version the order's version
	 */
	record ReasonForm(
			@NotBlank(message = "{validation.required}") @Size(max = 500,
					message = "{validation.size.max}") @PlainText(lines = PlainText.MANY_LINES) @Nullable String reason,
			@NotNull(message = "{validation.required}") @Nullable Long version) {

	}

	/**
	 * The activity that delivers the order (held now or later).
	 *
	 * @param activityId the activity
	 * @param version the order's version
	 */
	record DeliveryForm(@NotNull(message = "{validation.required}") @Nullable Long activityId,
			@NotNull(message = "{validation.required}") @Nullable Long version) {

	}

	/**
	 * 评单: 1 to 5 with a comment.
	 *
	 * @param rating the rating
	 * @param comment the comment
	 * @param version the order's version
	 */
	record RatingForm(
			@NotNull(message = "{validation.required}") @Min(value = 1, message = "{matching.rating.range}") @Max(
					value = 5, message = "{matching.rating.range}") @Nullable Integer rating,
			@Size(max = 1000, message = "{validation.size.max}") @PlainText(
					lines = PlainText.MANY_LINES) @Nullable String comment,
			@NotNull(message = "{validation.required}") @Nullable Long version) {

	}

}
