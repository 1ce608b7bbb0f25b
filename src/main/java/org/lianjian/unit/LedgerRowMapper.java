package org.lianjian.unit;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.lianjian.unit.LedgerReader.Row;

import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.ResolvableType;
import org.springframework.stereotype.Component;
import org.springframework.validation.DataBinder;

/**
 * Turns one ledger row into the unit form: labels to enum values, 是/否 to booleans,
 * numbers, dates and organisation names to ids, noting each cell that cannot be read as a
 * problem of its row. A cell's text appears in a message cut to {@link ImportErrors#ECHO}
 * characters.
 */
@Component
class LedgerRowMapper {

	private static final Pattern DATE = Pattern
		.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?");

	/**
	 * A number as a spreadsheet writes it: digits, maybe a fraction, maybe an exponent.
	 */
	private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?");

	private final UnitLedger ledger;

	private final MessageSource messages;

	LedgerRowMapper(UnitLedger ledger, MessageSource messages) {
		this.ledger = ledger;
		this.messages = messages;
	}

	/**
	 * The lookups a row needs: organisation names to ids, and the matched units' current
	 * names.
	 */
	record Lookups(Map<Long, String> currentNames, Map<String, List<Long>> areas, Map<String, List<Long>> networks) {

	}

	/**
	 * The form of a row. Each column's cell becomes the value of the form property the
	 * column names ({@link UnitField#property}), and Spring's {@link DataBinder} builds
	 * the form from those values by property name, as it does for the web form.
	 * @param row the row
	 * @param match the unit it matches, or null for a new one
	 * @param lookups organisation names
	 * @param errors the row's problems so far; cells that cannot be read add theirs
	 * @param bad the columns already found bad; cells that cannot be read add theirs
	 * @return the form, with null where a cell could not be read
	 */
	UnitForm toForm(Row row, @Nullable ResidentUnit match, Lookups lookups, List<ImportRowError> errors,
			Set<UnitField> bad) {
		Cells cells = new Cells(row, errors, bad);
		Map<String, @Nullable Object> values = new HashMap<>();
		for (UnitField column : UnitField.values()) {
			values.put(column.property, value(cells, column, match, lookups));
		}
		values.put("version", match == null ? null : match.getVersion());
		return bind(values);
	}

	/**
	 * The value of one column's cell, typed as its form property: by the column's own
	 * rule, or else by its {@link UnitField.Kind}.
	 */
	private static @Nullable Object value(Cells c, UnitField column, @Nullable ResidentUnit match, Lookups lookups) {
		return switch (column) {
			case NAME, SHORT_NAME, CREDIT_CODE, ADDRESS, GRID_REF, CONTACT_PHONE, CONTACT_EMAIL, SECTOR_COMMITTEE ->
				c.text(column);
			case CATEGORY -> c.choice(column, UnitCategory.class, null);
			case SUB_TYPE -> c.choice(column, InstitutionType.class, null);
			case ADMIN_RANK -> c.choice(column, AdminRank.class, AdminRank.NONE);
			case PARTY_ORG_KIND -> c.choice(column, PartyOrgKind.class, null);
			case STATUS -> c.choice(column, UnitStatus.class, UnitStatus.ACTIVE);
			case DUAL_MANAGED, COORDINATION_MEMBER -> c.yesNo(column);
			// a blank count cell is 0 in the ledger (the web form asks for a number
			// instead)
			case HEADCOUNT, PARTY_MEMBER_COUNT -> Objects.requireNonNullElse(c.integer(column), 0);
			case COORDINATION_MEMBER_SINCE, STATUS_DATE, EFFECTIVE_FROM -> c.date(column);
			case RESIDENTIAL_AREA ->
				c.organisation(column, lookups.areas(), match == null ? null : match.getResidentialAreaId(),
						lookups.currentNames(), "unit.import.error.unknownArea");
			case NETWORK -> c.organisation(column, lookups.networks(), match == null ? null : match.getNetworkId(),
					lookups.currentNames(), "unit.import.error.unknownNetwork");
			// a column without a rule of its own is read by its kind; a file without the
			// column keeps the unit's stored value
			default -> !c.has(column) ? stored(match, column) : switch (column.kind) {
				case TEXT -> c.text(column);
				case NUMBER -> c.integer(column);
				case DATE -> c.date(column);
			};
		};
	}

	private static @Nullable Object stored(@Nullable ResidentUnit match, UnitField column) {
		return (match == null) ? null
				: PropertyAccessorFactory.forBeanPropertyAccess(match).getPropertyValue(column.property);
	}

