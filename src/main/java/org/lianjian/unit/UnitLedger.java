package org.lianjian.unit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The Excel ledger (台账) of resident units: the Chinese headers of its columns (the
 * {@link UnitField}s, in their order) and the Chinese labels of enumerated values.
 * Template, export and import all use this one definition, so an export can be imported
 * again unchanged. The file is always in Chinese, whatever language the user reads the
 * portal in.
 */
@Component
class UnitLedger {

	/** The file's language. */
	static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

	static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

	private final MessageSource messages;

	UnitLedger(MessageSource messages) {
		this.messages = messages;
	}

	String header(UnitField column) {
		return this.messages.getMessage(column.headerKey(), null, LOCALE);
	}

	List<String> headers() {
		return Arrays.stream(UnitField.values()).map(this::header).toList();
	}

	String sheetName() {
		return text("unit.ledger.sheet");
	}

	String chooseFromList() {
		return text("unit.ledger.chooseFromList");
	}

	String yes() {
		return this.messages.getMessage("unit.ledger.yes", null, LOCALE);
	}

	String no() {
		return this.messages.getMessage("unit.ledger.no", null, LOCALE);
	}

	String yesNo(boolean value) {
		return value ? yes() : no();
	}

	/**
	 * The Chinese label of any of the unit enums.
	 * @param value the value, or null
	 * @return the label, or an empty string for null
	 */
	String label(@Nullable Enum<?> value) {
		if (value == null) {
			return "";
		}
		String key;
		if (value instanceof UnitCategory c) {
			key = c.messageKey();
		}
		else if (value instanceof InstitutionType t) {
			key = t.messageKey();
		}
		else if (value instanceof AdminRank r) {
			key = r.messageKey();
		}
		else if (value instanceof PartyOrgKind k) {
			key = k.messageKey();
		}
		else if (value instanceof UnitStatus s) {
			key = s.messageKey();
		}
		else {
			return value.name();
		}
		return text(key);
	}

	/**
	 * The labels of an enum, in declaration order.
	 * @param type the enum
	 * @return the labels
	 */
	<E extends Enum<E>> List<String> labels(Class<E> type) {
		List<String> result = new ArrayList<>();
		for (E e : type.getEnumConstants()) {
			result.add(label(e));
		}
		return result;
	}

	/**
	 * Reads a label back. Accepts the label, the label without spaces and the enum
	 * constant's name, ignoring case; for a rank also its former spellings.
	 * @param type the enum
	 * @param text the cell
	 * @return the value, or null when the text matches none
	 */
	<E extends Enum<E>> @Nullable E parse(Class<E> type, String text) {
		String wanted = squash(text);
		for (E e : type.getEnumConstants()) {
			if (squash(label(e)).equalsIgnoreCase(wanted) || e.name().equalsIgnoreCase(wanted)) {
				return e;
			}
		}
		for (E e : type.getEnumConstants()) {
			if (e instanceof AdminRank r && aliases(r).contains(wanted)) {
				return e;
			}
		}
		return null;
	}

	/**
	 * The other spellings of a rank that a ledger may carry (the tier names of the
	 * shorter list used before, such as 厅局级 for 正局级).
	 */
	private List<String> aliases(AdminRank rank) {
		String list = this.messages.getMessage(rank.aliasesKey(), null, "", LOCALE);
		return list == null || list.isBlank() ? List.of()
				: java.util.Arrays.stream(list.split(",")).map(UnitLedger::squash).toList();
	}

	/**
	 * Reads 是/否 (also Y/N, yes/no, true/false, 1/0).
	 * @param text the cell, not blank
	 * @return the value, or null when the text is none of these
	 */
	@Nullable Boolean parseYesNo(String text) {
		String t = squash(text).toLowerCase(Locale.ROOT);
		if (t.equals(squash(yes())) || List.of("y", "yes", "true", "1", "√").contains(t)) {
			return Boolean.TRUE;
		}
		if (t.equals(squash(no())) || List.of("n", "no", "false", "0", "×").contains(t)) {
			return Boolean.FALSE;
		}
		return null;
	}

	/**
	 * The drop-down lists of the template's enumerated columns.
	 * @param areaNames names of the residential areas
	 * @param networkNames names of the networks and committees
	 * @return column to allowed values, in column order
	 */
	Map<UnitField, List<String>> choices(List<String> areaNames, List<String> networkNames) {
		Map<UnitField, List<String>> result = new LinkedHashMap<>();
		result.put(UnitField.CATEGORY, labels(UnitCategory.class));
		result.put(UnitField.SUB_TYPE, labels(InstitutionType.class));
		result.put(UnitField.ADMIN_RANK, labels(AdminRank.class));
		result.put(UnitField.DUAL_MANAGED, List.of(yes(), no()));
		result.put(UnitField.RESIDENTIAL_AREA, areaNames);
		result.put(UnitField.PARTY_ORG_KIND, labels(PartyOrgKind.class));
		result.put(UnitField.NETWORK, networkNames);
		result.put(UnitField.COORDINATION_MEMBER, List.of(yes(), no()));
		result.put(UnitField.STATUS, labels(UnitStatus.class));
		return result;
	}

	static String date(@Nullable LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LOCALE);
	}

	private static String squash(String s) {
		return s.replaceAll("[\\s\\u3000]+", "");
	}

}
