package org.lianjian.unit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.account.ScopeService;
import org.lianjian.shared.jpa.StaleEditException;
import org.lianjian.shared.web.PageView;
import org.lianjian.shared.web.RuleViolationException;
import org.lianjian.structure.OrganisationType;
import org.lianjian.structure.StructureService;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.StringUtils;

/**
 * The public API of the unit module: the registry, scoped to the current user.
 */
@Service
public class UnitService implements UnitDirectory {

	static final int PAGE_SIZE = 20;

	/** The unit page's own tabs; other modules add theirs through PageTabContributor. */
	public static final List<String> PAGE_TABS = List.of("profile", "liaisons", "party", "history");

	private final ResidentUnitRepository units;

	private final LiaisonRepository liaisons;

	private final ScopeService scopes;

	private final StructureService structure;

	private final UnitHistory history;

	private final UnitListQueries listQueries;

	private final UnitCoordination coordination;

	private final UnitEdits edits;

	private final Clock clock;

	private final NetworkHolders networks;

	private final EntityManager entityManager;

	UnitService(ResidentUnitRepository units, LiaisonRepository liaisons, ScopeService scopes,
			StructureService structure, UnitHistory history, UnitListQueries listQueries, UnitCoordination coordination,
			UnitEdits edits, NetworkHolders networks, Clock clock, EntityManager entityManager) {
		this.entityManager = entityManager;
		this.networks = networks;
		this.units = units;
		this.coordination = coordination;
		this.edits = edits;
		this.clock = clock;
		this.listQueries = listQueries;
		this.liaisons = liaisons;
		this.scopes = scopes;
		this.structure = structure;
		this.history = history;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Entry> activeUnits() {
		return this.units.findActiveNames().stream().map((r) -> new Entry((Long) r[0], (String) r[1])).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, String> names(Collection<Long> ids) {
		return ids.isEmpty() ? new HashMap<>() : this.listQueries.names(ids);
	}

	@Transactional(readOnly = true)
	public Optional<String> name(Long id) {
		return Optional.ofNullable(names(List.of(id)).get(id));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Entry> activeUnitsInScope() {
		DataScope scope = this.scopes.current();
		if (scope.isAll()) {
			return activeUnits();
		}
		return this.listQueries.activeNames(scope);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> nameInScope(Long id) {
		DataScope scope = this.scopes.current();
		return this.units.findById(id)
			.filter((u) -> scope.coversUnit(u.getId(), u.getResidentialAreaId()))
			.map(ResidentUnit::getName);
	}

	@Override
	@Transactional(readOnly = true)
	public Set<Long> openable(Collection<Long> ids) {
		DataScope scope = this.scopes.current();
		Set<Long> open = new HashSet<>();
		if (!ids.isEmpty()) {
			this.units.findAllById(ids)
				.stream()
				.filter((u) -> scope.coversUnit(u.getId(), u.getResidentialAreaId()))
				.forEach((u) -> open.add(u.getId()));
		}
		return open;
	}

	/**
	 * How many units the unit list shows for a filter, in the current user's scope: the
	 * list's own count, so that a figure counted here and the list it links to agree.
	 * @param filter the list's filters (search included; sort and page are ignored)
	 * @return the list's total
	 */
	@Transactional(readOnly = true)
	public long count(UnitFilter filter) {
		return this.listQueries.count(this.scopes.current(), filter, today());
	}

	/** The filter of the active units: {@code /units?status=ACTIVE}. */
	public static UnitFilter active() {
		return new UnitFilter(null, null, null, null, null, null, UnitStatus.ACTIVE, null, null, null, null);
	}

	/**
	 * The filter of the active units without a primary liaison in office today:
	 * {@code /units?status=ACTIVE&vacant=true}.
	 */
	public static UnitFilter activeVacant() {
		return new UnitFilter(null, null, null, null, null, null, UnitStatus.ACTIVE, true, null, null, null);
	}

	/**
	 * Active units the current user can see.
	 * @return the count
	 */
	@Transactional(readOnly = true)
	public long countActiveInScope() {
		return count(active());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * One page of the unit list, in the current user's scope. Issues a fixed number of
	 * statements whatever the page size or content: the rows with their area names and
	 * primary liaisons, their count, and a names look-up.
	 * @param filter search, filters, sort and page
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public PageView<UnitSummary> search(UnitFilter filter) {
		return searchPage(this.scopes.current(), filter, List.of()).page();
	}

	/**
	 * The unit list page: one page of units in the current user's scope plus the choices
	 * of its filters. Always the same number of statements (five for staff and liaisons,
	 * six for a secretary, whose scope is looked up), whatever the page holds.
	 * @param filter search, filters, sort and page
	 * @return the page and the filter choices
	 */
	@Transactional(readOnly = true)
	public UnitListing listing(UnitFilter filter) {
		DataScope scope = this.scopes.current();
		List<UnitChoice> areas = this.structure.optionsOfType(OrganisationType.RESIDENTIAL_PARTY_ORG)
			.stream()
			.filter((o) -> scope.coversOrganisation(o.id()))
			.map((o) -> new UnitChoice(o.id(), o.name()))
			.toList();
		List<Long> networkIds = networkIds();
		Named named = searchPage(scope, filter, networkIds);
		List<UnitChoice> networks = networkIds.stream()
			.filter(named.names()::containsKey)
			.map((id) -> new UnitChoice(id, named.names().get(id)))
			.toList();
		return new UnitListing(named.page(), areas, networks);
	}

	/**
	 * The choices of the unit form: active residential areas and the four networks.
	 * @return the choices
	 */
	@Transactional(readOnly = true)
	public UnitChoices choices() {
		List<UnitChoice> areas = this.structure.optionsOfType(OrganisationType.RESIDENTIAL_PARTY_ORG)
			.stream()
			.map((o) -> new UnitChoice(o.id(), o.name()))
			.toList();
		List<Long> networkIds = networkIds();
		Map<Long, String> names = this.structure.names(networkIds);
		List<UnitChoice> networks = networkIds.stream()
			.filter(names::containsKey)
			.map((id) -> new UnitChoice(id, names.get(id)))
			.toList();
		return new UnitChoices(areas, networks);
	}

	/**
	 * The organisations holding the four network roles ({@link NetworkHolders}).
	 * @return the ids
	 */
	List<Long> networkIds() {
		return this.networks.ids();
	}

	/**
	 * Every unit matching the filter, in list order (for the export), handed over in
	 * chunks as the list's own statement reads their ids ({@code RowStream}), so the
	 * export holds what the list shows. Each chunk is loaded by id with its coordination
	 * membership; in a read-only transaction it is let go of once the sink has written
	 * it, so the persistence context holds one chunk at a time.
	 * @param filter search and filters
	 * @param limit the most rows to read
	 * @param sink takes each chunk of units, in order
	 */
	@Transactional(readOnly = true)
	void findAll(UnitFilter filter, int limit, Consumer<List<ResidentUnit>> sink) {
		this.listQueries.ids(this.scopes.current(), filter, limit, today(), (ids) -> {
			Map<Long, ResidentUnit> byId = new HashMap<>();
			this.units.findAllById(ids).forEach((u) -> byId.put(u.getId(), u));
			List<ResidentUnit> found = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
			this.coordination.read(found);
			sink.accept(found);
			if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
				found.forEach(this.entityManager::detach);
			}
		});
	}

	/** A page of the list and the organisation names looked up with it. */
	private record Named(PageView<UnitSummary> page, Map<Long, String> names) {
	}

	/**
	 * Rows (with their area and primary liaison), count, and the names of the given
	 * organisations: three statements, two when a search brings its count with the rows.
	 * @param extraNames organisation ids whose names to look up
	 */
	private Named searchPage(DataScope scope, UnitFilter filter, Collection<Long> extraNames) {
		LocalDate today = today();
		UnitListQueries.Rows page = this.listQueries.page(scope, filter, PAGE_SIZE, today);
		List<UnitSummary> content = page.rows();
		long total = (page.total() >= 0) ? page.total() : this.listQueries.count(scope, filter, today);
		// an impossible id keeps the statement count the same without extra names
		Map<Long, String> names = this.structure.names(extraNames.isEmpty() ? Set.of(-1L) : extraNames);
		PageRequest pageable = PageRequest.of(filter.pageOrFirst(), PAGE_SIZE);
		return new Named(PageView.of(new PageImpl<>(content, pageable, total)), names);
	}

	/**
	 * The first day of the unit's coordination membership covering today, or null when it
	 * is not a member today.
	 * @param u the unit
	 * @return the day, or null
	 */
	@Nullable LocalDate coordinationSince(ResidentUnit u) {
		return this.coordination.memberSince(u);
	}

	/**
	 * Reads the coordination roster for several units at once (an import).
	 * @param found the units
	 */
	void readCoordination(Collection<ResidentUnit> found) {
		this.coordination.read(found);
	}

	/**
	 * A unit the current user may see.
	 * @param id the unit
	 * @return its page's content
	 * @throws UnitNotFoundException when it does not exist or lies outside the scope
	 */
	@Transactional(readOnly = true)
	public UnitView detail(Long id) {
		ResidentUnit u = loadInScope(id);
		List<LiaisonView> liaisonViews = this.liaisons.findByUnitIdOrderByEndDateDescStartDateDesc(id)
			.stream()
			.map(LiaisonView::of)
			.toList();
		Set<Long> orgIds = new HashSet<>();
		for (Long orgId : new Long[] { u.getResidentialAreaId(), u.getNetworkId(), u.getPartyOrgId() }) {
			if (orgId != null) {
				orgIds.add(orgId);
			}
		}
		Map<Long, String> orgNames = this.structure.names(orgIds);
		LocalDate since = this.coordination.memberSince(u);
		LocalDate today = today();
		boolean vacant = liaisonViews.stream()
			.noneMatch((l) -> l.primary() && UnitOnDay.inOffice(l.startDate(), l.endDate(), today));
		return new UnitView(u.getId(), UnitForm.of(u, since), nameOf(orgNames, u.getResidentialAreaId()),
				u.getPartyOrgId(), nameOf(orgNames, u.getPartyOrgId()), nameOf(orgNames, u.getNetworkId()), vacant,
				liaisonViews);
	}

	/**
	 * The change history of a unit the current user may see.
	 * @param id the unit
	 * @return newest first
	 */
	@Transactional(readOnly = true)
	public List<UnitChangeView> history(Long id) {
		loadInScope(id);
		return this.history.of(id);
	}

	private static @Nullable String nameOf(Map<Long, String> names, @Nullable Long id) {
		return id == null ? null : names.get(id);
	}

	/**
	 * Loads a unit, or answers 404 when it is outside the current user's scope.
	 * @param id the unit
	 * @return the entity
	 */
	ResidentUnit loadInScope(Long id) {
		ResidentUnit u = this.units.findById(id).orElseThrow(() -> UnitNotFoundException.forId(id));
		if (!this.scopes.current().coversUnit(u.getId(), u.getResidentialAreaId())) {
			throw UnitNotFoundException.forId(id);
		}
		return u;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	public Long create(UnitForm form) {
		ResidentUnit u = new ResidentUnit();
		checkUnique(null, form.creditCode());
		checkReferences(null, form);
		apply(u, form, ChangeSource.STAFF_EDIT, false);
		this.units.saveAndFlush(u);
		this.history.record(u.getId(), ChangeSource.STAFF_EDIT, "created", null, u.getName());
		ensurePartyOrganisation(u);
		return Objects.requireNonNull(u.getId());
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	public void update(Long id, UnitForm form) {
		ResidentUnit u = loadInScope(id);
		long expected = form.version() == null ? -1 : form.version();
		u.checkVersion(expected);
		checkUnique(id, form.creditCode());
		checkReferences(u, form);
		apply(u, form, ChangeSource.STAFF_EDIT, true);
		ensurePartyOrganisation(u);
		try {
			this.units.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new StaleEditException(expected, ex);
		}
	}

	void checkUnique(@Nullable Long id, @Nullable String creditCode) {
		String code = normaliseCode(creditCode);
		if (code != null) {
			this.units.findByCreditCode(code).filter((other) -> !other.getId().equals(id)).ifPresent((other) -> {
				throw new RuleViolationException("creditCode", "unit.creditCode.taken", other.getName());
			});
		}
	}

	/**
	 * Refuses a residential area that is not an active residential-area organisation, and
	 * a network that is not one of the four, unless the unit already points at it.
	 * @param current the unit being edited, or null when creating
	 * @param form the form
	 */
	void checkReferences(@Nullable ResidentUnit current, UnitForm form) {
		Long area = form.residentialAreaId();
		if (area != null && (current == null || !area.equals(current.getResidentialAreaId()))
				&& this.structure.optionsOfType(OrganisationType.RESIDENTIAL_PARTY_ORG)
					.stream()
					.noneMatch((o) -> o.id().equals(area))) {
			throw new RuleViolationException("residentialAreaId", "unit.residentialAreaId.invalid");
		}
		Long network = form.networkId();
		if (network != null && (current == null || !network.equals(current.getNetworkId()))
				&& !networkIds().contains(network)) {
			throw new RuleViolationException("networkId", "unit.networkId.invalid");
		}
	}

	static @Nullable String normaliseCode(@Nullable String code) {
		return StringUtils.hasText(code) ? code.trim() : null;
	}

	/**
	 * Copies a form onto a unit, recording every changed field in the history
	 * ({@link UnitEdits#apply}).
	 * @param u the unit
	 * @param f the form
	 * @param source where the change comes from
	 * @param record whether to record history (not for a unit being created)
	 * @return how many fields changed
	 */
	int apply(ResidentUnit u, UnitForm f, ChangeSource source, boolean record) {
		return this.edits.apply(u, f, source, record);
	}

	<T> int set(boolean record, @Nullable Long id, ChangeSource source, String field, @Nullable T oldValue,
			@Nullable T newValue, java.util.function.Consumer<@Nullable T> setter) {
		return this.edits.set(record, id, source, field, oldValue, newValue, setter);
	}

	/**
	 * Gives a unit its party organisation node and writes its coordination membership
	 * ({@link UnitEdits#ensurePartyOrganisation}).
	 * @param u the unit
	 */
	void ensurePartyOrganisation(ResidentUnit u) {
		this.edits.ensurePartyOrganisation(u);
	}

	/**
	 * Registers a unit with its name and residential area only (demo data, tests).
	 * @param name the unit's name
	 * @param shortName its short name
	 * @param residentialAreaId the residential area it lies in
	 * @return the new id
	 */
	@Transactional
	public Long register(String name, @Nullable String shortName, @Nullable Long residentialAreaId) {
		ResidentUnit u = new ResidentUnit();
		u.setName(name);
		u.setShortName(shortName);
		u.setResidentialAreaId(residentialAreaId);
		u.setEffectiveFrom(today());
		this.units.save(u);
		return Objects.requireNonNull(u.getId());
	}

	static @Nullable String blank(@Nullable String s) {
		return StringUtils.hasText(s) ? s.trim() : null;
	}

}
