package org.lianjian.activity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.validation.PlainText;

/**
 * Marking an activity held: residents served, a summary, volunteers and hours per partner
 * unit and optionally named volunteers. Photos come as separate files.
 *
 * @param residentsServed residents served
 * @param summary what happened
 * @param units volunteers and hours per partner unit
 * @param volunteers named volunteers (name, unit, hours; never an ID number)
 * @param version the version the form was rendered with
 */
public record HeldForm(
		@NotNull(message = "{activity.validation.served}") @Min(value = 0,
				message = "{activity.validation.served}") @Nullable Integer residentsServed,
		@Size(max = 4000) @PlainText(lines = PlainText.MANY_LINES) @Nullable String summary,
		@Valid @Nullable List<UnitRow> units, @Valid @Nullable List<VolunteerRow> volunteers, @Nullable Long version) {

	long versionOrStale() {
		return this.version == null ? -1 : this.version;
	}

	List<UnitRow> unitRows() {
		return this.units == null ? List.of()
				: this.units.stream().filter((r) -> r != null && r.unitId() != null).toList();
	}

	List<VolunteerRow> volunteerRows() {
		return this.volunteers == null ? List.of()
				: this.volunteers.stream().filter((r) -> r != null && r.isNamed()).toList();
	}

	static HeldForm empty(List<Long> partnerUnitIds, long version) {
		List<UnitRow> rows = new ArrayList<>();
		partnerUnitIds.forEach((id) -> rows.add(new UnitRow(id, 0, BigDecimal.ZERO)));
		List<VolunteerRow> vols = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			vols.add(new VolunteerRow("", null, null));
		}
		return new HeldForm(null, "", rows, vols, version);
	}

	/**
	 * Volunteers and hours of one partner unit.
	 *
	 * @param unitId the unit
	 * @param volunteers how many volunteers
	 * @param hours total hours
	 */
	public record UnitRow(@Nullable Long unitId,
			@NotNull(message = "{activity.validation.volunteers}") @Min(value = 0,
					message = "{activity.validation.volunteers}") @Nullable Integer volunteers,
			@NotNull(message = "{activity.validation.hours}") @DecimalMin(value = "0",
					message = "{activity.validation.hours}") @DecimalMax(value = "100000",
							message = "{validation.max}") @Digits(integer = 8, fraction = 2,
									message = "{activity.validation.hours}") @Nullable BigDecimal hours) {

	}

	/**
	 * A named volunteer.
	 *
	 * @param name the name
	 * @param unitId their unit, if any
	 * @param hours their hours
	 */
	@VolunteerNamed
	public record VolunteerRow(@Size(max = 60) @PlainText @Nullable String name, @Nullable Long unitId,
			@DecimalMin(value = "0", message = "{activity.validation.hours}") @DecimalMax(value = "1000",
					message = "{validation.max}") @Digits(integer = 8, fraction = 2,
							message = "{activity.validation.hours}") @Nullable BigDecimal hours) {

		boolean isNamed() {
			return this.name != null && !this.name.isBlank();
		}

	}

}
