package org.lianjian.agreement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Writes a checked form onto an agreement and its commitments; on an edit, each changed
 * value, added and removed commitment is recorded in the agreement's history.
 */
@Component
class DraftWriter {

	private final AgreementHistory history;

	DraftWriter(AgreementHistory history) {
		this.history = history;
	}

	void apply(JointBuildingAgreement a, AgreementForm f, boolean record) {
		Long id = a.getId();
		set(record, id, "title", a.getTitle(), Objects.requireNonNull(f.title()).trim(), a::setTitle);
		set(record, id, "level", a.getLevel(), Objects.requireNonNull(f.level()), a::setLevel);
		set(record, id, "communityOrgId", a.getCommunityOrgId(), Objects.requireNonNull(f.communityOrgId()),
				a::setCommunityOrgId);
		set(record, id, "termStart", a.getTermStart(), Objects.requireNonNull(f.termStart()), a::setTermStart);
		set(record, id, "termEnd", a.getTermEnd(), Objects.requireNonNull(f.termEnd()), a::setTermEnd);
		set(record, id, "summary", a.getSummary(), StringUtils.hasText(f.summary()) ? f.summary().trim() : null,
				a::setSummary);
		set(record, id, "parentAgreementId", a.getParentAgreementId(), f.parentAgreementId(), a::setParentAgreementId);
		Set<CooperationArea> areas = EnumSet.copyOf(Objects.requireNonNull(f.areas()));
		if (!areas.equals(a.getAreas())) {
			if (record && id != null) {
				this.history.record(id, "AGREEMENT", id, "areas", sorted(a.getAreas()), sorted(areas));
			}
			a.getAreas().clear();
			a.getAreas().addAll(areas);
		}
		Set<Long> unitIds = new LinkedHashSet<>(Objects.requireNonNull(f.unitIds()));
		if (!unitIds.equals(a.getUnitIds())) {
			if (record && id != null) {
				this.history.record(id, "AGREEMENT", id, "unitIds", sorted(a.getUnitIds()), sorted(unitIds));
			}
			a.getUnitIds().clear();
			a.getUnitIds().addAll(unitIds);
		}
		applyCommitments(a, f.commitmentsOrEmpty(), record);
	}

	private static String sorted(Collection<?> values) {
		return values.stream().map(String::valueOf).sorted().collect(Collectors.joining(","));
	}

	private void applyCommitments(JointBuildingAgreement a, List<CommitmentForm> rows, boolean record) {
		Map<Long, Commitment> existing = new HashMap<>();
		a.getCommitments().forEach((c) -> existing.put(c.getId(), c));
		Set<Long> kept = new HashSet<>();
		List<Commitment> ordered = new ArrayList<>();
		for (CommitmentForm row : rows) {
			Commitment c = row.id() == null ? null : existing.get(row.id());
			boolean isNew = c == null;
			if (isNew) {
				c = new Commitment();
				c.setAgreement(a);
			}
			else {
				kept.add(c.getId());
			}
			boolean rec = record && !isNew && a.getId() != null;
			Long cid = c.getId();
			Commitment target = c;
			setC(rec, a, cid, "description", c.getDescription(), Objects.requireNonNull(row.description()).trim(),
					target::setDescription);
			setC(rec, a, cid, "responsibleUnitId", c.getResponsibleUnitId(), row.responsibleUnitId(),
					target::setResponsibleUnitId);
			setC(rec, a, cid, "area", c.getArea(), Objects.requireNonNull(row.area()), target::setArea);
			setC(rec, a, cid, "targetQuantity", c.getTargetQuantity(), row.targetQuantity(), target::setTargetQuantity);
			setC(rec, a, cid, "targetUnit", c.getTargetUnit(),
					StringUtils.hasText(row.targetUnit()) ? row.targetUnit().trim() : null, target::setTargetUnit);
			setC(rec, a, cid, "measure", c.getMeasure(), row.measureOrDefault(), target::setMeasure);
			setC(rec, a, cid, "perYear", c.isPerYear(), row.perYear(), target::setPerYear);
			setC(rec, a, cid, "dueDate", c.getDueDate(), row.dueDate(), target::setDueDate);
			ordered.add(c);
			if (isNew && record && a.getId() != null) {
				this.history.record(a.getId(), "COMMITMENT", null, "added", null, c.getDescription());
			}
		}
		for (Commitment old : new ArrayList<>(a.getCommitments())) {
			if (!kept.contains(old.getId())) {
				if (record && a.getId() != null) {
					this.history.record(a.getId(), "COMMITMENT", old.getId(), "removed", old.getDescription(), null);
				}
			}
		}
		a.getCommitments().clear();
		for (int i = 0; i < ordered.size(); i++) {
			ordered.get(i).setSortOrder(i);
			a.getCommitments().add(ordered.get(i));
		}
	}

	private <T> void set(boolean record, @Nullable Long id, String field, @Nullable T oldValue, @Nullable T newValue,
			Consumer<@Nullable T> setter) {
		if (Objects.equals(oldValue, newValue)
				|| (oldValue instanceof BigDecimal o && newValue instanceof BigDecimal n && o.compareTo(n) == 0)) {
			return;
		}
		if (record && id != null) {
			this.history.record(id, "AGREEMENT", id, field, oldValue, newValue);
		}
		setter.accept(newValue);
	}

	private <T> void setC(boolean record, JointBuildingAgreement a, @Nullable Long commitmentId, String field,
			@Nullable T oldValue, @Nullable T newValue, Consumer<@Nullable T> setter) {
		if (Objects.equals(oldValue, newValue)
				|| (oldValue instanceof BigDecimal o && newValue instanceof BigDecimal n && o.compareTo(n) == 0)) {
			return;
		}
		if (record) {
			this.history.record(Objects.requireNonNull(a.getId()), "COMMITMENT", commitmentId, field, oldValue,
					newValue);
		}
		setter.accept(newValue);
	}

}
