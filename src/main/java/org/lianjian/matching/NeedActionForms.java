package org.lianjian.matching;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.validation.PlainText;

/**
 * The forms posted from the need page.
 */
final class NeedActionForms {

	private NeedActionForms() {
	}

	/**
	 * Closes a need: met, or not met with a reason.
	 *
	 * @param met whether it was met
	 * @param reason why it closes unmet
	 * @param version the need's version
	 */
	record CloseForm(boolean met,
			@Size(max = 500,
					message = "{validation.size.max}") @PlainText(lines = PlainText.MANY_LINES) @Nullable String reason,
			@NotNull(message = "{validation.required}") @Nullable Long version) {

	}

	/**
	 * Marks a need as beyond the sub-district's capacity (超出供给能力), or withdraws the mark
	 * (a blank reason).
	 *
	 * @param reason why
	 * @param version the need's version
	 */
	record EscalateForm(
			@Size(max = 500,
					message = "{validation.size.max}") @PlainText(lines = PlainText.MANY_LINES) @Nullable String reason,
			@NotNull(message = "{validation.required}") @Nullable Long version) {

	}

}
