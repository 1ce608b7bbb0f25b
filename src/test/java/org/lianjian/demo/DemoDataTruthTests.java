package org.lianjian.demo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data reads like a real sub-district's: staff numbers that fit the kind of
 * unit, bases at units that could run them, agreement numbers of the year they were
 * signed, past festival activities held, and activity titles that are not the same few
 * repeated. Checked in SQL on the generated data, with rules written here rather than
 * taken from the generator.
 */
@WebIntegrationTest
class DemoDataTruthTests {

	/**
	 * Who the demo's records are by: the loader runs without a portal account, which the
	 * services record as the system.
	 */
	private static final String DEMO = "system";

	@Autowired
	JdbcTemplate db;

	@Test
	void shouldGiveUnitsAHeadcountThatFitsTheirKind() {
		assertHeadcounts("%幼儿园%", 20, 80);
		assertHeadcounts("%小学%", 30, 200);
		assertHeadcounts("%中学%", 50, 300);
		assertHeadcounts("%派出所%", 20, 200);
		assertHeadcounts("%医院%", 200, 5000);
		assertHeadcounts("%大学%", 300, 5000);
		assertThat(this.db.queryForList(DEMO_UNITS + " and (name like '%律师事务所%' or name like '%门诊部%' "
				+ "or name like '%商会%' or name like '%服务站%') and headcount > 100"))
			.as("small offices with more than 100 staff")
			.isEmpty();
	}

	/** The demo's units whose headcount nobody (no other test) has changed since. */
	private static final String DEMO_UNITS = "select name, headcount from resident_unit u where exists "
			+ "(select 1 from unit_change c where c.unit_id = u.id and c.field = 'created' and c.changed_by = '" + DEMO
			+ "')" + " and not exists (select 1 from unit_change c where c.unit_id = u.id and c.field = 'headcount')";

	private void assertHeadcounts(String pattern, int min, int max) {
		List<Map<String, Object>> rows = this.db.queryForList(DEMO_UNITS + " and name like ?", pattern);
		assertThat(rows).as(pattern).isNotEmpty();
		assertThat(rows).allSatisfy(
				(r) -> assertThat((Integer) r.get("headcount")).as(r.get("name").toString()).isBetween(min, max));
	}

	@Test
	void shouldPutEachBaseAtAUnitThatCouldRunIt() {
		Map<String, String> fits = Map.of("ELDERLY_CARE_TRAINING_BASE", ".*(医院|养老院|护理院).*", "SCIENCE_BASE",
				".*(研究所|研究院|大学|学院|科技馆).*", "HEALTH_EDUCATION_BASE", ".*(医院|卫生).*", "EMPLOYMENT_BASE", ".*(公司|学院|集团).*");
		// the demo's bases, by their names
		List<Map<String, Object>> bases = this.db.queryForList("select p.category, u.name from position p "
				+ "join resident_unit u on u.id = p.owner_unit_id where p.name like '%科普教育基地' "
				+ "or p.name like '%健康教育活动基地' or p.name like '%为老护工培训轮训基地' or p.name like '%促进就业基地'");
		assertThat(bases).extracting((b) -> b.get("category")).containsAll(fits.keySet());
		assertThat(bases).allSatisfy((b) -> assertThat(b.get("name").toString()).as(b.get("category").toString())
			.matches(fits.get(b.get("category").toString())));
	}

	@Test
	void shouldNumberEverySignedAgreementInItsSigningYear() {
		List<Map<String, Object>> wrong = this.db
			.queryForList("select number, signed_on from agreement " + "where signed_on is not null and created_by = '"
					+ DEMO + "' " + "and split_part(number, '-', 2) <> extract(year from signed_on)::text");
		assertThat(wrong).isEmpty();
		assertThat(this.db.queryForObject(
				"select count(distinct extract(year from signed_on)) from agreement where signed_on is not null "
						+ "and created_by = ?",
				Long.class, DEMO))
			.as("signing years in the demo")
			.isGreaterThan(1);
	}

	@Test
	void shouldHoldEveryPastFestivalActivityWithHoursAndPeopleServed() {
		List<Map<String, Object>> festivals = this.db.queryForList("""
				select a.title, a.status, a.residents_served,
				       (select coalesce(sum(h.hours), 0) from activity_unit_hours h where h.activity_id = a.id) as hours
				from activity a
				where a.festival_tag is not null and a.created_by = ? and a.start_at < current_date
				  and a.festival_year = extract(year from current_date)""", DEMO);
		assertThat(festivals).as("past festival activities of the demo").isNotEmpty();
		assertThat(festivals).allSatisfy((f) -> {
			assertThat(f.get("status")).as(f.get("title").toString()).isEqualTo("HELD");
			assertThat((Integer) f.get("residents_served")).isPositive();
			assertThat(((Number) f.get("hours")).doubleValue()).isPositive();
		});
	}

	@Test
	void shouldGiveActivitiesVariedTitles() {
		Map<String, Object> titles = this.db.queryForMap("select count(*) as total, count(distinct title) as distinct_"
				+ " from activity where created_by = '" + DEMO + "' and festival_tag is null");
		long total = ((Number) titles.get("total")).longValue();
		long distinct = ((Number) titles.get("distinct_")).longValue();
		assertThat(total).isGreaterThan(100);
		assertThat(distinct).as("distinct titles of %d", total).isGreaterThanOrEqualTo(total * 3 / 4);
	}

}
