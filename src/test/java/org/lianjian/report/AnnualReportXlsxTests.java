package org.lianjian.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.lianjian.report.AnnualReport.Cell;
import org.lianjian.report.AnnualReport.Chart;
import org.lianjian.report.AnnualReport.Figure;
import org.lianjian.report.AnnualReport.Section;
import org.lianjian.report.AnnualReport.Series;
import org.lianjian.report.AnnualReport.Table;

import org.lianjian.shared.time.TimeConfiguration;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual report's workbook read back with POI: one sheet per section whose numeric
 * cells are, in order, exactly the model's numbers, labels in the reader's language, and
 * a sheet with one row per unit.
 */
class AnnualReportXlsxTests {

	static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	static final ZoneId ZONE = ZoneId.of(TimeConfiguration.DEFAULT_ZONE);

	final MessageSource messages = AnnualReportSamples.messages();

	final AnnualReport report = AnnualReportSamples.report(2025);

	private Workbook read(byte[] bytes) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(bytes));
	}

	/** Every number of a section in the order the sheet lays them out. */
	static List<BigDecimal> numbersOf(Section section) {
		List<BigDecimal> numbers = new ArrayList<>();
		for (Figure f : section.figures()) {
			numbers.add(f.value());
			if (f.previous() != null) {
				numbers.add(f.previous());
				numbers.add(f.change());
			}
		}
		for (Table t : section.tables()) {
			for (List<Cell> row : t.rows()) {
				for (Cell c : row) {
					if (c.number() != null) {
						numbers.add(c.number());
					}
				}
			}
		}
		for (Chart chart : section.charts()) {
			for (int i = 0; i < chart.categories().size(); i++) {
				for (Series s : chart.series()) {
					numbers.add(s.values().get(i));
				}
			}
		}
		return numbers;
	}

	static List<Double> numericCells(Sheet sheet) {
		List<Double> numbers = new ArrayList<>();
		for (Row row : sheet) {
			for (org.apache.poi.ss.usermodel.Cell cell : row) {
				if (cell.getCellType() == CellType.NUMERIC && row.getRowNum() > 1) {
					numbers.add(cell.getNumericCellValue());
				}
			}
		}
		return numbers;
	}

	@Test
	void shouldWriteEverySectionsNumbersAsNumericCells() throws IOException {
		byte[] xlsx = new AnnualReportXlsx(this.messages, Clock.system(ZONE)).render(this.report, null, ZH);
		try (Workbook book = read(xlsx)) {
			assertThat(book.getSheetName(0)).isEqualTo("说明");
			assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("2025年度区域化党建工作报告");
			assertThat(book.getSheetAt(0).getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2025);
			int index = 1;
			for (Section section : this.report.sections()) {
				Sheet sheet = book.getSheetAt(index++);
				String title = this.messages.getMessage(section.titleKey(), null, ZH);
				assertThat(sheet.getSheetName()).isEqualTo(title);
				assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(title);
				List<Double> expected = numbersOf(section).stream().map(BigDecimal::doubleValue).toList();
				assertThat(numericCells(sheet)).as(section.key()).containsExactlyElementsOf(expected);
			}
			Sheet hours = book.getSheet("志愿服务时长");
			assertThat(hours.getRow(4).getCell(0).getStringCellValue()).isEqualTo("志愿服务总时长（小时）");
			assertThat(hours.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(15234.5);
			assertThat(hours.getRow(4).getCell(3).getNumericCellValue()).isEqualTo(1224.5);
			Sheet structure = book.getSheet("组织架构");
			Set<String> texts = new HashSet<>();
			structure.forEach((row) -> row.forEach((cell) -> {
				if (cell.getCellType() == CellType.STRING) {
					texts.add(cell.getStringCellValue());
				}
			}));
			assertThat(texts).contains("党建联建网络", "文明创建网络", "各网络成员", "成员数", "2025年", "2024年", "变化");
			assertThat(book.getSheet("工作思路与措施").getRow(2).getCell(0).getStringCellValue())
				.isEqualTo("加强对志愿服务时长较少单位的联络。");
		}
	}

	@Test
	void shouldListEachUnitWithAllItsFigures() throws IOException {
		byte[] xlsx = new AnnualReportXlsx(this.messages, Clock.system(ZONE)).render(this.report, null, ZH);
		try (Workbook book = read(xlsx)) {
			Sheet units = book.getSheet("各单位数据");
			Row header = units.getRow(0);
			List<String> heads = new ArrayList<>();
			header.forEach((c) -> heads.add(c.getStringCellValue()));
			assertThat(heads).containsExactly("单位", "各单位志愿服务：时长（小时）", "各单位志愿服务：志愿者人数", "沉睡协议清单：协议编号", "沉睡协议清单：履约次数");
			// 40 units with hours, 45 with sleeping agreements
			assertThat(units.getLastRowNum()).isEqualTo(85);
			Row first = null;
			for (Row row : units) {
				if (row.getCell(0).getStringCellValue().equals(AnnualReportSamples.unitName(7))) {
					first = row;
				}
			}
			assertThat(first).isNotNull();
			assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(432.1);
			assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(53);
		}
	}

	@Test
	void shouldUseTheReadersLanguageAndSafeSheetNames() throws IOException {
		byte[] xlsx = new AnnualReportXlsx(this.messages, Clock.system(ZONE)).render(this.report, 2, Locale.ENGLISH);
		try (Workbook book = read(xlsx)) {
			assertThat(book.getSheetName(0)).isEqualTo("About");
			assertThat(book.getSheetAt(0).getRow(3).getCell(1).getStringCellValue()).isEqualTo("Finalised version 2");
			assertThat(book.getSheet("Units")).isNotNull();
		}
		Set<String> taken = new HashSet<>();
		assertThat(AnnualReportXlsx.sheetName("a/b:c", taken)).isEqualTo("a_b_c");
		assertThat(AnnualReportXlsx.sheetName("A/b:c", taken)).isEqualTo("A_b_c (2)");
		assertThat(AnnualReportXlsx.sheetName("x".repeat(40), taken)).hasSize(31);
		assertThat(AnnualReportXlsx.sheetName("x".repeat(40), taken)).hasSize(31).endsWith(" (2)");
	}

}
