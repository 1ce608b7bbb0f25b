package org.lianjian;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.lianjian.activity.ActivityFilter;
import org.lianjian.activity.ActivityService;
import org.lianjian.activity.ActivityStatus;
import org.lianjian.agreement.AgreementFilter;
import org.lianjian.agreement.AgreementService;
import org.lianjian.agreement.Rag;
import org.lianjian.project.ProjectFilter;
import org.lianjian.project.ProjectService;
import org.lianjian.shared.web.PageView;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;
import org.lianjian.unit.UnitFilter;
import org.lianjian.unit.UnitService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each list's page and its export come from one query definition: for the same filters
 * the page's total equals the export's row count, and a search term holding {@code %},
 * {@code _} or {@code \} matches those characters literally, with or without another
 * filter (the agreement list's colour filter takes another statement). Five rows of each
 * list are renamed (in the test's transaction): three hold the special characters, and
 * two are decoys that a wildcard left unescaped would match.
 */
@WebIntegrationTest
@Transactional
class ListTotalsMatchExportsTests {

	/** The seeded names' prefix, found nowhere in the demo data. */
	private static final String TOKEN = "qz7";

	private static final List<String> NAMES = List.of(TOKEN + "%x 甲", TOKEN + "_x 乙", TOKEN + "\\x 丙", TOKEN + "Ax 丁",
			TOKEN + "x 戊");

	/** A search term and the seeded name it must find, alone. */
	private static final List<List<String>> TERMS = List.of(List.of(TOKEN + "%x", NAMES.get(0)),
			List.of(TOKEN + "_x", NAMES.get(1)), List.of(TOKEN + "\\x", NAMES.get(2)));

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UnitService units;

	@Autowired
	AgreementService agreements;

	@Autowired
	ProjectService projects;

	@Autowired
	ActivityService activities;

	@Test
	void unitSearchesMatchTheirExport() throws Exception {
		seed("resident_unit", "name", "true");
		for (List<String> term : TERMS) {
			long total = total(() -> this.units.search(unitSearch(term.get(0))));
			List<String> exported = column(get("/units/export.xlsx").param("q", term.get(0)), 0);
			assertThat(exported).as("units exported for " + term.get(0)).containsExactly(term.get(1));
			assertThat(total).as("units listed for " + term.get(0)).isEqualTo(exported.size());
		}
		assertThat(total(() -> this.units.search(unitSearch(TOKEN)))).isEqualTo(NAMES.size());
	}

	@Test
	void agreementSearchesMatchTheirExportWithAndWithoutColour() throws Exception {
		// drafts and terminated agreements are green whatever their commitments
		seed("agreement", "title", "status in ('DRAFT', 'TERMINATED', 'SUBMITTED')");
		for (List<String> term : TERMS) {
			for (Rag rag : new Rag[] { null, Rag.GREEN }) {
				String what = term.get(0) + " colour " + rag;
				AgreementFilter filter = new AgreementFilter(term.get(0), null, null, null, null, null, null, rag,
						null);
				long total = total(() -> this.agreements.search(filter));
				MockHttpServletRequestBuilder export = get("/agreements/export.xlsx").param("q", term.get(0));
				if (rag != null) {
					export.param("rag", rag.name());
				}
				List<String> exported = column(export, 1);
				assertThat(exported).as("agreements exported for " + what).containsExactly(term.get(1));
				assertThat(total).as("agreements listed for " + what).isEqualTo(exported.size());
			}
		}
	}

	@Test
	void projectSearchesMatchTheirExport() throws Exception {
		seed("service_project", "name", "true");
		for (List<String> term : TERMS) {
			long total = total(
					() -> this.projects.search(new ProjectFilter(term.get(0), null, null, null, null, null, null)));
			List<String> exported = column(get("/projects/export.xlsx").param("q", term.get(0)), 0);
			assertThat(exported).as("projects exported for " + term.get(0)).containsExactly(term.get(1));
			assertThat(total).as("projects listed for " + term.get(0)).isEqualTo(exported.size());
		}
	}

	@Test
	void activityFiltersMatchTheirExport() throws Exception {
		int year = this.jdbc.queryForObject(
				"select extract(year from start_at)::int from activity group by 1 order by count(*) desc, 1 limit 1",
				Integer.class);
		ActivityFilter filter = new ActivityFilter(null, ActivityStatus.HELD, null, null, null, year, null, null, null,
				null);
		long total = total(() -> this.activities.search(filter));
		List<String> exported = column(
				get("/activities/export.xlsx").param("status", "HELD").param("year", String.valueOf(year)), 0);
		assertThat(total).isPositive().isEqualTo(exported.size());
	}

	private static UnitFilter unitSearch(String q) {
		return new UnitFilter(q, null, null, null, null, null, null, null, null, null, null);
	}

	/** Renames five rows of a table to the seeded names. */
	private void seed(String table, String column, String where) {
		List<Long> ids = this.jdbc.queryForList(
				"select id from " + table + " where " + where + " order by id limit " + NAMES.size(), Long.class);
		assertThat(ids).as("rows of " + table + " to rename").hasSize(NAMES.size());
		for (int i = 0; i < ids.size(); i++) {
			this.jdbc.update("update " + table + " set " + column + " = ? where id = ?", NAMES.get(i), ids.get(i));
		}
	}

	private long total(Supplier<PageView<?>> search) {
		return this.users.call("staff", search).totalElements();
	}

	/** One column of the export's data rows. */
	private List<String> column(MockHttpServletRequestBuilder export, int column) throws Exception {
		byte[] file = this.mvc.perform(export.with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String> values = new ArrayList<>();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			Sheet sheet = wb.getSheetAt(0);
			for (Row row : sheet) {
				if (row.getRowNum() > 0 && row.getCell(column) != null) {
					values.add(row.getCell(column).getStringCellValue());
				}
			}
		}
		return values;
	}

}
