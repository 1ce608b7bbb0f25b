package org.lianjian.unit;

import java.time.Clock;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lianjian.structure.OrganisationForm;
import org.lianjian.structure.OrganisationType;
import org.lianjian.structure.StructureRole;
import org.lianjian.structure.StructureService;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

/**
 * Writes a unit from its form: every field with its history, the effective start date,
 * the party organisation node and the coordination committee membership. Used by the unit
 * form, the ledger import and the liaison's and change requests' edits, through
 * {@link UnitService}. A unit that moves out is published as {@link UnitMovedOut}.
 */
@Component
class UnitEdits {

	/**
	 * The form's fields that {@link #apply} writes by their own rules; every other field
	 * is copied onto the unit's property of the same name ({@link #plainFields}).
	 */
	private static final Set<String> OWN_RULES = Set.of("name", "shortName", "creditCode", "category", "subType",
			"adminRank", "dualManaged", "address", "residentialAreaId", "gridRef", "headcount", "contactPhone",
			"contactEmail", "partyOrgKind", "partyMemberCount", "sectorCommittee", "networkId", "coordinationMember",
			"coordinationMemberSince", "status", "statusDate", "effectiveFrom", "version");

	private final UnitHistory history;

	private final UnitCoordination coordination;

	private final StructureService structure;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	UnitEdits(UnitHistory history, UnitCoordination coordination, StructureService structure,
			ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.history = history;
		this.coordination = coordination;
		this.structure = structure;
		this.clock = clock;
	}

	/**
	 * Copies a form onto a unit, recording every changed field in the history.
	 * @param u the unit
	 * @param f the form
	 * @param source where the change comes from
	 * @param record whether to record history (not for a unit being created)
	 * @return how many fields changed
	 */
	int apply(ResidentUnit u, UnitForm f, ChangeSource source, boolean record) {
		Long id = u.getId();
		int changed = 0;
		changed += set(record, id, source, "name", u.getName(), Objects.requireNonNull(f.name()).trim(), u::setName);
		changed += set(record, id, source, "shortName", u.getShortName(), UnitService.blank(f.shortName()),
				u::setShortName);
		changed += set(record, id, source, "creditCode", u.getCreditCode(), UnitService.normaliseCode(f.creditCode()),
				u::setCreditCode);
		changed += set(record, id, source, "category", u.getCategory(), Objects.requireNonNull(f.category()),
				u::setCategory);
		InstitutionType subType = f.category() == UnitCategory.PUBLIC_INSTITUTION ? f.subType() : null;
		changed += set(record, id, source, "subType", u.getSubType(), subType, u::setSubType);
		changed += set(record, id, source, "adminRank", u.getAdminRank(), Objects.requireNonNull(f.adminRank()),
				u::setAdminRank);
		changed += set(record, id, source, "dualManaged", u.isDualManaged(), f.dualManaged(), u::setDualManaged);
		changed += set(record, id, source, "address", u.getAddress(), UnitService.blank(f.address()), u::setAddress);
		changed += set(record, id, source, "residentialAreaId", u.getResidentialAreaId(), f.residentialAreaId(),
				u::setResidentialAreaId);
		changed += set(record, id, source, "gridRef", u.getGridRef(), UnitService.blank(f.gridRef()), u::setGridRef);
		changed += set(record, id, source, "headcount", u.getHeadcount(), f.headcount() == null ? 0 : f.headcount(),
				u::setHeadcount);
		changed += set(record, id, source, "contactPhone", u.getContactPhone(), UnitService.blank(f.contactPhone()),
				u::setContactPhone);
		changed += set(record, id, source, "contactEmail", u.getContactEmail(), UnitService.blank(f.contactEmail()),
				u::setContactEmail);
		changed += set(record, id, source, "partyOrgKind", u.getPartyOrgKind(), f.partyOrgKind(), u::setPartyOrgKind);
		changed += set(record, id, source, "partyMemberCount", u.getPartyMemberCount(),
				f.partyMemberCount() == null ? 0 : f.partyMemberCount(), u::setPartyMemberCount);
		changed += set(record, id, source, "sectorCommittee", u.getSectorCommittee(),
				UnitService.blank(f.sectorCommittee()), u::setSectorCommittee);
		changed += set(record, id, source, "networkId", u.getNetworkId(), f.networkId(), u::setNetworkId);
		changed += this.coordination.apply(u, f, source, record);
		UnitStatus before = u.getStatus();
		changed += set(record, id, source, "status", before, Objects.requireNonNull(f.status()), u::setStatus);
		changed += set(record, id, source, "statusDate", u.getStatusDate(),
				f.status() == UnitStatus.ACTIVE ? null : f.statusDate(), u::setStatusDate);
		if (id != null && before != UnitStatus.MOVED_OUT && u.getStatus() == UnitStatus.MOVED_OUT) {
			this.events.publishEvent(new UnitMovedOut(id, u.getStatusDate()));
		}
		// a blank start keeps the stored one; a new unit starts on the day it is
		// registered, or earlier when the form shows it at work before (V70)
		LocalDate start = (f.effectiveFrom() != null) ? f.effectiveFrom()
				: (id != null) ? u.getEffectiveFrom() : firstDay(f);
		changed += set(record, id, source, "effectiveFrom", (id != null) ? u.getEffectiveFrom() : null, start,
				u::setEffectiveFrom);
		return changed + plainFields(u, f, source, record);
	}

