package org.lianjian.activity;

import java.util.List;
import java.util.Locale;

import org.lianjian.shared.export.XlsxTable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the activity list, as filtered on the page, to an .xlsx workbook.
 */
@Component
class ActivityExporter {

	static final List<String> HEADERS = List.of("activity.title", "activity.type", "activity.festivalTag",
			"activity.start", "activity.end", "activity.venue", "activity.organiser", "activity.partners",
			"activity.status", "activity.publicFlag");

	private final ActivityService activities;

	private final MessageSource messages;

	ActivityExporter(ActivityService activities, MessageSource messages) {
		this.activities = activities;
		this.messages = messages;
	}

	byte[] export(ActivityFilter filter, Locale locale) {
		List<ActivityView> rows = this.activities.exportRows(filter);
		List<String> headers = HEADERS.stream().map((key) -> msg(key, locale)).toList();
		try (XlsxTable table = new XlsxTable(msg("activity.export.sheet", locale), headers,
				new int[] { 40, 12, 18, 17, 17, 24, 30, 40, 10, 10 })) {
			for (ActivityView a : rows) {
				table.row(a.title(), msg("activity.type." + a.type().name(), locale), a.festivalTag(), a.start(),
						a.end(), a.venue(), a.organiserName(), String.join("、", a.partnerNames()),
						msg("activity.status." + a.status().name(), locale),
						msg(a.publicFlag() ? "activity.public" : "activity.internal", locale));
			}
			return table.toBytes();
		}
	}

	private String msg(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
