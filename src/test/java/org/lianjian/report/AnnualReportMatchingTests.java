package org.lianjian.report;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.lianjian.account.DataScope;
import org.lianjian.account.Role;
import org.lianjian.matching.MatchingYear;
import org.lianjian.report.AnnualReport.Cell;
import org.lianjian.report.AnnualReport.Figure;
import org.lianjian.report.AnnualReport.Note;
import org.lianjian.report.AnnualReport.Section;
import org.lianjian.report.AnnualReport.Table;
import org.lianjian.support.StatementCounter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annual report's figures about the three lists ({@link AnnualMatchingFixture}) equal
 * SQL sums written here independently of the matching module: two-way service in part 1,
 * the deficit by category in part 2 with its three largest gaps named in order, and in
 * part 3 one suggestion per gap naming the units whose resources went unused and the
 * categories with spare capacity; in every scope, in a fixed number of statements, in the
 * PDF, the workbook and a finalised snapshot (and an older snapshot without them still
 * renders).
 */
class AnnualReportMatchingTests extends AnnualReportDatabaseTests {

	static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	/** Units' needs closed as met in a year. */
	static final String UNIT_NEEDS_MET = """
			select count(*) from need where raised_by_kind = 'UNIT' and status = 'MET'
			and extract(year from closed_on) = %d %s""";

	/** Community needs' orders delivered by a unit in a year. */
	static final String ORDERS_DELIVERED = """
			select count(*) from service_order o join need n on n.id = o.need_id
			where n.raised_by_kind <> 'UNIT' and o.provider_unit_id is not null and o.status in ('DELIVERED', 'RATED')
			and extract(year from o.delivered_on) = %d %s""";

	@Autowired
	MatchingYear matchingYear;

	@Autowired
	StatementCounter statements;

	@Autowired
	AnnualReportPdf pdf;

	@Autowired
	AnnualReportXlsx xlsx;

	@Autowired
	MessageSource messages;

	@Autowired
	JsonMapper json;

	@Test
	void twoWayFiguresEqualIndependentCountsInEveryScope() {
		Map<String, Figure> f = figures(staffReport());
		expect(f, "matching.unitNeedsMet", UNIT_NEEDS_MET.formatted(Y, ""), UNIT_NEEDS_MET.formatted(Y - 1, ""));
		expect(f, "matching.ordersDelivered", ORDERS_DELIVERED.formatted(Y, ""), ORDERS_DELIVERED.formatted(Y - 1, ""));
		// three units' needs met in 2024 (one raised in 2023), one in 2023; two orders
		// delivered by units in 2024, one in 2023
		assertThat(f.get("matching.unitNeedsMet").value()).isEqualByComparingTo("3");
		assertThat(f.get("matching.unitNeedsMet").previous()).isEqualByComparingTo("1");
		assertThat(f.get("matching.ordersDelivered").value()).isEqualByComparingTo("2");
		assertThat(f.get("matching.ordersDelivered").previous()).isEqualByComparingTo("1");
		assertThat(chart(staffReport(), "chart.two-way").series().get(0).values())
			.containsExactly(BigDecimal.valueOf(3), BigDecimal.valueOf(2));

		// a secretary: the needs of their residential area
		String areaA = "and area_id = " + this.data.areaA;
		Map<String, Figure> sec = figures(as("secretary", () -> this.reports.live(Y)));
		expect(sec, "matching.unitNeedsMet", UNIT_NEEDS_MET.formatted(Y, areaA),
				UNIT_NEEDS_MET.formatted(Y - 1, areaA));
		expect(sec, "matching.ordersDelivered", ORDERS_DELIVERED.formatted(Y, "and n." + areaA.substring(4)),
				ORDERS_DELIVERED.formatted(Y - 1, "and n." + areaA.substring(4)));
		assertThat(sec.get("matching.unitNeedsMet").value()).isEqualByComparingTo("1");

		// a liaison (unit three): their unit's needs and the orders it delivered
		Map<String, Figure> mine = figures(as("liaison", () -> this.reports.live(Y)));
		assertThat(mine.get("matching.unitNeedsMet").value()).isEqualByComparingTo("1");
		assertThat(mine.get("matching.ordersDelivered").value()).isEqualByComparingTo("0");
		assertThat(mine.get("deficit.needs").value()).isEqualByComparingTo("0");
		assertThat(section(as("liaison", () -> this.reports.live(Y)), "deficit").notes().get(0).messageKey())
			.isEqualTo("report.annual.note.gaps.noNeeds");
	}

