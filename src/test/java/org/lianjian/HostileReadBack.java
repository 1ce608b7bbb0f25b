package org.lianjian;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.lianjian.HostileForm.FieldKind;
import org.lianjian.HostileForm.FormSource;
import org.lianjian.HostileForm.Outcome;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;

import static org.lianjian.HostileForm.shortName;

/**
 * How {@link HostileInputTests} checks a value that a form accepted: it was stored as
 * sent (shown back in a form, or found in the database), and it turns into no markup on
 * the pages that show it.
 */
final class HostileReadBack {

	private static final Pattern FIRST_ID = Pattern.compile("/(\\d+)(?:/|$)");

	/**
	 * Tags the portal never renders itself. Not {@code <details>}: the annual report uses
	 * it; an injected one is still caught by its raw text or its {@code on*} handler.
	 */
	private static final Set<String> MARKUP_TAGS = Set.of("iframe", "object", "embed", "svg", "math", "marquee", "base",
			"style", "meta", "frameset", "xss");

	private final HostileFormClient client;

	private final NamedParameterJdbcTemplate jdbc;

	private final EntityManager entityManager;

	private final List<String> failures;

	private final Map<String, Integer> outcomes;

	private final Map<String, String> textSearch;

	HostileReadBack(HostileFormClient client, NamedParameterJdbcTemplate jdbc, EntityManager entityManager,
			List<String> failures, Map<String, Integer> outcomes) {
		this.client = client;
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.failures = failures;
		this.outcomes = outcomes;
		this.textSearch = textSearch();
	}

	/** Checks one accepted value: each problem is a failure of the test. */
	void checkSaved(FormSource source, String field, String value, Outcome outcome, String where) throws Exception {
		check(source, Map.of(field, value), outcome)
			.forEach((f, problems) -> problems.forEach((problem) -> this.failures.add(where + ": " + problem)));
	}

	/**
	 * Checks the values that one submission saved: each was stored as sent, and none
	 * turned into markup on the pages that show it. Counts how each passing value was
	 * stored.
	 * @return the problems of the values that did not pass, by field
	 */
	Map<String, List<String>> check(FormSource source, Map<String, String> saved, Outcome outcome) throws Exception {
		Map<String, List<String>> problems = new LinkedHashMap<>();
		try {
			this.entityManager.flush();
			this.entityManager.clear();
		}
		catch (RuntimeException ex) {
			String problem = "accepted, but the database refuses it at commit: " + HostileForm.rootMessage(ex);
			saved.keySet().forEach((field) -> problems.put(field, List.of(problem)));
			return problems;
		}
		Map<String, String> stored = new LinkedHashMap<>();
		readPages(source, saved, outcome, problems, stored);
		saved.forEach((field, value) -> {
			if (source.kinds.get(field).typed() && !stored.containsKey(field)) {
				String how = storedElsewhere(source, field, value);
				if (how == null) {
					problems.computeIfAbsent(field, (f) -> new ArrayList<>())
						.add("accepted, but not stored as sent (neither a form nor the database shows it)");
				}
				else {
					stored.put(field, how);
				}
			}
		});
		stored.forEach((field, how) -> {
			if (!problems.containsKey(field)) {
				this.outcomes.merge("stored " + how, 1, Integer::sum);
			}
		});
		return problems;
	}

