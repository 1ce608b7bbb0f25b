package org.lianjian.unit;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianjian.unit.LedgerFiles.row;
import static org.lianjian.unit.LedgerFiles.set;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The template and the export: the template's columns and drop-downs, the export of the
 * filtered list with the same columns, and an export that imports again with no change.
 */
@WebIntegrationTest
class UnitLedgerExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	UnitService units;

	@Autowired
	ResidentUnitRepository unitRepository;

	LedgerUploads importer;

	String prefix;

	@BeforeEach
	void setUp() {
		this.importer = new LedgerUploads(this.mvc, this.users, "staff");
		this.prefix = LedgerFiles.prefix("导出测试");
	}

	private byte[] download(String path, String... params) throws Exception {
		var request = get(path).with(this.users.as("staff"));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		MvcResult result = this.mvc.perform(request).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getContentType()).startsWith(UnitImportController.XLSX.toString());
		return result.getResponse().getContentAsByteArray();
	}

	/** Units covering every column and value kind, created through an import. */
	private void createUnits() throws Exception {
		UnitChoices choices = this.units.choices();
		String area = choices.areas().get(1).name();
		String network = choices.networks().get(0).name();
		List<List<Object>> rows = new ArrayList<>();
		rows.add(row(this.prefix + "甲医院", LedgerFiles.creditCode(), "事业单位", area, network));
		set(rows.get(0), "事业单位类型", "医院");
		set(rows.get(0), "行政级别", "厅局级");
		set(rows.get(0), "双重管理", "是");
		set(rows.get(0), "党组织类型", "党委");
		set(rows.get(0), "党员人数", 320);
		set(rows.get(0), "大口党委", "上海市卫生健康委员会党委");
		set(rows.get(0), "协调委成员单位", "是");
		set(rows.get(0), "成员单位起始日期", "2019-01-15");
		rows.add(row(this.prefix + "乙公司", "", "非公企业", "", ""));
		set(rows.get(1), "简称", "乙司");
		set(rows.get(1), "地址", "");
		set(rows.get(1), "联系邮箱", "");
		set(rows.get(1), "状态", "已注销");
		set(rows.get(1), "状态日期", "2025-02-28");
		rows.add(row(this.prefix + "丙中学", LedgerFiles.creditCode(), "事业单位", area, network));
		set(rows.get(2), "事业单位类型", "学校");
		set(rows.get(2), "职工人数", 0);
		ImportPreview preview = this.importer.preview("seed.xlsx", LedgerFiles.xlsx(rows));
		assertThat(preview.errors()).isEmpty();
		ImportProgress done = this.importer.commit(preview);
		assertThat(done.created()).isEqualTo(3);
	}

	@Test
	void shouldOfferATemplateWithHeadersAValidExampleAndDropDowns() throws Exception {
		byte[] template = download("/units/import/template.xlsx");
		List<List<String>> rows = LedgerFiles.read(template);
		assertThat(rows.get(0)).containsExactlyElementsOf(LedgerFiles.HEADERS);
		assertThat(rows).hasSize(2);
		assertThat(CreditCode.isValid(rows.get(1).get(2))).as("example credit code " + rows.get(1).get(2)).isTrue();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			XSSFSheet sheet = wb.getSheetAt(0);
			List<Integer> columns = new ArrayList<>();
			for (DataValidation v : sheet.getDataValidations()) {
				columns.add(v.getRegions().getCellRangeAddress(0).getFirstColumn());
			}
			assertThat(columns).contains(LedgerFiles.HEADERS.indexOf("单位类别"), LedgerFiles.HEADERS.indexOf("事业单位类型"),
					LedgerFiles.HEADERS.indexOf("行政级别"), LedgerFiles.HEADERS.indexOf("双重管理"),
					LedgerFiles.HEADERS.indexOf("所在居民区"), LedgerFiles.HEADERS.indexOf("党组织类型"),
					LedgerFiles.HEADERS.indexOf("所属网络"), LedgerFiles.HEADERS.indexOf("协调委成员单位"),
					LedgerFiles.HEADERS.indexOf("状态"));
			assertThat(wb.isSheetHidden(1)).as("lists sheet hidden").isTrue();
			assertThat(wb.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("党政机关");
		}
		// the template itself is a valid ledger
		ImportPreview preview = this.importer.preview("template.xlsx", template);
		assertThat(preview.errors()).isEmpty();
		assertThat(preview.rows()).isEqualTo(1);
	}

	@Test
	void shouldExportTheFilteredListWithTheTemplateColumns() throws Exception {
		createUnits();
		MvcResult result = this.mvc
			.perform(get("/units/export.xlsx").param("q", this.prefix)
				.param("category", "PUBLIC_INSTITUTION")
				.with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andReturn();
		String disposition = result.getResponse().getHeader("Content-Disposition");
		assertThat(disposition).startsWith("attachment; filename=\"units-")
			.contains(".xlsx\"; filename*=UTF-8''%E9%A9%BB");
		List<List<String>> rows = LedgerFiles.read(result.getResponse().getContentAsByteArray());
		assertThat(rows.get(0)).containsExactlyElementsOf(LedgerFiles.HEADERS);
		assertThat(rows).hasSize(3);
		List<String> hospital = rows.stream().filter((r) -> r.get(0).endsWith("甲医院")).findFirst().orElseThrow();
		assertThat(hospital.get(LedgerFiles.HEADERS.indexOf("单位类别"))).isEqualTo("事业单位");
		assertThat(hospital.get(LedgerFiles.HEADERS.indexOf("事业单位类型"))).isEqualTo("医院");
		assertThat(hospital.get(LedgerFiles.HEADERS.indexOf("双重管理"))).isEqualTo("是");
		// imported with the former tier name 厅局级, exported with the ladder's label
		assertThat(hospital.get(LedgerFiles.HEADERS.indexOf("行政级别"))).isEqualTo("正局级");
		assertThat(hospital.get(LedgerFiles.HEADERS.indexOf("党员人数"))).isEqualTo("320");
		assertThat(hospital.get(LedgerFiles.HEADERS.indexOf("成员单位起始日期"))).isEqualTo("2019-01-15");
		assertThat(hospital.get(LedgerFiles.HEADERS.indexOf("所在居民区")))
			.isEqualTo(this.units.choices().areas().get(1).name());
	}

	@Test
	void shouldImportItsOwnExportWithNoChange() throws Exception {
		createUnits();
		byte[] export = download("/units/export.xlsx", "q", this.prefix);
		assertThat(LedgerFiles.read(export)).hasSize(4);
		ImportPreview preview = this.importer.preview("export.xlsx", export);
		assertThat(preview.errors()).isEmpty();
		assertThat(preview.toCreate()).isZero();
		assertThat(preview.toUpdate()).isZero();
		assertThat(preview.unchanged()).isEqualTo(3);
		ImportProgress done = this.importer.commit(preview);
		assertThat(done.succeeded()).isTrue();
		assertThat(done.created() + done.updated()).isZero();
		assertThat(download("/units/export.xlsx", "q", this.prefix)).isNotEmpty();
	}

	@Test
	void shouldRoundTripTheDemoUnitsToo() throws Exception {
		byte[] export = download("/units/export.xlsx", "category", "PARTY_GOVERNMENT");
		ImportPreview preview = this.importer.preview("demo.xlsx", export);
		assertThat(preview.errors()).isEmpty();
		assertThat(preview.toCreate() + preview.toUpdate()).isZero();
		assertThat(preview.unchanged()).isEqualTo(LedgerFiles.read(export).size() - 1);
	}

	@Test
	void shouldFormatTheTemplatesCreditCodeColumnAsTextAndItsDateColumnsAsDates() throws Exception {
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(download("/units/import/template.xlsx")))) {
			XSSFSheet sheet = wb.getSheetAt(0);
			int code = LedgerFiles.HEADERS.indexOf("统一社会信用代码");
			assertThat(sheet.getColumnStyle(code).getDataFormatString()).as("column default").isEqualTo("@");
			assertThat(sheet.getRow(1).getCell(code).getCellStyle().getDataFormatString()).isEqualTo("@");
			assertThat(sheet.getRow(1).getCell(code).getCellType()).isEqualTo(CellType.STRING);
			int since = LedgerFiles.HEADERS.indexOf("成员单位起始日期");
			assertThat(sheet.getColumnStyle(since).getDataFormatString()).isEqualTo("yyyy-mm-dd");
		}
	}

	@Test
	void shouldExportDatesAsDatesAndFormulaLikeTextAsTextInXlsxAndGuardedCsv() throws Exception {
		String formula = "=HYPERLINK(\"http://example.com\",\"" + this.prefix + "\")";
		List<List<Object>> rows = new ArrayList<>();
		rows.add(row(formula, LedgerFiles.creditCode(), "非公企业", "", ""));
		set(rows.get(0), "简称", "@SUM(1,2)");
		set(rows.get(0), "地址", "+86 上海市");
		set(rows.get(0), "网格编号", "-1");
		// a member of the coordination committee through its party organisation
		set(rows.get(0), "党组织类型", "党支部");
		set(rows.get(0), "协调委成员单位", "是");
		set(rows.get(0), "成员单位起始日期", "2019-01-15");
		assertThat(this.importer.commit(this.importer.preview("formula.xlsx", LedgerFiles.xlsx(rows))).created())
			.isEqualTo(1);

		byte[] xlsx = download("/units/export.xlsx", "q", this.prefix);
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			org.apache.poi.ss.usermodel.Row row = wb.getSheetAt(0).getRow(1);
			assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo(formula);
			assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo("@SUM(1,2)");
			assertThat(row.getCell(LedgerFiles.HEADERS.indexOf("网格编号")).getStringCellValue()).isEqualTo("-1");
			org.apache.poi.ss.usermodel.Cell since = row.getCell(LedgerFiles.HEADERS.indexOf("成员单位起始日期"));
			assertThat(since.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(since)).isTrue();
			assertThat(since.getLocalDateTimeCellValue().toLocalDate()).hasToString("2019-01-15");
		}

		MvcResult result = this.mvc
			.perform(get("/units/export.csv").param("q", this.prefix).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getContentType()).isEqualTo("text/csv;charset=GB18030");
		byte[] csv = result.getResponse().getContentAsByteArray();
		String text = new String(csv, java.nio.charset.Charset.forName("GB18030"));
		assertThat(text).startsWith("\"单位名称\",\"简称\",")
			.contains("\"'=HYPERLINK(\"\"http://example.com\"\",")
			.contains("\"'@SUM(1,2)\"")
			.contains("\"'+86 上海市\"")
			.contains("\"'-1\"")
			.contains("\"2019-01-15\"");
		ImportPreview again = this.importer.preview("export.csv", csv);
		assertThat(again.errors()).isEmpty();
		assertThat(again.unchanged()).as("the guard is read back off: nothing changes").isEqualTo(1);
	}

}
