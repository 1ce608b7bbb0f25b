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
 * Handover: the new primary liaison, who replaces the current one in one step. The same
 * fields as an appointment, always primary.
 */
public record HandoverForm(
		@NotBlank(message = "{validation.required}") @Size(max = 60,
				message = "{validation.size.max}") @PlainText @Nullable String personName,
		@Size(max = 60, message = "{validation.size.max}") @PlainText @Nullable String position,
		@Size(max = 60, message = "{validation.size.max}") @PlainText @Nullable String department,
		@Size(max = 40, message = "{validation.size.max}") @Pattern(regexp = "[0-9+()\\- ]*",
				message = "{unit.phone.invalid}") @Nullable String phone,
		@Size(max = 120,
				message = "{validation.size.max}") @Email(message = "{unit.email.invalid}") @Nullable String email,
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{liaison.startDate.future}") @DateTimeFormat(
						iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startDate,
		@NotBlank(message = "{validation.required}") @Size(min = 3, max = 60,
				message = "{validation.size.range}") @Pattern(regexp = "[A-Za-z0-9._-]*",
						message = "{account.username.pattern}") @Nullable String username) {

	static HandoverForm suggested(Long unitId, int appointments, LocalDate today) {
		return new HandoverForm("", "", "", "", "", today, LiaisonForm.suggestedUsername(unitId, appointments));
	}

	LiaisonForm asPrimary() {
		return new LiaisonForm(this.personName, this.position, this.department, this.phone, this.email, true,
				this.startDate, this.username);
	}

}
