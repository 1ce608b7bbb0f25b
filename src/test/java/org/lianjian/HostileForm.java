package org.lianjian;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

import org.springframework.web.method.HandlerMethod;

/**
 * What {@link HostileInputTests} works with: a form route, the form a page renders for it
 * with its valid base values, the kind of each field, and the outcome of a submission.
 */
final class HostileForm {

	static final Pattern ROW = Pattern.compile("^(\\w+)\\[(\\d+)]");

	private HostileForm() {
	}

	static boolean isBlank(List<String> values) {
		return values.isEmpty() || values.stream().allMatch(String::isBlank);
	}

	static String rootMessage(Throwable ex) {
		Throwable t = ex;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		String msg = t.getClass().getSimpleName() + ": " + t.getMessage();
		return msg.length() > 300 ? msg.substring(0, 300) + "…" : msg;
	}

	/** The value as a readable Java literal, shortened. */
	static String show(String value) {
		StringBuilder out = new StringBuilder("\"");
		value.codePoints().limit(60).forEach((cp) -> {
			if (cp < 0x20 || cp == 0x7F || (cp >= 0xD800 && cp <= 0xDFFF) || (cp >= 0x80 && cp < 0xA0)
					|| (cp >= 0x200B && cp <= 0x206F) || cp == 0xFEFF) {
				out.append(String.format("\\u%04X", cp));
			}
			else {
				out.appendCodePoint(cp);
			}
		});
		out.append(value.codePointCount(0, value.length()) > 60 ? "…(" + value.length() + " chars)\"" : "\"");
		return out.toString();
	}

	static String shortName(String name) {
		return name.substring(name.lastIndexOf('.') + 1);
	}

	@FunctionalInterface
	interface Work<T> {

		T run() throws Exception;

	}

	record Route(String method, String pattern, HandlerMethod handler) {

		String key() {
			return this.method + " " + this.pattern;
		}

	}

	enum Kind {

		SAVED, REJECTED, REFUSED, SERVER_ERROR

	}

	/**
	 * What a submission got.
	 *
	 * @param kind saved, rejected with a message, refused or a server error
	 * @param detail the messages, status or redirect
	 * @param location where a redirect went
	 * @param invalidFields the fields the re-rendered form marks invalid
	 * @param ownErrors the fields whose error comes from their own value alone: it failed
	 * to convert, or broke a constraint declared on the field (not a rule of the whole
	 * form, which may be about another field's value)
	 */
	record Outcome(Kind kind, String detail, String location, List<String> invalidFields, Set<String> ownErrors) {

		Outcome(Kind kind, String detail, String location, List<String> invalidFields) {
			this(kind, detail, location, invalidFields, Set.of());
		}

	}

	/** What is typed into a field: free text, a number, a date or time, or a choice. */
	enum FieldKind {

		TEXT, NUMBER, TEMPORAL, CHOICE;

		boolean typed() {
			return this != CHOICE;
		}

		static FieldKind of(Element el) {
			String tag = el.normalName();
			if (tag.equals("textarea")) {
				return TEXT;
			}
			if (tag.equals("select")) {
				return CHOICE;
			}
			return switch (el.attr("type").toLowerCase(Locale.ROOT)) {
				case "number" -> NUMBER;
				case "date", "time", "datetime-local", "month", "week" -> TEMPORAL;
				case "hidden", "checkbox", "radio" -> CHOICE;
				default -> TEXT;
			};
		}

	}

	/**
	 * A form route with the page that renders it, the poster and the valid base values.
	 */
	static final class FormSource {

		final Route route;

		final String user;

		final String path;

		final String page;

		final FormElement form;

		final Map<String, List<String>> base = new LinkedHashMap<>();

		final Map<String, FieldKind> kinds = new LinkedHashMap<>();

		FormSource(Route route, String user, String path, String page, FormElement form) {
			this.route = route;
			this.user = user;
			this.path = path;
			this.page = page;
			this.form = form;
			for (Element el : form.elements()) {
				String name = el.attr("name");
				String tag = el.normalName();
				String type = el.attr("type").toLowerCase(Locale.ROOT);
				if (name.isEmpty() || el.hasAttr("disabled") || tag.equals("button") || tag.equals("fieldset")
						|| tag.equals("output") || tag.equals("object")
						|| (tag.equals("input") && Set.of("submit", "button", "image", "reset", "file").contains(type))
						|| name.equals("_csrf")) {
					continue;
				}
				this.kinds.putIfAbsent(name, FieldKind.of(el));
				List<String> values = this.base.computeIfAbsent(name, (n) -> new ArrayList<>());
				if (tag.equals("select")) {
					var selected = el.select("option[selected]");
					if (selected.isEmpty() && !el.hasAttr("multiple") && !el.select("option").isEmpty()) {
						values.add(el.select("option").first().val());
					}
					selected.forEach((o) -> values.add(o.val()));
				}
				else if (type.equals("checkbox") || type.equals("radio")) {
					if (el.hasAttr("checked")) {
						values.add(el.hasAttr("value") ? el.val() : "on");
					}
				}
				else if (tag.equals("textarea")) {
					values.add(el.wholeText());
				}
				else {
					values.add(el.val());
				}
			}
		}

		/**
		 * The fields a user fills in: everything except the CSRF token and Spring's
		 * markers, and except the fields of an empty optional row (such as the blank
		 * extra rows of a list, which the portal ignores unless the row is filled in). In
		 * the sample, only the first row of each list is fuzzed.
		 */
		List<String> fields(boolean all) {
			return this.kinds.keySet()
				.stream()
				.filter((n) -> !n.startsWith("_"))
				.filter((n) -> !inBlankRow(n))
				.filter((n) -> all || rowIndex(n) <= 0)
				.toList();
		}

		private static int rowIndex(String name) {
			Matcher m = ROW.matcher(name);
			return m.lookingAt() ? Integer.parseInt(m.group(2)) : -1;
		}

		/**
		 * Whether the field's list row is a new one (no saved id) whose other typed
		 * fields are all blank in the base. Blanking a saved row is not "ignored": it
		 * would delete the row, and must be refused or done another way.
		 */
		boolean onlyFilledFieldOfItsRow(String name) {
			Matcher m = ROW.matcher(name);
			if (!m.lookingAt() || !name.contains("].")) {
				return false;
			}
			String row = m.group(1) + "[" + m.group(2) + "].";
			if (!isBlank(this.base.getOrDefault(row + "id", List.of()))) {
				return false;
			}
			return this.base.entrySet()
				.stream()
				.filter((e) -> e.getKey().startsWith(row) && !e.getKey().equals(name)
						&& this.kinds.get(e.getKey()).typed())
				.allMatch((e) -> isBlank(e.getValue()));
		}

		private boolean inBlankRow(String name) {
			Matcher m = ROW.matcher(name);
			if (!m.lookingAt() || !name.contains("].")) {
				return false;
			}
			String row = m.group(1) + "[" + m.group(2) + "].";
			return this.base.entrySet()
				.stream()
				.filter((e) -> e.getKey().startsWith(row) && this.kinds.get(e.getKey()).typed())
				.allMatch((e) -> isBlank(e.getValue()));
		}

	}

	static final class CannotHandle extends RuntimeException {

		CannotHandle(String message) {
			super(message);
		}

	}

}
