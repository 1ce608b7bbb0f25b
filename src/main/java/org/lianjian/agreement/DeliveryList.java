package org.lianjian.agreement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.lianjian.account.DataScope;
import org.lianjian.account.ScopeService;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A liaison's delivery to-do list: the commitments of agreements in force that their unit
 * is responsible for, with what was delivered this calendar year, in one statement.
 */
@Component
class DeliveryList {

	private static final String SQL = """
			select a.id as agreement_id, a.number, c.id as commitment_id, c.description, c.target_quantity,
			  c.target_unit, coalesce((select sum(f.quantity) from fulfilment f
			    where f.commitment_id = c.id and f.happened_on >= :yearStart and f.happened_on < :nextYear), 0)
			    as delivered
			from commitment c
			join agreement a on a.id = c.agreement_id
			where a.status = 'ACTIVE' and c.responsible_unit_id = :unit
			order by a.term_end, a.id, c.sort_order, c.id""";

	private final NamedParameterJdbcTemplate jdbc;

	private final ScopeService scopes;

	private final Clock clock;

	DeliveryList(NamedParameterJdbcTemplate jdbc, ScopeService scopes, Clock clock) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<AgreementService.Delivery> forCurrentLiaison() {
		DataScope scope = this.scopes.current();
		if (!scope.isLiaison() || scope.unitId() == null) {
			return List.of();
		}
		LocalDate yearStart = LocalDate.now(this.clock).withDayOfYear(1);
		MapSqlParameterSource p = new MapSqlParameterSource("unit", scope.unitId()).addValue("yearStart", yearStart)
			.addValue("nextYear", yearStart.plusYears(1));
		return this.jdbc.query(SQL, p, (rs, n) -> {
			BigDecimal target = rs.getBigDecimal("target_quantity");
			BigDecimal delivered = rs.getBigDecimal("delivered");
			int percent = (target == null || target.signum() <= 0) ? (delivered.signum() > 0 ? 100 : 0)
					: delivered.multiply(BigDecimal.valueOf(100))
						.divide(target, 0, RoundingMode.DOWN)
						.min(BigDecimal.valueOf(100))
						.intValue();
			return new AgreementService.Delivery(rs.getLong("agreement_id"), rs.getString("number"),
					rs.getLong("commitment_id"), rs.getString("description"), delivered.stripTrailingZeros(),
					target == null ? null : target.stripTrailingZeros(), rs.getString("target_unit"), percent);
		});
	}

}