	@Test
	void deficitByCategoryEqualsAnIndependentSumAndNamesTheThreeLargestGapsInOrder() {
		AnnualReport report = staffReport();
		assertThat(rows(table(report, "deficit.categories"))).isEqualTo(independentDeficit(""));
		assertThat(table(report, "deficit.categories").rows()).extracting((r) -> r.get(0).text())
			.startsWith("为老", "就业", "教育");
		Map<String, Figure> f = figures(report);
		assertThat(f.get("deficit.needs").value()).isEqualByComparingTo("15");
		assertThat(f.get("deficit.needs").previous()).isEqualByComparingTo("1");
		assertThat(f.get("deficit.delivered").value()).isEqualByComparingTo("3.5");
		assertThat(f.get("deficit.unmetRate").value()).isEqualByComparingTo("76.7");
		assertThat(f.get("deficit.unmetRate").previous()).isEqualByComparingTo("0");
		assertThat(f.get("deficit.unmetRate").trend()).isEqualTo(Trend.BAD);

		Note gaps = section(report, "deficit").notes().get(0);
		assertThat(gaps.messageKey()).isEqualTo("report.annual.note.gaps.3");
		assertThat(gaps.args()).containsExactly("为老", "4", "80", "就业", "3", "100", "教育", "2.5", "62.5");
		assertThat(this.messages.getMessage(gaps.messageKey(), gaps.args().toArray(), ZH))
			.isEqualTo("缺口最大的三个类别依次是为老（缺口 4 件，未满足 80%）、就业（缺口 3 件，未满足 100%）和教育（缺口 2.5 件，未满足 62.5%）。");

		// a secretary: the needs of their area only
		AnnualReport sec = as("secretary", () -> this.reports.live(Y));
		assertThat(rows(table(sec, "deficit.categories")))
			.isEqualTo(independentDeficit("and n.area_id = " + this.data.areaA));
		assertThat(table(sec, "deficit.categories").rows()).extracting((r) -> r.get(0).text())
			.containsExactly("教育", "为老", "卫生健康");
	}

	@Test
	void eachLargestGapGetsASuggestionNamingUnusedUnitsAndSpareCategories() {
		AnnualReport report = staffReport();
		List<Note> notes = section(report, "measures").notes();
		List<Note> gaps = notes.subList(notes.size() - 3, notes.size());
		assertThat(gaps).extracting(Note::messageKey)
			.containsExactly("report.annual.suggest.gap.both", "report.annual.suggest.gap.spare",
					"report.annual.suggest.gap.spare");
		// 为老: units two and three published a 为老 resource nobody ordered this year
		// (unit seven's is not published); units with none have room in 教育, 文化, 卫生健康
		List<String> unused = this.db.queryForList("""
				select distinct u.name from service_resource r join resident_unit u on u.id = r.provider_unit_id
				join matching_category c on c.id = r.category_id
				where c.name = '为老' and r.published and not exists (select 1 from service_order o
				  where o.resource_id = r.id and o.status <> 'CANCELLED' and o.status <> 'DECLINED'
				  and extract(year from o.ordered_on) = 2024)""", String.class);
		assertThat(unused).containsExactlyInAnyOrder("单位二", "单位三");
		assertThat(gaps.get(0).args().get(0)).isEqualTo("为老");
		assertThat(gaps.get(0).args().get(3).split(AnnualMatching.LIST_SEPARATOR))
			.containsExactlyInAnyOrderElementsOf(unused);
		assertThat(gaps.get(0).args().get(4)).isEqualTo("2");
		assertThat(gaps.get(0).args().get(5)).isEqualTo("教育、文化、卫生健康");
		// 就业: unit six's resource is used up; 为老 has room at two units
		assertThat(gaps.get(1).args()).startsWith("就业", "3", "100", "", "0", "为老、教育、文化");
		assertThat(gaps.get(2).args()).startsWith("教育", "2.5", "62.5", "", "0", "为老、文化");
		String sentence = this.messages.getMessage(gaps.get(0).messageKey(), gaps.get(0).args().toArray(), ZH);
		assertThat(sentence).startsWith("补齐为老缺口（4 件，未满足 80%）：")
			.contains("单位二", "单位三", "等 2 家单位的为老资源本年尚未使用", "在教育、文化、卫生健康方面尚有余力");
		assertThat(this.messages.getMessage(gaps.get(0).messageKey(), gaps.get(0).args().toArray(), Locale.ENGLISH))
			.contains("Close the gap in 为老", "(2 units)", "spare capacity in 教育、文化、卫生健康");
	}

	@Test
	void matchingFiguresTakeAFixedNumberOfStatements() throws Exception {
		DataScope all = DataScope.all(Role.STAFF);
		long withData = this.statements.during(() -> this.matchingYear.of(Y, all));
		long without = this.statements.during(() -> this.matchingYear.of(2010, all));
		assertThat(withData).isEqualTo(without).isLessThanOrEqualTo(5);
	}

