package org.lianjian.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.account.PortalUser;
import org.lianjian.account.Role;
import org.lianjian.account.ScopeService;
import org.lianjian.report.AnnualReport.Note;
import org.lianjian.report.AnnualReport.Section;
import org.lianjian.report.AnnualReport.Table;
import org.lianjian.report.AnnualReportQueries.AreaRow;
import org.lianjian.report.AnnualReportQueries.Period;
import org.lianjian.structure.StructureService;
import org.lianjian.unit.UnitService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the annual report for the current user's scope from the one query layer
 * ({@link AnnualReportQueries}), keeps part 3's text per year, and stores and reads
 * finalised snapshots.
 *
 * <p>
 * <b>What a reader sees by default:</b> ADMIN and STAFF see the latest finalised version
 * of a year once one exists (the report of record), with a flag when live data has
 * changed since, and can switch to any version or to live data. SECRETARY and LIAISON
 * always see live data for their own scope: snapshots are of the whole sub-district only.
 */
@Service
public class AnnualReportService {

	/** Earliest year a report can be asked for. */
	static final int FIRST_YEAR = 2000;

	private final AnnualReportQueries queries;

	private final AnnualUnitQueries unitQueries;

	private final AnnualActivityQueries activityQueries;

	private final AnnualMatching matching;

	private final AnnualMeasuresRepository measures;

	private final NamedParameterJdbcTemplate jdbc;

	private final ScopeService scopes;

	private final StructureService structure;

	private final UnitService units;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Clock clock;

