package org.lianjian.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lianjian.shared.web.PageView;

import org.springframework.stereotype.Service;

/**
 * The public API of the agreement module, for the other modules: each method hands over
 * to the package-private class that does that job (drafting, the lifecycle, fulfilment,
 * the read model, the dashboard). Every one of them checks the current user's scope: an
 * agreement outside it answers 404, and a lifecycle step the status or the role does not
 * allow is refused, whatever the page offered.
 */
@Service
public class AgreementService {

	private final AgreementDrafts drafts;

	private final AgreementLifecycle lifecycle;

	private final FulfilmentLog fulfilmentLog;

	private final AgreementSearch search;

	private final AgreementDetails details;

	private final AgreementDashboard dashboard;

	private final CommitmentChoices choices;

	private final DeliveryList deliveries;

	private final AgreementAccess access;

	AgreementService(AgreementDrafts drafts, AgreementLifecycle lifecycle, FulfilmentLog fulfilmentLog,
			AgreementSearch search, AgreementDetails details, AgreementDashboard dashboard, CommitmentChoices choices,
			DeliveryList deliveries, AgreementAccess access) {
		this.deliveries = deliveries;
		this.access = access;
		this.drafts = drafts;
		this.lifecycle = lifecycle;
		this.fulfilmentLog = fulfilmentLog;
		this.search = search;
		this.details = details;
		this.dashboard = dashboard;
		this.choices = choices;
	}

	// ---------------------------------------------------------------- reading

	/**
	 * One page of the agreement list.
	 * @param filter the list's filters and page
	 * @return the page
	 */
	public PageView<AgreementViews.Summary> search(AgreementFilter filter) {
		return this.search.search(filter);
	}

	/**
	 * The agreement page.
	 * @param id the agreement
	 * @return what the page shows
	 * @throws AgreementNotFoundException when it is missing or outside the user's scope
	 */
	public AgreementViews.Detail detail(Long id) {
		return this.details.detail(id);
	}

	/**
	 * Of these agreements, those the current user may open: another module's page names
	 * any other as plain text, not as a link that would answer 404.
	 * @param ids agreement ids
	 * @return the ids among them the user may open
	 */
	public Set<Long> openable(Collection<Long> ids) {
		return this.access.openable(ids);
	}

	// ---------------------------------------------------------------- drafting and
	// lifecycle

	/**
	 * A new draft.
	 * @param form the agreement
	 * @return the new agreement's id
	 */
	public Long createDraft(AgreementForm form) {
		return this.drafts.createDraft(form);
	}

	/**
	 * A renewal form, pre-filled from an agreement in force or expired.
	 * @param id the agreement to renew
	 * @return the form
	 */
	public AgreementForm renewalForm(Long id) {
		return this.drafts.renewalForm(id);
	}

	public void submit(Long id) {
		this.lifecycle.submit(id);
	}

	public void approve(Long id, LocalDate signedOn) {
		this.lifecycle.approve(id, signedOn);
	}

	public void sendBack(Long id, String reason) {
		this.lifecycle.sendBack(id, reason);
	}

	public void terminate(Long id, String reason) {
		this.lifecycle.terminate(id, reason);
	}

	/**
	 * The daily job's work: agreements in force whose term has ended become expired.
	 * @param today the day
	 * @return how many expired
	 */
	public int expireEnded(LocalDate today) {
		return this.lifecycle.expireEnded(today);
	}

	/**
	 * Fulfilment logged by hand.
	 * @param agreementId the agreement
	 * @param form what was delivered
	 * @return the record's id
	 */
	public Long logFulfilment(Long agreementId, FulfilmentForm form) {
		return this.fulfilmentLog.log(agreementId, form);
	}

	// ---------------------------------------------------------------- dashboards

	/**
	 * Agreements in force that end within 60 days, in the current user's scope: how many,
	 * and the first few. Many agreements end on 31 December, so in November the full list
	 * runs to hundreds at dataset L; one projection statement counts them and reads the
	 * shown ones (number, title and end only).
	 * @param shown how many to return
	 * @return the count and the soonest {@code shown}
	 */
	public EndingSoon endingSoon(int shown) {
		return this.dashboard.endingSoon(shown);
	}

	/**
	 * Red commitments in the current user's scope (for a liaison: those their unit is
	 * responsible for), judged by the rule in SQL ({@link RagQueries}).
	 * @param shown how many of them to return
	 * @return how many there are and the first {@code shown}, in agreement order
	 */
	public RedCommitments redCommitments(int shown) {
		return this.dashboard.redCommitments(shown);
	}

	/**
	 * The current liaison's commitments to deliver: those of agreements in force that
	 * their unit is responsible for, with this year's delivery, in one statement. Anyone
	 * but a liaison with a unit gets an empty list.
	 * @return soonest-ending agreement first
	 */
	public List<Delivery> deliveries() {
		return this.deliveries.forCurrentLiaison();
	}

	// ---------------------------------------------------------------- for the activity
	// and project modules

	/**
	 * Commitments of agreements in force in the current user's scope, for the activity
	 * form.
	 * @return one choice per commitment, by agreement
	 */
	public List<CommitmentChoice> commitmentChoices() {
		return this.choices.inScope();
	}

	/**
	 * Agreements ending soon on a dashboard.
	 *
	 * @param count how many end within 60 days
	 * @param first the soonest of them
	 */
	public record EndingSoon(long count, List<EndingAgreement> first) {

	}

	/**
	 * An agreement ending soon on a dashboard.
	 *
	 * @param id the agreement
	 * @param number its number
	 * @param title its title
	 * @param termEnd the last day of its term
	 */
	public record EndingAgreement(Long id, String number, String title, LocalDate termEnd) {

	}

	/**
	 * Red commitments on a dashboard.
	 *
	 * @param count how many there are
	 * @param first the first of them, in agreement order
	 */
	public record RedCommitments(long count, List<RedCommitment> first) {

	}

	/**
	 * A red commitment on a dashboard.
	 *
	 * @param agreementId its agreement
	 * @param number the agreement's number
	 * @param title the agreement's title
	 * @param commitmentId the commitment
	 * @param description what was promised
	 */
	public record RedCommitment(Long agreementId, String number, String title, Long commitmentId, String description) {

	}

	/**
	 * A commitment an activity may count towards.
	 *
	 * @param id the commitment
	 * @param label agreement number and description
	 * @param targetUnit its target unit, if any
	 * @param agreementId its agreement
	 * @param agreement the agreement's number and title
	 * @param description what was promised
	 */
	public record CommitmentChoice(Long id, String label, @Nullable String targetUnit, Long agreementId,
			String agreement, String description) {

	}

	/**
	 * A commitment a liaison delivers on, with this year's progress.
	 *
	 * @param agreementId its agreement
	 * @param number the agreement's number
	 * @param commitmentId the commitment
	 * @param description what was promised
	 * @param delivered delivered this calendar year
	 * @param target the yearly target, or null for a qualitative commitment
	 * @param targetUnit the target's unit word, if any
	 * @param percent delivered as a share of the target, 0 to 100
	 */
	public record Delivery(Long agreementId, String number, Long commitmentId, String description, BigDecimal delivered,
			@Nullable BigDecimal target, @Nullable String targetUnit, int percent) {

	}

}
