package org.lianjian.unit;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.ScopeService;
import org.lianjian.shared.jpa.StaleEditException;
import org.lianjian.shared.web.NotFoundException;
import org.lianjian.shared.web.RuleViolationException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Change requests for protected fields: a liaison submits, staff approve (the change is
 * applied and recorded with source {@link ChangeSource#CHANGE_REQUEST}, the decider as
 * changed_by) or reject with a reason. The queue and the decisions answer 404 to anyone
 * but staff.
 */
@Service
public class ChangeRequestService {

	private final UnitChangeRequestRepository requests;

	private final UnitService units;

	private final LiaisonService liaisons;

	private final UnitHistory history;

	private final ScopeService scopes;

	private final Clock clock;

	ChangeRequestService(UnitChangeRequestRepository requests, UnitService units, LiaisonService liaisons,
			UnitHistory history, ScopeService scopes, Clock clock) {
		this.requests = requests;
		this.units = units;
		this.liaisons = liaisons;
		this.history = history;
		this.scopes = scopes;
		this.clock = clock;
	}

	/**
	 * The current stored value of a protected field of the liaison's own unit.
	 * @param unitId the unit
	 * @param field the field
	 * @return its value as text (enum name for category and rank)
	 */
	@Transactional(readOnly = true)
	public @Nullable String currentValue(Long unitId, ProtectedField field) {
		return valueOf(this.liaisons.requireOwnUnit(unitId), field);
	}

	/**
	 * A liaison asks for a change of a protected field of their own unit.
	 * @param unitId the unit
	 * @param form the request
	 * @return the request's id
	 */
	@Transactional
	public Long submit(Long unitId, ChangeRequestForm form) {
		ResidentUnit u = this.liaisons.requireOwnUnit(unitId);
		ProtectedField field = Objects.requireNonNull(form.field());
		String proposed = normalise(field, Objects.requireNonNull(form.proposedValue()));
		String current = valueOf(u, field);
		if (proposed.equals(current)) {
			throw new RuleViolationException("proposedValue", "unit.request.unchanged");
		}
		if (field == ProtectedField.CREDIT_CODE) {
			try {
				this.units.checkUnique(unitId, proposed);
			}
			catch (RuleViolationException ex) {
				throw new RuleViolationException("proposedValue", ex.getCode(), ex.getArgs());
			}
		}
		boolean duplicate = this.requests.findByUnitIdOrderByRequestedAtDesc(unitId)
			.stream()
			.anyMatch((r) -> r.getStatus() == ChangeRequestStatus.PENDING && r.getField() == field);
		if (duplicate) {
			throw new RuleViolationException(null, "unit.request.duplicate");
		}
		UnitChangeRequest r = new UnitChangeRequest();
		r.setUnitId(unitId);
		r.setField(field);
		r.setCurrentValue(current);
		r.setProposedValue(proposed);
		r.setComment(UnitService.blank(form.comment()));
		r.setRequestedBy(Objects.requireNonNull(this.history.currentUsername()));
		r.setRequestedAt(this.clock.instant());
		this.requests.save(r);
		return Objects.requireNonNull(r.getId());
	}

	/**
	 * The requests of a unit the current user may see, newest first.
	 * @param unitId the unit
	 * @return its requests with status and reason
	 */
	@Transactional(readOnly = true)
	public List<ChangeRequestView> forUnit(Long unitId) {
		ResidentUnit u = this.units.loadInScope(unitId);
		return this.requests.findByUnitIdOrderByRequestedAtDesc(unitId)
			.stream()
			.map((r) -> ChangeRequestView.of(r, u.getName()))
			.toList();
	}

	/**
	 * The staff queue: pending requests, oldest first.
	 * @return the requests
	 * @throws NotFoundException for anyone but staff
	 */
	@Transactional(readOnly = true)
	public List<ChangeRequestView> pending() {
		requireStaff();
		List<UnitChangeRequest> pending = this.requests.findByStatusOrderByRequestedAtAsc(ChangeRequestStatus.PENDING);
		Set<Long> unitIds = new HashSet<>();
		pending.forEach((r) -> unitIds.add(r.getUnitId()));
		Map<Long, String> names = this.units.names(unitIds);
		return pending.stream().map((r) -> ChangeRequestView.of(r, names.get(r.getUnitId()))).toList();
	}

	/**
	 * Pending requests, for the staff dashboard; 0 for anyone else.
	 * @return the count
	 */
	@Transactional(readOnly = true)
	public long countPending() {
		return this.scopes.current().isAll() ? this.requests.countByStatus(ChangeRequestStatus.PENDING) : 0;
	}

	/**
	 * Approves a pending request and applies the change to the unit.
	 * @param requestId the request
	 * @param version the request's version the queue was rendered with
	 */
	@Transactional
	public void approve(Long requestId, @Nullable Long version) {
		requireStaff();
		UnitChangeRequest r = loadPending(requestId, version);
		ResidentUnit u = this.units.loadInScope(r.getUnitId());
		Long unitId = r.getUnitId();
		ChangeSource source = ChangeSource.CHANGE_REQUEST;
		String value = normalise(r.getField(), r.getProposedValue());
		switch (r.getField()) {
			case NAME -> this.units.set(true, unitId, source, "name", u.getName(), value, u::setName);
			case CREDIT_CODE -> {
				this.units.checkUnique(unitId, value);
				this.units.set(true, unitId, source, "creditCode", u.getCreditCode(), value, u::setCreditCode);
			}
			case CATEGORY -> {
				UnitCategory category = UnitCategory.valueOf(value);
				this.units.set(true, unitId, source, "category", u.getCategory(), category, u::setCategory);
				if (category != UnitCategory.PUBLIC_INSTITUTION) {
					this.units.set(true, unitId, source, "subType", u.getSubType(), null, u::setSubType);
				}
			}
			case ADMIN_RANK -> this.units.set(true, unitId, source, "adminRank", u.getAdminRank(),
					AdminRank.valueOf(value), u::setAdminRank);
		}
		decide(r, ChangeRequestStatus.APPROVED, null);
		try {
			this.requests.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw new RuleViolationException("creditCode", "unit.request.codeTaken");
		}
	}

	/**
	 * Rejects a pending request with a reason; the unit stays as it is.
	 * @param requestId the request
	 * @param form the reason and the version
	 */
	@Transactional
	public void reject(Long requestId, DecisionForm form) {
		requireStaff();
		UnitChangeRequest r = loadPending(requestId, form.version());
		String reason = UnitService.blank(form.reason());
		if (reason == null) {
			throw new RuleViolationException("reason", "unit.request.reason.required");
		}
		decide(r, ChangeRequestStatus.REJECTED, reason);
		this.requests.flush();
	}

	private void decide(UnitChangeRequest r, ChangeRequestStatus status, @Nullable String reason) {
		r.setStatus(status);
		r.setDecidedBy(this.history.currentUsername());
		r.setDecidedAt(this.clock.instant());
		r.setDecisionReason(reason);
	}

	private UnitChangeRequest loadPending(Long requestId, @Nullable Long version) {
		UnitChangeRequest r = this.requests.findById(requestId)
			.orElseThrow(() -> new NotFoundException("change request " + requestId));
		r.checkVersion(version == null ? -1 : version);
		if (r.getStatus() != ChangeRequestStatus.PENDING) {
			throw new StaleEditException(version == null ? -1 : version, r.getVersion());
		}
		return r;
	}

	private void requireStaff() {
		if (!this.scopes.current().isAll()) {
			throw new NotFoundException("change requests");
		}
	}

	/**
	 * Checks and normalises a proposed value for its field.
	 * @throws RuleViolationException on proposedValue when it is not valid for the field
	 */
	static String normalise(ProtectedField field, String raw) {
		String value = raw.trim();
		if (value.isEmpty()) {
			throw new RuleViolationException("proposedValue", "validation.required");
		}
		switch (field) {
			case NAME -> {
				if (value.length() > 200) {
					throw new RuleViolationException("proposedValue", "unit.request.nameTooLong");
				}
			}
			case CREDIT_CODE -> {
				if (!CreditCode.isValid(value)) {
					throw new RuleViolationException("proposedValue", "unit.creditCode.invalid");
				}
			}
			case CATEGORY -> {
				if (ChangeRequestView.labelKey(field, value) == null) {
					throw new RuleViolationException("proposedValue", "unit.request.choose");
				}
			}
			case ADMIN_RANK -> {
				if (ChangeRequestView.labelKey(field, value) == null) {
					throw new RuleViolationException("proposedValue", "unit.request.choose");
				}
			}
		}
		return value;
	}

	static @Nullable String valueOf(ResidentUnit u, ProtectedField field) {
		return switch (field) {
			case NAME -> u.getName();
			case CREDIT_CODE -> u.getCreditCode();
			case CATEGORY -> u.getCategory().name();
			case ADMIN_RANK -> u.getAdminRank().name();
		};
	}

}
