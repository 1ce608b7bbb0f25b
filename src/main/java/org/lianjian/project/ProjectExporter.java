package org.lianjian.project;

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

/** The project list as an xlsx workbook, with the list's filters and scope. */
@Component
class ProjectExporter {

	static final List<String> HEADERS = List.of("project.name", "project.brand", "project.status", "project.leadOrg",
			"project.partners", "project.startDate", "project.endDate", "project.beneficiaryTarget",
			"project.milestones");

	private final ProjectService projects;

	private final MessageSource messages;

	ProjectExporter(ProjectService projects, MessageSource messages) {
		this.projects = projects;
		this.messages = messages;
	}

	byte[] export(ProjectFilter filter, Locale locale) {
		List<ProjectViews.Summary> rows = this.projects.exportRows(filter);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(msg("project.export.sheet", locale));
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
			for (ProjectViews.Summary s : rows) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(s.name());
				row.createCell(1).setCellValue(s.brand().name());
				row.createCell(2).setCellValue(msg(s.status().messageKey(), locale));
				row.createCell(3).setCellValue(s.leadOrg().name());
				row.createCell(4)
					.setCellValue(s.partners().stream().map(ProjectViews.Ref::name).collect(Collectors.joining("、")));
				row.createCell(5).setCellValue(s.startDate().toString());
				row.createCell(6).setCellValue(s.endDate().toString());
				if (s.beneficiaryTarget() != null) {
					row.createCell(7).setCellValue(s.beneficiaryTarget());
				}
				row.createCell(8).setCellValue(s.milestonesDone() + "/" + s.milestonesTotal());
			}
			sheet.createFreezePane(0, 1);
			int[] widths = { 40, 12, 10, 30, 50, 12, 12, 12, 10 };
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
