package org.lianjian.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.shared.jpa.StaleEditException;
import org.lianjian.shared.web.PageView;
import org.lianjian.shared.web.RuleViolationException;
import org.lianjian.structure.OrganisationOption;
import org.lianjian.unit.UnitDirectory;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resource list (资源清单) and the service menu: liaisons keep their unit's resources,
 * staff the community's (and any unit's). Published resources are the menu's items.
 */
@Service
public class ResourceService {

	private final ResourceRepository resources;

	private final ResourceQueries queries;

	private final CategoryService categories;

	private final MatchingAccess access;

	private final MatchingNames names;

	private final Clock clock;

	ResourceService(ResourceRepository resources, ResourceQueries queries, CategoryService categories,
			MatchingAccess access, MatchingNames names, Clock clock) {
		this.resources = resources;
		this.queries = queries;
		this.categories = categories;
		this.access = access;
		this.names = names;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	PageView<MatchingViews.ResourceRow> search(MatchingFilters.ResourceFilter filter) {
		return this.queries.page(this.access.scope(), filter, LocalDate.now(this.clock));
	}

	/**
	 * The service menu: every published resource, for every signed-in user.
	 * @param filter category and area
	 * @return the items
	 */
	@Transactional(readOnly = true)
	public List<MatchingViews.MenuItem> menu(MatchingFilters.MenuFilter filter) {
		return this.queries.menu(filter, LocalDate.now(this.clock));
	}

	/** Whether the current user keeps resources (staff, or a liaison with a unit). */
	public boolean canCreate() {
		DataScope scope = this.access.scope();
		return scope.isStaff() || (scope.isLiaison() && scope.unitId() != null);
	}

	/** Units staff may name as a resource's provider. */
	List<UnitDirectory.Entry> providerOptions() {
		return this.access.scope().isStaff() ? this.names.activeUnits() : List.of();
	}

	List<OrganisationOption> areaOptions() {
		return this.access.allAreas();
	}

	ResourceForm emptyForm() {
		DataScope scope = this.access.scope();
		return ResourceForm.empty(scope.isLiaison() ? scope.unitId() : null);
	}

	@Transactional
	public Long create(ResourceForm form) {
		DataScope scope = this.access.scope();
		if (!canCreate()) {
			throw new AccessDeniedException("may not keep resources");
		}
		Long provider = scope.isStaff() ? form.providerUnitId() : scope.unitId();
		if (scope.isStaff() && provider != null
				&& this.names.activeUnits().stream().noneMatch((u) -> u.id().equals(provider))) {
			throw new RuleViolationException("providerUnitId", "validation.option.invalid");
		}
		check(form, null);
		ServiceResource r = new ServiceResource(provider, this.access.username());
		r.edit(form.details());
		return Objects.requireNonNull(this.resources.save(r).getId());
	}

	@Transactional
	public void update(Long id, ResourceForm form) {
		ServiceResource r = loadKept(id);
		long version = (form.version() != null) ? form.version() : -1;
		r.checkVersion(version);
		check(form, r);
		r.edit(form.details());
		try {
			this.resources.saveAndFlush(r);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleEditException(version, ex);
		}
	}

	@Transactional(readOnly = true)
	ResourceForm form(Long id) {
		ServiceResource r = loadKept(id);
		return new ResourceForm(r.getTitle(), r.getDescription(), r.getCategoryId(), r.getProviderUnitId(),
				r.getAreaId(), r.getLocation(), r.getConditions(), r.getCapacityPerYear().stripTrailingZeros(),
				r.getMeasure(), r.isPublished(), r.getVersion());
	}

	/** The provider's name of a resource being edited. */
	@Nullable String providerName(Long id) {
		return this.names.unit(loadKept(id).getProviderUnitId());
	}

	/**
	 * A resource the user may order from (published) or keeps.
	 * @param id the resource
	 * @return the resource
	 */
	ServiceResource loadOrderable(Long id) {
		ServiceResource r = this.resources.findById(id).orElseThrow(() -> MatchingNotFoundException.resource(id));
		if (!r.isPublished() && !MatchingAccess.sees(this.access.scope(), r)) {
			throw MatchingNotFoundException.resource(id);
		}
		return r;
	}

	private ServiceResource loadKept(Long id) {
		DataScope scope = this.access.scope();
		ServiceResource r = this.resources.findById(id).orElseThrow(() -> MatchingNotFoundException.resource(id));
		if (!MatchingAccess.sees(scope, r) && !r.isPublished()) {
			throw MatchingNotFoundException.resource(id);
		}
		if (!MatchingAccess.keeps(scope, r)) {
			throw (MatchingAccess.sees(scope, r)) ? new AccessDeniedException("resource " + id)
					: MatchingNotFoundException.resource(id);
		}
		return r;
	}

	private void check(ResourceForm form, @Nullable ServiceResource r) {
		if (form.categoryId() != null && !this.categories.choosable(form.categoryId())
				&& (r == null || !form.categoryId().equals(r.getCategoryId()))) {
			throw new RuleViolationException("categoryId", "validation.option.invalid");
		}
		if (form.areaId() != null && this.access.allAreas().stream().noneMatch((a) -> a.id().equals(form.areaId()))) {
			throw new RuleViolationException("areaId", "validation.option.invalid");
		}
	}

}
