package org.lianjian.agreement;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.lianjian.structure.StructureService;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An agreement's number carries the year it was signed in: one signed in an earlier year
 * than it was drafted in (entered afterwards) takes a number of that year, and the change
 * is in its history; one signed in the year of its draft number keeps it.
 */
@WebIntegrationTest
class AgreementNumberingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	AgreementRepository agreements;

	@Autowired
	AgreementChangeRepository changes;

	@Autowired
	StructureService structure;

	@Autowired
	CommitmentRepository commitments;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void shouldNumberAnAgreementInTheYearItWasSigned() throws Exception {
		AgreementLifecycleTests.Drafts drafts = new AgreementLifecycleTests.Drafts(this.mvc, this.users, this.structure,
				this.commitments, this.userDetails);
		Long earlier = drafts.submitted("liaison", "补录往年签订的协议");
		String draftNumber = this.agreements.findById(earlier).orElseThrow().getNumber();
		int draftYear = AgreementNumbers.yearOf(draftNumber);
		LocalDate signed = LocalDate.of(draftYear - 3, 5, 10);
		approve(earlier, signed);
		String number = this.agreements.findById(earlier).orElseThrow().getNumber();
		assertThat(number).startsWith("QY-" + signed.getYear() + "-").isNotEqualTo(draftNumber);
		assertThat(this.changes.findTop300ByAgreementIdOrderByChangedAtDescIdDesc(earlier)).anySatisfy((c) -> {
			assertThat(c.getField()).isEqualTo("number");
			assertThat(c.getOldValue()).isEqualTo(draftNumber);
			assertThat(c.getNewValue()).isEqualTo(number);
		});

		Long sameYear = drafts.submitted("liaison", "当年签订的协议");
		String kept = this.agreements.findById(sameYear).orElseThrow().getNumber();
		approve(sameYear, LocalDate.now());
		assertThat(this.agreements.findById(sameYear).orElseThrow().getNumber()).isEqualTo(kept);
	}

	private void approve(Long id, LocalDate signedOn) throws Exception {
		this.mvc
			.perform(post("/agreements/" + id + "/approve").with(this.users.as("staff"))
				.with(csrf())
				.param("signedOn", signedOn.toString()))
			.andExpect(status().is3xxRedirection());
	}

}
