package org.lianjian.agreement;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Agreement numbers such as {@code QY-2026-017}: a configurable prefix, the year and a
 * counter per year, taken atomically in PostgreSQL so two drafts never share a number.
 *
 * <p>
 * The year is the year the agreement was signed, as on any document number. A draft gets
 * a number of the year it is drafted in, so that it can be referred to; when it is signed
 * in another year (drafted in December, signed in January, or entered afterwards with its
 * real signing date), it takes the next number of the signing year instead.
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

	/**
	 * The number an agreement carries once signed.
	 * @param current its number as a draft
	 * @param signedOn the day it was signed
	 * @return the current number if its year is the signing year, otherwise the next
	 * number of the signing year
	 */
	String forSigning(String current, LocalDate signedOn) {
		return (yearOf(current) == signedOn.getYear()) ? current : next(signedOn.getYear());
	}

	/** The year in a number {@code PREFIX-YYYY-NNN}, or 0 when it has no such part. */
	static int yearOf(String number) {
		String[] parts = number.split("-");
		if (parts.length < 3) {
			return 0;
		}
		try {
			return Integer.parseInt(parts[parts.length - 2]);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