	@Test
	void pdfAndWorkbookCarryTheNewSections() throws Exception {
		AnnualReport report = staffReport();
		try (PDDocument doc = Loader.loadPDF(this.pdf.render(report, null, ZH))) {
			String flat = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
			assertThat(flat).contains("双向服务（三张清单）", "社区服务单位：满足单位需求（件）", "供需缺口（按需求类别）", "缺口最大的三个类别依次是为老（缺口4件，未满足80%）",
					"补齐为老缺口", "在教育、文化、卫生健康方面尚有余力");
		}
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(this.xlsx.render(report, null, ZH)))) {
			Sheet deficit = book.getSheet("供需缺口（按需求类别）");
			assertThat(deficit).isNotNull();
			Row first = null;
			for (Row row : deficit) {
				if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
						&& row.getCell(0).getStringCellValue().equals("为老") && first == null) {
					first = row;
				}
			}
			assertThat(first).isNotNull();
			assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(5);
			assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(1);
			assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(4);
			assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(80);
			Sheet twoWay = book.getSheet("双向服务（三张清单）");
			assertThat(AnnualReportXlsxTests.numericCells(twoWay))
				.containsExactlyElementsOf(AnnualReportXlsxTests.numbersOf(section(report, "matching"))
					.stream()
					.map(BigDecimal::doubleValue)
					.toList());
		}
	}

	@Test
	void aSnapshotKeepsTheNewFiguresAndAnOlderOneWithoutThemStillRenders() throws Exception {
		try {
			int version = as("admin", () -> this.reports.finalise(Y));
			AnnualReport snapshot = as("admin", () -> this.reports.view(Y, version));
			assertThat(section(snapshot, "deficit")).isEqualTo(section(staffReport(), "deficit"));
			assertThat(section(snapshot, "matching")).isEqualTo(section(staffReport(), "matching"));

			// a snapshot finalised before the report had the matching figures
			String stored = this.db.queryForObject(
					"select report_json from annual_report_snapshot where year = ? and version_no = ?", String.class, Y,
					version);
			ObjectNode old = (ObjectNode) this.json.readTree(stored);
			ArrayNode kept = this.json.createArrayNode();
			old.get("sections").forEach((s) -> {
				if (!List.of("matching", "deficit").contains(s.get("key").asString())) {
					kept.add(s);
				}
			});
			old.set("sections", kept);
			this.db.update(
					"""
							insert into annual_report_snapshot (year, version_no, report_json, measures, finalised_by, finalised_at)
							values (?, ?, ?, '', 'admin', now())""",
					Y, version + 1, this.json.writeValueAsString(old));
			String page = this.mvc
				.perform(get("/reports/annual/" + Y).param("version", Integer.toString(version + 1))
					.with(this.users.as("admin")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("沉睡的共建关系").doesNotContain("供需缺口（按需求类别）");
			this.mvc
				.perform(get("/reports/annual/" + Y + ".pdf").param("version", Integer.toString(version + 1))
					.with(this.users.as("admin")))
				.andExpect(status().isOk());
			this.mvc
				.perform(get("/reports/annual/" + Y + ".xlsx").param("version", Integer.toString(version + 1))
					.with(this.users.as("admin")))
				.andExpect(status().isOk());
		}
		finally {
			this.db.update("delete from annual_report_snapshot where year = ?", Y);
		}
	}

	/** Category → needs and delivered (two decimals), summed here from the tables. */
	private Map<String, List<BigDecimal>> independentDeficit(String where) {
		Map<String, List<BigDecimal>> rows = new LinkedHashMap<>();
		this.db.query("""
				select c.name, count(*) as needs, round(sum(case when n.status = 'MET' then 1
				  else least(1, coalesce((select sum(o.quantity) from service_order o
				    join service_resource r on r.id = o.resource_id
				    where o.need_id = n.id and o.status in ('DELIVERED', 'RATED') and r.measure = n.measure), 0)
				    / n.quantity) end), 2) as delivered
				from need n join matching_category c on c.id = n.category_id
				where n.direction = 'TO_COMMUNITY' and n.created_at >= timestamptz '2024-01-01 00:00+08'
				  and n.created_at < timestamptz '2025-01-01 00:00+08' %s
				group by c.name order by c.name""".formatted(where), (rs) -> {
			rows.put(rs.getString("name"), List.of(rs.getBigDecimal("needs").stripTrailingZeros(),
					rs.getBigDecimal("delivered").stripTrailingZeros()));
		});
		return rows;
	}

	/** The table as category → needs and delivered, whatever the order. */
	private static Map<String, List<BigDecimal>> rows(Table table) {
		Map<String, List<BigDecimal>> rows = new LinkedHashMap<>();
		for (List<Cell> r : table.rows()) {
			rows.put(r.get(0).text(),
					List.of(r.get(1).number().stripTrailingZeros(), r.get(2).number().stripTrailingZeros()));
		}
		return rows;
	}

	static Section section(AnnualReport report, String key) {
		return report.sections()
			.stream()
			.filter((s) -> s.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no section " + key));
	}

}
