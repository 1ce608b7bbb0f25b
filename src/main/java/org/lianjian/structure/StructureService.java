package org.lianjian.structure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lianjian.shared.web.PageView;
import org.lianjian.shared.web.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The public API of the structure module.
 */
@Service
public class StructureService {

	private static final Logger log = LoggerFactory.getLogger(StructureService.class);

	/** Types that organisations may join as members. */
	static final Set<OrganisationType> GROUP_TYPES = EnumSet.of(OrganisationType.NETWORK,
			OrganisationType.COMPREHENSIVE_PARTY_COMMITTEE, OrganisationType.COORDINATION_COMMITTEE,
			OrganisationType.CO_GOVERNANCE_COMMITTEE, OrganisationType.CIRCLE_HUB);

	private final OrganisationRepository organisations;

	private final MembershipRepository memberships;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	StructureService(OrganisationRepository organisations, MembershipRepository memberships,
			NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.memberships = memberships;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public StructureOverview overview() {
		Map<StructureRole, Organisation> holders = new LinkedHashMap<>();
		for (StructureRole role : StructureRole.values()) {
			this.organisations.findByStructureRole(role).ifPresent((o) -> holders.put(role, o));
		}
		List<OrganisationOption> committees = this.organisations
			.findOptionsOfType(OrganisationType.CO_GOVERNANCE_COMMITTEE);
		Set<Long> roots = new HashSet<>();
		holders.values().forEach((o) -> roots.add(o.getId()));
		Map<Long, Long> counts = new HashMap<>();
		if (!roots.isEmpty()) {
			for (Object[] row : this.organisations.countActiveDescendants(roots)) {
				counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
			}
		}
		Map<Long, Long> members = membersOn(LocalDate.now(this.clock));
		List<StructureOverview.Node> networks = new ArrayList<>();
		for (StructureRole role : StructureRole.NETWORKS) {
			networks.add(node(role, holders.get(role), counts, members));
		}
		List<StructureOverview.Node> committeeNodes = committees.stream()
			.map((c) -> new StructureOverview.Node(c.id(), null, c.name(), members.getOrDefault(c.id(), 0L)))
			.toList();
		return new StructureOverview(
				holders.containsKey(StructureRole.CORE)
						? node(StructureRole.CORE, holders.get(StructureRole.CORE), counts, members) : null,
				holders.containsKey(StructureRole.CIRCLE)
						? node(StructureRole.CIRCLE, holders.get(StructureRole.CIRCLE), counts, members) : null,
				networks, committeeNodes);
	}

	/**
	 * The dashboard's structure figures without building the whole overview: the number
	 * of networks and of active organisations below the core, as {@link #overview()}
	 * gives them ({@code networks().size()} and {@code core().count()}), in one
	 * statement.
	 * @return the figures
	 */
	@Transactional(readOnly = true)
	public StructureFigures figures() {
		return new StructureFigures(StructureRole.NETWORKS.size(), this.organisations.countActiveBelowCore());
	}

	/**
	 * The structure's size on the dashboard.
	 *
	 * @param networks how many networks the structure has
	 * @param organisations active organisations below the core
	 */
	public record StructureFigures(int networks, long organisations) {

	}

	private static StructureOverview.Node node(StructureRole role, @Nullable Organisation o, Map<Long, Long> counts,
			Map<Long, Long> members) {
		if (o == null) {
			return new StructureOverview.Node(null, role, "", 0);
		}
		long count = counts.getOrDefault(o.getId(), 0L);
		return new StructureOverview.Node(o.getId(), role, o.getName(), count);
	}

	/**
	 * Members of each network or committee on a given day, from the effective-dated
	 * memberships.
	 * @param day the day
	 * @return group id to member count
	 */
	@Transactional(readOnly = true)
	public Map<Long, Long> membersOn(LocalDate day) {
		Map<Long, Long> result = new HashMap<>();
		for (Object[] row : this.memberships.countMembersOn(day)) {
			result.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
		}
		return result;
	}

	@Transactional(readOnly = true)
	public PageView<OrganisationSummary> search(@Nullable Long under, @Nullable OrganisationType type,
			@Nullable OrganisationStatus status, @Nullable String q, int page, int size) {
		return search(under, type, status, false, q, page, size);
	}

	/**
	 * How many organisations the organisation list shows for its filters: the list's own
	 * count, so that a figure counted here and the list it links to agree.
	 * @param under the root of a subtree (itself included), or null for all
	 * @param status a status, or null for all
	 * @param networks true for the holders of the four network roles only
	 * @return the list's total
	 */
	@Transactional(readOnly = true)
	public long count(@Nullable Long under, @Nullable OrganisationStatus status, boolean networks) {
		return search(under, null, status, networks, null, 0, 1).totalElements();
	}

	/**
	 * The organisation list.
	 * @param under the root of a subtree (itself included), or null for all
	 * @param type a type, or null for all
	 * @param status a status, or null for all
	 * @param networks true for the holders of the four network roles only
	 * @param q a search in the name and short name
	 * @param page the page, from 0
	 * @param size rows per page
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public PageView<OrganisationSummary> search(@Nullable Long under, @Nullable OrganisationType type,
			@Nullable OrganisationStatus status, boolean networks, @Nullable String q, int page, int size) {
		Collection<Long> ids = List.of(-1L);
		boolean any = true;
		if (under != null) {
			ids = this.organisations.findSubtreeIds(under);
			if (ids.isEmpty()) {
				throw OrganisationNotFoundException.forId(under);
			}
			any = false;
		}
		String query = StringUtils.hasText(q) ? q.trim().toLowerCase() : "";
		PageRequest pageable = PageRequest.of(PageView.index(page), Math.min(Math.max(size, 1), 100),
				Sort.by("type", "sortOrder", "name"));
		return PageView
			.of(this.organisations.search(any, ids, type, status, networks, StructureRole.NETWORKS, query, pageable));
	}

	@Transactional(readOnly = true)
	public OrganisationDetail detail(Long id) {
		Organisation o = load(id);
		List<Long> ancestorIds = this.organisations.findAncestorIds(id);
		Map<Long, String> names = names(ancestorIds);
		List<OrganisationOption> path = new ArrayList<>();
		for (int i = ancestorIds.size() - 1; i >= 1; i--) {
			Long aid = ancestorIds.get(i);
			path.add(new OrganisationOption(aid, names.getOrDefault(aid, ""), OrganisationType.OTHER));
		}
		Organisation parent = o.getParent();
		return new OrganisationDetail(o.getId(), o.getVersion(), o.getType(), o.getStructureRole(), o.getName(),
				o.getShortName(), parent == null ? null : parent.getId(), parent == null ? null : parent.getName(),
				o.getSecretaryName(), o.getContact(), o.getMemberCount(), o.getStatus(), o.getRetiredOn(), path,
				this.organisations.findChildren(id), this.memberships.findInvolving(id));
	}

	/**
	 * Names of the given organisations.
	 * @param ids organisation ids
	 * @return id to name
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> names(Collection<Long> ids) {
		Map<Long, String> result = new HashMap<>();
		if (ids.isEmpty()) {
			return result;
		}
		// plain SQL with an array: the JPQL "in :ids" was translated again on every call
		this.jdbc.query("select id, name from organisation where id = any(:ids)",
				new MapSqlParameterSource("ids", ids.toArray(Long[]::new)), (rs) -> {
					result.put(rs.getLong("id"), rs.getString("name"));
				});
		return result;
	}

	@Transactional(readOnly = true)
	public Optional<String> name(Long id) {
		return Optional.ofNullable(names(List.of(id)).get(id));
	}

	/**
	 * The organisation and every organisation below it: the scope of a secretary.
	 * @param root the organisation
	 * @return ids including the root; empty when it does not exist
	 */
	@Transactional(readOnly = true)
	public Set<Long> subtreeIds(Long root) {
		return new HashSet<>(this.organisations.findSubtreeIds(root));
	}

	@Transactional(readOnly = true)
	public List<OrganisationOption> parentOptions() {
		// every type but a unit's own party organisation may hold other organisations
		return this.organisations.findOptionsExceptType(OrganisationType.UNIT_PARTY_ORG);
	}

	@Transactional(readOnly = true)
	public List<OrganisationOption> groupOptions() {
		return this.organisations.findOptions(GROUP_TYPES);
	}

	@Transactional(readOnly = true)
	public List<OrganisationOption> optionsOfType(OrganisationType type) {
		return this.organisations.findOptionsOfType(type);
	}

	@Transactional(readOnly = true)
	public Optional<Long> holderOf(StructureRole role) {
		return this.organisations.findByStructureRole(role).map(Organisation::getId);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	public Long create(OrganisationForm form) {
		return create(form, null);
	}

	/**
	 * Creates an organisation that holds a place in the "1+1+4" picture. The core is the
	 * only organisation without a parent.
	 * @param form the organisation
	 * @param role its place, or null for an ordinary organisation
	 * @return the new id
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	public Long create(OrganisationForm form, @Nullable StructureRole role) {
		if (role != null && this.organisations.findByStructureRole(role).isPresent()) {
			throw new RuleViolationException(null, "organisation.structureRole.taken");
		}
		Organisation parent = null;
		if (form.parentId() == null) {
			if (role != StructureRole.CORE) {
				throw new RuleViolationException("parentId", "validation.required");
			}
		}
		else {
			parent = this.organisations.findById(form.parentId())
				.orElseThrow(() -> new RuleViolationException("parentId", "organisation.parent.missing"));
			if (!parent.isActive()) {
				throw new RuleViolationException("parentId", "organisation.parent.retired");
			}
		}
		Organisation o = new Organisation();
		o.setParent(parent);
		o.setStructureRole(role);
		apply(o, form);
		this.organisations.save(o);
		log.info("organisation {} created", o.getId());
		return Objects.requireNonNull(o.getId());
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	public void update(Long id, OrganisationForm form) {
		Organisation o = load(id);
		o.checkVersion(form.version() == null ? -1 : form.version());
		apply(o, form);
		this.organisations.flush();
	}

	private static void apply(Organisation o, OrganisationForm form) {
		o.setType(Objects.requireNonNull(form.type()));
		o.setName(Objects.requireNonNull(form.name()).trim());
		o.setShortName(blankToNull(form.shortName()));
		o.setSecretaryName(blankToNull(form.secretaryName()));
		o.setContact(blankToNull(form.contact()));
		o.setMemberCount(form.memberCount() == null ? 0 : form.memberCount());
	}

	/**
	 * Moves an organisation under another one. Refused when the new parent is the
	 * organisation itself or one of its descendants, which would cut a loop out of the
	 * tree.
	 * @param id the organisation
	 * @param form the new parent and the version the user saw
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	public void move(Long id, MoveForm form) {
		Organisation o = load(id);
		o.checkVersion(form.version() == null ? -1 : form.version());
		Long parentId = Objects.requireNonNull(form.parentId());
		if (o.getParent() == null) {
			throw new RuleViolationException("parentId", "organisation.move.root");
		}
		if (this.organisations.findSubtreeIds(id).contains(parentId)) {
			throw new RuleViolationException("parentId", "organisation.move.cycle");
		}
		Organisation parent = this.organisations.findById(parentId)
			.orElseThrow(() -> new RuleViolationException("parentId", "organisation.parent.missing"));
		if (!parent.isActive()) {
			throw new RuleViolationException("parentId", "organisation.parent.retired");
		}
		o.setParent(parent);
		o.touch();
		this.organisations.flush();
		log.info("organisation {} moved under {}", id, parentId);
	}

	/**
	 * Retires an organisation. Refused while it still has active children, or when it
	 * holds a place in the "1+1+4" picture.
	 * @param id the organisation
	 * @param form the date and the version the user saw
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	public void retire(Long id, RetireForm form) {
		Organisation o = load(id);
		o.checkVersion(form.version() == null ? -1 : form.version());
		if (!o.isActive()) {
			throw new RuleViolationException(null, "organisation.retire.already");
		}
		if (o.getStructureRole() != null) {
			throw new RuleViolationException(null, "organisation.retire.structureRole");
		}
		if (this.organisations.existsByParentIdAndStatus(id, OrganisationStatus.ACTIVE)) {
			throw new RuleViolationException(null, "organisation.retire.activeChildren");
		}
		o.retire(Objects.requireNonNull(form.retiredOn()));
		this.organisations.flush();
		log.info("organisation {} retired", id);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	public void reinstate(Long id, long version) {
		Organisation o = load(id);
		o.checkVersion(version);
		Organisation parent = o.getParent();
		if (parent != null && !parent.isActive()) {
			throw new RuleViolationException(null, "organisation.parent.retired");
		}
		o.reinstate();
		this.organisations.flush();
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	public void addMembership(Long id, MembershipForm form) {
		Organisation o = load(id);
		Long groupId = Objects.requireNonNull(form.groupId());
		if (groupId.equals(id)) {
			throw new RuleViolationException("groupId", "membership.self");
		}
		Organisation group = this.organisations.findById(groupId)
			.filter((g) -> GROUP_TYPES.contains(g.getType()))
			.orElseThrow(() -> new RuleViolationException("groupId", "membership.group.invalid"));
		LocalDate from = Objects.requireNonNull(form.validFrom());
		if (form.validTo() != null && form.validTo().isBefore(from)) {
			throw new RuleViolationException("validTo", "membership.dates");
		}
		Membership m = new Membership(o, group, Objects.requireNonNull(form.role()), from);
		m.setValidTo(form.validTo());
		this.memberships.save(m);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	public void endMembership(Long id, Long membershipId, LocalDate on) {
		Membership m = this.memberships.findById(membershipId)
			.filter((x) -> id.equals(x.getOrganisation().getId()) || id.equals(x.getGroup().getId()))
			.orElseThrow(() -> OrganisationNotFoundException.forId(id));
		if (m.getValidTo() != null) {
			return;
		}
		m.setValidTo(on.isBefore(m.getValidFrom()) ? m.getValidFrom() : on);
	}

	/**
	 * Keeps an organisation's party-member count in step with the record that owns it (a
	 * unit's party organisation follows the unit's figure).
	 * @param id the organisation
	 * @param memberCount the new count
	 */
	@Transactional
	public void updateMemberCount(Long id, int memberCount) {
		Organisation o = load(id);
		if (o.getMemberCount() != memberCount) {
			o.setMemberCount(Math.max(0, memberCount));
		}
	}

	private Organisation load(Long id) {
		return this.organisations.findById(id).orElseThrow(() -> OrganisationNotFoundException.forId(id));
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return StringUtils.hasText(s) ? s.trim() : null;
	}

}
