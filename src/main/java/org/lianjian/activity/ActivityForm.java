package org.lianjian.activity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.validation.PlainText;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Creating or editing an activity.
 *
 * @param title the title
 * @param type the kind
 * @param festivalTag festival or series code (letters, digits, '-' and '_')
 * @param start when it starts
 * @param end when it ends
 * @param positionId the position (阵地), if any
 * @param venueText free-text venue
 * @param organiserOrgId the organising organisation
 * @param partnerUnitIds partner units
 * @param projectId a service project it belongs to, if any
 * @param commitmentIds agreement commitments it counts towards
 * @param publicFlag whether it is public
 * @param version the version the form was rendered with
 */
public record ActivityForm(
		@NotBlank(message = "{activity.validation.title}") @Size(max = 200) @PlainText @Nullable String title,
		@NotNull(message = "{activity.validation.type}") @Nullable ActivityType type,
		@Pattern(regexp = "[A-Za-z0-9_-]{0,40}",
				message = "{activity.validation.festivalTag}") @Nullable String festivalTag,
		@NotNull(message = "{activity.validation.start}") @DateTimeFormat(
				pattern = "yyyy-MM-dd'T'HH:mm") @Nullable LocalDateTime start,
		@NotNull(message = "{activity.validation.end}") @DateTimeFormat(
				pattern = "yyyy-MM-dd'T'HH:mm") @Nullable LocalDateTime end,
		@Nullable Long positionId, @Size(max = 200) @PlainText @Nullable String venueText,
		@NotNull(message = "{activity.validation.organiser}") @Nullable Long organiserOrgId,
		@Nullable List<Long> partnerUnitIds, @Nullable Long projectId, @Nullable List<Long> commitmentIds,
		@Nullable Boolean publicFlag, @Nullable Long version) {

	public static ActivityForm empty(LocalDate today) {
		return startingOn(today.plusDays(7));
	}

	/**
	 * An empty form for an activity on a given day, 09:00 to 11:00.
	 * @param day the day
	 * @return the form
	 */
	public static ActivityForm startingOn(LocalDate day) {
		LocalDateTime start = day.atTime(9, 0);
		return new ActivityForm("", null, "", start, start.plusHours(2), null, "", null, new ArrayList<>(), null,
				new ArrayList<>(), false, 0L);
	}

	/**
	 * A day given as {@code yyyy-MM-dd} (years 1900 to 2200), or null when there is none
	 * or it cannot be read.
	 * @param text the parameter
	 * @return the day or null
	 */
	static @Nullable LocalDate parseDay(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(text.strip());
			return (day.getYear() < 1900 || day.getYear() > 2200) ? null : day;
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

	boolean isPublic() {
		return Boolean.TRUE.equals(this.publicFlag);
	}

	long versionOrStale() {
		return this.version == null ? -1 : this.version;
	}

	List<Long> partners() {
		return this.partnerUnitIds == null ? List.of()
				: this.partnerUnitIds.stream().filter((id) -> id != null).distinct().toList();
	}

	List<Long> commitments() {
		return this.commitmentIds == null ? List.of()
				: this.commitmentIds.stream().filter((id) -> id != null).distinct().toList();
	}

}
