package org.lianjian.agreement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the agreement list, as filtered on the page, to an .xlsx workbook: one header
 * row, then one row per agreement in the user's scope.
 */
@Component
class AgreementExporter {

	/** The columns: message key of the header. */
	static final List<String> HEADERS = List.of("agreement.number", "agreement.title", "agreement.level",
			"agreement.status", "agreement.communityOrg", "agreement.units", "agreement.termStart", "agreement.termEnd",
			"agreement.rag");

	private final AgreementService agreements;

	private final MessageSource messages;

	AgreementExporter(AgreementService agreements, MessageSource messages) {
		this.agreements = agreements;
		this.messages = messages;
	}

	byte[] export(AgreementFilter filter, Locale locale) {
		List<AgreementViews.Summary> rows = this.agreements.exportRows(filter);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(msg("agreement.export.sheet", locale));
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
			for (AgreementViews.Summary s : rows) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(s.number());
				row.createCell(1).setCellValue(s.title());
				row.createCell(2).setCellValue(msg(s.level().messageKey(), locale));
				row.createCell(3).setCellValue(msg(s.status().messageKey(), locale));
				row.createCell(4).setCellValue(s.communityOrgName());
				row.createCell(5)
					.setCellValue(s.units().stream().map(AgreementViews.Ref::name).collect(Collectors.joining("、")));
				row.createCell(6).setCellValue(s.termStart().toString());
				row.createCell(7).setCellValue(s.termEnd().toString());
				row.createCell(8).setCellValue(msg(s.rag().messageKey(), locale));
			}
			sheet.createFreezePane(0, 1);
			int[] widths = { 16, 40, 12, 10, 30, 40, 12, 12, 14 };
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
