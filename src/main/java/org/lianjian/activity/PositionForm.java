package org.lianjian.activity;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.validation.PlainText;

/**
 * The staff form for a position or base. Opening hours come as seven "HH:mm" pairs,
 * Monday first; a day with both fields empty is closed.
 *
 * @param category what it is (decides position or base)
 * @param name its name
 * @param address where it is
 * @param capacity how many people it holds
 * @param contact phone or person to call
 * @param ownerOrganisationId owning organisation (positions)
 * @param ownerUnitId owning unit (bases)
 * @param agreementId agreement under which a base is offered
 * @param opens opening time per weekday, Monday first
 * @param closes closing time per weekday, Monday first
 * @param version the version the form was rendered with
 */
public record PositionForm(@NotNull @Nullable PositionCategory category,
		@NotBlank @Size(max = 200) @PlainText @Nullable String name,
		@Size(max = 300) @PlainText @Nullable String address,
		@NotNull @PositiveOrZero @Max(100000) @Nullable Integer capacity,
		@Size(max = 120) @PlainText @Nullable String contact, @Nullable Long ownerOrganisationId,
		@Nullable Long ownerUnitId, @Nullable Long agreementId, @Nullable List<String> opens,
		@Nullable List<String> closes, long version) {

	public static PositionForm empty() {
		List<String> opens = new ArrayList<>();
		List<String> closes = new ArrayList<>();
		for (int d = 1; d <= 7; d++) {
			opens.add(d <= 5 ? "09:00" : "");
			closes.add(d <= 5 ? "17:00" : "");
		}
		return new PositionForm(null, null, null, 0, null, null, null, null, opens, closes, 0);
	}

	/** The opening time entered for a weekday (1 = Monday), or an empty string. */
	public String opensOn(int weekday) {
		return at(this.opens, weekday);
	}

	/** The closing time entered for a weekday (1 = Monday), or an empty string. */
	public String closesOn(int weekday) {
		return at(this.closes, weekday);
	}

	private static String at(@Nullable List<String> list, int weekday) {
		if (list == null || list.size() < weekday || list.get(weekday - 1) == null) {
			return "";
		}
		// only spaces are dropped: a control character makes the time invalid, not
		// trimmed
		return list.get(weekday - 1).replaceAll("^ +| +$", "");
	}

}
