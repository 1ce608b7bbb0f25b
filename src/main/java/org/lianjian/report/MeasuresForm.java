package org.lianjian.report;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.validation.PlainText;

/**
 * The part-3 text of a year as staff edit it, with the version it was loaded at (null
 * when nothing was saved yet).
 *
 * @param text the text
 * @param version the stored version the form was rendered with, or null for a first save
 */
public record MeasuresForm(@NotNull(message = "{report.annual.measures.required}") @Size(max = 20000,
		message = "{report.annual.measures.tooLong}") @PlainText(lines = PlainText.MANY_LINES) @Nullable String text,
		@Nullable Long version) {

}
