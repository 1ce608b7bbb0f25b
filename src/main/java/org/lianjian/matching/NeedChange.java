package org.lianjian.matching;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.time.EntityClock;

/**
 * One need transition (status, escalation): who, when, from, to and a note. Append only.
 */
@Entity
@Table(name = "need_change")
@Getter
class NeedChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false)
	private Long needId = 0L;

	@Column(nullable = false)
	private Instant changedAt = EntityClock.instant();

	private @Nullable String changedBy;

	@Enumerated(EnumType.STRING)
	private @Nullable NeedStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private NeedStatus toStatus = NeedStatus.OPEN;

	private @Nullable String note;

	protected NeedChange() {
	}

	NeedChange(Long needId, @Nullable String changedBy, @Nullable NeedStatus from, NeedStatus to,
			@Nullable String note) {
		this.needId = needId;
		this.changedBy = changedBy;
		this.fromStatus = from;
		this.toStatus = to;
		this.note = (note == null || note.length() <= 1000) ? note : note.substring(0, 1000);
	}

}
