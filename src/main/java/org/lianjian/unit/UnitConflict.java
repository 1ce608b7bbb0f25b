package org.lianjian.unit;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

/**
 * The conflict panel of the unit form: after a stale edit, each field whose stored value
 * differs from the one just submitted, with both values. The rows come from the form's
 * components by name (label {@code unit.<field>}), so a new field appears here with no
 * change.
 */
@Component
class UnitConflict {

	/** The label key of a field is this prefix and the field's name. */
	static final String LABEL_PREFIX = "unit.";

	private final MessageSource messages;

	UnitConflict(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * A field that differs.
	 *
	 * @param labelKey its label's message key
	 * @param stored the stored value, as shown
	 * @param yours the submitted value, as shown
	 */
	record Row(String labelKey, String stored, String yours) {

	}

	/**
	 * The fields whose stored value differs from the submitted one, in form order.
	 * @param stored the unit as stored now
	 * @param yours the form as submitted
	 * @param choices the organisations, to show ids as names
	 * @return the rows, empty when the values are the same
	 */
	List<Row> rows(UnitView stored, UnitForm yours, UnitChoices choices) {
		Map<Long, String> names = new HashMap<>();
		for (List<UnitChoice> list : List.of(choices.areas(), choices.networks())) {
			list.forEach((c) -> names.put(c.id(), c.name()));
		}
		List<Row> rows = new ArrayList<>();
		for (RecordComponent component : UnitForm.class.getRecordComponents()) {
			String name = component.getName();
			if (name.equals("version")) {
				continue;
			}
			String before = show(ReflectionUtils.invokeMethod(component.getAccessor(), stored.form()), names);
			String after = show(ReflectionUtils.invokeMethod(component.getAccessor(), yours), names);
			if (!before.equals(after)) {
				rows.add(new Row(LABEL_PREFIX + name, before, after));
			}
		}
		return rows;
	}

	/** A value as the page shows it: labels for enums and yes or no, names for ids. */
	private String show(@Nullable Object value, Map<Long, String> names) {
		if (value == null || (value instanceof String s && s.isBlank())) {
			return "—";
		}
		if (value instanceof Enum<?> e) {
			Method key = ReflectionUtils.findMethod(e.getClass(), "messageKey");
			return (key != null) ? text(String.valueOf(ReflectionUtils.invokeMethod(key, e))) : e.name();
		}
		if (value instanceof Boolean b) {
			return text("unit.detail.bool." + b);
		}
		if (value instanceof Long id) {
			return Objects.requireNonNullElse(names.get(id), "—");
		}
		if (value instanceof LocalDate d) {
			return UnitLedger.date(d);
		}
		return value.toString().trim();
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
