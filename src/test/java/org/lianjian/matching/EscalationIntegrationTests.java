package org.lianjian.matching;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.lianjian.support.StatementCounter;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The escalation list (超出供给能力) on PostgreSQL: a need staff mark on its page appears with
 * its reason and the day it was marked, in each role's scope, filtered by category and
 * area, in a fixed number of statements, and in its .xlsx.
 */
@WebIntegrationTest
class EscalationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatementCounter statements;

	private Long need(String title, Long category, Long area, String kind, Long org, Long unit) {
		return this.jdbc.queryForObject("""
				insert into need (title, category_id, area_id, raised_by_kind, raised_by_org_id, raised_by_unit_id,
				                  direction, quantity, measure)
				values (?, ?, ?, ?, ?, ?, ?, 1, 'SESSIONS') returning id""", Long.class, title, category, area, kind,
				org, unit, "UNIT".equals(kind) ? "TO_UNIT" : "TO_COMMUNITY");
	}

	private void escalate(Long need, String reason) throws Exception {
		long version = this.jdbc.queryForObject("select version from need where id = ?", Long.class, need);
		this.mvc
			.perform(post("/matching/needs/" + need + "/escalate").with(this.users.as("staff"))
				.with(csrf())
				.param("reason", reason)
				.param("version", Long.toString(version)))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void shouldListEscalatedNeedsInEachScope() throws Exception {
		Long area = this.users.scopeOrganisationOf("secretary");
		Long other = this.jdbc.queryForObject(
				"select min(id) from organisation where type = 'RESIDENTIAL_PARTY_ORG' and id <> ?", Long.class, area);
		Long unit2 = this.users.scopeUnitOf("liaison2");
		Long category = this.jdbc.queryForObject(
				"insert into matching_category (name, sort_order) values (?, 901) returning id", Long.class,
				"上报" + System.nanoTime() % 100000000);
		String tag = "上报-" + System.nanoTime();
		Long own = need(tag + "-本居民区", category, area, "ORGANISATION", area, null);
		Long elsewhere = need(tag + "-他居民区", category, other, "STAFF", null, null);
		Long ofUnit = need(tag + "-单位", category, other, "UNIT", null, unit2);
		Long plain = need(tag + "-未上报", category, area, "ORGANISATION", area, null);
		escalate(own, "需要区级专业医疗资源");
		escalate(elsewhere, "跨街道协调");
		escalate(ofUnit, "需区人社局支持");

		String page = this.mvc
			.perform(get("/matching/escalations").param("category", category.toString()).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-total=\"3\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(tag + "-本居民区", "需要区级专业医疗资源", LocalDate.now().toString())
			.doesNotContain(tag + "-未上报")
			.contains("data-need=\"" + own + "\"");
		this.mvc
			.perform(get("/matching/escalations").param("category", category.toString())
				.param("area", other.toString())
				.with(this.users.as("admin")))
			.andExpect(content().string(containsString("data-total=\"2\"")));
		this.mvc
			.perform(get("/matching/escalations").param("category", category.toString())
				.with(this.users.as("secretary")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-total=\"1\"")))
			.andExpect(content().string(containsString(tag + "-本居民区")));
		this.mvc
			.perform(
					get("/matching/escalations").param("category", category.toString()).with(this.users.as("liaison2")))
			.andExpect(content().string(containsString("data-total=\"1\"")))
			.andExpect(content().string(containsString(tag + "-单位")));
		this.mvc
			.perform(get("/matching/escalations").param("category", category.toString()).with(this.users.as("liaison")))
			.andExpect(content().string(containsString("data-total=\"0\"")))
			.andExpect(content().string(containsString("data-empty")))
			.andExpect(content().string(not(containsString(tag))));

		// one statement for the rows and one for the count, whatever the number of rows
		long few = this.statements.during(() -> this.mvc
			.perform(get("/matching/escalations").param("category", category.toString()).with(this.users.as("staff")))
			.andExpect(status().isOk()));
		for (int i = 0; i < 5; i++) {
			escalate(need(tag + "-more" + i, category, area, "STAFF", null, null), "更多");
		}
		long many = this.statements.during(() -> this.mvc
			.perform(get("/matching/escalations").param("category", category.toString()).with(this.users.as("staff")))
			.andExpect(content().string(containsString("data-total=\"8\""))));
		assertThat(many).isEqualTo(few);

		// the export: the same rows as the list
		byte[] xlsx = this.mvc
			.perform(get("/matching/escalations.xlsx").param("category", category.toString())
				.with(this.users.as("secretary")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(6);
			assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("原因");
		}

		// withdrawn: off the list
		escalateOff(own);
		this.mvc
			.perform(get("/matching/escalations").param("category", category.toString())
				.with(this.users.as("secretary")))
			.andExpect(content().string(containsString("data-total=\"5\"")));
	}

	private void escalateOff(Long need) throws Exception {
		long version = this.jdbc.queryForObject("select version from need where id = ?", Long.class, need);
		this.mvc
			.perform(post("/matching/needs/" + need + "/escalate").with(this.users.as("staff"))
				.with(csrf())
				.param("reason", "")
				.param("version", Long.toString(version)))
			.andExpect(status().is3xxRedirection());
	}

}
