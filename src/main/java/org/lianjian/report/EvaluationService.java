package org.lianjian.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lianjian.shared.web.Decimals;
import org.lianjian.account.DataScope;
import org.lianjian.account.PortalUser;
import org.lianjian.account.Role;
import org.lianjian.account.ScopeService;
import org.lianjian.shared.jpa.StaleEditException;
import org.lianjian.shared.web.RuleViolationException;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The residential areas' evaluation of resident units (居委会评议): staff open a round per
 * year with criteria and weights; each area's secretary scores the units in their area
 * with the portal's figures as evidence; staff close and publish the round and confirm
 * recognitions; an admin may reopen a closed round (logged); after publication a unit's
 * liaison reads its scores and responds. Every method checks role and scope here, not in
 * the pages: a unit outside the scope is not found.
 */
@Service
public class EvaluationService {

	/**
	 * A default criterion; its name is the message {@link #nameKey()}, stored in Chinese
	 * (the portal's default language) when a round opens.
	 *
	 * @param code stable code
	 * @param weight default weight
	 * @param evidence the portal figure shown beside it
	 */
	record DefaultCriterion(String code, int weight, Evidence evidence) {

		String nameKey() {
			return "evaluation.criterion.default." + this.code;
		}

	}

	/** The default criteria and weights. */
	static final List<DefaultCriterion> DEFAULT_CRITERIA = List.of(
			new DefaultCriterion("FULFILMENT", 30, Evidence.FULFILMENT),
			new DefaultCriterion("PARTICIPATION", 20, Evidence.ACTIVITIES),
			new DefaultCriterion("VOLUNTEER_HOURS", 20, Evidence.HOURS),
			new DefaultCriterion("RESPONSIVENESS", 15, Evidence.RESPONSIVENESS),
			new DefaultCriterion("SATISFACTION", 15, Evidence.SATISFACTION));

	private final EvaluationRoundRepository rounds;

	private final EvaluationCriterionRepository criteria;

	private final EvaluationSheetRepository sheets;

	private final RoundEventRepository events;

	private final EvaluationQueries queries;

	private final EvaluationResults results;

	private final ScopeService scopes;

	private final MessageSource messages;

	private final RoundLifecycle lifecycle;

	private final RoundCriteria roundCriteria;

	private final Clock clock;

