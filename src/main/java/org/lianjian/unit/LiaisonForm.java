package org.lianjian.unit;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.validation.PlainText;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Staff appoint a liaison: the person, primary or deputy, the start date and the username
 * of the LIAISON account to create or link.
 */
public record LiaisonForm(
		@NotBlank(message = "{validation.required}") @Size(max = 60,
				message = "{validation.size.max}") @PlainText @Nullable String personName,
		@Size(max = 60, message = "{validation.size.max}") @PlainText @Nullable String position,
		@Size(max = 60, message = "{validation.size.max}") @PlainText @Nullable String department,
		@Size(max = 40, message = "{validation.size.max}") @Pattern(regexp = "[0-9+()\\- ]*",
				message = "{unit.phone.invalid}") @Nullable String phone,
		@Size(max = 120,
				message = "{validation.size.max}") @Email(message = "{unit.email.invalid}") @Nullable String email,
		@Nullable Boolean primary,
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{liaison.startDate.future}") @DateTimeFormat(
						iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startDate,
		@NotBlank(message = "{validation.required}") @Size(min = 3, max = 60,
				message = "{validation.size.range}") @Pattern(regexp = "[A-Za-z0-9._-]*",
						message = "{account.username.pattern}") @Nullable String username) {

	/**
	 * An empty form with today's date and a suggested username.
	 * @param unitId the unit
	 * @param appointments how many appointments the unit has had so far
	 * @param primary whether to preselect primary
	 * @param today the suggested start
	 * @return the form
	 */
	static LiaisonForm suggested(Long unitId, int appointments, boolean primary, LocalDate today) {
		return new LiaisonForm("", "", "", "", "", primary, today, suggestedUsername(unitId, appointments));
	}

	/**
	 * Whether the appointment is for the primary liaison (an unticked box sends nothing).
	 */
	boolean isPrimaryAppointment() {
		return Boolean.TRUE.equals(this.primary);
	}

	static String suggestedUsername(Long unitId, int appointments) {
		return "liaison-" + unitId + "-" + (appointments + 1);
	}

}
