package org.lianjian.report;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lianjian.report.AnnualReport.Figure;
import org.lianjian.report.AnnualReport.Section;
import org.lianjian.report.AnnualReport.Table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Part 2 of the annual report lists exactly the expected units and commitments, and scope
 * narrows the report to a secretary's subtree or a liaison's unit.
 */
class AnnualReportProblemsTests extends AnnualReportDatabaseTests {

	@Test
	void partTwoListsAreExact() {
		AnnualReport report = as("staff", () -> this.reports.live(Y));

		Table sleeping = table(report, "sleeping.units");
		assertThat(sleeping.rows()).hasSize(1);
		assertThat(sleeping.rows().get(0).get(0).text()).isEqualTo("单位三");
		assertThat(sleeping.rows().get(0).get(1).number()).isEqualByComparingTo("2");
		assertThat(sleeping.rows().get(0).get(2).text()).isEqualTo("G2, G4");
		assertThat(sleeping.rows().get(0).get(3).text()).isEqualTo("2023-08-01");

		Table red = table(report, "red.commitments");
		assertThat(red.rows()).extracting((r) -> r.get(0).text() + "/" + r.get(1).text())
			.containsExactly("G1/健康义诊", "G2/文化演出", "G4/文艺交流");

		Table noLiaison = table(report, "liaison.missing");
		assertThat(noLiaison.rows()).extracting((r) -> r.get(0).text()).containsExactly("单位七", "单位三", "单位二", "单位五");
		assertThat(noLiaison.rows().get(0).get(2).text()).isEqualTo("孙七");
		assertThat(noLiaison.rows().get(0).get(3).text()).isEqualTo("2024-12-31");
		assertThat(noLiaison.rows().get(2).get(2).text()).isEqualTo("李二");
		assertThat(noLiaison.rows().get(2).get(3).text()).isEqualTo("2024-03-31");
		// the page says on which day: 31 December of a past year
		Section liaisonSection = report.sections()
			.stream()
			.filter((x) -> x.key().equals("liaison"))
			.findFirst()
			.orElseThrow();
		assertThat(liaisonSection.notes()).extracting(AnnualReport.Note::messageKey)
			.containsExactly("report.annual.note.asOf.yearEnd");
		assertThat(liaisonSection.notes().get(0).args()).containsExactly("2024-12-31");
		// in 2023 unit seven's liaison was in office, unit six had not arrived
		assertThat(table(as("staff", () -> this.reports.live(Y - 1)), "liaison.missing").rows())
			.extracting((r) -> r.get(0).text())
			.containsExactly("单位三", "单位五");

		Table lowest = table(report, "areas.lowest");
		assertThat(lowest.rows()).extracting((r) -> r.get(0).messageKey())
			.containsExactly("agreement.area.CULTURE", "agreement.area.HEALTH", "agreement.area.ELDERLY");

		Table rank = table(report, "rank.inactive");
		assertThat(rank.rows()).extracting((r) -> r.get(0).text()).containsExactly("单位三");
		assertThat(rank.rows().get(0).get(3).number()).isEqualByComparingTo("2");
		assertThat(rank.rows().get(0).get(4).text()).isEqualTo("2023-01-10");

		Section measures = report.sections().stream().filter((s) -> s.part() == 3).findFirst().orElseThrow();
		assertThat(measures.notes()).extracting(AnnualReport.Note::messageKey)
			.containsExactly("report.annual.suggest.sleeping", "report.annual.suggest.red",
					"report.annual.suggest.liaison", "report.annual.suggest.area.CULTURE",
					"report.annual.suggest.area.HEALTH", "report.annual.suggest.area.ELDERLY",
					"report.annual.suggest.rank", "report.annual.suggest.gap.both", "report.annual.suggest.gap.spare",
					"report.annual.suggest.gap.spare");
		assertThat(measures.notes().get(0).args()).containsExactly("2", "1");
	}

	@Test
	void secretarySeesTheirSubtreeAndLiaisonTheirUnit() throws Exception {
		AnnualReport sec = as("secretary", () -> this.reports.live(Y));
		assertThat(sec.scope().kind()).isEqualTo("ORGANISATION");
		assertThat(sec.scope().id()).isEqualTo(this.data.areaA);
		Map<String, Figure> f = figures(sec);
		expect(f, "agreements.inForce",
				"""
						select count(*) from agreement where status in ('ACTIVE', 'EXPIRED', 'TERMINATED') and community_org_id = %d
						and term_start <= date '2024-12-31' and term_end >= date '2024-01-01'"""
					.formatted(this.data.areaA),
				"""
						select count(*) from agreement where status in ('ACTIVE', 'EXPIRED', 'TERMINATED') and community_org_id = %d
						and term_start <= date '2023-12-31' and term_end >= date '2023-01-01'"""
					.formatted(this.data.areaA));
		expect(f, "volunteers.hours",
				"""
						select coalesce(sum(h.hours), 0) from activity_unit_hours h join activity a on a.id = h.activity_id
						join resident_unit u on u.id = h.unit_id
						where a.status = 'HELD' and extract(year from a.start_at) = 2024 and u.residential_area_id = %d"""
					.formatted(this.data.areaA),
				"""
						select coalesce(sum(h.hours), 0) from activity_unit_hours h join activity a on a.id = h.activity_id
						join resident_unit u on u.id = h.unit_id
						where a.status = 'HELD' and extract(year from a.start_at) = 2023 and u.residential_area_id = %d"""
					.formatted(this.data.areaA));
		String present = "select count(*) from resident_unit where effective_from <= date '%1$s'"
				+ " and (status = 'ACTIVE' or status_date > date '%1$s') and residential_area_id = " + this.data.areaA;
		expect(f, "structure.units", present.formatted("2024-12-31"), present.formatted("2023-12-31"));
		assertThat(table(sec, "red.commitments").rows()).extracting((r) -> r.get(0).text()).containsExactly("G1");
		assertThat(table(sec, "liaison.missing").rows()).extracting((r) -> r.get(0).text())
			.containsExactly("单位二", "单位五");
		assertThat(table(sec, "rank.inactive").rows()).isEmpty();

		AnnualReport mine = as("liaison", () -> this.reports.live(Y));
		assertThat(mine.scope().kind()).isEqualTo("UNIT");
		assertThat(mine.scope().id()).isEqualTo(this.data.u3);
		Map<String, Figure> m = figures(mine);
		assertThat(m.get("agreements.inForce").value()).isEqualByComparingTo("2");
		assertThat(m.get("volunteers.hours").value()).isEqualByComparingTo("0");
		assertThat(m.get("volunteers.hours").previous()).isEqualByComparingTo("3");
		assertThat(m.get("fulfilment.commitments").value()).isEqualByComparingTo("2");
		assertThat(table(mine, "volunteers.units").rows()).isEmpty();
		assertThat(table(mine, "sleeping.units").rows()).extracting((r) -> r.get(0).text()).containsExactly("单位三");
		assertThat(table(mine, "red.commitments").rows()).extracting((r) -> r.get(0).text())
			.containsExactly("G2", "G4");
		assertThat(table(mine, "liaison.missing").rows()).extracting((r) -> r.get(0).text()).containsExactly("单位三");

		// the page shows the unit's year; snapshots are the sub-district's, not a unit's
		this.mvc.perform(get("/reports/annual/" + Y).with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("单位三")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("单位一"))));
		this.mvc.perform(get("/reports/annual/" + Y).param("version", "1").with(this.users.as("liaison")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/reports/annual/" + Y).param("version", "1").with(this.users.as("secretary")))
			.andExpect(status().isNotFound());
	}

}