	/**
	 * Builds the form from its property values with a {@link DataBinder}, by name. The
	 * values are already typed, so nothing fails to convert.
	 */
	private static UnitForm bind(Map<String, @Nullable Object> values) {
		DataBinder binder = new DataBinder(null, "form");
		binder.setTargetType(ResolvableType.forClass(UnitForm.class));
		binder.construct(new DataBinder.ValueResolver() {

			@Override
			public @Nullable Object resolveValue(String name, Class<?> type) {
				return values.get(name);
			}

			@Override
			public Set<String> getNames() {
				return values.keySet();
			}

		});
		if (binder.getBindingResult().hasErrors() || !(binder.getTarget() instanceof UnitForm form)) {
			throw new IllegalStateException("ledger row not bound: " + binder.getBindingResult());
		}
		return form;
	}

	/**
	 * The message for an invalid credit code. A code that a spreadsheet stored as a
	 * number (1.23101091E+17, or digits whose last places were lost) says so, with the
	 * value read and how to fix the column; any other keeps the form's message.
	 * @param value the cell as read
	 * @param formMessage the form's message for the code
	 * @return the message
	 */
	String creditCodeMessage(String value, String formMessage) {
		if (NUMBER.matcher(value).matches()) {
			return message("unit.import.error.creditCodeAsNumber", ImportErrors.echo(value));
		}
		return message("unit.import.error.creditCodeRead", formMessage, ImportErrors.echo(value));
	}

	/**
	 * A problem of a row in a column.
	 * @param row the row
	 * @param column the column
	 * @param code the message key
	 * @param args its arguments (cell text already cut)
	 * @return the problem
	 */
	ImportRowError error(Row row, UnitField column, String code, Object... args) {
		return new ImportRowError(row.number(), this.ledger.header(column), message(code, args));
	}

	String message(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

	/** Turns the cells of one row into values, noting what cannot be read. */
	private final class Cells {

		private final Row row;

		private final List<ImportRowError> errors;

		private final Set<UnitField> bad;

		Cells(Row row, List<ImportRowError> errors, Set<UnitField> bad) {
			this.row = row;
			this.errors = errors;
			this.bad = bad;
		}

		private void fail(UnitField column, String code, Object... args) {
			this.errors.add(error(this.row, column, code, args));
			this.bad.add(column);
		}

		/** Whether the file has the column at all. */
		boolean has(UnitField column) {
			return this.row.cells().containsKey(column);
		}

		@Nullable String text(UnitField column) {
			String s = this.row.get(column);
			return s.isEmpty() ? null : s;
		}

		<E extends Enum<E>> @Nullable E choice(UnitField column, Class<E> type, @Nullable E blank) {
			String s = this.row.get(column);
			if (s.isEmpty()) {
				return blank;
			}
			E value = LedgerRowMapper.this.ledger.parse(type, s);
			if (value == null) {
				fail(column, "unit.import.error.unknownValue", ImportErrors.echo(s),
						String.join("、", LedgerRowMapper.this.ledger.labels(type)));
			}
			return value;
		}

		boolean yesNo(UnitField column) {
			String s = this.row.get(column);
			if (s.isEmpty()) {
				return false;
			}
			Boolean value = LedgerRowMapper.this.ledger.parseYesNo(s);
			if (value == null) {
				fail(column, "unit.import.error.notYesNo", ImportErrors.echo(s));
				return false;
			}
			return value;
		}

		@Nullable Integer integer(UnitField column) {
			String s = this.row.get(column).replace(",", "").replace("，", "");
			if (s.isEmpty()) {
				return null;
			}
			try {
				return new BigDecimal(s).intValueExact();
			}
			catch (NumberFormatException | ArithmeticException ex) {
				fail(column, "unit.import.error.notNumber", ImportErrors.echo(this.row.get(column)));
				return null;
			}
		}

		@Nullable LocalDate date(UnitField column) {
			String s = this.row.get(column);
			if (s.isEmpty()) {
				return null;
			}
			Matcher m = DATE.matcher(s);
			if (m.matches()) {
				try {
					return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
							Integer.parseInt(m.group(3)));
				}
				catch (DateTimeException ex) {
					// falls through to the error
				}
			}
			fail(column, "unit.import.error.notDate", ImportErrors.echo(s));
			return null;
		}

		@Nullable Long organisation(UnitField column, Map<String, List<Long>> options, @Nullable Long current,
				Map<Long, String> currentNames, String unknownCode) {
			String s = this.row.get(column);
			if (s.isEmpty()) {
				return null;
			}
			if (current != null && s.equals(currentNames.getOrDefault(current, "").trim())) {
				return current;
			}
			List<Long> ids = options.getOrDefault(s, List.of());
			if (ids.size() == 1) {
				return ids.get(0);
			}
			if (ids.isEmpty()) {
				fail(column, unknownCode, ImportErrors.echo(s));
			}
			else {
				fail(column, "unit.import.error.ambiguousOrganisation", ImportErrors.echo(s));
			}
			return null;
		}

	}

}
