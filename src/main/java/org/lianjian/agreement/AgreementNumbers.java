package org.lianjian.agreement;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Agreement numbers such as {@code QY-2026-017}: a configurable prefix, the year and a
 * counter per year, taken atomically in PostgreSQL so two drafts never share a number.
 */
@Component
class AgreementNumbers {

	private final NamedParameterJdbcTemplate jdbc;

	private final String prefix;

	AgreementNumbers(NamedParameterJdbcTemplate jdbc, @Value("${portal.agreement.number-prefix:QY}") String prefix) {
		this.jdbc = jdbc;
		this.prefix = prefix;
	}

	String next(int year) {
		Integer value = this.jdbc.queryForObject("""
				insert into agreement_number (prefix, year, last_value) values (:prefix, :year, 1)
				on conflict (prefix, year) do update set last_value = agreement_number.last_value + 1
				returning last_value""", Map.of("prefix", this.prefix, "year", year), Integer.class);
		return String.format("%s-%d-%03d", this.prefix, year, value);
	}

}
