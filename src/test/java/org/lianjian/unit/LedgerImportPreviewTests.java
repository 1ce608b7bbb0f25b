package org.lianjian.unit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianjian.unit.LedgerFiles.row;
import static org.lianjian.unit.LedgerFiles.set;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Previews kept as background jobs: several at once for one user, each only for its
 * owner, none in the HTTP session; and bounded, however bad the file.
 */
@WebIntegrationTest
class LedgerImportPreviewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	UnitService units;

	@Autowired
	ResidentUnitRepository unitRepository;

	@Autowired
	JdbcTemplate jdbc;

	String prefix;

	String area;

	String network;

	LedgerUploads staff;

	@BeforeEach
	void setUp() {
		this.prefix = LedgerFiles.prefix("预览测试");
		UnitChoices choices = this.units.choices();
		this.area = choices.areas().get(0).name();
		this.network = choices.networks().get(choices.networks().size() - 1).name();
		this.staff = new LedgerUploads(this.mvc, this.users, "staff");
	}

	private byte[] file(String name) {
		return LedgerFiles
			.xlsx(List.of(row(this.prefix + name, LedgerFiles.creditCode(), "非公企业", this.area, this.network)));
	}

	@Test
	void shouldKeepTwoPreviewsOfOneUserSideBySideAndOutOfTheSession() throws Exception {
		String first = this.staff.uploadForPreview("first.xlsx", file("甲"));
		String second = this.staff.uploadForPreview("second.xlsx", file("乙"));
		assertThat(first).isNotEqualTo(second);

		assertThat(this.staff.previewAt(first).fileName()).isEqualTo("first.xlsx");
		assertThat(this.staff.previewAt(second).fileName()).isEqualTo("second.xlsx");
		assertThat(Collections.list(this.staff.session.getAttributeNames())).as("nothing of the upload in the session")
			.allMatch(
					(name) -> name.startsWith("SPRING_SECURITY_") || name.startsWith("org.springframework.security."));

		ImportProgress done = this.staff.commit(this.staff.previewAt(first));
		assertThat(done.succeeded()).as(String.valueOf(done.failure())).isTrue();
		assertThat(this.unitRepository.findByName(this.prefix + "甲")).hasSize(1);
		assertThat(this.staff.commit(this.staff.previewAt(second)).created()).isEqualTo(1);
		assertThat(this.unitRepository.findByName(this.prefix + "乙")).hasSize(1);
	}

	@Test
	void shouldAnswer404ForAnotherUsersPreviewAndWriteNothing() throws Exception {
		String location = this.staff.uploadForPreview("mine.xlsx", file("丙"));
		String token = location.substring(location.lastIndexOf('/') + 1);
		this.mvc.perform(get(location).with(this.users.as("admin"))).andExpect(status().isNotFound());
		this.mvc.perform(post("/units/import/{t}/commit", token).with(this.users.as("admin")).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/units/import/{t}/progress", token).with(this.users.as("admin")))
			.andExpect(status().isNotFound());
		assertThat(this.unitRepository.findByName(this.prefix + "丙")).isEmpty();
		assertThat(this.staff.previewAt(location).committable()).as("still waiting for its owner").isTrue();
	}

	@Test
	void shouldShowTheValueReadWhenASpreadsheetTurnedTheCreditCodeIntoANumber() throws Exception {
		List<Object> row = row(this.prefix + "数字代码", "", "非公企业", this.area, this.network);
		set(row, "统一社会信用代码", 1.23101091E17);
		ImportPreview preview = this.staff.preview("number.xlsx", LedgerFiles.xlsx(List.of(row)));
		assertThat(preview.errors()).singleElement().satisfies((e) -> {
			assertThat(e.column()).isEqualTo("统一社会信用代码");
			assertThat(e.message()).contains("“1.23101E+17”").contains("数字").contains("文本");
		});

		List<List<Object>> csvRows = new ArrayList<>();
		List<Object> typo = row(this.prefix + "错码", "91310109MA1FL2B3C0", "非公企业", this.area, this.network);
		csvRows.add(typo);
		List<Object> excel = row(this.prefix + "科学计数", "1.23101E+17", "非公企业", this.area, this.network);
		csvRows.add(excel);
		ImportPreview csv = this.staff.preview("saved-by-excel.csv", LedgerFiles.gbk(csvRows));
		assertThat(csv.errors()).hasSize(2);
		assertThat(csv.errors().get(0).message()).contains("校验位").contains("91310109MA1FL2B3C0");
		assertThat(csv.errors().get(1).message()).contains("1.23101E+17").contains("文本");
	}

	/**
	 * The shape of the file that took 5.5 GB of heap (there tens of thousands of rows),
	 * each row with several bad cells of long text. The preview lists the first 200
	 * problems with values cut to 50 characters, counts the rest, and its page and stored
	 * preview stay small.
	 */
	@Test
	void shouldBoundThePreviewOfAFileWithThousandsOfBadRows() throws Exception {
		// 5,000 bad rows give 20,000 problems, a hundred times what the page lists
		int count = 5_000;
		List<List<Object>> rows = new ArrayList<>(count);
		String filler = "很长的无效内容".repeat(30);
		for (int i = 0; i < count; i++) {
			List<Object> row = row(this.prefix + "坏行" + i, "", filler + i, this.area, filler + "网" + i);
			set(row, "职工人数", filler + "人" + i);
			set(row, "成员单位起始日期", filler + "日" + i);
			rows.add(row);
		}
		byte[] file = LedgerFiles.xlsx(rows);

		String location = this.staff.uploadForPreview("huge.xlsx", file);
		MvcResult page = this.staff.page(location);
		ImportPreview preview = (ImportPreview) page.getModelAndView().getModel().get("preview");
		assertThat(preview.rows()).isEqualTo(count);
		assertThat(preview.invalidRows()).isEqualTo(count);
		assertThat(preview.errors()).hasSize(ImportErrors.SHOWN);
		assertThat(preview.errorCount()).isEqualTo(4 * count);
		assertThat(preview.hiddenErrors()).isEqualTo(4 * count - ImportErrors.SHOWN);
		assertThat(preview.errors()).allSatisfy((e) -> assertThat(e.message()).hasSizeLessThan(300));
		assertThat(preview.errors().get(0).message()).contains("很长的无效内容很长的").contains("…");

		String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html.length()).as("page size").isLessThan(200_000);
		assertThat(html).contains(String.format("只列出前 200 条问题，另有 %,d 条未列出", 4 * count - ImportErrors.SHOWN));
		String token = location.substring(location.lastIndexOf('/') + 1);
		Integer stored = this.jdbc.queryForObject(
				"select octet_length(result) from background_job where id = cast(? as uuid)", Integer.class, token);
		assertThat(stored).as("stored preview, bytes").isLessThan(100_000);
		this.mvc.perform(post("/units/import/{t}/commit", token).with(this.users.as("staff")).with(csrf()))
			.andExpect(status().isConflict());
	}

}
