package org.lianjian.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.lianjian.shared.web.Decimals;
import org.lianjian.account.DataScope;
import org.lianjian.account.ScopeService;
import org.lianjian.agreement.AgreementService;
import org.lianjian.shared.web.PageView;
import org.lianjian.shared.web.RuleViolationException;
import org.lianjian.structure.StructureService;
import org.lianjian.unit.UnitService;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The public API of the project module. Every method checks the current user's scope:
 * staff see every project; a secretary the projects led by an organisation in their
 * subtree or with a partner unit in their area; a liaison the projects their unit is a
 * partner in. Anything else answers 404. Staff create and edit any project, a secretary
 * those led within their subtree.
 */
@Service
public class ProjectService {

	static final int PAGE_SIZE = 20;

	/** Most rows in one export. */
	static final int MAX_EXPORT = 100_000;

	private final ServiceProjectRepository projects;

	private final ProjectBrandRepository brands;

	private final ScopeService scopes;

	private final StructureService structure;

	private final UnitService units;

	private final AgreementService agreements;

	private final ProjectAccess access;

	private final Clock clock;

	private final ProjectDetails details;

	private final ProjectListQueries listQueries;

	ProjectService(ServiceProjectRepository projects, ProjectBrandRepository brands, ScopeService scopes,
			StructureService structure, UnitService units, AgreementService agreements, ProjectAccess access,
			Clock clock, ProjectDetails details, ProjectListQueries listQueries) {
		this.listQueries = listQueries;
		this.access = access;
		this.details = details;
		this.projects = projects;
		this.brands = brands;
		this.scopes = scopes;
		this.structure = structure;
		this.units = units;
		this.agreements = agreements;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- reading

	/**
	 * One page of the project list ({@link ProjectListQueries}): its rows, then its
	 * count.
	 * @param filter the filters and the page
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public PageView<ProjectViews.Summary> search(ProjectFilter filter) {
		DataScope scope = this.scopes.current();
		int page = PageView.index(filter.page());
		List<ProjectViews.Summary> rows = this.listQueries.page(scope, filter, (long) page * PAGE_SIZE, PAGE_SIZE);
		return PageView
			.of(new PageImpl<>(rows, PageRequest.of(page, PAGE_SIZE), this.listQueries.count(scope, filter)));
	}

	/**
	 * Every project matching the filter (for the export), in list order, handed to the
	 * sink as the list query reads them.
	 * @param filter the filter (its page is ignored)
	 * @param sink takes each row, in order
	 */
	@Transactional(readOnly = true)
	public void exportRows(ProjectFilter filter, Consumer<? super ProjectViews.Summary> sink) {
		this.listQueries.all(this.scopes.current(), filter, MAX_EXPORT, sink);
	}

	/**
	 * What a unit contributes to the projects running in a year (the project list
	 * filtered by the unit and the year), in the current user's scope: one row per
	 * partner row of the unit, latest project first.
	 * @param unitId the unit
	 * @param year the year the projects' periods overlap
	 * @return the contributions
	 */
	@Transactional(readOnly = true)
	public List<ProjectViews.Contribution> contributionsOf(Long unitId, int year) {
		return this.listQueries.contributions(this.scopes.current(), unitId, year);
	}

	/**
	 * The project page.
	 * @param id the project
	 * @return what the page shows
	 */
	public ProjectViews.Detail detail(Long id) {
		return this.details.detail(id);
	}

	/**
	 * The projects in the current user's scope, for drop-downs (for example an activity's
	 * project).
	 * @return id and name, by name
	 */
	@Transactional(readOnly = true)
	public List<ProjectViews.Ref> options() {
		return this.listQueries.names(this.scopes.current(), ProjectFilter.none())
			.stream()
			.sorted(Comparator.comparing(ProjectViews.Ref::name))
			.toList();
	}

	/**
	 * The project as a form, for editing.
	 * @param id the project
	 * @return the form with spare rows
	 */
	@Transactional(readOnly = true)
	public ProjectForm form(Long id) {
		ServiceProject p = this.access.loadForEdit(id);
		return new ProjectForm(p.getName(), p.getBrandId(), p.getLeadOrgId(), p.getGoals(), p.getStartDate(),
				p.getEndDate(), p.getStatus(), p.getBeneficiaryTarget(),
				p.getPartners()
					.stream()
					.map((s) -> new PartnerForm(s.getUnitId(), s.getRole(), s.getKind(),
							Decimals.normalised(s.getAmount()), s.getDescription()))
					.collect(Collectors.toCollection(ArrayList::new)),
				p.getMilestones()
					.stream()
					.map((m) -> new MilestoneForm(m.getId(), m.getTitle(), m.getDueDate(), m.getDoneOn()))
					.collect(Collectors.toCollection(ArrayList::new)),
				p.getCommitments()
					.stream()
					.map(CommitmentLink::getCommitmentId)
					.collect(Collectors.toCollection(ArrayList::new)),
				p.getVersion())
			.withSpareRows();
	}

	// ---------------------------------------------------------------- choices

	/**
	 * Brands a project may take: the active ones, plus the given one even if retired.
	 * @param keep a brand to keep in the list (the project's own), or null
	 * @return id and name
	 */
	@Transactional(readOnly = true)
	public List<ProjectViews.Ref> brandOptions(@Nullable Long keep) {
		return this.brands.findAllOrdered()
			.stream()
			.filter((b) -> !b.isRetired() || Objects.equals(b.getId(), keep))
			.map((b) -> new ProjectViews.Ref(Objects.requireNonNull(b.getId()), b.getName()))
			.toList();
	}

	/**
	 * Lead organisations for the form: every organisation for staff, the subtree for a
	 * secretary.
	 * @return id and name
	 */
	@Transactional(readOnly = true)
	public List<ProjectViews.Ref> leadOrganisationOptions() {
		DataScope scope = this.scopes.current();
		return this.structure.parentOptions()
			.stream()
			.filter((o) -> scope.isAll() || scope.organisationIds().contains(o.id()))
			.map((o) -> new ProjectViews.Ref(o.id(), o.name()))
			.toList();
	}

	/**
	 * Units that may be partners: every active unit.
	 * @return id and name
	 */
	@Transactional(readOnly = true)
	public List<ProjectViews.Ref> unitOptions() {
		return this.units.activeUnits().stream().map((e) -> new ProjectViews.Ref(e.id(), e.name())).toList();
	}

	/**
	 * Organisations leading a project, for the list's filter.
	 * @return id and name, by name
	 */
	@Transactional(readOnly = true)
	public List<ProjectViews.Ref> leadOrganisationFilterOptions() {
		return sorted(this.structure.names(this.projects.leadOrganisationIds()));
	}

	/**
	 * A unit's name, for the list's unit filter when a link names a unit that is not
	 * among {@link #partnerUnitFilterOptions()}.
	 * @param id the unit
	 * @return its name, or an empty string
	 */
	@Transactional(readOnly = true)
	public String unitName(Long id) {
		return this.units.nameInScope(id).orElse("");
	}

	/**
	 * Units partnering in a project, for the list's filter (within the user's scope).
	 * @return id and name, by name
	 */
	@Transactional(readOnly = true)
	public List<ProjectViews.Ref> partnerUnitFilterOptions() {
		return sorted(this.units.names(this.listQueries.partnerUnitIds(this.scopes.current())));
	}

	private static List<ProjectViews.Ref> sorted(Map<Long, String> names) {
		return names.entrySet()
			.stream()
			.map((e) -> new ProjectViews.Ref(e.getKey(), e.getValue()))
			.sorted(Comparator.comparing(ProjectViews.Ref::name))
			.toList();
	}

	/**
	 * Commitments of the agreements in force that the current user can see, for linking.
	 * @return commitment id to label ("number title: description") with the agreement
	 */
	@Transactional(readOnly = true)
	public List<ProjectViews.CommitmentRef> commitmentOptions() {
		return this.agreements.commitmentChoices()
			.stream()
			.map((c) -> new ProjectViews.CommitmentRef(c.id(), c.agreementId(), c.agreement() + "：" + c.description(),
					true))
			.toList();
	}

	// ---------------------------------------------------------------- writing

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF', 'SECRETARY')")
	public Long create(ProjectForm form) {
		ServiceProject p = new ServiceProject();
		check(form, null);
		apply(p, form);
		this.projects.saveAndFlush(p);
		return Objects.requireNonNull(p.getId());
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF', 'SECRETARY')")
	public void update(Long id, ProjectForm form) {
		ServiceProject p = this.access.loadForEdit(id);
		p.checkVersion(form.version() == null ? -1 : form.version());
		check(form, p);
		apply(p, form);
		p.touch();
		this.projects.flush();
	}

	private void check(ProjectForm form, @Nullable ServiceProject existing) {
		DataScope scope = this.scopes.current();
		Long brandId = Objects.requireNonNull(form.brandId());
		ProjectBrand brand = this.brands.findById(brandId)
			.orElseThrow(() -> new RuleViolationException("brandId", "project.brand.unknown"));
		if (brand.isRetired() && (existing == null || !existing.getBrandId().equals(brandId))) {
			throw new RuleViolationException("brandId", "project.brand.retired");
		}
		Long org = Objects.requireNonNull(form.leadOrgId());
		if (this.structure.name(org).isEmpty()) {
			throw new RuleViolationException("leadOrgId", "project.leadOrg.unknown");
		}
		if (!scope.isAll() && !scope.organisationIds().contains(org)) {
			throw new RuleViolationException("leadOrgId", "project.leadOrg.outOfScope");
		}
		if (Objects.requireNonNull(form.endDate()).isBefore(Objects.requireNonNull(form.startDate()))) {
			throw new RuleViolationException("endDate", "project.period.order");
		}
		List<PartnerForm> rows = form.partners() == null ? List.of() : form.partners();
		Set<Long> unitIds = form.partnersOrEmpty()
			.stream()
			.map(PartnerForm::unitId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		if (!this.units.names(unitIds).keySet().containsAll(unitIds)) {
			throw new RuleViolationException("partners", "project.partner.unknown");
		}
		for (int i = 0; i < rows.size(); i++) {
			PartnerForm row = rows.get(i);
			if (row != null && !row.isBlank() && row.kind() == null) {
				throw new RuleViolationException("partners[" + i + "].kind", "validation.required");
			}
		}
		List<MilestoneForm> milestones = form.milestones() == null ? List.of() : form.milestones();
		for (int i = 0; i < milestones.size(); i++) {
			MilestoneForm m = milestones.get(i);
			if (m != null && m.isBlank() && (m.dueDate() != null || m.doneOn() != null)) {
				throw new RuleViolationException("milestones[" + i + "].title", "validation.required");
			}
		}
		List<Long> wanted = form.commitmentIdsOrEmpty();
		if (!wanted.isEmpty()) {
			Set<Long> already = existing == null ? Set.of()
					: existing.getCommitments()
						.stream()
						.map(CommitmentLink::getCommitmentId)
						.collect(Collectors.toSet());
			if (!already.containsAll(wanted)) {
				Set<Long> offered = commitmentOptions().stream()
					.map(ProjectViews.CommitmentRef::commitmentId)
					.collect(Collectors.toSet());
				for (Long c : wanted) {
					if (!already.contains(c) && !offered.contains(c)) {
						throw new RuleViolationException("commitmentIds", "project.commitment.invalid");
					}
				}
			}
		}
	}

	private void apply(ServiceProject p, ProjectForm f) {
		p.setName(Objects.requireNonNull(f.name()).trim());
		p.setBrandId(Objects.requireNonNull(f.brandId()));
		p.setLeadOrgId(Objects.requireNonNull(f.leadOrgId()));
		p.setGoals(StringUtils.hasText(f.goals()) ? f.goals().trim() : null);
		p.setStartDate(Objects.requireNonNull(f.startDate()));
		p.setEndDate(Objects.requireNonNull(f.endDate()));
		p.setStatus(Objects.requireNonNull(f.status()));
		p.setBeneficiaryTarget(f.beneficiaryTarget());
		applyPartners(p, f);
		applyMilestones(p, f);
		applyCommitments(p, f);
	}

	private static void applyPartners(ServiceProject p, ProjectForm f) {
		p.getPartners().clear();
		int i = 0;
		for (PartnerForm row : f.partnersOrEmpty()) {
			ProjectPartner s = new ProjectPartner();
			s.setProject(p);
			s.setUnitId(Objects.requireNonNull(row.unitId()));
			s.setRole(StringUtils.hasText(row.role()) ? row.role().trim() : null);
			s.setKind(Objects.requireNonNull(row.kind()));
			s.setAmount(row.amount());
			s.setDescription(StringUtils.hasText(row.description()) ? row.description().trim() : null);
			s.setSortOrder(i++);
			p.getPartners().add(s);
		}
	}

	/** Milestones kept by id, new ones added, in the form's order. */
	private static void applyMilestones(ServiceProject p, ProjectForm f) {
		Map<Long, ProjectMilestone> existing = new HashMap<>();
		p.getMilestones().forEach((m) -> existing.put(m.getId(), m));
		List<ProjectMilestone> ordered = new ArrayList<>();
		for (MilestoneForm row : f.milestonesOrEmpty()) {
			ProjectMilestone m = row.id() == null ? null : existing.remove(row.id());
			if (m == null) {
				m = new ProjectMilestone();
				m.setProject(p);
			}
			m.setTitle(Objects.requireNonNull(row.title()).trim());
			m.setDueDate(row.dueDate());
			m.setDoneOn(row.doneOn());
			m.setSortOrder(ordered.size());
			ordered.add(m);
		}
		p.getMilestones().clear();
		p.getMilestones().addAll(ordered);
	}

	/** The linked commitments: links kept, new ones labelled from the options offered. */
	private void applyCommitments(ServiceProject p, ProjectForm f) {
		Map<Long, CommitmentLink> links = new LinkedHashMap<>();
		p.getCommitments().forEach((c) -> links.put(c.getCommitmentId(), c));
		List<Long> wanted = f.commitmentIdsOrEmpty();
		Map<Long, ProjectViews.CommitmentRef> offered = new HashMap<>();
		if (!links.keySet().containsAll(wanted)) {
			commitmentOptions().forEach((o) -> offered.put(o.commitmentId(), o));
		}
		List<CommitmentLink> result = new ArrayList<>();
		for (Long c : wanted) {
			CommitmentLink link = links.get(c);
			if (link == null) {
				ProjectViews.CommitmentRef o = Objects.requireNonNull(offered.get(c));
				String label = o.label().length() > 800 ? o.label().substring(0, 800) : o.label();
				link = new CommitmentLink(c, o.agreementId(), label);
			}
			result.add(link);
		}
		p.getCommitments().clear();
		p.getCommitments().addAll(result);
	}

	/**
	 * Marks a milestone done today, or not done again.
	 * @param projectId the project
	 * @param milestoneId its milestone
	 * @param done whether it is done
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF', 'SECRETARY')")
	public void markMilestone(Long projectId, Long milestoneId, boolean done) {
		ServiceProject p = this.access.loadForEdit(projectId);
		ProjectMilestone m = p.getMilestones()
			.stream()
			.filter((x) -> milestoneId.equals(x.getId()))
			.findFirst()
			.orElseThrow(() -> ProjectNotFoundException.forId(projectId));
		if (done && m.getDoneOn() == null) {
			m.setDoneOn(LocalDate.now(this.clock));
		}
		else if (!done) {
			m.setDoneOn(null);
		}
		p.touch();
	}

	/**
	 * Whether the current user may create projects at all (staff, or a secretary).
	 * @return true if so
	 */
	public boolean canCreate() {
		DataScope scope = this.scopes.current();
		return scope.isAll() || scope.isSecretary();
	}

}
