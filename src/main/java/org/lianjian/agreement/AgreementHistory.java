package org.lianjian.agreement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.ScopeService;

import org.springframework.stereotype.Component;

/**
 * Records every change to an agreement, its commitments and its fulfilment: who, when,
 * which field, old value and new value. The project keeps its own audit tables (no
 * Envers).
 */
@Component
class AgreementHistory {

	private final AgreementChangeRepository changes;

	private final ScopeService scopes;

	AgreementHistory(AgreementChangeRepository changes, ScopeService scopes) {
		this.changes = changes;
		this.scopes = scopes;
	}

	void record(Long agreementId, String entity, @Nullable Long entityId, String field, @Nullable Object oldValue,
			@Nullable Object newValue) {
		recordBy(username(), agreementId, entity, entityId, field, oldValue, newValue);
	}

	/**
	 * Records a change made on behalf of someone: a reaction to an event runs without
	 * their sign-in.
	 */
	void recordBy(String by, Long agreementId, String entity, @Nullable Long entityId, String field,
			@Nullable Object oldValue, @Nullable Object newValue) {
		String before = text(oldValue);
		String after = text(newValue);
		if (Objects.equals(before, after)) {
			return;
		}
		this.changes.save(new AgreementChange(agreementId, by, entity, entityId, field, before, after));
	}

	List<AgreementViews.ChangeView> of(Long agreementId) {
		return this.changes.findTop300ByAgreementIdOrderByChangedAtDescIdDesc(agreementId)
			.stream()
			.map((c) -> new AgreementViews.ChangeView(c.getChangedAt(), c.getChangedBy(), c.getEntity(),
					c.getEntityId(), c.getField(), c.getOldValue(), c.getNewValue()))
			.toList();
	}

	String username() {
		return this.scopes.currentUser().map((u) -> u.getUsername()).orElse("system");
	}

	static @Nullable String text(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof BigDecimal d) {
			return d.stripTrailingZeros().toPlainString();
		}
		String s = (value instanceof Enum<?> e) ? e.name() : value.toString();
		return s.isBlank() ? null : s;
	}

}
