package org.lianjian.activity;

import java.util.List;
import java.util.Locale;

import org.lianjian.shared.export.XlsxColumn;
import org.lianjian.shared.export.XlsxTable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import static org.lianjian.shared.export.XlsxColumn.message;

/**
 * Writes the activity list, as filtered on the page, to an .xlsx workbook.
 */
@Component
class ActivityExporter {

	/** The columns, in file order. */
	static final List<XlsxColumn<ActivityView>> COLUMNS = List.of(
			XlsxColumn.of("activity.title", 40, ActivityView::title),
			XlsxColumn.of("activity.type", 12, (a) -> message("activity.type." + a.type().name())),
			XlsxColumn.of("activity.festivalTag", 18, ActivityView::festivalTag),
			XlsxColumn.of("activity.start", 17, ActivityView::start),
			XlsxColumn.of("activity.end", 17, ActivityView::end),
			XlsxColumn.of("activity.venue", 24, ActivityView::venue),
			XlsxColumn.of("activity.organiser", 30, ActivityView::organiserName),
			XlsxColumn.of("activity.partners", 40, (a) -> String.join("、", a.partnerNames())),
			XlsxColumn.of("activity.status", 10, (a) -> message("activity.status." + a.status().name())),
			XlsxColumn.of("activity.publicFlag", 10,
					(a) -> message(a.publicFlag() ? "activity.public" : "activity.internal")));

	private final ActivityService activities;

	private final MessageSource messages;

	ActivityExporter(ActivityService activities, MessageSource messages) {
		this.activities = activities;
		this.messages = messages;
	}

	byte[] export(ActivityFilter filter, Locale locale) {
		return XlsxTable.write("activity.export.sheet", COLUMNS, (row) -> this.activities.exportRows(filter, row),
				this.messages, locale);
	}

}
