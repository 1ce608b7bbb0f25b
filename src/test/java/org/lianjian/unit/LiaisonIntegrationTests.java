package org.lianjian.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.lianjian.account.AccountService;
import org.lianjian.account.PasswordForm;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Appointing, ending and handing over liaisons, and the liaison's own edit of their unit.
 * Every test works on units it registers itself.
 */
@WebIntegrationTest
class LiaisonIntegrationTests {

	private static final AtomicInteger SEQ = new AtomicInteger();

	private static final String NEW_PASSWORD = "liaison-test-pass-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	UnitService units;

	@Autowired
	AccountService accounts;

	@Autowired
	LiaisonRepository liaisons;

	@Autowired
	ResidentUnitRepository unitRows;

	@Autowired
	UnitChangeRepository changes;

	private static String unique(String base) {
		return base + "-" + System.nanoTime() % 100000 + "-" + SEQ.incrementAndGet();
	}

	private Long newUnit() {
		return this.units.register(unique("联络员测试单位"), null, null);
	}

	private MockHttpServletRequestBuilder appointRequest(Long unitId, String person, String username, boolean primary) {
		return appointRequest("staff", unitId, person, username, primary);
	}

	private MockHttpServletRequestBuilder appointRequest(String actor, Long unitId, String person, String username,
			boolean primary) {
		return post("/units/" + unitId + "/liaisons").with(this.users.as(actor))
			.with(csrf())
			.param("personName", person)
			.param("position", "党办主任")
			.param("department", "党委办公室")
			.param("phone", "021-65550001")
			.param("email", "liaison@example.com")
			.param("primary", String.valueOf(primary))
			.param("_primary", "on")
			.param("startDate", LocalDate.now().toString())
			.param("username", username);
	}

	/** Appoints through the staff endpoint and returns the one-time password. */
	private String appoint(Long unitId, String person, String username, boolean primary) throws Exception {
		MvcResult result = this.mvc.perform(appointRequest(unitId, person, username, primary))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/units/" + unitId + "?tab=liaisons"))
			.andReturn();
		return (String) result.getFlashMap().get("oneTimePassword");
	}

	/**
	 * An appointed liaison who has set a password of their own, ready to use the portal.
	 */
	private String readyLiaison(Long unitId, boolean primary) throws Exception {
		String username = unique("liaison-t").replace("-", ".");
		String oneTime = appoint(unitId, "测试联络员", username, primary);
		this.accounts.changeOwnPassword(this.users.idOf(username),
				new PasswordForm(oneTime, NEW_PASSWORD, NEW_PASSWORD));
		return username;
	}

	private List<Liaison> activePrimaries(Long unitId) {
		return this.liaisons.findByUnitIdOrderByEndDateDescStartDateDesc(unitId)
			.stream()
			.filter((l) -> l.isPrimary() && l.isActive())
			.toList();
	}

	private List<UnitChange> history(Long unitId, ChangeSource source) {
		return this.changes.findTop200ByUnitIdOrderByChangedAtDescIdDesc(unitId)
			.stream()
			.filter((c) -> c.getSource() == source)
			.toList();
	}