	AnnualReportService(AnnualReportQueries queries, AnnualUnitQueries unitQueries,
			AnnualActivityQueries activityQueries, AnnualMatching matching, AnnualMeasuresRepository measures,
			NamedParameterJdbcTemplate jdbc, ScopeService scopes, StructureService structure, UnitService units,
			MessageSource messages, JsonMapper json, Clock clock) {
		this.queries = queries;
		this.unitQueries = unitQueries;
		this.activityQueries = activityQueries;
		this.matching = matching;
		this.measures = measures;
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.structure = structure;
		this.units = units;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * The report as it stands on live data, for the current user's scope.
	 * @param year the year
	 * @return the report
	 */
	@Transactional(readOnly = true)
	public AnnualReport live(int year) {
		return live(year, this.scopes.current());
	}

	/**
	 * The report on live data for a given scope (for background work, where no user is
	 * signed in: pass the scope captured in the request).
	 * @param year the year
	 * @param scope whose report
	 * @return the report
	 */
	@Transactional(readOnly = true)
	public AnnualReport live(int year, DataScope scope) {
		checkYear(year);
		Period period = new Period(year, scope, LocalDate.now(this.clock), this.clock.getZone());
		List<Section> sections = new ArrayList<>();
		sections.add(this.unitQueries.structure(period));
		sections.add(this.queries.agreements(period));
		List<AreaRow> areas = this.queries.areas(period);
		sections.add(this.queries.fulfilment(areas));
		sections.add(this.activityQueries.activities(period));
		sections.add(this.activityQueries.volunteers(period));
		sections.add(this.activityQueries.projects(period));
		sections.add(this.activityQueries.positions(period));
		AnnualMatching.Parts matching = this.matching.of(period);
		sections.add(matching.twoWay());
		sections.add(this.unitQueries.evaluation(period));

		Table sleeping = this.queries.sleeping(period);
		Table red = this.queries.red(period);
		Table noLiaison = this.unitQueries.withoutLiaison(period);
		Table lowest = this.queries.lowestAreas(areas);
		Table highRank = this.unitQueries.highRankInactive(period);
		sections.add(problem("sleeping", sleeping, List.of()));
		sections.add(problem("red", red, List.of()));
		// the vacancies are those of one day: the report says which
		sections.add(problem("liaison", noLiaison, List.of(AnnualUnitQueries.asOfNote(period))));
		sections.add(problem("areas", lowest, List.of()));
		sections.add(problem("rank", highRank, List.of()));
		sections.add(matching.deficit());

		List<Note> suggestions = suggestions(sleeping, red, noLiaison, lowest, highRank, matching.suggestions());
		sections.add(AnnualReportQueries.section("measures", 3, List.of(), List.of(), List.of(), suggestions));
		String text = this.measures.findByYear(year)
			.map(AnnualMeasures::getText)
			.orElseGet(() -> suggestedText(suggestions, LocaleContextHolder.getLocale()));
		return new AnnualReport(year, scopeOf(scope), List.copyOf(sections), text, Instant.now(this.clock));
	}

	/**
	 * The report a reader asked for: a finalised snapshot version when {@code version} is
	 * given (or, with no version, the latest finalised one if the year is finalised and
	 * the scope is the whole sub-district), otherwise live data.
	 * @param year the year
	 * @param version a snapshot version, or null
	 * @return the report
	 */
	@Transactional(readOnly = true)
	public AnnualReport view(int year, @Nullable Integer version) {
		return page(year, version, false).report();
	}

	/**
	 * What the report page shows.
	 * @param year the year
	 * @param version the snapshot version asked for, or null for the default
	 * @param live true to ask for live data even when a snapshot exists
	 * @return the report with its versions
	 */
	@Transactional(readOnly = true)
	public AnnualReportPage page(int year, @Nullable Integer version, boolean live) {
		checkYear(year);
		DataScope scope = this.scopes.current();
		if (!scope.isAll()) {
			if (version != null) {
				throw AnnualReportNotFoundException.forVersion(year, version);
			}
			return new AnnualReportPage(live(year, scope), null, List.of(), false);
		}
		List<SnapshotInfo> versions = versions(year);
		Integer shown = version;
		if (shown == null && !live && !versions.isEmpty()) {
			shown = versions.get(0).version();
		}
		AnnualReport current = live(year, scope);
		if (shown == null) {
			return new AnnualReportPage(current, null, versions, false);
		}
		int wanted = shown;
		String stored = snapshotJson(year, wanted)
			.orElseThrow(() -> AnnualReportNotFoundException.forVersion(year, wanted));
		AnnualReport snapshot = this.json.readValue(stored, AnnualReport.class);
		return new AnnualReportPage(snapshot, wanted, versions, changed(current, stored));
	}

	/**
	 * Whether live data now gives different figures, tables or charts than a snapshot.
	 * @param year the year
	 * @param version the snapshot version
	 * @return true when something changed (the generation time is ignored)
	 */
	@Transactional(readOnly = true)
	public boolean changedSince(int year, int version) {
		String stored = snapshotJson(year, version)
			.orElseThrow(() -> AnnualReportNotFoundException.forVersion(year, version));
		return changed(live(year, DataScope.all(Role.STAFF)), stored);
	}

	private boolean changed(AnnualReport live, String stored) {
		JsonNode now = this.json.readTree(this.json.writeValueAsString(live.sections()));
		JsonNode then = this.json.readTree(stored).get("sections");
		return !now.equals(then);
	}

	/**
	 * A finalised snapshot exactly as stored.
	 * @param year the year
	 * @param version its version
	 * @return the report
	 */
	@Transactional(readOnly = true)
	public AnnualReport snapshot(int year, int version) {
		checkYear(year);
		if (!this.scopes.current().isAll()) {
			throw AnnualReportNotFoundException.forVersion(year, version);
		}
		return this.json.readValue(
				snapshotJson(year, version).orElseThrow(() -> AnnualReportNotFoundException.forVersion(year, version)),
				AnnualReport.class);
	}

	/**
	 * The finalised versions of a year, newest first.
	 * @param year the year
	 * @return the versions
	 */
	@Transactional(readOnly = true)
	public List<SnapshotInfo> versions(int year) {
		return this.jdbc.query("""
				select version_no, finalised_by, finalised_at from annual_report_snapshot
				where year = :year order by version_no desc""", Map.of("year", year),
				(rs, n) -> new SnapshotInfo(rs.getInt("version_no"), rs.getString("finalised_by"),
						rs.getTimestamp("finalised_at").toInstant()));
	}

	/**
	 * Finalises a year: stores the whole sub-district's report on live data, with the
	 * saved part-3 text, as the next version. Older versions are kept.
	 * @param year the year
	 * @return the new version number
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public int finalise(int year) {
		checkYear(year);
		AnnualReport report = live(year, DataScope.all(Role.ADMIN));
		String body = this.json.writeValueAsString(report);
		// one finalisation per year at a time: the row lock serialises the version
		// numbers
		this.jdbc.queryForList("select pg_advisory_xact_lock(:key)", Map.of("key", 51_000_000L + year));
		Integer last = this.jdbc.queryForObject(
				"select coalesce(max(version_no), 0) from annual_report_snapshot where year = :year",
				Map.of("year", year), Integer.class);
		int next = (last == null ? 0 : last) + 1;
		this.jdbc.update("""
				insert into annual_report_snapshot (year, version_no, report_json, measures, finalised_by, finalised_at)
				values (:year, :version, :json, :measures, :by, :at)""",
				new MapSqlParameterSource().addValue("year", year)
					.addValue("version", next)
					.addValue("json", body)
					.addValue("measures", report.measures())
					.addValue("by", currentUsername())
					.addValue("at", Timestamp.from(report.generatedAt())));
		return next;
	}

	/**
	 * Part 3 as stored for a year, or the suggestions when nothing is saved yet.
	 * @param year the year
	 * @param suggested the text to offer when nothing is saved
	 * @return the form content
	 */
	@Transactional(readOnly = true)
	public MeasuresForm measuresForm(int year, String suggested) {
		return this.measures.findByYear(year)
			.map((m) -> new MeasuresForm(m.getText(), m.getVersion()))
			.orElseGet(() -> new MeasuresForm(suggested, null));
	}

	/**
	 * Saves part 3 of a year.
	 * @param year the year
	 * @param form the text and the version it was edited from
	 * @throws org.lianjian.shared.jpa.StaleEditException when somebody saved in between
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	public void saveMeasures(int year, MeasuresForm form) {
		checkYear(year);
		Optional<AnnualMeasures> existing = this.measures.findByYear(year);
		AnnualMeasures m;
		if (existing.isPresent()) {
			m = existing.get();
			// a form rendered before the first save carries no version: it is stale too
			m.checkVersion(form.version() == null ? -1 : form.version());
		}
		else {
			if (form.version() != null) {
				throw new org.lianjian.shared.jpa.StaleEditException(form.version(), -1);
			}
			m = new AnnualMeasures(year);
		}
		m.edit(form.text() == null ? "" : form.text().strip(), currentUsername());
		this.measures.saveAndFlush(m);
	}

	/**
	 * The part-3 suggestions as one text, one line each, in a language.
	 * @param suggestions the notes
	 * @param locale the language
	 * @return the text
	 */
	public String suggestedText(List<Note> suggestions, Locale locale) {
		return suggestions.stream()
			.map((n) -> "• " + this.messages.getMessage(n.messageKey(), n.args().toArray(), n.messageKey(), locale))
			.collect(Collectors.joining("\n"));
	}

	/** The years a report can be asked for: 2000 to next year. */
	public boolean isValidYear(int year) {
		return year >= FIRST_YEAR && year <= LocalDate.now(this.clock).getYear() + 1;
	}

	private void checkYear(int year) {
		if (!isValidYear(year)) {
			throw AnnualReportNotFoundException.forYear(year);
		}
	}

	private static Section problem(String key, Table table, List<Note> notes) {
		return new Section(key, 2, "report.annual.section." + key, List.of(new AnnualReport.Figure(key + ".count",
				"report.annual.figure." + key + ".count", java.math.BigDecimal.valueOf(table.rows().size()), null)),
				List.of(table), List.of(), notes);
	}

	private static List<Note> suggestions(Table sleeping, Table red, Table noLiaison, Table lowest, Table highRank,
			List<Note> gaps) {
		List<Note> notes = new ArrayList<>();
		if (!sleeping.rows().isEmpty()) {
			long agreements = sleeping.rows()
				.stream()
				.flatMap((r) -> java.util.Arrays.stream(String.valueOf(r.get(2).text()).split(", ")))
				.distinct()
				.count();
			notes.add(new Note("report.annual.suggest.sleeping",
					List.of(Long.toString(agreements), Integer.toString(sleeping.rows().size()))));
		}
		if (!red.rows().isEmpty()) {
			notes.add(new Note("report.annual.suggest.red", List.of(Integer.toString(red.rows().size()))));
		}
		if (!noLiaison.rows().isEmpty()) {
			notes.add(new Note("report.annual.suggest.liaison", List.of(Integer.toString(noLiaison.rows().size()))));
		}
		for (List<AnnualReport.Cell> row : lowest.rows()) {
			String area = String.valueOf(row.get(0).messageKey()).substring("agreement.area.".length());
			notes.add(new Note("report.annual.suggest.area." + area, List.of(String.valueOf(row.get(3).number()))));
		}
		if (!highRank.rows().isEmpty()) {
			notes.add(new Note("report.annual.suggest.rank", List.of(Integer.toString(highRank.rows().size()))));
		}
		notes.addAll(gaps);
		if (notes.isEmpty()) {
			notes.add(new Note("report.annual.suggest.none", List.of()));
		}
		return notes;
	}

	private AnnualReport.Scope scopeOf(DataScope scope) {
		if (scope.isAll()) {
			return new AnnualReport.Scope("ALL", null, null);
		}
		if (scope.isLiaison() && scope.unitId() != null) {
			return new AnnualReport.Scope("UNIT", scope.unitId(), this.units.name(scope.unitId()).orElse(""));
		}
		Long root = this.scopes.currentUser().map(PortalUser::getScopeOrganisationId).orElse(null);
		if (root == null || !scope.organisationIds().contains(root)) {
			root = scope.organisationIds().stream().min(Long::compare).orElse(null);
		}
		String name = root == null ? "" : this.structure.names(java.util.Set.of(root)).getOrDefault(root, "");
		return new AnnualReport.Scope("ORGANISATION", root, name);
	}

	private Optional<String> snapshotJson(int year, int version) {
		return this.jdbc
			.query("select report_json from annual_report_snapshot where year = :year and version_no = :version",
					Map.of("year", year, "version", version), (rs, n) -> rs.getString(1))
			.stream()
			.findFirst();
	}

	private String currentUsername() {
		return this.scopes.currentUser().map(PortalUser::getUsername).orElse("system");
	}

	/**
	 * A finalised version of a year.
	 *
	 * @param version its number, from 1
	 * @param finalisedBy who finalised it
	 * @param finalisedAt when
	 */
	public record SnapshotInfo(int version, String finalisedBy, Instant finalisedAt) {

	}

	/**
	 * What the report page shows.
	 *
	 * @param report the report (a snapshot or live data)
	 * @param version the snapshot version shown, or null for live data
	 * @param versions the year's finalised versions, newest first (empty for readers who
	 * cannot see snapshots)
	 * @param changedSince whether live data differs from the snapshot shown
	 */
	public record AnnualReportPage(AnnualReport report, @Nullable Integer version, List<SnapshotInfo> versions,
			boolean changedSince) {

	}

}
