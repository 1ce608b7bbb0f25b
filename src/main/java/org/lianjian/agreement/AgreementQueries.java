package org.lianjian.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.lianjian.account.DataScope;
import org.lianjian.account.ScopeService;
import org.lianjian.structure.StructureService;
import org.lianjian.unit.UnitService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreements as other pages show them: the "agreements" tab of a unit and of an
 * organisation (render the rows with {@code agreement/tab :: list(rows)}), plus the
 * drop-downs of the agreement list. Everything is limited to the current user's scope.
 */
@Service
public class AgreementQueries {

	private final AgreementSearch agreements;

	private final ScopeService scopes;

	private final StructureService structure;

	private final UnitService units;

	private final AgreementListQueries listQueries;

	private final RagQueries ragQueries;

	private final Clock clock;

	AgreementQueries(AgreementSearch agreements, ScopeService scopes, StructureService structure, UnitService units,
			AgreementListQueries listQueries, RagQueries ragQueries, Clock clock) {
		this.listQueries = listQueries;
		this.ragQueries = ragQueries;
		this.clock = clock;
		this.agreements = agreements;
		this.scopes = scopes;
		this.structure = structure;
		this.units = units;
	}

	/**
	 * How many agreements the agreement list shows for a filter, in the current user's
	 * scope: the list's own count (the colour judged by {@link RagQueries} as the list
	 * judges it), so that a figure counted here and the list it links to agree.
	 * @param filter the list's filters (the page is ignored)
	 * @return the list's total
	 */
	@Transactional(readOnly = true)
	public long count(AgreementFilter filter) {
		DataScope scope = this.scopes.current();
		if (filter.rag() == null) {
			return this.listQueries.count(scope, filter);
		}
		return this.ragQueries.countByRag(scope, filter, LocalDate.now(this.clock));
	}

	/**
	 * The agreements a unit is a party to, as far as the current user may see them.
	 * @param unitId the unit
	 * @return newest term first
	 */
	@Transactional(readOnly = true)
	public List<AgreementViews.Summary> forUnit(Long unitId) {
		return this.agreements.exportRows(new AgreementFilter(null, null, null, null, unitId, null, null, null, null));
	}

	/**
	 * The agreements an organisation signed as the community side, as far as the current
	 * user may see them.
	 * @param orgId the organisation
	 * @return newest term first
	 */
	@Transactional(readOnly = true)
	public List<AgreementViews.Summary> forOrganisation(Long orgId) {
		return this.agreements.exportRows(new AgreementFilter(null, null, null, null, null, orgId, null, null, null));
	}

	/**
	 * Units for the list's unit filter: every active unit for staff, the own unit for a
	 * liaison, and the units in the secretary's agreements.
	 * @return id and name, by name
	 */
	@Transactional(readOnly = true)
	List<AgreementViews.Ref> unitFilterOptions() {
		DataScope scope = this.scopes.current();
		if (scope.isAll()) {
			return this.units.activeUnits().stream().map((e) -> new AgreementViews.Ref(e.id(), e.name())).toList();
		}
		if (scope.isLiaison()) {
			Long own = scope.unitId();
			return own == null ? List.of()
					: this.units.name(own).map((n) -> List.of(new AgreementViews.Ref(own, n))).orElse(List.of());
		}
		return sorted(this.units.names(this.listQueries.partyIds(scope)));
	}

	/**
	 * Community-side organisations for the list's filter: every organisation for staff,
	 * those occurring in the user's agreements otherwise.
	 * @return id and name, by name
	 */
	@Transactional(readOnly = true)
	List<AgreementViews.Ref> organisationFilterOptions() {
		DataScope scope = this.scopes.current();
		if (scope.isAll()) {
			return this.structure.parentOptions()
				.stream()
				.map((o) -> new AgreementViews.Ref(o.id(), o.name()))
				.toList();
		}
		return sorted(this.structure.names(this.listQueries.communityOrgIds(scope)));
	}

	private static List<AgreementViews.Ref> sorted(Map<Long, String> names) {
		return names.entrySet()
			.stream()
			.map((e) -> new AgreementViews.Ref(e.getKey(), e.getValue()))
			.sorted(Comparator.comparing(AgreementViews.Ref::name))
			.toList();
	}

}
