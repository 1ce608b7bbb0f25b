package org.lianjian.project;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.validation.PlainText;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * One milestone row of the project form; an empty row is ignored, a row with dates but no
 * title is refused.
 *
 * @param id the milestone, null for a new one
 * @param title what is to be reached
 * @param dueDate by when
 * @param doneOn when it was reached
 */
@MilestoneTitled
public record MilestoneForm(@Nullable Long id,
		@Size(max = 200, message = "{validation.size.max}") @PlainText @Nullable String title,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueDate,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate doneOn) {

	static MilestoneForm blank() {
		return new MilestoneForm(null, "", null, null);
	}

	boolean isBlank() {
		return this.title == null || this.title.isBlank();
	}

	/** Whether a date was entered. */
	boolean hasDates() {
		return this.dueDate != null || this.doneOn != null;
	}

}
