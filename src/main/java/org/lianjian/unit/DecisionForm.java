package org.lianjian.unit;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.validation.PlainText;

/**
 * Staff decide a change request. A rejection needs a reason (checked by the controller,
 * since an approval does not).
 *
 * @param reason why the request is rejected (optional note for an approval)
 * @param version the request's version the queue was rendered with
 */
public record DecisionForm(
		@Size(max = 500,
				message = "{validation.size.max}") @PlainText(lines = PlainText.MANY_LINES) @Nullable String reason,
		@Nullable Long version) {

}