	/**
	 * Reads the pages that show what was saved (the form's page, the page it went to,
	 * that page's form and parent) until every typed value is read back, or all of them
	 * when a value could be markup.
	 */
	private void readPages(FormSource source, Map<String, String> saved, Outcome outcome,
			Map<String, List<String>> problems, Map<String, String> stored) throws Exception {
		Set<String> pages = new LinkedHashSet<>();
		pages.add(source.page);
		if (outcome.location() != null) {
			String loc = URI.create(outcome.location()).getPath();
			pages.add(loc);
			pages.add(loc + "/edit");
			if (loc.lastIndexOf('/') > 0) {
				pages.add(loc.substring(0, loc.lastIndexOf('/')));
			}
		}
		boolean markup = saved.values().stream().anyMatch(HostileReadBack::couldBeMarkup);
		for (String page : pages) {
			if (!markup && saved.keySet()
				.stream()
				.noneMatch((f) -> source.kinds.get(f).typed() && !stored.containsKey(f))) {
				break;
			}
			MvcResult res = this.client.page(page, source.user);
			int status = res.getResponse().getStatus();
			if (status >= 500) {
				saved.keySet()
					.forEach((f) -> problems.computeIfAbsent(f, (k) -> new ArrayList<>())
						.add("GET " + page + " answers " + status + " after saving it"));
				continue;
			}
			if (status != 200) {
				continue;
			}
			String html = res.getResponse().getContentAsString();
			Document doc = Jsoup.parse(html, "http://localhost" + page);
			List<String> injected = injected(page, doc);
			saved.forEach((field, value) -> {
				List<String> found = new ArrayList<>(injected);
				if (value.length() >= 4 && (value.contains("<") || value.contains(">") || value.contains("\""))
						&& html.contains(value)) {
					found.add("appears unescaped in GET " + page);
				}
				if (!found.isEmpty()) {
					problems.computeIfAbsent(field, (k) -> new ArrayList<>()).addAll(found);
				}
				FieldKind kind = source.kinds.get(field);
				if (kind.typed() && !stored.containsKey(field) && !page.endsWith("/new")) {
					String how = readBack(doc, field, kind, value);
					if (how != null) {
						stored.put(field, how);
					}
				}
			});
		}
	}

	/** How a value that no form shows back was stored, or null. */
	private @Nullable String storedElsewhere(FormSource source, String field, String value) {
		FieldKind kind = source.kinds.get(field);
		String stored = null;
		if (HostileInputRoutes.READ_BACK.containsKey(source.route.key())) {
			stored = readBackFromDatabase(source, field, kind, value);
		}
		if (stored == null && value.isBlank() && source.onlyFilledFieldOfItsRow(field)) {
			// blanking the one filled field of a list row leaves an empty row, which the
			// portal ignores (the spare rows at the end of every list)
			stored = "empty row ignored";
		}
		if (stored == null && value.isBlank()
				&& HostileInputRoutes.BLANK_MEANS_DEFAULT.getOrDefault(source.route.key(), Set.of()).contains(field)) {
			// a documented default: the form says what a blank field means
			stored = "blank as its default";
		}
		if (stored == null && kind == FieldKind.TEXT) {
			stored = findInDatabase(value);
		}
		return stored;
	}

	private static boolean couldBeMarkup(String value) {
		String v = value.strip().toLowerCase(Locale.ROOT);
		return v.contains("<") || v.contains(">") || v.contains("\"") || v.contains("'") || v.contains("&")
				|| v.startsWith("javascript") || v.startsWith("data:") || v.contains("hx-") || v.contains("on");
	}

	/** How the value comes back in a form field of that name, or null. */
	private static String readBack(Document doc, String field, FieldKind kind, String sent) {
		for (Element el : doc.select("[name]")) {
			if (!field.equals(el.attr("name"))) {
				continue;
			}
			String shown = switch (el.normalName()) {
				case "textarea" -> el.wholeText();
				case "select" -> {
					Element selected = el.selectFirst("option[selected]");
					yield selected == null ? "" : selected.val();
				}
				default -> el.val();
			};
			String how = compare(kind, sent, shown);
			if (how != null) {
				return how;
			}
		}
		return null;
	}

