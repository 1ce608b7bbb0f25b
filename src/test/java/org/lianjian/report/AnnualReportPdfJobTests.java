package org.lianjian.report;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lianjian.job.JobService;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annual report's PDF jobs are durable jobs of the job module: a row in PostgreSQL
 * holds the job, its progress and its file, a second request for the same report finds
 * the job that has not ended, and a job cut short by a restart says so and can be started
 * again.
 */
@WebIntegrationTest
class AnnualReportPdfJobTests {

	static final int YEAR = LocalDate.now().getYear();

	static final String JOBS = "/reports/annual/" + YEAR + "/pdf-jobs";

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeJobs() {
		this.jdbc.update("delete from background_job where kind = ?", AnnualReportPdfJobs.KIND);
	}

	private String start(String username) throws Exception {
		String location = this.mvc
			.perform(post(JOBS).param("version", "live").with(csrf()).with(this.users.as(username)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches(JOBS + "/[0-9a-f]{32}");
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private Map<String, Object> row(String id) {
		return this.jdbc.queryForMap(
				"select kind, owner_username, state, error_code, result from background_job where id = ?",
				AnnualReportPdfJobs.uuid(id).orElseThrow());
	}

	private void awaitSucceeded(String id) {
		await().atMost(Duration.ofMinutes(2)).until(() -> row(id).get("state"), "SUCCEEDED"::equals);
	}

	@Test
	void shouldKeepTheJobAndItsFileInPostgreSQL() throws Exception {
		String id = start("staff");
		awaitSucceeded(id);
		Map<String, Object> row = row(id);
		assertThat(row.get("kind")).isEqualTo(AnnualReportPdfJobs.KIND);
		assertThat(row.get("owner_username")).isEqualTo("staff");
		byte[] stored = (byte[]) row.get("result");
		assertThat(new String(stored, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		byte[] served = this.mvc.perform(get(JOBS + "/" + id + "/file").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(served).isEqualTo(stored);
	}

	@Test
	void shouldFindTheUnfinishedJobForTheSameReportInsteadOfStartingAnother() throws Exception {
		UUID waiting = UUID.randomUUID();
		this.jdbc.update("""
				insert into background_job (id, kind, owner_account_id, owner_username, label, state, input,
				                            created_at, updated_at)
				select ?, ?, id, username, '', 'WAITING', ?, now(), now() from user_account where username = 'staff'""",
				waiting, AnnualReportPdfJobs.KIND, new AnnualReportPdfJobs.Request(YEAR, null, true).bytes());
		assertThat(start("staff")).isEqualTo(AnnualReportPdfJobs.hex(waiting));
		// another user, or another edition of the report, gets a job of its own
		String secretarys = start("secretary");
		assertThat(secretarys).isNotEqualTo(AnnualReportPdfJobs.hex(waiting));
		awaitSucceeded(secretarys);
	}

	@Test
	void shouldSayAJobWasCutShortByARestartAndStartItAgain() throws Exception {
		String id = start("staff");
		awaitSucceeded(id);
		// what the job module's housekeeping writes for a job whose JVM has gone
		this.jdbc.update("update background_job set state = 'FAILED', error_code = ?, result = null where id = ?",
				JobService.INTERRUPTED, AnnualReportPdfJobs.uuid(id).orElseThrow());
		String page = this.mvc.perform(get(JOBS + "/" + id).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("PDF 生成因平台重启而中断", "id=\"annual-pdf-again\"", "action=\"" + JOBS + "?version=live\"");
		assertThat(page).doesNotContain("annual-pdf-download", "hx-trigger");
		this.mvc.perform(get(JOBS + "/" + id + "/file").with(this.users.as("staff"))).andExpect(status().isNotFound());
		String again = start("staff");
		assertThat(again).isNotEqualTo(id);
		awaitSucceeded(again);
	}

	@Test
	void shouldAnswerNotFoundForAnIdThatIsNoJob() throws Exception {
		for (String id : new String[] { "0123456789abcdef0123456789abcdef", "zz23456789abcdef0123456789abcdef", "0123",
				"0123456789abcdef0123456789abcdef0" }) {
			this.mvc.perform(get(JOBS + "/" + id).with(this.users.as("staff"))).andExpect(status().isNotFound());
			this.mvc.perform(get(JOBS + "/" + id + "/file").with(this.users.as("staff")))
				.andExpect(status().isNotFound());
		}
	}

}
