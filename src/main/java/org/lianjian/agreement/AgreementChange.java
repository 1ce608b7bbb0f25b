package org.lianjian.agreement;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.time.EntityClock;

/**
 * One recorded change to an agreement, a commitment or a fulfilment record. Append only.
 */
@Entity
@Table(name = "agreement_change")
@Getter
class AgreementChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false)
	private Long agreementId = 0L;

	@Column(nullable = false)
	private Instant changedAt = EntityClock.instant();

	private @Nullable String changedBy;

	@Column(nullable = false)
	private String entity = "";

	private @Nullable Long entityId;

	@Column(nullable = false)
	private String field = "";

	private @Nullable String oldValue;

	private @Nullable String newValue;

	protected AgreementChange() {
	}

	AgreementChange(Long agreementId, @Nullable String changedBy, String entity, @Nullable Long entityId, String field,
			@Nullable String oldValue, @Nullable String newValue) {
		this.agreementId = agreementId;
		this.changedBy = changedBy;
		this.entity = entity;
		this.entityId = entityId;
		this.field = field;
		this.oldValue = cut(oldValue);
		this.newValue = cut(newValue);
	}

	private static @Nullable String cut(@Nullable String s) {
		return (s == null || s.length() <= 1000) ? s : s.substring(0, 1000);
	}

}
