package org.lianjian.activity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final ActivityService activities;

	private final MessageSource messages;

	ActivityExporter(ActivityService activities, MessageSource messages) {
		this.activities = activities;
		this.messages = messages;
	}

	byte[] export(ActivityFilter filter, Locale locale) {
		List<ActivityView> rows = this.activities.exportRows(filter);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(msg("activity.export.sheet", locale));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int i = 0; i < HEADERS.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(msg(HEADERS.get(i), locale));
				cell.setCellStyle(bold);
			}
			int r = 1;
			for (ActivityView a : rows) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(a.title());
				row.createCell(1).setCellValue(msg("activity.type." + a.type().name(), locale));
				row.createCell(2).setCellValue(a.festivalTag() == null ? "" : a.festivalTag());
				row.createCell(3).setCellValue(a.start().format(TIME));
				row.createCell(4).setCellValue(a.end().format(TIME));
				row.createCell(5).setCellValue(a.venue() == null ? "" : a.venue());
				row.createCell(6).setCellValue(a.organiserName());
				row.createCell(7).setCellValue(String.join("、", a.partnerNames()));
				row.createCell(8).setCellValue(msg("activity.status." + a.status().name(), locale));
				row.createCell(9).setCellValue(msg(a.publicFlag() ? "activity.public" : "activity.internal", locale));
			}
			sheet.createFreezePane(0, 1);
			int[] widths = { 40, 12, 18, 17, 17, 24, 30, 40, 10, 10 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String msg(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