	EvaluationService(EvaluationRoundRepository rounds, EvaluationCriterionRepository criteria,
			EvaluationSheetRepository sheets, RoundEventRepository events, EvaluationQueries queries,
			EvaluationResults results, ScopeService scopes, MessageSource messages, RoundLifecycle lifecycle,
			RoundCriteria roundCriteria, Clock clock) {
		this.roundCriteria = roundCriteria;
		this.rounds = rounds;
		this.criteria = criteria;
		this.sheets = sheets;
		this.lifecycle = lifecycle;
		this.events = events;
		this.queries = queries;
		this.results = results;
		this.scopes = scopes;
		this.messages = messages;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- rounds

	@Transactional(readOnly = true)
	List<EvaluationViews.RoundSummary> rounds() {
		Map<Long, long[]> progress = this.queries.progress();
		return this.rounds.findAllByOrderByYearDesc().stream().map((r) -> {
			long[] p = progress.getOrDefault(r.getId(), new long[2]);
			return new EvaluationViews.RoundSummary(r.getYear(), r.getTitle(), r.getStatus(), p[0], p[1]);
		}).toList();
	}

	boolean canManage() {
		return this.scopes.current().isStaff();
	}

	/**
	 * Opens the round of a year with the default criteria (staff only).
	 * @param year the year
	 * @param title the round's title
	 * @throws RuleViolationException when the year already has a round
	 */
	@Transactional
	public void open(int year, String title) {
		this.lifecycle.requireStaff();
		if (this.rounds.findByYear(year).isPresent()) {
			throw new RuleViolationException("year", "evaluation.error.exists", year);
		}
		EvaluationRound round = this.rounds.save(new EvaluationRound(year, title, this.lifecycle.actor()));
		int order = 0;
		for (DefaultCriterion c : DEFAULT_CRITERIA) {
			this.criteria.save(new EvaluationCriterion(round.getId(), c.code(), defaultName(c),
					BigDecimal.valueOf(c.weight()), c.evidence(), order++));
		}
		this.lifecycle.log(round, RoundEvent.OPENED, null);
	}

	/**
	 * A round's state and criteria, for callers that score or move it along (such as the
	 * demo data). Any signed-in user may read it.
	 * @param year the year
	 * @return the round
	 * @throws EvaluationNotFoundException when the year has no round
	 */
	@Transactional(readOnly = true)
	public RoundInfo info(int year) {
		EvaluationRound round = round(year);
		return new RoundInfo(round.getYear(), round.getStatus(), round.getVersion(),
				criteriaOf(round).stream()
					.map((c) -> new RoundInfo.Criterion(c.id(), c.code(), c.weight(), c.evidence()))
					.toList());
	}

	/**
	 * A round's state.
	 *
	 * @param year the year
	 * @param status where it stands
	 * @param version its version (for close, publish and the like)
	 * @param criteria its criteria in order
	 */
	public record RoundInfo(int year, RoundStatus status, long version, List<Criterion> criteria) {

		/**
		 * A criterion.
		 *
		 * @param id its id (for score rows)
		 * @param code its code
		 * @param weight its weight
		 * @param evidence the figure shown beside it
		 */
		public record Criterion(Long id, String code, BigDecimal weight, Evidence evidence) {
		}

	}

	@Transactional(readOnly = true)
	EvaluationForms.CriteriaForm criteriaForm(int year) {
		EvaluationRound round = round(year);
		return new EvaluationForms.CriteriaForm(criteriaOf(round).stream()
			.map((c) -> new EvaluationForms.CriterionRow(c.code(), c.name(), Decimals.normalised(c.weight()),
					c.evidence()))
			.toList(), round.getVersion());
	}

	/**
	 * Replaces the round's criteria and weights: staff only, while the round is open and
	 * nothing is scored.
	 * @param year the year
	 * @param form the criteria
	 */
	@Transactional
	public void updateCriteria(int year, EvaluationForms.CriteriaForm form) {
		this.lifecycle.requireStaff();
		this.roundCriteria.update(round(year), form);
	}

	/**
	 * Closes an open round: no more scores (staff). With units still unscored it closes
	 * only when the caller names their number (the user confirmed it), and the number is
	 * logged.
	 * @param year the year
	 * @param version the round's version the user saw
	 * @param confirmedUnscored the number of unscored units the user confirmed, or null
	 * @throws RuleViolationException {@code evaluation.close.confirm} with the number
	 * when units are unscored and that number was not confirmed
	 */
	@Transactional
	public void close(int year, long version, @Nullable Long confirmedUnscored) {
		this.lifecycle.close(round(year), version, confirmedUnscored);
	}

	/**
	 * How many units of a round are still unscored (those of the whole sub-district).
	 * @param year the year
	 * @return the number
	 */
	@Transactional(readOnly = true)
	public long unscored(int year) {
		return this.lifecycle.unscored(round(year));
	}

	/**
	 * Reopens a round, admins only, with a reason that is logged: a closed round opens
	 * for late scores; a published one goes back to closed so that its recognitions may
	 * change.
	 * @param year the year
	 * @param version the round's version the user saw
	 * @param reason why
	 */
	@Transactional
	public void reopen(int year, long version, String reason) {
		this.lifecycle.reopen(round(year), version, reason);
	}

	/**
	 * Publishes a closed round: the units' liaisons can then read their scores, and the
	 * recognitions are frozen (staff).
	 * @param year the year
	 * @param version the round's version the user saw
	 */
	@Transactional
	public void publish(int year, long version) {
		this.lifecycle.publish(round(year), version);
	}

	/**
	 * Confirms recognitions from the suggested list, replacing earlier confirmations
	 * (staff, while the round is closed and not yet published).
	 * @param year the year
	 * @param version the round's version the user saw
	 * @param picks {@code unitId:TITLE} of the suggestions to confirm
	 */
	@Transactional
	public void confirmRecognitions(int year, long version, List<String> picks) {
		this.lifecycle.confirmRecognitions(round(year), version, picks);
	}

	/**
	 * Sets the least weighted total for a "先进" suggestion of a round (staff, until it is
	 * published; logged).
	 * @param year the year
	 * @param version the round's version the user saw
	 * @param minScore 0 to 100
	 */
	@Transactional
	public void minScore(int year, long version, BigDecimal minScore) {
		this.lifecycle.minScore(round(year), version, minScore);
	}

	/**
	 * The suggested recognitions of a round as {@code unitId:TITLE} picks (staff).
	 * @param year the year
	 * @return the picks, as {@link #confirmRecognitions} takes them
	 */
	@Transactional(readOnly = true)
	public List<String> suggestedPicks(int year) {
		this.lifecycle.requireStaff();
		EvaluationRound round = round(year);
		return this.lifecycle.suggestions(round, this.queries.ranked(round.getId()))
			.stream()
			.map(EvaluationViews.Suggestion::pick)
			.toList();
	}

	/**
	 * The round page for the current user: staff see every unit, a secretary the units of
	 * their area, a liaison only the round's status and, once published, their own unit.
	 * @param year the year
	 * @return the overview
	 */
	@Transactional(readOnly = true)
	EvaluationViews.Overview overview(int year) {
		DataScope scope = this.scopes.current();
		EvaluationRound round = round(year);
		List<EvaluationViews.UnitRow> units = scope.isLiaison() ? List.of() : this.queries.units(round.getId(), scope);
		long scored = units.stream().filter(EvaluationViews.UnitRow::scored).count();
		List<EvaluationQueries.Ranked> ranked = this.queries.ranked(round.getId());
		List<EvaluationResults.Result> visible = this.results.visible(round, scope);
		boolean staff = scope.isStaff();
		boolean admin = scope.role() == Role.ADMIN;
		RoundStatus status = round.getStatus();
		EvaluationViews.Actions actions = new EvaluationViews.Actions(
				staff && round.isOpen() && !this.sheets.existsByRoundId(round.getId()), staff && round.isOpen(),
				admin && status != RoundStatus.OPEN, staff && status == RoundStatus.CLOSED,
				staff && status == RoundStatus.CLOSED, staff && status != RoundStatus.PUBLISHED);
		List<EvaluationViews.EventView> log = staff ? this.events.findByRoundIdOrderByOccurredAtAscIdAsc(round.getId())
			.stream()
			.map((e) -> new EvaluationViews.EventView(e.getEvent(), e.getActor(), e.getReason(), e.getOccurredAt()))
			.toList() : List.of();
		return new EvaluationViews.Overview(round.getYear(), round.getTitle(), round.getStatus(), round.getVersion(),
				scored, units.size(), criteriaOf(round), units, visible,
				staff ? this.lifecycle.suggestions(round, ranked) : List.of(), log, actions, staff,
				round.getAdvancedMinScore(), RoundLifecycle.TOP_N);
	}

	// ---------------------------------------------------------------- sheets

	/**
	 * A unit's scoring page. The area's secretary gets the form while the round is open;
	 * staff read every unit; the unit's liaison reads it once the round is published.
	 * @param year the year
	 * @param unitId the unit
	 * @return the page
	 * @throws EvaluationNotFoundException outside the scope, or for a liaison before
	 * publication
	 */
	@Transactional(readOnly = true)
	EvaluationViews.SheetView sheet(int year, Long unitId) {
		DataScope scope = this.scopes.current();
		EvaluationRound round = round(year);
		EvaluationQueries.UnitInfo unit = unitInScope(year, unitId, scope);
		if (scope.isLiaison() && round.getStatus() != RoundStatus.PUBLISHED) {
			throw EvaluationNotFoundException.forUnit(year, unitId);
		}
		EvaluationSheet sheet = this.sheets.findByRoundIdAndUnitId(round.getId(), unitId).orElse(null);
		List<EvaluationViews.CriterionView> crit = criteriaOf(round);
		Map<Long, EvaluationViews.ScoreView> scores = new HashMap<>();
		BigDecimal total = null;
		if (sheet != null) {
			sheet.getScores()
				.forEach((id, s) -> scores.put(id, new EvaluationViews.ScoreView(s.getScore(), s.getComment())));
			total = weightedTotal(crit, scores);
		}
		boolean canScore = scope.isSecretary() && round.isOpen() && unit.areaId() != null;
		boolean canRespond = scope.isLiaison() && sheet != null;
		return new EvaluationViews.SheetView(round.getYear(), round.getStatus(), unitId, unit.name(), unit.category(),
				unit.areaName(), this.queries.evidence(unitId, year, LocalDate.now(this.clock)), crit, scores, total,
				sheet == null ? null : sheet.getScoredBy(), sheet == null ? null : sheet.getScoredAt(),
				sheet == null ? null : sheet.getResponse(), sheet == null ? null : sheet.getRespondedBy(),
				sheet == null ? null : sheet.getRespondedAt(), sheet == null ? null : sheet.getVersion(), canScore,
				canRespond);
	}

	@Transactional(readOnly = true)
	EvaluationForms.ScoreForm scoreForm(EvaluationViews.SheetView view) {
		return new EvaluationForms.ScoreForm(view.criteria().stream().map((c) -> {
			EvaluationViews.ScoreView s = view.scores().get(c.id());
			return new EvaluationForms.ScoreRow(c.id(), s == null ? null : Decimals.normalised(s.score()),
					s == null ? "" : s.comment());
		}).toList(), view.sheetVersion());
	}

	/**
	 * Saves a unit's scores: by the secretary of the unit's area (or the demo loader,
	 * which runs without a portal user), only while the round is open, one score per
	 * criterion.
	 * @param year the year
	 * @param unitId the unit
	 * @param form the scores
	 * @throws RuleViolationException when the round is not open or a criterion is missing
	 * @throws StaleEditException when the unit was scored by somebody else meanwhile
	 */
	@Transactional
	public void score(int year, Long unitId, EvaluationForms.ScoreForm form) {
		DataScope scope = this.scopes.current();
		EvaluationRound round = round(year);
		EvaluationQueries.UnitInfo unit = unitInScope(year, unitId, scope);
		boolean system = this.scopes.currentUser().isEmpty();
		if (!system && !scope.isSecretary()) {
			throw new AccessDeniedException("only the area's secretary scores");
		}
		if (unit.areaId() == null) {
			throw EvaluationNotFoundException.forUnit(year, unitId);
		}
		round.requireOpen();
		Map<Long, EvaluationSheet.Score> scores = new HashMap<>();
		Set<Long> criterionIds = new HashSet<>();
		for (EvaluationViews.CriterionView c : criteriaOf(round)) {
			criterionIds.add(c.id());
		}
		for (EvaluationForms.ScoreRow row : form.rowsOrEmpty()) {
			if (row.criterionId() == null || !criterionIds.contains(row.criterionId())) {
				throw new RuleViolationException(null, "evaluation.error.criteriaChanged");
			}
			if (row.score() == null) {
				continue;
			}
			String comment = row.comment() == null || row.comment().isBlank() ? null : row.comment().strip();
			scores.put(row.criterionId(), new EvaluationSheet.Score(row.score(), comment));
		}
		if (!scores.keySet().equals(criterionIds)) {
			throw new RuleViolationException(null, "evaluation.error.incomplete");
		}
		EvaluationSheet sheet = this.sheets.findByRoundIdAndUnitId(round.getId(), unitId).orElse(null);
		if (sheet == null) {
			if (form.version() != null) {
				throw new StaleEditException(form.version(), -1);
			}
			sheet = new EvaluationSheet(round.getId(), unitId, unit.areaId());
		}
		else {
			sheet.checkVersion(form.version() == null ? -1 : form.version());
		}
		sheet.scored(scores, unit.areaId(), this.lifecycle.actor());
		this.sheets.saveAndFlush(sheet);
	}

	/**
	 * The liaison's response to their unit's published scores.
	 * @param year the year
	 * @param unitId the unit (must be the liaison's own)
	 * @param form the response
	 */
	@Transactional
	public void respond(int year, Long unitId, EvaluationForms.ResponseForm form) {
		DataScope scope = this.scopes.current();
		EvaluationRound round = round(year);
		unitInScope(year, unitId, scope);
		if (!scope.isLiaison()) {
			throw new AccessDeniedException("only the unit's liaison responds");
		}
		if (round.getStatus() != RoundStatus.PUBLISHED) {
			throw EvaluationNotFoundException.forUnit(year, unitId);
		}
		EvaluationSheet sheet = this.sheets.findByRoundIdAndUnitId(round.getId(), unitId)
			.orElseThrow(() -> EvaluationNotFoundException.forUnit(year, unitId));
		sheet.checkVersion(form.version() == null ? -1 : form.version());
		sheet.responded(Objects.requireNonNull(form.response()).strip(), this.lifecycle.actor());
		this.sheets.saveAndFlush(sheet);
	}

	// ---------------------------------------------------------------- helpers

	private EvaluationRound round(int year) {
		return this.rounds.findByYear(year).orElseThrow(() -> EvaluationNotFoundException.forYear(year));
	}

	private EvaluationQueries.UnitInfo unitInScope(int year, Long unitId, DataScope scope) {
		EvaluationQueries.UnitInfo unit = this.queries.unit(unitId)
			.orElseThrow(() -> EvaluationNotFoundException.forUnit(year, unitId));
		if (!scope.coversUnit(unitId, unit.areaId())) {
			throw EvaluationNotFoundException.forUnit(year, unitId);
		}
		return unit;
	}

	private String defaultName(DefaultCriterion criterion) {
		return this.messages.getMessage(criterion.nameKey(), null, Locale.SIMPLIFIED_CHINESE);
	}

	private List<EvaluationViews.CriterionView> criteriaOf(EvaluationRound round) {
		Map<String, String> defaults = new HashMap<>();
		DEFAULT_CRITERIA.forEach((c) -> defaults.put(c.code(), defaultName(c)));
		return this.criteria.findByRoundIdOrderBySortOrderAscIdAsc(round.getId())
			.stream()
			.map((c) -> new EvaluationViews.CriterionView(c.getId(), c.getCode(), c.getName(),
					c.getName().equals(defaults.get(c.getCode())) ? "evaluation.criterion.default." + c.getCode()
							: null,
					c.getWeight(), c.getEvidence()))
			.toList();
	}

	static @Nullable BigDecimal weightedTotal(List<EvaluationViews.CriterionView> criteria,
			Map<Long, EvaluationViews.ScoreView> scores) {
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		for (EvaluationViews.CriterionView c : criteria) {
			EvaluationViews.ScoreView s = scores.get(c.id());
			if (s != null) {
				sum = sum.add(s.score().multiply(c.weight()));
				weights = weights.add(c.weight());
			}
		}
		return weights.signum() == 0 ? null : sum.divide(weights, 2, RoundingMode.HALF_UP);
	}

}
