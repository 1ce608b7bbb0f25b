package org.lianjian.agreement;

import java.time.LocalDate;
import java.util.List;

import org.lianjian.account.DataScope;
import org.lianjian.shared.sql.SqlWhere;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dashboard's agreements ending soon as one projection statement: how many and the
 * first few, with only the columns the card shows. The scope is that of the agreement
 * list ({@link AgreementListQueries#SCOPE}); staff get the statement without it, so that
 * its plan is a plain range scan on {@code agreement_status_idx}.
 */
@Component
class AgreementReminders {

	private static final String ENDING = """
			select a.id, a.number, a.title, a.term_end, count(*) over () as total
			from agreement a
			where a.status = 'ACTIVE' and a.term_end between :from and :to and %s
			order by a.term_end, a.id
			limit :shown""";

	private final NamedParameterJdbcTemplate jdbc;

	AgreementReminders(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Agreements in force whose term ends between two days, in a scope.
	 * @param scope the scope
	 * @param from the first day
	 * @param to the last day
	 * @param shown how many to return
	 * @return how many there are and the soonest {@code shown}, by end and id
	 */
	AgreementService.EndingSoon ending(DataScope scope, LocalDate from, LocalDate to, int shown) {
		MapSqlParameterSource p = new MapSqlParameterSource().addValue("from", from)
			.addValue("to", to)
			.addValue("shown", shown);
		// staff get the statement without a scope condition (SqlWhere writes none)
		String sql = ENDING.formatted(SqlWhere.of(p).scope(AgreementListQueries.SCOPE, scope).conditions());
		long[] total = { 0 };
		List<AgreementService.EndingAgreement> first = this.jdbc.query(sql, p, (rs, n) -> {
			total[0] = rs.getLong("total");
			return new AgreementService.EndingAgreement(rs.getLong("id"), rs.getString("number"), rs.getString("title"),
					rs.getObject("term_end", LocalDate.class));
		});
		return new AgreementService.EndingSoon(total[0], first);
	}

}