	/**
	 * Copies the fields without rules of their own by property name, a blank text as
	 * null, each with its history: a new field of the unit needs no change here.
	 */
	private int plainFields(ResidentUnit u, UnitForm f, ChangeSource source, boolean record) {
		BeanWrapper unit = PropertyAccessorFactory.forBeanPropertyAccess(u);
		int changed = 0;
		for (RecordComponent component : UnitForm.class.getRecordComponents()) {
			String name = component.getName();
			if (OWN_RULES.contains(name)) {
				continue;
			}
			Object value = ReflectionUtils.invokeMethod(component.getAccessor(), f);
			changed += set(record, u.getId(), source, name, unit.getPropertyValue(name),
					(value instanceof String s) ? UnitService.blank(s) : value, (v) -> unit.setPropertyValue(name, v));
		}
		return changed;
	}

	/**
	 * A new unit's first day when the form gives none: the day it is registered, or the
	 * day it joined the coordination committee or left, when earlier (a unit registered
	 * after it left is never counted).
	 */
	private LocalDate firstDay(UnitForm f) {
		LocalDate first = today();
		for (LocalDate d : new LocalDate[] { f.coordinationMember() ? f.coordinationMemberSince() : null,
				(f.status() != UnitStatus.ACTIVE) ? f.statusDate() : null }) {
			if (d != null && d.isBefore(first)) {
				first = d;
			}
		}
		return first;
	}

	<T> int set(boolean record, @Nullable Long id, ChangeSource source, String field, @Nullable T oldValue,
			@Nullable T newValue, java.util.function.Consumer<@Nullable T> setter) {
		if (Objects.equals(oldValue, newValue)) {
			return 0;
		}
		if (record && id != null) {
			this.history.record(id, source, field, oldValue, newValue);
		}
		setter.accept(newValue);
		return 1;
	}

	/**
	 * Gives a unit with a party organisation kind its node in the structure, under its
	 * network (or the coordination committee), and keeps the node's member count in step.
	 */
	void ensurePartyOrganisation(ResidentUnit u) {
		partyOrganisation(u);
		// the coordination committee's roster holds the party organisation
		this.coordination.write(u);
	}

	private void partyOrganisation(ResidentUnit u) {
		if (u.getPartyOrgKind() == null) {
			return;
		}
		if (u.getPartyOrgId() == null) {
			Long parent = u.getNetworkId() != null ? u.getNetworkId()
					: this.structure.holderOf(StructureRole.NETWORK_COORDINATION).orElse(null);
			if (parent == null) {
				return;
			}
			String suffix = switch (u.getPartyOrgKind()) {
				case COMMITTEE -> "党委";
				case GENERAL_BRANCH -> "党总支";
				case BRANCH -> "党支部";
			};
			Long orgId = this.structure.create(new OrganisationForm(OrganisationType.UNIT_PARTY_ORG,
					u.getName() + suffix, null, parent, null, null, u.getPartyMemberCount(), null));
			u.setPartyOrgId(orgId);
		}
		else {
			this.structure.updateMemberCount(u.getPartyOrgId(), u.getPartyMemberCount());
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
