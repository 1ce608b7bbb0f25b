package org.lianjian;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianjian.HostileForm.CannotHandle;
import org.lianjian.HostileForm.FieldKind;
import org.lianjian.HostileForm.FormSource;
import org.lianjian.HostileForm.Kind;
import org.lianjian.HostileForm.Outcome;
import org.lianjian.HostileForm.Route;
import org.lianjian.HostileForm.Work;
import org.lianjian.support.UnrecordedMockMvc;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianjian.HostileForm.ROW;
import static org.lianjian.HostileForm.isBlank;
import static org.lianjian.HostileForm.show;
import static org.lianjian.HostileForm.shortName;

/**
 * Types every value of {@code hostile-inputs.txt} into every field of every form of the
 * portal, as a user allowed to post it, and checks the answer: never a 5xx; either a
 * re-rendered form with an error message or the value saved exactly as sent; and a saved
 * value never turns into markup on the pages that show it.
 *
 * <p>
 * The form routes come from the request mappings (every POST/PUT handler that binds a
 * form object), so a new form is fuzzed without editing this test, or makes it fail until
 * it can be fuzzed. The base form is the one the portal itself renders, parsed with
 * jsoup.
 *
 * <p>
 * Each submission runs in a transaction of its own, rolled back at the end, so the demo
 * data the other tests rely on never changes and every submission starts from the same
 * data. Before a saved value is read back, the persistence context is flushed to
 * PostgreSQL and cleared, so the read-back sees what the database stored (and a value
 * PostgreSQL refuses fails here as it would fail at commit). To keep the submissions few,
 * the i-th values of all fields of a form go in one submission where its answer settles
 * them (see {@link HostileBatches}); what it cannot settle is submitted value by value.
 *
 * <p>
 * By default each field gets a reproducible sample of {@value #SAMPLE} values (seeded by
 * route and field); {@code -Dfuzz.all=true} ({@code ./mvnw verify -Pfuzz}) submits the
 * whole corpus.
 *
 * <p>
 * The routes come in two parts, this class and {@link HostileInputSecondPartTests}; run
 * both with {@code -Dtest='HostileInput*Tests'}.
 */
@WebIntegrationTest
class HostileInputTests {

	private static final int SAMPLE = 20;

	/** Hidden fields, selects and checkboxes: not typed by users, so a smaller sample. */
	private static final int CHOICE_SAMPLE = 5;

	private static final boolean ALL = Boolean.getBoolean("fuzz.all");

	private static final boolean BATCHES = Boolean.parseBoolean(System.getProperty("fuzz.batches", "true"));

	/**
	 * While working on one form: {@code -Dfuzz.routes=<regex>} fuzzes only matching
	 * routes.
	 */
	private static final Pattern ONLY = Pattern.compile(System.getProperty("fuzz.routes", ".*"));

	/**
	 * Bugs this test found that are not fixed yet, reported to the modules' owners: a
	 * failure matching one of these patterns is listed in the output but does not fail
	 * the build. Empty now: every bug it found is fixed. Add an entry, with its reason,
	 * only while a newly found bug awaits its fix.
	 */
	private static final Map<Pattern, String> KNOWN_BUGS = Map.of();

	@Autowired
	WebApplicationContext context;

	@Autowired
	List<MockMvcBuilderCustomizer> customizers;

	/**
	 * The shared context's MockMvc without Boot's record of every request and answer
	 * (kept to print them on a failure): thousands of pages held in memory otherwise.
	 */
	private MockMvc mvc;

	@BeforeEach
	void unrecorded() {
		this.mvc = UnrecordedMockMvc.of(this.context, this.customizers);
	}

	@Autowired
	Users users;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	NamedParameterJdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	EntityManager entityManager;

	private final Map<String, Integer> outcomes = new TreeMap<>();

	private final List<String> failures = new ArrayList<>();

	private HostileFormClient client;

	private HostileReadBack readBack;

	/**
	 * The routes are fuzzed in {@value #PARTS} parts, one per test class (every other
	 * route, in the order of their keys), so that the two test JVMs of the build share
	 * the work instead of one of them running it all at the end.
	 */
	static final int PARTS = 2;

