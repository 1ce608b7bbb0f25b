package org.lianjian.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.PortalUser;
import org.lianjian.account.Role;
import org.lianjian.account.ScopeService;
import org.lianjian.shared.web.RuleViolationException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A round's lifecycle after opening, and its recognitions:
 * <ul>
 * <li><b>Close</b> (staff): with units still unscored only when the closing names their
 * number, which is logged.</li>
 * <li><b>Publish</b> (staff): the recognitions are frozen from then on.</li>
 * <li><b>Reopen</b> (admin, with a reason that is logged): a closed round opens again for
 * scores; a published one goes back to closed, so that its recognitions may change.</li>
 * <li><b>Suggestions</b>: the top {@value #TOP_N} of each category (先进单位) and of the
 * units with a party organisation (先进党组织), each only with a weighted total of at least
 * the round's minimum score (default 85), which staff may change until the round is
 * published (logged with the old and the new value).</li>
 * </ul>
 * Called inside the transactions of {@link EvaluationService}.
 */
@Component
class RoundLifecycle {

	/** Units per category suggested for 先进单位, and units suggested for 先进党组织. */
	static final int TOP_N = 3;

	private final EvaluationRoundRepository rounds;

	private final EvaluationRecognitionRepository recognitions;

	private final RoundEventRepository events;

	private final EvaluationQueries queries;

	private final ScopeService scopes;

	private final Clock clock;

	RoundLifecycle(EvaluationRoundRepository rounds, EvaluationRecognitionRepository recognitions,
			RoundEventRepository events, EvaluationQueries queries, ScopeService scopes, Clock clock) {
		this.rounds = rounds;
		this.recognitions = recognitions;
		this.events = events;
		this.queries = queries;
		this.scopes = scopes;
		this.clock = clock;
	}

	/**
	 * How many units of the round are still unscored: the scoreable units of the whole
	 * sub-district (the count of the round list) less those scored.
	 */
	long unscored(EvaluationRound round) {
		long[] progress = this.queries.progress().getOrDefault(round.getId(), new long[2]);
		return Math.max(0, progress[1] - progress[0]);
	}

	void close(EvaluationRound round, long version, @Nullable Long confirmedUnscored) {
		requireStaff();
		round.checkVersion(version);
		long unscored = round.isOpen() ? unscored(round) : 0;
		if (unscored > 0 && !Objects.equals(confirmedUnscored, unscored)) {
			throw new RuleViolationException(null, "evaluation.close.confirm", unscored);
		}
		round.close();
		if (unscored > 0) {
			log(round, RoundEvent.CLOSED_UNSCORED, String.valueOf(unscored));
		}
		else {
			log(round, RoundEvent.CLOSED, null);
		}
	}

	void reopen(EvaluationRound round, long version, String reason) {
		if (this.scopes.current().role() != Role.ADMIN) {
			throw new AccessDeniedException("only an admin reopens a round");
		}
		round.checkVersion(version);
		if (round.getStatus() == RoundStatus.PUBLISHED) {
			round.unpublish();
			log(round, RoundEvent.UNPUBLISHED, reason.strip());
		}
		else {
			round.reopen();
			log(round, RoundEvent.REOPENED, reason.strip());
		}
	}

	void publish(EvaluationRound round, long version) {
		requireStaff();
		round.checkVersion(version);
		round.publish();
		log(round, RoundEvent.PUBLISHED, null);
	}

	void confirmRecognitions(EvaluationRound round, long version, List<String> picks) {
		requireStaff();
		round.checkVersion(version);
		round.recognitionsConfirmed(actor(), this.clock.instant());
		Map<String, EvaluationViews.Suggestion> suggested = new LinkedHashMap<>();
		for (EvaluationViews.Suggestion s : suggestions(round, this.queries.ranked(round.getId()))) {
			suggested.put(s.pick(), s);
		}
		this.recognitions.deleteByRound(round.getId());
		for (String pick : new HashSet<>(picks)) {
			EvaluationViews.Suggestion s = suggested.get(pick);
			if (s == null) {
				throw new RuleViolationException(null, "evaluation.error.notSuggested");
			}
			this.recognitions.save(new EvaluationRecognition(round.getId(), s.unitId(), s.title(), s.category(),
					s.categoryRank(), s.total(), actor()));
		}
		this.rounds.forceVersionIncrement(round);
		log(round, RoundEvent.RECOGNITIONS, null);
	}

	void minScore(EvaluationRound round, long version, BigDecimal minScore) {
		requireStaff();
		round.checkVersion(version);
		BigDecimal before = round.getAdvancedMinScore();
		if (before.compareTo(minScore) == 0) {
			return;
		}
		round.advancedMinScore(minScore);
		this.rounds.forceVersionIncrement(round);
		log(round, RoundEvent.THRESHOLD,
				before.stripTrailingZeros().toPlainString() + " → " + minScore.stripTrailingZeros().toPlainString());
	}

	/**
	 * The suggested recognitions: the top {@value #TOP_N} of each category as 先进单位, and
	 * the top {@value #TOP_N} units with a party organisation as 先进党组织, each with a
	 * weighted total of at least the round's minimum score.
	 */
	List<EvaluationViews.Suggestion> suggestions(EvaluationRound round, List<EvaluationQueries.Ranked> ranked) {
		BigDecimal min = round.getAdvancedMinScore();
		List<EvaluationViews.Suggestion> list = new ArrayList<>();
		for (EvaluationQueries.Ranked r : ranked) {
			EvaluationResults.Result res = r.result();
			if (res.categoryRank() <= TOP_N && res.total().compareTo(min) >= 0) {
				list.add(new EvaluationViews.Suggestion(res.unitId(), res.unitName(), res.category(),
						RecognitionTitle.ADVANCED_UNIT, res.total(), res.categoryRank(),
						res.recognitions().contains(RecognitionTitle.ADVANCED_UNIT)));
			}
		}
		ranked.stream()
			.filter((r) -> r.partyRank() != null && r.partyRank() <= TOP_N && r.result().total().compareTo(min) >= 0)
			.sorted(Comparator.comparing(EvaluationQueries.Ranked::partyRank))
			.forEach((r) -> list
				.add(new EvaluationViews.Suggestion(r.result().unitId(), r.result().unitName(), r.result().category(),
						RecognitionTitle.ADVANCED_PARTY_ORG, r.result().total(), r.result().categoryRank(),
						r.result().recognitions().contains(RecognitionTitle.ADVANCED_PARTY_ORG))));
		return list;
	}

	void requireStaff() {
		if (!this.scopes.current().isStaff()) {
			throw new AccessDeniedException("staff only");
		}
	}

	void log(EvaluationRound round, String event, @Nullable String reason) {
		this.events.save(new RoundEvent(Objects.requireNonNull(round.getId()), event, actor(), reason));
	}

	String actor() {
		String name = this.scopes.currentUser().map(PortalUser::getUsername).orElse(null);
		if (name == null) {
			Authentication auth = SecurityContextHolder.getContext().getAuthentication();
			name = auth == null ? "system" : auth.getName();
		}
		return name;
	}

}
