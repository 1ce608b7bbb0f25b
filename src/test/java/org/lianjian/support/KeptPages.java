package org.lianjian.support;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For tests that measure what rendering a page costs (statements, model attributes): the
 * portal reuses a rendered page while the database is unchanged (RenderedPages), so such
 * a test first changes the database's snapshot.
 */
public final class KeptPages {

	private KeptPages() {
	}

	/**
	 * Commits a transaction that takes a transaction id and changes nothing; every page
	 * kept until now is then rendered again on its next visit.
	 * @param jdbc any JdbcTemplate on the portal's database (outside a transaction)
	 */
	public static void renderAfresh(JdbcTemplate jdbc) {
		jdbc.queryForObject("select pg_current_xact_id()::text", String.class);
	}

}
