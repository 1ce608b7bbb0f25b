package org.lianjian.report;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.lianjian.shared.jpa.StaleEditException;
import org.lianjian.support.RouteRoleMatrix;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Finalised snapshots of the annual report stay put, part 3's text refuses a stale edit,
 * and the report's routes answer each role as expected.
 */
class AnnualReportSnapshotTests extends AnnualReportDatabaseTests {

	@Test
	void finalisedReportStaysPutAndRegeneratingAddsAVersion() {
		int year = 2023;
		int v1 = as("admin", () -> this.reports.finalise(year));
		assertThat(v1).isEqualTo(1);
		AnnualReport first = as("admin", () -> this.reports.view(year, null));
		assertThat(as("admin", () -> this.reports.page(year, null, false).version())).isEqualTo(1);
		assertThat(as("admin", () -> this.reports.changedSince(year, 1))).isFalse();
		BigDecimal delivered = figures(first).get("fulfilment.met").value();

		this.db.update("insert into fulfilment (commitment_id, agreement_id, happened_on, description, quantity) "
				+ "values (?, ?, date '2023-06-01', '补记', 1)", this.data.c6, this.data.g6);
		try {
			AnnualReport again = as("admin", () -> this.reports.view(year, 1));
			assertThat(figures(again).get("fulfilment.met").value()).isEqualByComparingTo(delivered);
			assertThat(again.sections()).isEqualTo(first.sections());
			assertThat(again.generatedAt()).isEqualTo(first.generatedAt());
			assertThat(figures(as("admin", () -> this.reports.live(year))).get("fulfilment.met").value())
				.isEqualByComparingTo(delivered.add(BigDecimal.ONE));
			assertThat(as("admin", () -> this.reports.page(year, null, false).changedSince())).isTrue();

			int v2 = as("admin", () -> this.reports.finalise(year));
			assertThat(v2).isEqualTo(2);
			assertThat(as("admin", () -> this.reports.versions(year)))
				.extracting(AnnualReportService.SnapshotInfo::version)
				.containsExactly(2, 1);
			assertThat(figures(as("admin", () -> this.reports.view(year, null))).get("fulfilment.met").value())
				.isEqualByComparingTo(delivered.add(BigDecimal.ONE));
			assertThat(figures(as("admin", () -> this.reports.view(year, 1))).get("fulfilment.met").value())
				.isEqualByComparingTo(delivered);
			assertThat(as("admin", () -> this.reports.changedSince(year, 2))).isFalse();
		}
		finally {
			this.db.update("delete from fulfilment where description = '补记'");
		}
	}

	@Test
	void measuresAreSavedPerYearAndAStaleEditIsRefused() throws Exception {
		int year = 2021;
		as("staff", () -> {
			this.reports.saveMeasures(year, new MeasuresForm("第一稿", null));
			return null;
		});
		assertThatThrownBy(() -> as("staff", () -> {
			this.reports.saveMeasures(year, new MeasuresForm("另一稿", null));
			return null;
		})).isInstanceOf(StaleEditException.class);
		assertThat(as("staff", () -> this.reports.live(year)).measures()).isEqualTo("第一稿");

		this.mvc
			.perform(post("/reports/annual/" + year + "/measures").with(this.users.as("staff"))
				.with(csrf())
				.param("text", "第二稿")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		// a second editor still holding version 0 gets the conflict message, input kept
		this.mvc
			.perform(post("/reports/annual/" + year + "/measures").with(this.users.as("admin"))
				.with(csrf())
				.param("text", "第三稿")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("第三稿")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("保存失败")));
		assertThat(as("staff", () -> this.reports.live(year)).measures()).isEqualTo("第二稿");
	}

	@Test
	void routesAnswerEachRoleAsExpected() throws Exception {
		RouteRoleMatrix matrix = new RouteRoleMatrix(this.mvc, this.users);
		matrix.route(HttpMethod.GET, "/reports/annual/2022")
			.anonymous(RouteRoleMatrix.LOGIN)
			.expect(200, "admin", "staff", "secretary", "liaison");
		matrix.route(HttpMethod.GET, "/reports/annual")
			.anonymous(RouteRoleMatrix.LOGIN)
			.expect(302, "admin", "liaison");
		matrix.route(HttpMethod.GET, "/reports/annual/1999")
			.anonymous(RouteRoleMatrix.LOGIN)
			.expect(404, "admin", "liaison");
		matrix.route(HttpMethod.GET, "/reports/annual/2022")
			.param("version", "7")
			.anonymous(RouteRoleMatrix.LOGIN)
			.expect(404, "admin", "staff", "secretary", "liaison");
		matrix.route(HttpMethod.POST, "/reports/annual/2022/measures")
			.param("text", "x")
			.anonymous(RouteRoleMatrix.LOGIN)
			.expect(403, "secretary", "liaison")
			.expect(302, "staff");
		matrix.route(HttpMethod.POST, "/reports/annual/2022/finalise")
			.anonymous(RouteRoleMatrix.LOGIN)
			.expect(403, "staff", "secretary", "liaison")
			.expect(302, "admin");
		matrix.verify();
	}

}
