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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A liaison asks for changes of protected fields; staff approve or reject them in the
 * queue. Every test works on a unit and a liaison it creates itself.
 */
@WebIntegrationTest
class ChangeRequestIntegrationTests {

	private static final AtomicInteger SEQ = new AtomicInteger();

	private static final String PASSWORD = "request-test-pass-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	UnitService units;

	@Autowired
	AccountService accounts;

	@Autowired
	ResidentUnitRepository unitRows;

	@Autowired
	UnitChangeRequestRepository requests;

	@Autowired
	UnitChangeRepository changes;

	private static String unique(String base) {
		return base + "-" + System.nanoTime() % 100000 + "-" + SEQ.incrementAndGet();
	}

	private record Fixture(Long unitId, String name, String liaison) {
	}

	/** A new unit with a primary liaison who has set their own password. */
	private Fixture unitWithLiaison() throws Exception {
		String name = unique("变更申请测试单位");
		Long unitId = this.units.register(name, null, null);
		String username = unique("cr-liaison");
		MvcResult result = this.mvc
			.perform(post("/units/" + unitId + "/liaisons").with(this.users.as("staff"))
				.with(csrf())
				.param("personName", "周慧敏")
				.param("primary", "true")
				.param("startDate", LocalDate.now().toString())
				.param("username", username))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String oneTime = (String) result.getFlashMap().get("oneTimePassword");
		this.accounts.changeOwnPassword(this.users.idOf(username), new PasswordForm(oneTime, PASSWORD, PASSWORD));
		return new Fixture(unitId, name, username);
	}

	private ResultActions request(Fixture f, String field, String value) throws Exception {
		return this.mvc.perform(post("/units/" + f.unitId() + "/change-requests/new").with(this.users.as(f.liaison()))
			.with(csrf())
			.param("field", field)
			.param("proposedValue", value)
			.param("comment", "单位已更名，附批文"));
	}

	private UnitChangeRequest latest(Long unitId) {
		return this.requests.findByUnitIdOrderByRequestedAtDesc(unitId).get(0);
	}

	private List<UnitChange> history(Long unitId, ChangeSource source) {
		return this.changes.findTop200ByUnitIdOrderByChangedAtDescIdDesc(unitId)
			.stream()
			.filter((c) -> c.getSource() == source)
			.toList();
	}

	@Test
	void shouldApplyAnApprovedNameChangeAndRecordItInTheHistory() throws Exception {
		Fixture f = unitWithLiaison();
		String newName = unique("更名后的单位");
		this.mvc.perform(get("/units/" + f.unitId() + "/change-requests/new").with(this.users.as(f.liaison())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("field=NAME")));
		this.mvc
			.perform(get("/units/" + f.unitId() + "/change-requests/new").param("field", "NAME")
				.with(this.users.as(f.liaison())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(f.name())));
		request(f, "NAME", newName).andExpect(redirectedUrl("/"));
		UnitChangeRequest r = latest(f.unitId());
		assertThat(r.getStatus()).isEqualTo(ChangeRequestStatus.PENDING);
		assertThat(r.getCurrentValue()).isEqualTo(f.name());
		assertThat(r.getRequestedBy()).isEqualTo(f.liaison());
		assertThat(this.unitRows.findById(f.unitId()).orElseThrow().getName()).isEqualTo(f.name());

		// a second request for the same field waits for the first
		request(f, "NAME", newName + "2").andExpect(status().isOk())
			.andExpect(content().string(containsString("已有一份待审核的申请")));

		this.mvc.perform(get("/units/requests").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(newName)))
			.andExpect(content().string(containsString("单位名称")));
		this.mvc
			.perform(post("/units/requests/" + r.getId() + "/approve").with(this.users.as("staff"))
				.with(csrf())
				.param("version", String.valueOf(r.getVersion())))
			.andExpect(redirectedUrl("/units/requests"));

