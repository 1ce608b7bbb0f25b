package org.lianjian.activity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.account.ScopeService;
import org.lianjian.agreement.ActivityFulfilment;
import org.lianjian.agreement.AgreementService;
import org.lianjian.unit.UnitDirectory;
import org.lianjian.structure.OrganisationOption;
import org.lianjian.structure.StructureService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The choices the activity pages offer: organisers, units (for the form and for the
 * list's filter) and the commitments an activity may count towards, each within the
 * current user's scope.
 */
@Service
class ActivityOptions {

	private final ActivityRepository activities;

	private final ScopeService scopes;

	private final StructureService structure;

	private final UnitDirectory units;

	private final AgreementService agreements;

	private final ActivityFulfilment fulfilment;

	private final FestivalTemplateRepository festivals;

	ActivityOptions(ActivityRepository activities, ScopeService scopes, StructureService structure, UnitDirectory units,
			AgreementService agreements, ActivityFulfilment fulfilment, FestivalTemplateRepository festivals) {
		this.festivals = festivals;
		this.activities = activities;
		this.scopes = scopes;
		this.structure = structure;
		this.units = units;
		this.agreements = agreements;
		this.fulfilment = fulfilment;
	}

	/**
	 * Organisations the current user may choose as organiser.
	 * @return staff and liaisons: all; secretaries: their subtree
	 */
	@Transactional(readOnly = true)
	List<OrganisationOption> organiserOptions() {
		DataScope scope = this.scopes.current();
		Map<Long, OrganisationOption> all = new LinkedHashMap<>();
		this.structure.parentOptions().forEach((o) -> all.put(o.id(), o));
		this.structure.groupOptions().forEach((o) -> all.putIfAbsent(o.id(), o));
		return all.values().stream().filter((o) -> !scope.isSecretary() || scope.coversOrganisation(o.id())).toList();
	}

	List<UnitDirectory.Entry> unitOptions() {
		return this.units.activeUnits();
	}

	/**
	 * Units for the list's unit filter and its suggestions: those the user may see.
	 * @return id and name, by name
	 */
	List<UnitDirectory.Entry> unitFilterOptions() {
		return this.units.activeUnitsInScope();
	}

	/**
	 * A unit's name, for the list's unit filter when a link names a unit that is not
	 * among {@link #unitFilterOptions()} (a closed one), if the user may see it.
	 * @param id the unit
	 * @return its name, or an empty string
	 */
	@Transactional(readOnly = true)
	String unitName(Long id) {
		return this.units.nameInScope(id).orElse("");
	}

	/**
	 * The commitments the activity form offers: those the current user may link (see
	 * {@link ActivityFulfilment#linkable()}), plus those the activity is linked to.
	 * @param activityId the activity being edited, or null for a new one
	 * @return the choices
	 */
	@Transactional(readOnly = true)
	List<AgreementService.CommitmentChoice> commitmentOptions(@Nullable Long activityId) {
		List<AgreementService.CommitmentChoice> options = new ArrayList<>(this.fulfilment.linkable());
		if (activityId != null) {
			Set<Long> linked = this.activities.findById(activityId)
				.map((a) -> Set.copyOf(a.getCommitmentIds()))
				.orElse(Set.of());
			Set<Long> offered = new HashSet<>();
			options.forEach((c) -> offered.add(c.id()));
			this.agreements.commitmentChoices()
				.stream()
				.filter((c) -> linked.contains(c.id()) && !offered.contains(c.id()))
				.forEach(options::add);
		}
		return options;
	}

	/**
	 * The festivals and series the activity form offers, by name: those of the festival
	 * calendar, in its order, plus the activity's own code when the calendar no longer
	 * knows it (so that an edit keeps it).
	 * @param current the activity's code, or null
	 * @return code and name
	 */
	@Transactional(readOnly = true)
	List<FestivalChoice> festivalOptions(@Nullable String current) {
		List<FestivalChoice> options = new ArrayList<>();
		this.festivals.findAllByOrderBySortOrderAscIdAsc()
			.forEach((f) -> options.add(new FestivalChoice(f.getCode(), f.getName())));
		if (current != null && !current.isBlank()
				&& options.stream().noneMatch((o) -> o.code().equals(current.strip()))) {
			options.add(new FestivalChoice(current.strip(), current.strip()));
		}
		return options;
	}

	/**
	 * A festival or series the activity form offers.
	 *
	 * @param code the stored code
	 * @param name the name the reader sees
	 */
	record FestivalChoice(String code, String name) {
	}

}
