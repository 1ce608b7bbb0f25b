package org.lianjian.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.lianjian.account.DataScope;
import org.lianjian.account.ScopeService;
import org.lianjian.shared.web.PageView;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreement list as a read model: one page of summaries for a filter (its count from
 * the same query), every row for the export, and each agreement's colour, the worst of
 * its commitments this year.
 */
@Service
class AgreementSearch {

	static final int PAGE_SIZE = 20;

	private final ScopeService scopes;

	private final AgreementListQueries listQueries;

	private final RagQueries ragQueries;

	private final Clock clock;

	AgreementSearch(ScopeService scopes, AgreementListQueries listQueries, RagQueries ragQueries, Clock clock) {
		this.scopes = scopes;
		this.listQueries = listQueries;
		this.ragQueries = ragQueries;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	PageView<AgreementViews.Summary> search(AgreementFilter filter) {
		DataScope scope = this.scopes.current();
		int page = PageView.index(filter.page());
		List<AgreementListQueries.Row> rows;
		long total;
		if (filter.rag() == null) {
			rows = this.listQueries.page(scope, filter, (long) page * PAGE_SIZE, PAGE_SIZE);
			total = this.listQueries.count(scope, filter);
		}
		else {
			// the colour is judged by the rule written in SQL, on the page's rows only
			RagQueries.IdPage ids = this.ragQueries.agreementsByRag(scope, filter, LocalDate.now(this.clock),
					(long) page * PAGE_SIZE, PAGE_SIZE);
			rows = this.listQueries.byIds(ids.ids());
			total = ids.total();
		}
		return PageView.of(new PageImpl<>(summaries(rows), PageRequest.of(page, PAGE_SIZE), total));
	}

	/** Most rows in one export. */
	static final int MAX_EXPORT = 100_000;

	/**
	 * Every agreement matching the filter (for the export and the tabs of a unit and an
	 * organisation), in list order: the list's own statement with the export's limit
	 * instead of a page, then the parties and colours of all its rows, four statements
	 * whatever the number of rows.
	 * @param filter the filter (its page is ignored)
	 * @return the rows
	 */
	@Transactional(readOnly = true)
	List<AgreementViews.Summary> exportRows(AgreementFilter filter) {
		DataScope scope = this.scopes.current();
		List<AgreementListQueries.Row> rows;
		if (filter.rag() == null) {
			rows = this.listQueries.page(scope, filter, 0, MAX_EXPORT);
		}
		else {
			rows = this.listQueries
				.byIds(this.ragQueries.agreementsByRag(scope, filter, LocalDate.now(this.clock), 0, MAX_EXPORT).ids());
		}
		return summaries(rows);
	}

	/**
	 * Every agreement matching the filter, in list order, handed to the sink as the list
	 * query reads them (the export): each chunk of rows ({@code RowStream}) with its
	 * parties and colours, three statements per chunk.
	 * @param filter the filter (its page is ignored)
	 * @param sink takes each row
	 */
	@Transactional(readOnly = true)
	void export(AgreementFilter filter, Consumer<? super AgreementViews.Summary> sink) {
		DataScope scope = this.scopes.current();
		if (filter.rag() == null) {
			this.listQueries.all(scope, filter, MAX_EXPORT, (chunk) -> summaries(chunk).forEach(sink));
		}
		else {
			this.ragQueries.agreementsByRag(scope, filter, LocalDate.now(this.clock), MAX_EXPORT,
					(ids) -> summaries(this.listQueries.byIds(ids)).forEach(sink));
		}
	}

	/** The rows with their parties and colours: two more statements. */
	private List<AgreementViews.Summary> summaries(List<AgreementListQueries.Row> rows) {
		List<Long> ids = rows.stream().map(AgreementListQueries.Row::id).toList();
		Map<Long, List<AgreementViews.Ref>> parties = this.listQueries.parties(ids);
		List<Long> judged = rows.stream().filter((r) -> r.status().judged()).map(AgreementListQueries.Row::id).toList();
		Map<Long, Rag> rags = ragsOf(judged, LocalDate.now(this.clock));
		return rows.stream()
			.map((r) -> new AgreementViews.Summary(r.id(), r.number(), r.title(), r.level(), r.status(),
					r.communityOrgName(), parties.getOrDefault(r.id(), List.of()), r.termStart(), r.termEnd(),
					rags.getOrDefault(r.id(), Rag.GREEN)))
			.toList();
	}

	/**
	 * The colour of each agreement: the worst of its commitments this year. Drafts and
	 * closed agreements are green (nothing is due from them).
	 */
	Map<Long, Rag> rags(List<JointBuildingAgreement> list, LocalDate today) {
		Map<Long, Rag> result = new HashMap<>();
		List<Long> active = new ArrayList<>();
		for (JointBuildingAgreement a : list) {
			result.put(a.getId(), Rag.GREEN);
			if (a.getStatus().judged()) {
				active.add(a.getId());
			}
		}
		result.putAll(ragsOf(active, today));
		return result;
	}

	/**
	 * The colour of each given active or expired agreement that has commitments: the
	 * worst of them. One projection query; an agreement that expired in an earlier year
	 * is judged on its last year.
	 */
	private Map<Long, Rag> ragsOf(List<Long> agreementIds, LocalDate today) {
		Map<Long, Rag> result = new HashMap<>();
		if (agreementIds.isEmpty()) {
			return result;
		}
		for (CommitmentStanding c : this.listQueries.standings(agreementIds, today)) {
			result.merge(c.agreementId(), c.rag(today), Rag::worse);
		}
		return result;
	}

}