		assertThat(this.unitRows.findById(f.unitId()).orElseThrow().getName()).isEqualTo(newName);
		UnitChangeRequest decided = this.requests.findById(r.getId()).orElseThrow();
		assertThat(decided.getStatus()).isEqualTo(ChangeRequestStatus.APPROVED);
		assertThat(decided.getDecidedBy()).isEqualTo("staff");
		assertThat(history(f.unitId(), ChangeSource.CHANGE_REQUEST)).singleElement().satisfies((c) -> {
			assertThat(c.getField()).isEqualTo("name");
			assertThat(c.getOldValue()).isEqualTo(f.name());
			assertThat(c.getNewValue()).isEqualTo(newName);
			assertThat(c.getChangedBy()).isEqualTo("staff");
		});
		this.mvc.perform(get("/units/" + f.unitId()).param("tab", "history").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(newName)));

		// approving again is refused as stale, not applied twice
		this.mvc
			.perform(post("/units/requests/" + r.getId() + "/approve").with(this.users.as("staff"))
				.with(csrf())
				.param("version", String.valueOf(r.getVersion())))
			.andExpect(redirectedUrl("/units/requests"));
		assertThat(history(f.unitId(), ChangeSource.CHANGE_REQUEST)).hasSize(1);
	}

	@Test
	void shouldRejectOnlyWithAReasonAndShowItToTheLiaison() throws Exception {
		Fixture f = unitWithLiaison();
		request(f, "ADMIN_RANK", "BUREAU").andExpect(redirectedUrl("/"));
		UnitChangeRequest r = latest(f.unitId());

		this.mvc
			.perform(post("/units/requests/" + r.getId() + "/reject").with(this.users.as("staff"))
				.with(csrf())
				.param("reason", "  ")
				.param("version", String.valueOf(r.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("驳回时必须填写理由")))
			.andExpect(content().string(containsString("is-invalid")));
		assertThat(this.requests.findById(r.getId()).orElseThrow().getStatus()).isEqualTo(ChangeRequestStatus.PENDING);

		String reason = unique("请提供上级主管部门的批复文件");
		this.mvc
			.perform(post("/units/requests/" + r.getId() + "/reject").with(this.users.as("admin"))
				.with(csrf())
				.param("reason", reason)
				.param("version", String.valueOf(r.getVersion())))
			.andExpect(redirectedUrl("/units/requests"));

		UnitChangeRequest decided = this.requests.findById(r.getId()).orElseThrow();
		assertThat(decided.getStatus()).isEqualTo(ChangeRequestStatus.REJECTED);
		assertThat(decided.getDecisionReason()).isEqualTo(reason);
		assertThat(this.unitRows.findById(f.unitId()).orElseThrow().getAdminRank()).isEqualTo(AdminRank.NONE);
		assertThat(history(f.unitId(), ChangeSource.CHANGE_REQUEST)).isEmpty();

		this.mvc.perform(get("/").with(this.users.as(f.liaison())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(reason)))
			.andExpect(content().string(containsString("已驳回")))
			.andExpect(content().string(containsString("正局级")));
		this.mvc.perform(get("/units/requests").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/units/requests/" + r.getId() + "/"))));
	}

	@Test
	void shouldApproveACategoryAndACreditCodeButRefuseATakenCode() throws Exception {
		Fixture f = unitWithLiaison();
		request(f, "CATEGORY", "NOT_A_CATEGORY").andExpect(status().isOk())
			.andExpect(content().string(containsString("请从列表中选择")));
		request(f, "CATEGORY", "NON_PUBLIC").andExpect(redirectedUrl("/"));
		UnitChangeRequest category = latest(f.unitId());
		this.mvc
			.perform(post("/units/requests/" + category.getId() + "/approve").with(this.users.as("staff"))
				.with(csrf())
				.param("version", String.valueOf(category.getVersion())))
			.andExpect(redirectedUrl("/units/requests"));
		assertThat(this.unitRows.findById(f.unitId()).orElseThrow().getCategory()).isEqualTo(UnitCategory.NON_PUBLIC);

		String code = validCode();
		request(f, "CREDIT_CODE", code).andExpect(redirectedUrl("/"));
		UnitChangeRequest first = latest(f.unitId());
		Fixture g = unitWithLiaison();
		request(g, "CREDIT_CODE", code).andExpect(redirectedUrl("/"));
		UnitChangeRequest second = latest(g.unitId());

		this.mvc
			.perform(post("/units/requests/" + first.getId() + "/approve").with(this.users.as("staff"))
				.with(csrf())
				.param("version", String.valueOf(first.getVersion())))
			.andExpect(redirectedUrl("/units/requests"));
		assertThat(this.unitRows.findById(f.unitId()).orElseThrow().getCreditCode()).isEqualTo(code);

		this.mvc
			.perform(post("/units/requests/" + second.getId() + "/approve").with(this.users.as("staff"))
				.with(csrf())
				.param("version", String.valueOf(second.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该统一社会信用代码已登记给")));
		assertThat(this.unitRows.findById(g.unitId()).orElseThrow().getCreditCode()).isNull();
		assertThat(this.requests.findById(second.getId()).orElseThrow().getStatus())
			.isEqualTo(ChangeRequestStatus.PENDING);
		// once the code is registered, asking for it is refused at once
		Fixture h = unitWithLiaison();
		request(h, "CREDIT_CODE", code).andExpect(status().isOk())
			.andExpect(content().string(containsString("该统一社会信用代码已登记给")));
	}

	@Test
	void shouldRefuseAnInvalidCreditCode() throws Exception {
		Fixture f = unitWithLiaison();
		String valid = validCode();
		String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
		for (String bad : new String[] { wrongCheck, valid.toLowerCase(), "12345" }) {
			request(f, "CREDIT_CODE", bad).andExpect(status().isOk())
				.andExpect(content().string(containsString("统一社会信用代码无效")))
				.andExpect(content().string(containsString("is-invalid")));
		}
		request(f, "NAME", f.name()).andExpect(status().isOk())
			.andExpect(content().string(containsString("新内容与当前内容相同")));
		request(f, "NAME", " ").andExpect(status().isOk()).andExpect(content().string(containsString("此项为必填")));
		assertThat(this.requests.findByUnitIdOrderByRequestedAtDesc(f.unitId())).isEmpty();
	}

	@Test
	void shouldHideTheQueueFromEveryoneButStaff() throws Exception {
		Fixture f = unitWithLiaison();
		request(f, "NAME", unique("无权审核")).andExpect(redirectedUrl("/"));
		UnitChangeRequest r = latest(f.unitId());
		for (String who : new String[] { "secretary", "liaison", f.liaison() }) {
			this.mvc.perform(get("/units/requests").with(this.users.as(who))).andExpect(status().isNotFound());
			this.mvc
				.perform(post("/units/requests/" + r.getId() + "/approve").with(this.users.as(who))
					.with(csrf())
					.param("version", String.valueOf(r.getVersion())))
				.andExpect(status().isNotFound());
			this.mvc
				.perform(post("/units/requests/" + r.getId() + "/reject").with(this.users.as(who))
					.with(csrf())
					.param("reason", "x")
					.param("version", String.valueOf(r.getVersion())))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/units/requests").with(this.users.as("admin"))).andExpect(status().isOk());
		assertThat(this.requests.findById(r.getId()).orElseThrow().getStatus()).isEqualTo(ChangeRequestStatus.PENDING);

		// requests are the liaison's own: another unit is not found, staff cannot file
		// one
		Long other = this.users.scopeUnitOf("liaison");
		this.mvc.perform(get("/units/" + other + "/change-requests/new").with(this.users.as(f.liaison())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/units/" + other + "/change-requests/new").with(this.users.as(f.liaison()))
				.with(csrf())
				.param("field", "NAME")
				.param("proposedValue", "别人的单位"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/units/" + f.unitId() + "/change-requests/new").with(this.users.as("staff")))
			.andExpect(status().isForbidden());
	}

	@Test
	void shouldShowTheDemoLiaisonTheirUnitOnTheDashboard() throws Exception {
		Long unitId = this.users.scopeUnitOf("liaison");
		this.mvc.perform(get("/").with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("资料完整度")))
			.andExpect(content().string(containsString("role=\"progressbar\"")))
			.andExpect(content().string(containsString("/units/" + unitId + "/my-edit")));
		this.mvc
			.perform(get("/units/" + unitId + "/change-requests/new").param("field", "CATEGORY")
				.with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<select")));
	}

	private static String validCode() {
		String digits = String.valueOf(Math.abs(System.nanoTime() * 31 + SEQ.incrementAndGet()));
		digits = (digits + "0000000").substring(0, 7);
		String first17 = "91310000MA" + digits;
		return first17 + CreditCode.checkCharacter(first17);
	}

}
