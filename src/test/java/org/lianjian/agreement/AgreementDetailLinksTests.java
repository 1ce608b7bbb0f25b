package org.lianjian.agreement;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The detail page's linked agreements (parent, predecessor, renewals) and files (the
 * agreement's own, each record's evidence) come from one statement each: each lands in
 * its place, and another agreement's files do not show.
 */
@WebIntegrationTest
class AgreementDetailLinksTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldShowLinkedAgreementsAndEachFileInItsPlace() throws Exception {
		Long org = this.jdbc.queryForObject(
				"select id from organisation where type = 'RESIDENTIAL_PARTY_ORG' order by id limit 1", Long.class);
		String tag = "L" + System.nanoTime() % 1_000_000_000L;
		Long parent = agreement(tag + "P", "parent title", org, null, null);
		Long old = agreement(tag + "O", "old title", org, null, null);
		Long id = agreement(tag + "M", "middle title", org, parent, old);
		Long renewal1 = agreement(tag + "R1", "renewal one", org, null, id);
		Long renewal2 = agreement(tag + "R2", "renewal two", org, null, id);
		Long other = agreement(tag + "X", "other", org, null, null);
		Long record = fulfilment(id);
		Long otherRecord = fulfilment(other);
		Long own = attachment("AGREEMENT", id, "own.pdf");
		Long evidence = attachment("FULFILMENT", record, "evidence.png");
		attachment("AGREEMENT", other, "foreign.pdf");
		attachment("FULFILMENT", otherRecord, "foreign.png");

		AgreementViews.Detail detail = (AgreementViews.Detail) this.mvc
			.perform(get("/agreements/{id}", id).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("agreement");

		assertThat(detail.parentAgreement()).isEqualTo(new AgreementViews.Ref(parent, tag + "P parent title"));
		assertThat(detail.renewedFrom()).isEqualTo(new AgreementViews.Ref(old, tag + "O old title"));
		assertThat(detail.renewals()).containsExactly(new AgreementViews.Ref(renewal1, tag + "R1"),
				new AgreementViews.Ref(renewal2, tag + "R2"));
		assertThat(detail.attachments()).extracting(AgreementViews.AttachmentView::id).containsExactly(own);
		assertThat(detail.fulfilments()).singleElement().satisfies((f) -> {
			assertThat(f.id()).isEqualTo(record);
			assertThat(f.attachments()).extracting(AgreementViews.AttachmentView::id).containsExactly(evidence);
			assertThat(f.day()).isEqualTo("2026-03-05");
			assertThat(f.amount()).isEqualTo("2.5");
			assertThat(f.countWord()).isEqualTo("次");
		});

		// without links: no parent, no predecessor, no renewals
		AgreementViews.Detail plain = (AgreementViews.Detail) this.mvc
			.perform(get("/agreements/{id}", other).with(this.users.as("staff")))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("agreement");
		assertThat(plain.parentAgreement()).isNull();
		assertThat(plain.renewedFrom()).isNull();
		assertThat(plain.renewals()).isEmpty();
		assertThat(plain.attachments()).extracting(AgreementViews.AttachmentView::fileName)
			.containsExactly("foreign.pdf");
	}

	@Test
	void aLiaisonSeesTheOtherPartyUnitAsPlainText() throws Exception {
		Long org = this.jdbc.queryForObject(
				"select id from organisation where type = 'RESIDENTIAL_PARTY_ORG' order by id limit 1", Long.class);
		Long own = this.users.scopeUnitOf("liaison");
		Long other = this.users.scopeUnitOf("liaison2");
		Long id = agreement("U" + System.nanoTime() % 1_000_000_000L, "two units", org, null, null);
		this.jdbc.update("insert into agreement_party (agreement_id, unit_id) values (?, ?), (?, ?)", id, own, id,
				other);
		String otherName = this.jdbc.queryForObject("select name from resident_unit where id = ?", String.class, other);
		String html = this.mvc.perform(get("/agreements/{id}", id).with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("href=\"/units/" + own + "\"")
			.doesNotContain("href=\"/units/" + other + "\"")
			.containsPattern("<span\\s+class=\"d-block\">\\Q" + otherName + "\\E</span>");
		// staff open both
		String staff = this.mvc.perform(get("/agreements/{id}", id).with(this.users.as("staff")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(staff).contains("href=\"/units/" + own + "\"", "href=\"/units/" + other + "\"");
	}

	private Long agreement(String number, String title, Long org, Long parent, Long renewedFrom) {
		LocalDate start = LocalDate.of(2026, 1, 1);
		return this.jdbc.queryForObject("""
				insert into agreement (number, title, level, community_org_id, status, term_start, term_end,
				  parent_agreement_id, renewed_from_id)
				values (?, ?, 'BRANCH', ?, 'ACTIVE', ?, ?, ?, ?) returning id""", Long.class, number, title, org, start,
				start.plusYears(1).minusDays(1), parent, renewedFrom);
	}

	private Long fulfilment(Long agreement) {
		Long commitment = this.jdbc.queryForObject("""
				insert into commitment (agreement_id, description, area, target_quantity, target_unit)
				values (?, 'links commitment', 'CULTURE', 10, '次') returning id""", Long.class, agreement);
		return this.jdbc.queryForObject("""
				insert into fulfilment (commitment_id, agreement_id, happened_on, description, quantity)
				values (?, ?, date '2026-03-05', 'links record', 2.50) returning id""", Long.class, commitment,
				agreement);
	}

	private Long attachment(String ownerType, Long ownerId, String name) {
		return this.jdbc.queryForObject("""
				insert into attachment (owner_type, owner_id, file_name, content_type, size_bytes, sha256)
				values (?, ?, ?, ?, 3, 'x') returning id""", Long.class, ownerType, ownerId, name,
				name.endsWith(".png") ? "image/png" : "application/pdf");
	}

}
