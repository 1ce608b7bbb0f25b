package org.lianjian.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.lianjian.report.AnnualReport.Cell;
import org.lianjian.report.AnnualReport.Figure;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annual report of the running year, counted as of today, says what the lists and the
 * dashboard say: the units in the area, the units without a primary liaison in office,
 * the active organisations, for staff and for a secretary. And a unit ticked as a
 * coordination committee member on the unit form counts once more in the report's figure,
 * in the committee's row of its table and in the unit list alike.
 */
@WebIntegrationTest
class AnnualReportAgreesWithListsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	AnnualReportService reports;

	@Autowired
	UserDetailsService userDetails;

	private final int year = LocalDate.now().getYear();

	@Test
	void thisYearsFiguresAreTheListsTotals() throws Exception {
		for (String user : List.of("staff", "secretary")) {
			Map<String, Figure> f = figures(as(user, () -> this.reports.live(this.year)));
			assertThat(f.get("structure.units").value()).as(user + " units")
				.isEqualByComparingTo(total("/units?status=ACTIVE", user));
			assertThat(f.get("liaison.count").value()).as(user + " vacant")
				.isEqualByComparingTo(total("/units?status=ACTIVE&vacant=true", user));
		}
		Map<String, Figure> f = figures(as("staff", () -> this.reports.live(this.year)));
		assertThat(f.get("structure.organisations").value())
			.isEqualByComparingTo(total("/structure/organisations?status=ACTIVE", "staff"));
	}

	@Test
	void aUnitTickedOnTheFormCountsOnceMoreEverywhere() throws Exception {
		Counted before = counted();
		String name = "协调委员会新成员" + System.nanoTime() % 1_000_000;
		MockHttpServletRequestBuilder form = post("/units/new").with(this.users.as("staff"))
			.with(csrf())
			.param("name", name)
			.param("category", "STATE_OWNED")
			.param("adminRank", "NONE")
			.param("residentialAreaId", this.users.scopeOrganisationOf("secretary").toString())
			.param("headcount", "50")
			.param("partyOrgKind", "BRANCH")
			.param("partyMemberCount", "8")
			.param("coordinationMember", "true")
			.param("_dualManaged", "on")
			.param("status", "ACTIVE");
		this.mvc.perform(form).andExpect(status().is3xxRedirection());
		Counted after = counted();
		assertThat(after.figure()).isEqualByComparingTo(before.figure().add(BigDecimal.ONE));
		assertThat(after.row()).isEqualByComparingTo(before.row().add(BigDecimal.ONE));
		assertThat(after.list()).isEqualByComparingTo(before.list().add(BigDecimal.ONE));
	}

	/** The report's figure, the committee's row of the groups table and the list. */
	private record Counted(BigDecimal figure, BigDecimal row, BigDecimal list) {

	}

	private Counted counted() throws Exception {
		AnnualReport report = as("staff", () -> this.reports.live(this.year));
		BigDecimal row = report.sections()
			.stream()
			.flatMap((s) -> s.tables().stream())
			.filter((t) -> t.key().equals("structure.groups"))
			.flatMap((t) -> t.rows().stream())
			.filter((r) -> "曲阳社区党建协调委员会".equals(r.get(0).text()))
			.map((List<Cell> r) -> r.get(2).number())
			.findFirst()
			.orElse(BigDecimal.ZERO);
		return new Counted(figures(report).get("structure.coordinationMembers").value(), row,
				total("/units?member=true", "staff"));
	}

	private BigDecimal total(String href, String user) throws Exception {
		String html = this.mvc.perform(get(href).with(this.users.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return new BigDecimal(Objects.requireNonNull(Jsoup.parse(html).selectFirst("[data-total]")).attr("data-total"));
	}

	private static Map<String, Figure> figures(AnnualReport report) {
		Map<String, Figure> map = new java.util.HashMap<>();
		report.sections().forEach((s) -> s.figures().forEach((f) -> map.put(f.key(), f)));
		return map;
	}

	private <T> T as(String username, Callable<T> work) throws Exception {
		UserDetails user = this.userDetails.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return work.call();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