	@Test
	void shouldAppointALiaisonWhoseNewAccountCanLogInAndMustChangeThePassword() throws Exception {
		Long unitId = newUnit();
		String username = unique("liaison-a");
		String oneTime = appoint(unitId, "王建华", username, true);
		assertThat(oneTime).hasSize(14);

		Liaison l = activePrimaries(unitId).get(0);
		assertThat(l.getPersonName()).isEqualTo("王建华");
		assertThat(l.getAccountId()).isEqualTo(this.users.idOf(username));
		assertThat(this.users.scopeUnitOf(username)).isEqualTo(unitId);
		assertThat(history(unitId, ChangeSource.LIAISON)).singleElement().satisfies((c) -> {
			assertThat(c.getField()).isEqualTo("liaison");
			assertThat(c.getOldValue()).isNull();
			assertThat(c.getNewValue()).isEqualTo("王建华");
			assertThat(c.getChangedBy()).isEqualTo("staff");
		});

		MvcResult login = this.mvc.perform(formLogin("/login").user(username).password(oneTime))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		this.mvc.perform(get("/").session((MockHttpSession) login.getRequest().getSession(false)))
			.andExpect(redirectedUrl("/account/password"));

		// the unit page shows the new liaison, and staff see the end button
		this.mvc.perform(get("/units/" + unitId).param("tab", "liaisons").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("王建华")))
			.andExpect(content().string(containsString("/liaisons/" + l.getId() + "/end")));
	}

	@Test
	void shouldRefuseASecondActivePrimaryButAcceptADeputy() throws Exception {
		Long unitId = newUnit();
		appoint(unitId, "李丽娟", unique("liaison-b"), true);

		String second = unique("liaison-c");
		this.mvc.perform(appointRequest(unitId, "张志强", second, true))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已有在任的主联络员“李丽娟”")))
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("value=\"张志强\"")))
			.andExpect(content().string(containsString("/liaisons/handover")));
		assertThat(activePrimaries(unitId)).hasSize(1);
		assertThat(this.accounts.count()).isPositive();

		appoint(unitId, "张志强", second, false);
		assertThat(activePrimaries(unitId)).singleElement()
			.satisfies((l) -> assertThat(l.getPersonName()).isEqualTo("李丽娟"));
		assertThat(this.liaisons.findByUnitIdOrderByEndDateDescStartDateDesc(unitId)).hasSize(2);
	}

	@Test
	void shouldShowChineseFieldErrorsOnTheAppointForm() throws Exception {
		Long unitId = newUnit();
		this.mvc
			.perform(post("/units/" + unitId + "/liaisons").with(this.users.as("staff"))
				.with(csrf())
				.param("personName", " ")
				.param("email", "not-an-email")
				.param("startDate", LocalDate.now().plusDays(3).toString())
				.param("username", "有中文"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("此项为必填")))
			.andExpect(content().string(containsString("邮箱格式不正确")))
			.andExpect(content().string(containsString("任职日期不能晚于今天")))
			.andExpect(content().string(containsString("只能使用字母、数字、点、下划线和连字符")));
		// a staff username cannot become a liaison account
		this.mvc.perform(appointRequest(unitId, "赵明辉", "staff", true))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不能用作联络员账户")));
		assertThat(this.liaisons.findByUnitIdOrderByEndDateDescStartDateDesc(unitId)).isEmpty();
	}

	@Test
	void shouldHandOverLeavingExactlyOneActivePrimaryAndDisableTheOldAccount() throws Exception {
		Long unitId = newUnit();
		String oldUser = unique("liaison-old");
		String oldPassword = appoint(unitId, "陈海燕", oldUser, true);
		this.mvc.perform(formLogin("/login").user(oldUser).password(oldPassword)).andExpect(redirectedUrl("/"));

		String newUser = unique("liaison-new");
		MvcResult result = this.mvc
			.perform(post("/units/" + unitId + "/liaisons/handover").with(this.users.as("staff"))
				.with(csrf())
				.param("personName", "杨晓东")
				.param("startDate", LocalDate.now().toString())
				.param("username", newUser))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/units/" + unitId + "?tab=liaisons"))
			.andReturn();
		String newPassword = (String) result.getFlashMap().get("oneTimePassword");

		assertThat(activePrimaries(unitId)).singleElement()
			.satisfies((l) -> assertThat(l.getPersonName()).isEqualTo("杨晓东"));
		Liaison old = this.liaisons.findByUnitIdOrderByEndDateDescStartDateDesc(unitId)
			.stream()
			.filter((l) -> l.getPersonName().equals("陈海燕"))
			.findFirst()
			.orElseThrow();
		assertThat(old.getEndDate()).isEqualTo(LocalDate.now());
		this.mvc.perform(formLogin("/login").user(oldUser).password(oldPassword))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin("/login").user(newUser).password(newPassword)).andExpect(redirectedUrl("/"));
		assertThat(history(unitId, ChangeSource.LIAISON)).first().satisfies((c) -> {
			assertThat(c.getOldValue()).isEqualTo("陈海燕");
			assertThat(c.getNewValue()).isEqualTo("杨晓东");
		});

		// a unit without a primary has nothing to hand over
		Long vacant = newUnit();
		this.mvc
			.perform(post("/units/" + vacant + "/liaisons/handover").with(this.users.as("staff"))
				.with(csrf())
				.param("personName", "孙文静")
				.param("startDate", LocalDate.now().toString())
				.param("username", unique("liaison-v")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("没有在任的主联络员")));
	}

	@Test
	void shouldEndAnAppointmentAndDisableTheAccountTheSameDay() throws Exception {
		Long unitId = newUnit();
		String username = readyLiaison(unitId, false);
		this.mvc.perform(formLogin("/login").user(username).password(NEW_PASSWORD)).andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/units/" + unitId + "/my-edit").with(this.users.as(username))).andExpect(status().isOk());
		Liaison l = this.liaisons.findByUnitIdOrderByEndDateDescStartDateDesc(unitId).get(0);

		this.mvc
			.perform(post("/units/" + unitId + "/liaisons/" + l.getId() + "/end").with(this.users.as("staff"))
				.with(csrf()))
			.andExpect(redirectedUrl("/units/" + unitId + "?tab=liaisons"));

		assertThat(this.liaisons.findById(l.getId()).orElseThrow().getEndDate()).isEqualTo(LocalDate.now());
		this.mvc.perform(formLogin("/login").user(username).password(NEW_PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		// a session opened before keeps no self-service
		this.mvc.perform(get("/units/" + unitId + "/my-edit").with(this.users.as(username)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/").with(this.users.as(username)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("联络员任职已结束")))
			.andExpect(content().string(not(containsString("/my-edit"))));
		assertThat(history(unitId, ChangeSource.LIAISON)).first().satisfies((c) -> {
			assertThat(c.getField()).isEqualTo("deputyLiaison");
			assertThat(c.getOldValue()).isEqualTo("测试联络员");
			assertThat(c.getNewValue()).isNull();
		});

		// ending it twice is refused with a message, not an error page
		this.mvc
			.perform(post("/units/" + unitId + "/liaisons/" + l.getId() + "/end").with(this.users.as("staff"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		// and a liaison id of another unit is not found
		Long other = newUnit();
		this.mvc
			.perform(post("/units/" + other + "/liaisons/" + l.getId() + "/end").with(this.users.as("staff"))
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void shouldNotLetALiaisonAppoint() throws Exception {
		Long own = this.users.scopeUnitOf("liaison");
		Long other = newUnit();
		this.mvc.perform(appointRequest("liaison", own, "冒名", unique("liaison-x"), false))
			.andExpect(status().isForbidden());
		this.mvc.perform(appointRequest("liaison", other, "冒名", unique("liaison-x"), false))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/units/" + own + "/liaisons/new").with(this.users.as("liaison")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/units/" + other + "/liaisons/handover").with(this.users.as("liaison")))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/units/" + own + "/liaisons/1/end").with(this.users.as("liaison")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/units/" + other + "/liaisons/new").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("liaison-" + other + "-1")));
		assertThat(this.liaisons.findByUnitIdOrderByEndDateDescStartDateDesc(other)).isEmpty();
	}

	@Test
	void shouldLetTheLiaisonEditTheDirectFieldsOfTheirOwnUnitOnly() throws Exception {
		Long unitId = newUnit();
		String username = readyLiaison(unitId, true);
		long version = this.unitRows.findById(unitId).orElseThrow().getVersion();
		Liaison own = this.liaisons.findByUnitIdOrderByEndDateDescStartDateDesc(unitId).get(0);

		this.mvc.perform(get("/units/" + unitId + "/my-edit").with(this.users.as(username)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"liaisonPhone\"")));
		this.mvc
			.perform(post("/units/" + unitId + "/my-edit").with(this.users.as(username))
				.with(csrf())
				.param("contactPhone", "021-65559999")
				.param("contactEmail", "")
				.param("headcount", "321")
				.param("partyMemberCount", "12")
				.param("address", "曲阳路 1 号")
				.param("liaisonPhone", "13800000000")
				.param("liaisonEmail", "me@example.com")
				.param("version", String.valueOf(version))
				.param("liaisonVersion", String.valueOf(own.getVersion())))
			.andExpect(redirectedUrl("/"));

		ResidentUnit u = this.unitRows.findById(unitId).orElseThrow();
		assertThat(u.getContactPhone()).isEqualTo("021-65559999");
		assertThat(u.getHeadcount()).isEqualTo(321);
		assertThat(this.liaisons.findById(own.getId()).orElseThrow().getPhone()).isEqualTo("13800000000");
		assertThat(history(unitId, ChangeSource.LIAISON_EDIT)).extracting(UnitChange::getField)
			.contains("contactPhone", "headcount", "partyMemberCount", "address", "liaisonPhone", "liaisonEmail");
		assertThat(history(unitId, ChangeSource.LIAISON_EDIT))
			.allSatisfy((c) -> assertThat(c.getChangedBy()).isEqualTo(username));

		// a stale form is refused with the conflict message, keeping the input
		this.mvc
			.perform(post("/units/" + unitId + "/my-edit").with(this.users.as(username))
				.with(csrf())
				.param("contactPhone", "021-11112222")
				.param("headcount", "7")
				.param("partyMemberCount", "12")
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("其他人已修改了这条记录")))
			.andExpect(content().string(containsString("value=\"021-11112222\"")));
		assertThat(this.unitRows.findById(unitId).orElseThrow().getHeadcount()).isEqualTo(321);

		// field errors in Chinese
		this.mvc
			.perform(post("/units/" + unitId + "/my-edit").with(this.users.as(username))
				.with(csrf())
				.param("contactPhone", "abc")
				.param("headcount", "-1")
				.param("version", String.valueOf(version + 1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("电话号码只能包含数字")))
			.andExpect(content().string(containsString("不能小于 0")));

		// another unit answers 404, GET and POST; staff and other roles get 403 on the
		// unit
		Long other = this.users.scopeUnitOf("liaison");
		this.mvc.perform(get("/units/" + other + "/my-edit").with(this.users.as(username)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/units/" + other + "/my-edit").with(this.users.as(username))
				.with(csrf())
				.param("headcount", "1")
				.param("version", "0"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/units/" + unitId + "/my-edit").with(this.users.as("staff")))
			.andExpect(status().isForbidden());

		// the dashboard shows the unit with its completeness and the self-service links
		this.mvc.perform(get("/").with(this.users.as(username)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("资料完整度")))
			.andExpect(content().string(containsString("aria-valuenow=")))
			.andExpect(content().string(containsString("/units/" + unitId + "/my-edit")))
			.andExpect(content().string(containsString("/units/" + unitId + "/change-requests/new")));
	}

	@Test
	void shouldShowVacancyAndPendingRequestsOnTheStaffDashboard() throws Exception {
		newUnit();
		this.mvc.perform(get("/").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("主联络员空缺单位")))
			.andExpect(content().string(containsString("/units?status=ACTIVE&amp;vacant=true")))
			.andExpect(content().string(containsString("/units/requests")));
		this.mvc.perform(get("/").with(this.users.as("secretary")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/units/requests"))));
	}

}
