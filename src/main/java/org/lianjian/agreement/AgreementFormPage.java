package org.lianjian.agreement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.account.ScopeService;
import org.lianjian.shared.web.Crumb;
import org.lianjian.structure.OrganisationOption;
import org.lianjian.structure.StructureService;
import org.lianjian.unit.UnitService;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The agreement form page: where it posts, its breadcrumbs, and the options it offers
 * (organisations in the user's scope, units, responsible parties, parent agreements, and
 * the old term's figures beside a renewal).
 */
@Component
class AgreementFormPage {

	static final String VIEW_FORM = "agreement/form";

	private final AgreementSearch search;

	private final AgreementDrafts drafts;

	private final ScopeService scopes;

	private final StructureService structure;

	private final UnitService units;

	AgreementFormPage(AgreementSearch search, AgreementDrafts drafts, ScopeService scopes, StructureService structure,
			UnitService units) {
		this.search = search;
		this.drafts = drafts;
		this.scopes = scopes;
		this.structure = structure;
		this.units = units;
	}

	// ---------------------------------------------------------------- draft, edit, renew

	/** Which use of the one form. */
	enum Mode {

		NEW, EDIT, RENEW

	}

	String render(Model model, Mode mode, AgreementViews.@Nullable Detail detail) {
		AgreementForm form = (AgreementForm) Objects.requireNonNull(model.getAttribute("form"));
		DataScope scope = this.scopes.current();
		model.addAttribute("mode", mode.name());
		model.addAttribute("agreement", detail);
		model.addAttribute("formAction", switch (mode) {
			case NEW -> "/agreements/new";
			case EDIT -> "/agreements/" + Objects.requireNonNull(detail).id() + "/edit";
			case RENEW -> "/agreements/" + Objects.requireNonNull(detail).id() + "/renew";
		});
		model.addAttribute("levels", AgreementLevel.values());
		model.addAttribute("areaValues", CooperationArea.values());
		model.addAttribute("measureValues", CommitmentMeasure.values());
		model.addAttribute("orgOptions", organisationOptions(scope));
		model.addAttribute("unitOptions",
				this.units.activeUnits().stream().map((e) -> new AgreementViews.Ref(e.id(), e.name())).toList());
		model.addAttribute("responsibleOptions", responsibleOptions(form));
		model.addAttribute("parentOptions", parentOptions(detail == null ? null : detail.id()));
		model.addAttribute("liaison", scope.isLiaison());
		model.addAttribute("figures", mode == Mode.RENEW ? this.drafts.termFigures(Objects.requireNonNull(detail).id())
				: Map.<String, BigDecimal>of());
		List<Crumb> crumbs = new ArrayList<>();
		crumbs.add(Crumb.key("nav.agreements", "/agreements"));
		if (detail != null) {
			crumbs.add(Crumb.text(detail.number(), "/agreements/" + detail.id()));
		}
		crumbs.add(Crumb.key(switch (mode) {
			case NEW -> "agreement.new.title";
			case EDIT -> "agreement.action.edit";
			case RENEW -> "agreement.action.renew";
		}, null));
		model.addAttribute("breadcrumbs", crumbs);
		return VIEW_FORM;
	}

	/** All organisations for staff and liaisons; a secretary's own subtree only. */
	private List<OrganisationOption> organisationOptions(DataScope scope) {
		List<OrganisationOption> all = this.structure.parentOptions();
		if (scope.isSecretary()) {
			return all.stream().filter((o) -> scope.organisationIds().contains(o.id())).toList();
		}
		return all;
	}

	/** The parties chosen on the form, plus any unit a row already names. */
	private List<AgreementViews.Ref> responsibleOptions(AgreementForm form) {
		Set<Long> ids = new LinkedHashSet<>();
		if (form.unitIds() != null) {
			form.unitIds().stream().filter(Objects::nonNull).forEach(ids::add);
		}
		if (form.commitments() != null) {
			form.commitments()
				.stream()
				.filter((c) -> c != null && c.responsibleUnitId() != null)
				.forEach((c) -> ids.add(c.responsibleUnitId()));
		}
		Map<Long, String> names = this.units.names(ids);
		Map<Long, String> ordered = new LinkedHashMap<>();
		ids.stream().filter(names::containsKey).forEach((i) -> ordered.put(i, names.get(i)));
		return ordered.entrySet().stream().map((e) -> new AgreementViews.Ref(e.getKey(), e.getValue())).toList();
	}

	/** Sub-district agreements the user may see, as parents of a residential-area one. */
	private List<AgreementViews.Ref> parentOptions(@Nullable Long self) {
		return this.search
			.exportRows(
					new AgreementFilter(null, null, AgreementLevel.SUB_DISTRICT, null, null, null, null, null, null))
			.stream()
			.filter((s) -> !s.id().equals(self))
			.map((s) -> new AgreementViews.Ref(s.id(), s.number() + " " + s.title()))
			.toList();
	}

}
