package org.lianjian.shared.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way an export reads its list query: row by row as PostgreSQL sends them, never
 * the whole result at once. The statement runs with a fetch size of {@value #FETCH_SIZE}
 * inside a read-only transaction (or the caller's), so the driver reads through a cursor,
 * {@value #FETCH_SIZE} rows at a time, and each row reaches the writer before the next
 * batch is fetched. A list whose rows need a second look-up (parties, partners, colours)
 * takes them in {@link #chunks} of the same size, a constant number of statements per
 * chunk.
 */
@Component
public class RowStream {

	/** Rows fetched from the cursor at a time, and rows in a chunk. */
	public static final int FETCH_SIZE = 500;

	private final NamedParameterJdbcTemplate jdbc;

	RowStream(DataSource dataSource) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(template);
	}

	/**
	 * Hands each row of a query to the sink, as it is read.
	 * @param <T> the row type
	 * @param sql the statement
	 * @param params its parameters
	 * @param mapper reads one row
	 * @param sink takes each row, in order
	 */
	@Transactional(readOnly = true)
	public <T> void each(String sql, SqlParameterSource params, RowMapper<T> mapper, Consumer<? super T> sink) {
		int[] n = { 0 };
		this.jdbc.query(sql, params, (RowCallbackHandler) (rs) -> sink.accept(mapper.mapRow(rs, n[0]++)));
	}

	/**
	 * Hands the rows of a query to the sink in chunks of {@value #FETCH_SIZE} (the last
	 * one shorter), each as soon as it is read.
	 * @param <T> the row type
	 * @param sql the statement
	 * @param params its parameters
	 * @param mapper reads one row
	 * @param sink takes each chunk, in order
	 */
	@Transactional(readOnly = true)
	public <T> void chunks(String sql, SqlParameterSource params, RowMapper<T> mapper, Consumer<List<T>> sink) {
		List<T> chunk = new ArrayList<>(FETCH_SIZE);
		each(sql, params, mapper, (row) -> {
			chunk.add(row);
			if (chunk.size() == FETCH_SIZE) {
				sink.accept(List.copyOf(chunk));
				chunk.clear();
			}
		});
		if (!chunk.isEmpty()) {
			sink.accept(List.copyOf(chunk));
		}
	}

}
