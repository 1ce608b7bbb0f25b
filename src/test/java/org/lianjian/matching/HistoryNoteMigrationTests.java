package org.lianjian.matching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V210 turns the history notes written as Chinese text before it into message keys with
 * arguments, the typed text kept apart: lines in the old shape are inserted, the
 * migration's updates run again over them (they touch only lines without a key), and each
 * comes out as the flow writes it now; a note of no known shape stays as it was.
 */
@WebIntegrationTest
@Transactional
class HistoryNoteMigrationTests {

	@Autowired
	JdbcTemplate db;

	@Test
	void shouldTurnOldNotesIntoKeysAndArguments() throws IOException {
		Long order = this.db.queryForObject("select min(id) from service_order", Long.class);
		Long need = this.db.queryForObject("select min(id) from need", Long.class);
		Long planned = orderLine(order, "DISPATCHED", "ACCEPTED", "2026-05-01");
		Long dispatched = orderLine(order, "ORDERED", "DISPATCHED", "上海市曲阳中心医院");
		Long linked = orderLine(order, "ACCEPTED", "ACCEPTED", "活动 #221 东体育会路 旧衣物回收");
		Long hours = orderLine(order, "ACCEPTED", "DELIVERED", "7.5 小时");
		Long rated = orderLine(order, "DELIVERED", "RATED", "4★ 很好，\n下次再来");
		Long bare = orderLine(order, "DELIVERED", "RATED", "5★");
		Long declined = orderLine(order, "DISPATCHED", "DECLINED", "人手不足");
		Long ordered = needLine(need, "OPEN", "MATCHED", "点单 #12");
		Long escalated = needLine(need, "OPEN", "OPEN", "超出供给能力：辖区内无养老机构");
		Long withdrawn = needLine(need, "OPEN", "OPEN", "撤销超出供给能力");
		Long other = needLine(need, "OPEN", "OPEN", "手工补记的说明");

		String sql = new String(
				new ClassPathResource("db/migration/V210__matching_history_note_keys.sql").getInputStream()
					.readAllBytes(),
				StandardCharsets.UTF_8);
		Arrays.stream(sql.substring(sql.indexOf("\nupdate ")).split(";"))
			.map(String::strip)
			.filter((s) -> s.startsWith("update") || s.contains("\nupdate"))
			.forEach(this.db::update);

		assertThat(line("service_order_change", planned)).containsExactly("matching.history.planned", "{2026-05-01}",
				null);
		assertThat(line("service_order_change", dispatched)).containsExactly("matching.history.dispatchedTo",
				"{上海市曲阳中心医院}", null);
		assertThat(line("service_order_change", linked)).containsExactly("matching.history.activityLinked",
				"{221,\"东体育会路 旧衣物回收\"}", null);
		assertThat(line("service_order_change", hours)).containsExactly("matching.history.hours", "{7.5}", null);
		assertThat(line("service_order_change", rated)).containsExactly("matching.history.ratedWithComment", "{4}",
				"很好，\n下次再来");
		assertThat(line("service_order_change", bare)).containsExactly("matching.history.rated", "{5}", null);
		assertThat(line("service_order_change", declined)).containsExactly("matching.history.reason", "{}", "人手不足");
		assertThat(line("need_change", ordered)).containsExactly("matching.history.ordered", "{12}", null);
		assertThat(line("need_change", escalated)).containsExactly("matching.history.beyondCapacity", "{}", "辖区内无养老机构");
		assertThat(line("need_change", withdrawn)).containsExactly("matching.history.beyondCapacityWithdrawn", "{}",
				null);
		assertThat(line("need_change", other)).containsExactly(null, "{}", "手工补记的说明");
	}

	private Long orderLine(Long order, String from, String to, String note) {
		return this.db.queryForObject("""
				insert into service_order_change (order_id, changed_by, from_status, to_status, note)
				values (?, 'staff', ?, ?, ?) returning id""", Long.class, order, from, to, note);
	}

	private Long needLine(Long need, String from, String to, String note) {
		return this.db.queryForObject("""
				insert into need_change (need_id, changed_by, from_status, to_status, note)
				values (?, 'staff', ?, ?, ?) returning id""", Long.class, need, from, to, note);
	}

	private List<Object> line(String table, Long id) {
		Map<String, Object> row = this.db
			.queryForMap("select note_key, note_args::text as args, note from " + table + " where id = ?", id);
		return Arrays.asList(row.get("note_key"), row.get("args"), row.get("note"));
	}

}