	/** The part of the routes this class fuzzes: 0 here. */
	int part() {
		return 0;
	}

	@Test
	void shouldRejectOrStoreExactlyAndEscapeEveryHostileValueInEveryForm() throws Exception {
		HostileInputs corpus = HostileInputs.load();
		assertThat(corpus.all()).as("corpus size").hasSizeGreaterThanOrEqualTo(200);
		this.client = new HostileFormClient(this.mvc, this.users, this.jdbc);
		this.readBack = new HostileReadBack(this.client, this.jdbc, this.entityManager, this.failures, this.outcomes);
		List<Route> routes = HostileFormClient.discover(this.mappings);
		assertThat(routes).as("form routes found").isNotEmpty();

		long started = System.nanoTime();
		int submissions = 0;
		int fuzzedRoutes = 0;
		int fields = 0;
		int index = 0;
		for (Route route : routes) {
			if (HostileInputRoutes.EXCLUDED.containsKey(route.key()) || !ONLY.matcher(route.key()).matches()
					|| index++ % PARTS != part()) {
				continue;
			}
			FormSource source;
			try {
				source = locate(route);
			}
			catch (CannotHandle ex) {
				this.failures.add(route.key() + ": cannot fuzz this form route: " + ex.getMessage());
				continue;
			}
			fuzzedRoutes++;
			fields += source.fields(ALL).size();
			long routeStarted = System.nanoTime();
			int routeSubmissions = fuzz(source, corpus);
			submissions += routeSubmissions;
			System.out.printf(Locale.ROOT, "HostileInputTests route %s: %d submissions in %.2f s%n", route.key(),
					routeSubmissions, (System.nanoTime() - routeStarted) / 1e9);
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf(Locale.ROOT,
				"HostileInputTests part %d of %d: %d form routes found, %d fuzzed, %d excluded; %d fields; %d submissions (%s) in %.1f s; outcomes %s%n",
				part() + 1, PARTS, routes.size(), fuzzedRoutes, HostileInputRoutes.EXCLUDED.size(), fields, submissions,
				ALL ? "whole corpus" : "sample", seconds, this.outcomes);
		List<String> known = new ArrayList<>();
		this.failures.removeIf((f) -> {
			for (Map.Entry<Pattern, String> bug : KNOWN_BUGS.entrySet()) {
				if (bug.getKey().matcher(f).matches()) {
					known.add(bug.getValue() + " <- " + f);
					return true;
				}
			}
			return false;
		});
		System.out.println("HostileInputTests: " + this.readBack.searchCost());
		System.out.printf(Locale.ROOT, "HostileInputTests: %d failures of known, not yet fixed bugs:%n", known.size());
		known.stream().map((k) -> k.replace('\n', ' ')).distinct().limit(200).forEach(System.out::println);
		Files.write(Path.of("target", "hostile-input-failures-" + part() + ".txt"),
				this.failures.stream().map((f) -> f.replace('\n', ' ').replace('\r', ' ')).toList(),
				StandardCharsets.UTF_8);
		List<String> shown = this.failures.stream().distinct().limit(100).toList();
		assertThat(shown).as("hostile input failures (" + this.failures.size() + " in all)").isEmpty();
	}

	/**
	 * Every value for every field of one form, then its row variants, each submission in
	 * a rolled-back transaction of its own. The i-th values of all fields go in one
	 * submission where its answer settles them ({@link HostileBatches});
	 * {@code -Dfuzz.batches=false} submits every value alone.
	 * @return the number of submissions
	 */
	private int fuzz(FormSource source, HostileInputs corpus) throws Exception {
		Map<String, List<String>> values = new LinkedHashMap<>();
		for (String field : source.fields(ALL)) {
			int size = source.kinds.get(field).typed() ? SAMPLE : CHOICE_SAMPLE;
			values.put(field, ALL ? corpus.all() : corpus.sample(source.route.key() + "|" + field, size));
		}
		HostileBatches batches = new HostileBatches(this.client, this.readBack, this::inRolledBackTransaction,
				this::submit, this.outcomes);
		int submissions = 0;
		int rounds = values.values().stream().mapToInt(List::size).max().orElse(0);
		for (int i = 0; i < rounds; i++) {
			Map<String, String> round = new LinkedHashMap<>();
			for (Map.Entry<String, List<String>> field : values.entrySet()) {
				if (i < field.getValue().size()) {
					round.put(field.getKey(), field.getValue().get(i));
				}
			}
			if (BATCHES) {
				submissions += batches.submit(source, round);
			}
			else {
				for (Map.Entry<String, String> value : round.entrySet()) {
					submissions++;
					submit(source, value.getKey(), value.getValue());
				}
			}
		}
		return submissions + submitRowVariants(source);
	}

	// --- finding the page that renders the form, and a valid base form ---

	private FormSource locate(Route route) throws Exception {
		List<String> variables = HostileFormClient.variables(route);
		String sql = HostileInputRoutes.IDS.get(route.key());
		if (!variables.isEmpty() && sql == null) {
			throw new CannotHandle("no query for the path variables " + variables + " in IDS");
		}
		List<String> tried = new ArrayList<>();
		List<String> posters = HostileInputRoutes.USER.containsKey(route.key())
				? List.of(HostileInputRoutes.USER.get(route.key())) : HostileInputRoutes.USERS;
		for (String user : posters) {
			FormSource source = inRolledBackTransaction(route,
					() -> this.client.findForm(route, user, variables, sql, tried));
			if (source != null) {
				HostileInputRoutes.BASE.getOrDefault(route.key(), Map.of())
					.forEach((name, value) -> source.base.put(name, List.of(value)));
				makeValid(source);
				return source;
			}
		}
		throw new CannotHandle("no page renders its form: " + tried);
	}

	/**
	 * Submits the base form (rolled back); fills required empty fields until it passes.
	 */
	private void makeValid(FormSource source) throws Exception {
		for (Map.Entry<String, List<String>> e : source.base.entrySet()) {
			if (isBlank(e.getValue()) && HostileInputRoutes.VALID.containsKey(shortName(e.getKey()))) {
				source.base.put(e.getKey(), List.of(validValue(source, e.getKey())));
			}
		}
		String last = "";
		for (int round = 0; round < 4; round++) {
			Outcome outcome = inRolledBackTransaction(source.route, () -> this.client.post(source, source.base));
			if (outcome.kind() == Kind.SAVED) {
				return;
			}
			last = outcome.kind() + " " + outcome.detail();
			boolean changed = false;
			for (String name : outcome.invalidFields()) {
				if (source.base.containsKey(name) && isBlank(source.base.get(name))) {
					String v = validValue(source, name);
					if (v != null) {
						source.base.put(name, List.of(v));
						changed = true;
					}
				}
			}
			if (!changed) {
				break;
			}
		}
		throw new CannotHandle("its own form (as " + source.user + " from " + source.page + ") is refused: " + last
				+ "; form " + source.base.keySet() + " — add valid values to VALID");
	}

	private static String validValue(FormSource source, String name) {
		String v = HostileInputRoutes.VALID.get(shortName(name));
		if (v != null && !v.equals("{first}")) {
			return v;
		}
		for (Element el : source.form.elements()) {
			if (!name.equals(el.attr("name"))) {
				continue;
			}
			if (el.normalName().equals("select")) {
				for (Element option : el.select("option")) {
					if (!option.val().isEmpty()) {
						return option.val();
					}
				}
			}
			if (el.attr("type").equalsIgnoreCase("checkbox") || el.attr("type").equalsIgnoreCase("radio")) {
				return el.val();
			}
		}
		return null;
	}

	// --- one submission ---

	private void submit(FormSource source, String field, String value) throws Exception {
		Map<String, List<String>> params = new LinkedHashMap<>(source.base);
		params.put(field, List.of(value));
		FieldKind kind = source.kinds.get(field);
		String where = source.route.key() + " field " + field + " value " + show(value);
		inRolledBackTransaction(source.route, () -> {
			Outcome outcome = this.client.post(source, params);
			count(kind + " " + outcome.kind());
			switch (outcome.kind()) {
				case SERVER_ERROR -> this.failures.add(where + ": " + outcome.detail());
				case REFUSED -> {
					if (kind.typed()) {
						this.failures.add(where + ": expected a message beside the field, got " + outcome.detail());
					}
				}
				case REJECTED -> {
					if (outcome.detail().contains("Failed to convert")) {
						this.failures.add(where + ": the error message is not translated: " + outcome.detail());
					}
				}
				case SAVED -> this.readBack.checkSaved(source, field, value, outcome, where);
			}
			return outcome;
		});
	}

	/**
	 * The list rows of a form sent as no browser sends them: row 0 again at an index of
	 * {@value FormRowsLimit#FIRST} or more or at an index that is no whole number (each
	 * refused with a message), a gap before a copy of row 0, and row 0 missing (both
	 * never a 5xx).
	 * @return the number of submissions
	 */
	private int submitRowVariants(FormSource source) throws Exception {
		Map<String, List<String>> rowZero = new TreeMap<>();
		int last = 0;
		for (String name : source.base.keySet()) {
			Matcher m = ROW.matcher(name);
			if (m.lookingAt() && name.contains("].")) {
				last = Math.max(last, Integer.parseInt(m.group(2)));
				if (m.group(2).equals("0")) {
					rowZero.computeIfAbsent(m.group(1), (k) -> new ArrayList<>()).add(name);
				}
			}
		}
		int submissions = 0;
		for (Map.Entry<String, List<String>> list : rowZero.entrySet()) {
			String row = list.getKey() + "[0]";
			for (String index : FormRowsLimit.INDEXES) {
				submissions++;
				Outcome outcome = postRows(source, list.getValue(), row, list.getKey() + "[" + index + "]", false);
				String where = source.route.key() + " row " + list.getKey() + "[" + index + "]";
				if (outcome.kind() != Kind.REJECTED) {
					this.failures.add(where + ": expected a message, got " + outcome.kind() + " " + outcome.detail());
				}
			}
			submissions += 2;
			Outcome gap = postRows(source, list.getValue(), row, list.getKey() + "[" + (last + 2) + "]", false);
			Outcome missing = postRows(source, list.getValue(), row, null, true);
			if (gap.kind() == Kind.SERVER_ERROR) {
				this.failures.add(source.route.key() + " rows with a gap: " + gap.detail());
			}
			if (missing.kind() == Kind.SERVER_ERROR) {
				this.failures.add(source.route.key() + " without " + row + ": " + missing.detail());
			}
		}
		return submissions;
	}

	/** The base form with row 0 copied to another index, or removed. */
	private Outcome postRows(FormSource source, List<String> fields, String row, @Nullable String copyTo,
			boolean remove) throws Exception {
		Map<String, List<String>> params = new LinkedHashMap<>(source.base);
		for (String field : fields) {
			if (remove) {
				params.remove(field);
			}
			else {
				params.put(copyTo + field.substring(row.length()), source.base.get(field));
			}
		}
		Outcome outcome = inRolledBackTransaction(source.route, () -> this.client.post(source, params));
		count("row variant " + outcome.kind());
		return outcome;
	}

	/** Row indexes that Spring cannot bind into a list. */
	static final class FormRowsLimit {

		static final int FIRST = 256;

		static final List<String> INDEXES = List.of("256", "300", "2147483647", "99999999999", "x", "-1");

		private FormRowsLimit() {
		}

	}

	/**
	 * Runs the work in a transaction rolled back afterwards, after the route's
	 * HostileInputRoutes.SETUP.
	 */
	private <T> T inRolledBackTransaction(Route route, Work<T> work) throws Exception {
		TransactionTemplate tx = new TransactionTemplate(this.transactions);
		Object[] result = new Object[1];
		Exception[] thrown = new Exception[1];
		tx.executeWithoutResult((status) -> {
			status.setRollbackOnly();
			try {
				for (String statement : HostileInputRoutes.SETUP.getOrDefault(route.key(), List.of())) {
					this.jdbc.update(statement, Map.of());
				}
				result[0] = work.run();
			}
			catch (Exception ex) {
				thrown[0] = ex;
			}
		});
		if (thrown[0] != null) {
			throw thrown[0];
		}
		@SuppressWarnings("unchecked")
		T t = (T) result[0];
		return t;
	}

	private void count(String what) {
		this.outcomes.merge(what, 1, Integer::sum);
	}

}
