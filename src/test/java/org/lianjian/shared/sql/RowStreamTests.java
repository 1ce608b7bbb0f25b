package org.lianjian.shared.sql;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The exports read their list query through {@link RowStream}, so rows reach the writer
 * while PostgreSQL is still producing the rest.
 *
 * <p>
 * The proof is a statement that fails part-way: the thousandth row divides by zero. Read
 * through a cursor ({@value RowStream#FETCH_SIZE} rows at a time, which needs the fetch
 * size and a transaction), the first batch is handed over before the server reaches the
 * bad row. Read the ordinary way, the driver takes in the whole result before handing
 * over any row, meets the error on the way and hands over none. So the test fails if the
 * fetch size is not applied, if the statement runs outside a transaction (auto-commit: no
 * cursor), or if the rows are collected into a list before they reach the sink.
 */
@WebIntegrationTest
class RowStreamTests {

	/** Rows 1 to 2000; producing row 1000 fails. */
	private static final String FAILS_AT_ROW_1000 = "select g, 1 / (1000 - g) as x from generate_series(1, 2000) g";

	@Autowired
	RowStream stream;

	@Test
	void shouldHandOverRowsBeforeTheStatementHasProducedTheRest() {
		List<Integer> seen = new ArrayList<>();
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.stream.each(FAILS_AT_ROW_1000,
				new MapSqlParameterSource(), (rs, n) -> rs.getInt("g"), seen::add));
		assertThat(seen).as("rows handed over before the failing row was produced")
			.hasSizeGreaterThanOrEqualTo(RowStream.FETCH_SIZE)
			.hasSizeLessThan(999)
			.startsWith(1, 2, 3);
	}

	@Test
	void shouldHandOverChunksAsTheyAreRead() {
		List<Integer> chunks = new ArrayList<>();
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.stream.chunks(FAILS_AT_ROW_1000,
				new MapSqlParameterSource(), (rs, n) -> rs.getInt("g"), (chunk) -> chunks.add(chunk.size())));
		assertThat(chunks).as("chunks written before the failing row was produced")
			.containsExactly(RowStream.FETCH_SIZE);
	}

	@Test
	void shouldReadThroughACursorInAReadOnlyTransaction() {
		List<String> seen = new ArrayList<>();
		this.stream.each("select 1", new MapSqlParameterSource(), (rs, n) -> {
			seen.add("fetch size " + rs.getFetchSize());
			seen.add("auto-commit " + rs.getStatement().getConnection().getAutoCommit());
			seen.add("read-only " + rs.getStatement().getConnection().isReadOnly());
			return n;
		}, (row) -> {
		});
		assertThat(seen).containsExactly("fetch size " + RowStream.FETCH_SIZE, "auto-commit false", "read-only true");
	}

}