	/**
	 * Whether a shown value is the sent one: exactly; or after the documented
	 * normalisations (text fields are trimmed, and blank text is stored as empty; numbers
	 * compare by value, so "007" is 7).
	 */
	private static String compare(FieldKind kind, String sent, String shown) {
		if (shown.equals(sent)) {
			return "exact";
		}
		if (kind == FieldKind.TEXT && !sent.strip().isEmpty() && shown.equals(sent.strip())) {
			return "trimmed";
		}
		if (sent.isBlank() && shown.isEmpty()) {
			return "blank";
		}
		if (kind == FieldKind.NUMBER) {
			try {
				if (new BigDecimal(sent.strip()).compareTo(new BigDecimal(shown)) == 0) {
					return "same number";
				}
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	/**
	 * The value as {@link #HostileInputRoutes.READ_BACK} reads it from the database,
	 * compared, or null.
	 */
	private @Nullable String readBackFromDatabase(FormSource source, String field, FieldKind kind, String sent) {
		Matcher id = FIRST_ID.matcher(source.path);
		Map<String, Object> params = id.find() ? Map.of("id", Long.valueOf(id.group(1))) : Map.of();
		List<Map<String, Object>> rows = this.jdbc.queryForList(HostileInputRoutes.READ_BACK.get(source.route.key()),
				params);
		if (rows.isEmpty() || !rows.get(0).containsKey(shortName(field))) {
			return null;
		}
		Object stored = rows.get(0).get(shortName(field));
		String how = compare(kind, sent, (stored != null) ? stored.toString() : "");
		return (how != null) ? how + " in the database" : null;
	}

	/** Looks for the value in every text column: "exact", "trimmed" or null. */
	private String findInDatabase(String value) {
		if (value.indexOf('\u0000') >= 0) {
			return null;
		}
		if (existsInDatabase(value)) {
			return "exact in the database";
		}
		String trimmed = value.strip();
		if (!trimmed.isEmpty() && !trimmed.equals(value) && existsInDatabase(trimmed)) {
			return "trimmed in the database";
		}
		return null;
	}

	private boolean existsInDatabase(String value) {
		long started = System.nanoTime();
		try {
			List<String> written = this.jdbc.queryForList(WRITTEN_TABLES, Map.of(), String.class);
			List<String> clauses = written.stream().map(this.textSearch::get).filter((c) -> c != null).toList();
			if (clauses.isEmpty()) {
				return false;
			}
			return Boolean.TRUE.equals(this.jdbc.queryForObject("select " + String.join(" or ", clauses),
					Map.of("v", value), Boolean.class));
		}
		finally {
			this.searchNanos += System.nanoTime() - started;
			this.searches++;
		}
	}

	/** Time spent looking for values in the database, for the test's summary line. */
	String searchCost() {
		return String.format(Locale.ROOT, "%d database searches in %.1f s", this.searches, this.searchNanos / 1e9);
	}

	private long searchNanos;

	private int searches;

	/**
	 * The tables this transaction wrote (each submission runs in a transaction of its
	 * own): a value the form stored is in one of them, and a value that only old rows
	 * hold was not stored by this submission.
	 */
	private static final String WRITTEN_TABLES = "select relname from pg_stat_xact_user_tables"
			+ " where schemaname = current_schema() and n_tup_ins + n_tup_upd > 0";

	/**
	 * Per table, the clause that tells whether any of its text columns holds a value
	 * (bound as {@code :v}).
	 */
	private Map<String, String> textSearch() {
		Map<String, String> clauses = new LinkedHashMap<>();
		this.jdbc.query(
				"select table_name, format('exists (select 1 from %I where %s)', table_name,"
						+ " string_agg(format('%I = :v', column_name), ' or ')) from information_schema.columns"
						+ " where table_schema = current_schema() and data_type in ('text', 'character varying')"
						+ " and table_name not like 'flyway%' group by table_name order by table_name",
				Map.of(), (rs) -> {
					clauses.put(rs.getString(1), rs.getString(2));
				});
		return clauses;
	}

	/** Markup that no value may make: a new script, handler, frame or other tag. */
	private static List<String> injected(String page, Document doc) {
		List<String> found = new ArrayList<>();
		for (Element el : doc.body().getAllElements()) {
			String tag = el.normalName();
			if (MARKUP_TAGS.contains(tag) || (tag.equals("script") && !el.hasAttr("src"))
					|| (tag.equals("img") && el.attr("src").equals("x"))) {
				found.add("GET " + page + " contains an injected <" + tag + ">");
			}
			for (Attribute a : el.attributes()) {
				String k = a.getKey().toLowerCase(Locale.ROOT);
				String v = a.getValue().strip().toLowerCase(Locale.ROOT);
				if (k.startsWith("on") || ((k.endsWith("href") || k.equals("src") || k.endsWith("action"))
						&& v.startsWith("javascript:"))) {
					found.add("GET " + page + " contains an injected attribute " + k + " on <" + tag + ">");
				}
			}
		}
		return found;
	}

}
