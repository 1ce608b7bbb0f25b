package org.lianjian.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lianjian.account.DataScope;
import org.lianjian.account.Role;
import org.lianjian.account.SystemPrincipal;
import org.lianjian.shared.web.RuleViolationException;
import org.lianjian.support.RouteRoleMatrix;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The evaluation end to end on the demo data: the lifecycle and the closed-round refusal
 * (service and HTTP), weighted totals and ranks against figures computed here from the
 * stored scores, scope for secretaries and liaisons, reopening, stale edits and the route
 * × role matrix. Tests that change rounds use years of their own.
 */
@WebIntegrationTest
class EvaluationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EvaluationService evaluations;

	@Autowired
	EvaluationResults results;

	@Autowired
	UserDetailsService userDetails;

	/** Runs code as a demo account, as the service sees it. */
	<T> T as(String username, Supplier<T> action) {
		UserDetails user = this.userDetails.loadUserByUsername(username);
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	void openRound(int year) throws Exception {
		this.mvc.perform(post("/evaluations").with(csrf()).with(this.users.as("admin")).param("year", "" + year))
			.andExpect(redirectedUrl("/evaluations/" + year));
	}

	long roundVersion(int year) {
		return this.jdbc.queryForObject("select version from evaluation_round where year = ?", Long.class, year);
	}

	List<Long> criteria(int year) {
		return this.jdbc.queryForList("""
				select c.id from evaluation_criterion c join evaluation_round r on r.id = c.round_id
				where r.year = ? order by c.sort_order, c.id""", Long.class, year);
	}

	/** Units of the secretary's area (active), and one unit of another area. */
	List<Long> secretaryUnits() {
		return this.jdbc.queryForList(
				"select id from resident_unit where residential_area_id = ? and status = 'ACTIVE' order by id",
				Long.class, this.users.scopeOrganisationOf("secretary"));
	}

	Long unitOutsideSecretaryArea() {
		return this.jdbc.queryForObject("""
				select id from resident_unit where residential_area_id is not null and residential_area_id <> ?
				order by id limit 1""", Long.class, this.users.scopeOrganisationOf("secretary"));
	}

	MockHttpServletRequestBuilder scores(int year, Long unitId, String user, int base, Long version) {
		MockHttpServletRequestBuilder request = post("/evaluations/" + year + "/units/" + unitId).with(csrf())
			.with(this.users.as(user));
		List<Long> ids = criteria(year);
		for (int i = 0; i < ids.size(); i++) {
			request.param("rows[" + i + "].criterionId", ids.get(i).toString())
				.param("rows[" + i + "].score", String.valueOf(base + i))
				.param("rows[" + i + "].comment", "评语" + i);
		}
		if (version != null) {
			request.param("version", version.toString());
		}
		return request;
	}

	EvaluationForms.ScoreForm scoreForm(int year, int base) {
		List<EvaluationForms.ScoreRow> rows = new ArrayList<>();
		for (Long id : criteria(year)) {
			rows.add(new EvaluationForms.ScoreRow(id, BigDecimal.valueOf(base), null));
		}
		return new EvaluationForms.ScoreForm(rows, null);
	}

	BigDecimal storedScore(int year, Long unitId) {
		return this.jdbc.queryForObject("""
				select sum(sc.score) from evaluation_score sc join evaluation_sheet s on s.id = sc.sheet_id
				join evaluation_round r on r.id = s.round_id where r.year = ? and s.unit_id = ?""", BigDecimal.class,
				year, unitId);
	}

	// ---------------------------------------------------------------- lifecycle

	@Test
	void shouldRefuseScoresOnAClosedRoundAndLogTheAdminsReopening() throws Exception {
		int year = 2011;
		openRound(year);
		Long unit = secretaryUnits().get(0);
		this.mvc.perform(scores(year, unit, "secretary", 70, null))
			.andExpect(redirectedUrl("/evaluations/" + year + "/units/" + unit));
		assertThat(storedScore(year, unit)).isEqualByComparingTo("360"); // 70+71+72+73+74

		this.mvc
			.perform(post("/evaluations/" + year + "/close").with(csrf())
				.with(this.users.as("staff"))
				.param("version", "" + roundVersion(year))
				.param("confirmUnscored", "" + EvaluationRoundRulesTests.unscored(this.jdbc, year)))
			.andExpect(redirectedUrl("/evaluations/" + year));
		assertThat(this.jdbc.queryForObject("select status from evaluation_round where year = ?", String.class, year))
			.isEqualTo("CLOSED");

		// HTTP: the form comes back with the message, nothing stored
		Long version = this.jdbc.queryForObject(
				"select s.version from evaluation_sheet s join evaluation_round r on r.id = s.round_id where r.year = ? and s.unit_id = ?",
				Long.class, year, unit);
		this.mvc.perform(scores(year, unit, "secretary", 10, version))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("评议已截止，不能再打分")));
		assertThat(storedScore(year, unit)).isEqualByComparingTo("360");
		// the service refuses on its own, not just the page
		assertThatThrownBy(() -> as("secretary", () -> {
			this.evaluations.score(year, secondUnit(), scoreForm(year, 50));
			return null;
		})).isInstanceOf(RuleViolationException.class).hasMessage("evaluation.error.notOpen");

		// staff may not reopen; an admin may, and it is logged with the reason
		this.mvc
			.perform(post("/evaluations/" + year + "/reopen").with(csrf())
				.with(this.users.as("staff"))
				.param("reason", "补评")
				.param("version", "" + roundVersion(year)))
			.andExpect(status().isForbidden());
		assertThatThrownBy(() -> as("staff", () -> {
			this.evaluations.reopen(year, roundVersion(year), "补评");
			return null;
		})).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		this.mvc
			.perform(post("/evaluations/" + year + "/reopen").with(csrf())
				.with(this.users.as("admin"))
				.param("reason", "玉田新村居民区补评一家单位")
				.param("version", "" + roundVersion(year)))
			.andExpect(redirectedUrl("/evaluations/" + year));
		Map<String, Object> event = this.jdbc.queryForMap("""
				select e.actor, e.reason from evaluation_round_event e join evaluation_round r on r.id = e.round_id
				where r.year = ? and e.event = 'REOPENED'""", year);
		assertThat(event).containsEntry("actor", "admin").containsEntry("reason", "玉田新村居民区补评一家单位");
		this.mvc.perform(get("/evaluations/" + year).with(this.users.as("admin")))
			.andExpect(content().string(containsString("玉田新村居民区补评一家单位")));
		// open again: the late score goes in
		this.mvc.perform(scores(year, unit, "secretary", 10, version))
			.andExpect(redirectedUrl("/evaluations/" + year + "/units/" + unit));
		assertThat(storedScore(year, unit)).isEqualByComparingTo("60");
	}

	Long secondUnit() {
		return secretaryUnits().get(1);
	}

	@Test
	void shouldShowTheConflictMessageOnAStaleScoreEdit() throws Exception {
		int year = 2012;
		openRound(year);
		Long unit = secretaryUnits().get(0);
		this.mvc.perform(scores(year, unit, "secretary", 80, null)).andExpect(status().is3xxRedirection());
		// a second "first" scoring (the form was opened before the first save)
		this.mvc.perform(scores(year, unit, "secretary", 40, null))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("其他人已修改")));
		assertThat(storedScore(year, unit)).isEqualByComparingTo("410");
		// criteria can no longer change once a unit is scored
		this.mvc
			.perform(post("/evaluations/" + year + "/criteria").with(csrf())
				.with(this.users.as("staff"))
				.param("rows[0].name", "协议履约")
				.param("rows[0].weight", "50")
				.param("rows[0].evidence", "FULFILMENT")
				.param("version", "" + roundVersion(year)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不能再修改指标和权重")));
	}

	@Test
	void shouldEditCriteriaWhileUnscoredAndRefuseAStaleRound() throws Exception {
		int year = 2013;
		openRound(year);
		long version = roundVersion(year);
		this.mvc
			.perform(post("/evaluations/" + year + "/criteria").with(csrf())
				.with(this.users.as("staff"))
				.param("rows[0].code", "FULFILMENT")
				.param("rows[0].name", "协议履约")
				.param("rows[0].weight", "60")
				.param("rows[0].evidence", "FULFILMENT")
				.param("rows[1].name", "党建联建")
				.param("rows[1].weight", "40")
				.param("rows[1].evidence", "NONE")
				.param("rows[2].name", "")
				.param("version", "" + version))
			.andExpect(redirectedUrl("/evaluations/" + year));
		assertThat(this.jdbc.queryForList(
				"""
						select c.name || ':' || c.weight from evaluation_criterion c join evaluation_round r on r.id = c.round_id
						where r.year = ? order by c.sort_order""",
				String.class, year))
			.containsExactly("协议履约:60.00", "党建联建:40.00");
		assertThat(roundVersion(year)).isGreaterThan(version);
		// the same (old) version again: conflict
		this.mvc
			.perform(post("/evaluations/" + year + "/criteria").with(csrf())
				.with(this.users.as("staff"))
				.param("rows[0].name", "协议履约")
				.param("rows[0].weight", "10")
				.param("rows[0].evidence", "FULFILMENT")
				.param("version", "" + version))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("其他人已修改")));
		// a bad weight: message beside the field
		this.mvc
			.perform(post("/evaluations/" + year + "/criteria").with(csrf())
				.with(this.users.as("staff"))
				.param("rows[0].name", "协议履约")
				.param("rows[0].weight", "0")
				.param("version", "" + roundVersion(year)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("权重须在 0.01 到 1000 之间")));
		// secretaries do not manage rounds
		this.mvc.perform(post("/evaluations").with(csrf()).with(this.users.as("secretary")).param("year", "2014"))
			.andExpect(status().isForbidden());
	}

	@Test
	void shouldRemoveACriterionOnlyWhenTickedAndRefuseANamelessOrOverPreciseRow() throws Exception {
		int year = 2009;
		openRound(year);
		List<String> before = namesAndWeights(year);
		assertThat(before).hasSizeGreaterThan(2);
		// a cleared name with its weight still there is refused, not taken as a removal
		this.mvc
			.perform(post("/evaluations/" + year + "/criteria").with(csrf())
				.with(this.users.as("staff"))
				.param("rows[0].code", "FULFILMENT")
				.param("rows[0].name", " ")
				.param("rows[0].weight", "30")
				.param("rows[1].name", "党建联建")
				.param("rows[1].weight", "40")
				.param("version", "" + roundVersion(year)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写指标名称")));
		// a weight with more than two decimals would be rounded: refused instead
		this.mvc
			.perform(post("/evaluations/" + year + "/criteria").with(csrf())
				.with(this.users.as("staff"))
				.param("rows[0].name", "协议履约")
				.param("rows[0].weight", "1.999")
				.param("version", "" + roundVersion(year)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("最多保留两位小数")));
		assertThat(namesAndWeights(year)).isEqualTo(before);
		// the round page offers the box for every saved criterion, not for the spare row
		String page = this.mvc.perform(get("/evaluations/" + year).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Pattern.compile("name=\"rows\\[\\d+]\\.remove\"").matcher(page).results()).hasSize(before.size());
		// ticking "remove" removes that criterion, whatever its fields say
		this.mvc
			.perform(post("/evaluations/" + year + "/criteria").with(csrf())
				.with(this.users.as("staff"))
				.param("rows[0].code", "FULFILMENT")
				.param("rows[0].name", "协议履约")
				.param("rows[0].weight", "30")
				.param("rows[0].remove", "true")
				.param("rows[1].code", "PARTICIPATION")
				.param("rows[1].name", "活动参与")
				.param("rows[1].weight", "40")
				.param("rows[2].name", "")
				.param("version", "" + roundVersion(year)))
			.andExpect(redirectedUrl("/evaluations/" + year));
		assertThat(namesAndWeights(year)).containsExactly("活动参与:40.00");
		// a score with more than two decimals would be rounded: refused beside the field
		Long unit = secretaryUnits().get(0);
		MockHttpServletRequestBuilder request = post("/evaluations/" + year + "/units/" + unit).with(csrf())
			.with(this.users.as("secretary"));
		List<Long> ids = criteria(year);
		for (int i = 0; i < ids.size(); i++) {
			request.param("rows[" + i + "].criterionId", ids.get(i).toString())
				.param("rows[" + i + "].score", i == 0 ? "80.005" : "80");
		}
		this.mvc.perform(request).andExpect(status().isOk()).andExpect(content().string(containsString("最多保留两位小数")));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from evaluation_sheet s join evaluation_round r on r.id = s.round_id where r.year = ?",
				Integer.class, year))
			.isZero();
	}

	private List<String> namesAndWeights(int year) {
		return this.jdbc.queryForList(
				"select c.name || ':' || c.weight from evaluation_criterion c join evaluation_round r on r.id = c.round_id"
						+ " where r.year = ? order by c.sort_order",
				String.class, year);
	}

	// ---------------------------------------------------------------- results

	@Test
	void shouldComputeWeightedTotalsAndRanksWithinCategory() {
		int year = LocalDate.now().getYear() - 1;
		// independently: raw scores and weights per unit, summed here
		Map<Long, BigDecimal[]> sums = new HashMap<>();
		Map<Long, String> category = new HashMap<>();
		this.jdbc.query("""
				select s.unit_id, u.category, sc.score, c.weight
				from evaluation_sheet s join evaluation_round r on r.id = s.round_id
				join evaluation_score sc on sc.sheet_id = s.id
				join evaluation_criterion c on c.id = sc.criterion_id
				join resident_unit u on u.id = s.unit_id
				where r.year = ?""", (rs) -> {
			BigDecimal[] acc = sums.computeIfAbsent(rs.getLong(1),
					(k) -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
			acc[0] = acc[0].add(rs.getBigDecimal(3).multiply(rs.getBigDecimal(4)));
			acc[1] = acc[1].add(rs.getBigDecimal(4));
			category.put(rs.getLong(1), rs.getString(2));
		}, year);
		assertThat(sums).hasSizeGreaterThan(10);
		Map<Long, BigDecimal> expectedTotal = new HashMap<>();
		sums.forEach((unit, acc) -> expectedTotal.put(unit, acc[0].divide(acc[1], 10, RoundingMode.HALF_UP)));
		Map<Long, Integer> expectedRank = new HashMap<>();
		expectedTotal.forEach((unit, total) -> expectedRank.put(unit, 1 + (int) expectedTotal.entrySet()
			.stream()
			.filter((e) -> category.get(e.getKey()).equals(category.get(unit)) && e.getValue().compareTo(total) > 0)
			.count()));

		List<EvaluationResults.Result> all = this.results.forYear(year, DataScope.all(Role.STAFF));
		assertThat(all).hasSize(sums.size());
		for (EvaluationResults.Result r : all) {
			assertThat(r.total()).as("total of " + r.unitName())
				.isEqualByComparingTo(expectedTotal.get(r.unitId()).setScale(2, RoundingMode.HALF_UP));
			assertThat(r.categoryRank()).as("rank of " + r.unitName()).isEqualTo(expectedRank.get(r.unitId()));
			assertThat(r.category()).isEqualTo(category.get(r.unitId()));
		}
		// every category has a first
		assertThat(all.stream().filter((r) -> r.categoryRank() == 1).map(EvaluationResults.Result::category))
			.containsAll(category.values());
		// the demo confirmed the suggested recognitions: category winners with at least
		// the round's minimum score (85) are advanced units, the others are not
		assertThat(all.stream().filter((r) -> r.categoryRank() == 1)).allMatch((r) -> r.recognitions()
			.contains(RecognitionTitle.ADVANCED_UNIT) == (r.total().compareTo(new BigDecimal("85")) >= 0));
	}

	@Autowired
	EvaluationQueries queries;

	@Test
	void shouldShowTheUnitsFiguresOfTheYearAsEvidence() {
		int year = LocalDate.now().getYear() - 1;
		Long unit = this.users.scopeUnitOf("liaison");
		EvaluationViews.UnitEvidence evidence = this.queries.evidence(unit, year, LocalDate.now());
		// independently: held activities of that year the unit joined, and its hours
		List<Long> joined = this.jdbc.queryForList("""
				select distinct a.id from activity a
				left join activity_partner p on p.activity_id = a.id and p.unit_id = ?
				left join activity_unit_hours h on h.activity_id = a.id and h.unit_id = ?
				where a.status = 'HELD' and extract(year from a.start_at) = ?
				  and (p.unit_id is not null or h.unit_id is not null)""", Long.class, unit, unit, year);
		BigDecimal hours = this.jdbc.queryForObject("""
				select coalesce(sum(h.hours), 0) from activity_unit_hours h join activity a on a.id = h.activity_id
				where h.unit_id = ? and a.status = 'HELD' and extract(year from a.start_at) = ?""", BigDecimal.class,
				unit, year);
		Integer commitments = this.jdbc.queryForObject("""
				select count(*) from commitment c join agreement a on a.id = c.agreement_id
				where c.responsible_unit_id = ? and a.status <> 'DRAFT' and a.status <> 'SUBMITTED'
				  and extract(year from a.term_start) <= ? and extract(year from a.term_end) >= ?""", Integer.class,
				unit, year, year);
		assertThat(joined).isNotEmpty();
		assertThat(evidence.activities()).isEqualTo(joined.size());
		assertThat(evidence.hours()).isEqualByComparingTo(hours);
		assertThat(evidence.commitments()).isEqualTo(commitments);
		if (commitments > 0) {
			assertThat(evidence.fulfilmentPercent()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
			assertThat(evidence.worstRag()).isNotNull();
		}
	}

	@Test
	void shouldLimitResultsToTheSecretarysArea() {
		int year = LocalDate.now().getYear() - 1;
		List<Long> area = secretaryUnits();
		List<EvaluationResults.Result> mine = this.results.forYear(year, scopeOf("secretary"));
		assertThat(mine).isNotEmpty().allMatch((r) -> area.contains(r.unitId()));
		assertThat(this.results.forYear(year, DataScope.all(Role.ADMIN))).hasSizeGreaterThan(mine.size());
	}

	// ---------------------------------------------------------------- scope

	@Test
	void shouldLetASecretaryScoreOnlyTheUnitsOfTheirArea() throws Exception {
		int year = LocalDate.now().getYear() - 1;
		Long outside = unitOutsideSecretaryArea();
		Long inside = secretaryUnits().get(0);
		this.mvc.perform(get("/evaluations/" + year + "/units/" + outside).with(this.users.as("secretary")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/evaluations/" + year + "/units/" + inside).with(this.users.as("secretary")))
			.andExpect(status().isOk());
		int open = 2015;
		openRound(open);
		this.mvc.perform(scores(open, outside, "secretary", 60, null)).andExpect(status().isNotFound());
		assertThatThrownBy(() -> as("secretary", () -> {
			this.evaluations.score(open, outside, scoreForm(open, 60));
			return null;
		})).isInstanceOf(EvaluationNotFoundException.class);
		// staff read every unit but do not score
		this.mvc.perform(scores(open, outside, "staff", 60, null)).andExpect(status().isForbidden());
		// the secretary's round page lists only their area's units
		String page = this.mvc.perform(get("/evaluations/" + open).with(this.users.as("secretary")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String outsideName = this.jdbc.queryForObject("select name from resident_unit where id = ?", String.class,
				outside);
		assertThat(page).doesNotContain(outsideName)
			.contains(this.jdbc.queryForObject("select name from resident_unit where id = ?", String.class, inside));
	}

	@Test
	void shouldShowALiaisonOnlyTheirOwnUnitsScoresAndOnlyAfterPublication() throws Exception {
		int year = 2016;
		Long own = this.users.scopeUnitOf("liaison");
		Long other = this.users.scopeUnitOf("liaison2");
		openRound(year);
		this.mvc.perform(scores(year, own, "secretary", 66, null)).andExpect(status().is3xxRedirection());
		this.evaluationsAsSystemScore(year, other);

		this.mvc.perform(get("/evaluations/" + year + "/units/" + own).with(this.users.as("liaison")))
			.andExpect(status().isNotFound());
		assertThat(this.results.forYear(year, scopeOf("liaison"))).isEmpty();
		this.mvc
			.perform(post("/evaluations/" + year + "/close").with(csrf())
				.with(this.users.as("admin"))
				.param("version", "" + roundVersion(year))
				.param("confirmUnscored", "" + EvaluationRoundRulesTests.unscored(this.jdbc, year)))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/evaluations/" + year + "/units/" + own).with(this.users.as("liaison")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/evaluations/" + year + "/publish").with(csrf())
				.with(this.users.as("admin"))
				.param("version", "" + roundVersion(year)))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/evaluations/" + year + "/units/" + own).with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("评语0")))
			.andExpect(content().string(containsString("response-form")));
		this.mvc.perform(get("/evaluations/" + year + "/units/" + other).with(this.users.as("liaison")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/evaluations/" + year + "/units/" + own).with(this.users.as("liaison2")))
			.andExpect(status().isNotFound());
		assertThat(this.results.forYear(year, scopeOf("liaison"))).extracting(EvaluationResults.Result::unitId)
			.containsExactly(own);
		// the round page shows the liaison only their own unit's result
		String otherName = this.jdbc.queryForObject("select name from resident_unit where id = ?", String.class, other);
		this.mvc.perform(get("/evaluations/" + year).with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(otherName))));

		Long version = this.jdbc.queryForObject(
				"select s.version from evaluation_sheet s join evaluation_round r on r.id = s.round_id where r.year = ? and s.unit_id = ?",
				Long.class, year, own);
		this.mvc
			.perform(post("/evaluations/" + year + "/units/" + own + "/response").with(csrf())
				.with(this.users.as("liaison"))
				.param("response", "感谢居民区的评议，我们将加强志愿服务。")
				.param("version", version.toString()))
			.andExpect(redirectedUrl("/evaluations/" + year + "/units/" + own));
		assertThat(this.jdbc.queryForObject("""
				select s.response || '|' || s.responded_by from evaluation_sheet s
				join evaluation_round r on r.id = s.round_id where r.year = ? and s.unit_id = ?""", String.class, year,
				own))
			.isEqualTo("感谢居民区的评议，我们将加强志愿服务。|liaison");
		this.mvc
			.perform(post("/evaluations/" + year + "/units/" + other + "/response").with(csrf())
				.with(this.users.as("liaison"))
				.param("response", "x")
				.param("version", "0"))
			.andExpect(status().isNotFound());
	}

	private void evaluationsAsSystemScore(int year, Long unit) {
		// the unit lies outside the demo secretary's area: scored the way the demo loader
		// scores, as the system principal (with nobody signed in the scope is empty)
		var previous = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
		SecurityContextHolder.getContext().setAuthentication(SystemPrincipal.authentication("demo-data"));
		try {
			this.evaluations.score(year, unit, scoreForm(year, 75));
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	@Autowired
	org.lianjian.account.ScopeService scopes;

	private DataScope scopeOf(String username) {
		return as(username, () -> this.scopes.current());
	}

	// ---------------------------------------------------------------- routes

	@Test
	void shouldAnswerEachRoleOnTheEvaluationRoutes() throws Exception {
		int previous = LocalDate.now().getYear() - 1;
		Long liaisonUnit = this.users.scopeUnitOf("liaison");
		RouteRoleMatrix matrix = new RouteRoleMatrix(this.mvc, this.users);
		matrix.route(HttpMethod.GET, "/evaluations")
			.anonymous(RouteRoleMatrix.LOGIN)
			.expect(200, "admin", "staff", "secretary", "liaison", "liaison2");
		matrix.route(HttpMethod.GET, "/evaluations/" + previous)
			.anonymous(RouteRoleMatrix.LOGIN)
			.expect(200, "admin", "staff", "secretary", "liaison", "liaison2");
		matrix.route(HttpMethod.GET, "/evaluations/1999").expect(404, "admin", "liaison");
		matrix.route(HttpMethod.GET, "/evaluations/" + previous + "/units/" + liaisonUnit)
			.anonymous(RouteRoleMatrix.LOGIN)
			.expect(200, "admin", "staff", "secretary", "liaison")
			.expect(404, "liaison2");
		matrix.route(HttpMethod.POST, "/evaluations")
			.param("year", "" + previous)
			.anonymous(RouteRoleMatrix.LOGIN)
			.expect(200, "admin", "staff")
			.expect(403, "secretary", "liaison");
		matrix.route(HttpMethod.POST, "/evaluations/" + previous + "/close")
			.param("version", "0")
			.anonymous(RouteRoleMatrix.LOGIN)
			.expect(302, "admin", "staff")
			.expect(403, "secretary", "liaison");
		matrix.route(HttpMethod.POST, "/evaluations/" + previous + "/publish")
			.param("version", "0")
			.expect(403, "secretary", "liaison");
		matrix.route(HttpMethod.POST, "/evaluations/" + previous + "/recognitions")
			.param("version", "0")
			.expect(403, "secretary", "liaison");
		matrix.route(HttpMethod.POST, "/evaluations/" + previous + "/reopen")
			.param("reason", "测试")
			.param("version", "0")
			.anonymous(RouteRoleMatrix.LOGIN)
			.expect(403, "staff", "secretary", "liaison");
		matrix.route(HttpMethod.POST, "/evaluations/" + previous + "/criteria")
			.param("rows[0].name", "x")
			.param("rows[0].weight", "1")
			.param("version", "0")
			.expect(403, "secretary", "liaison");
		matrix.verify();
	}

}
