package org.lianjian.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.Getter;
import org.jspecify.annotations.Nullable;

/**
 * One need transition (status, escalation): who, when, from, to and a note. Append only.
 */
@Entity
@Table(name = "need_change")
@Getter
class NeedChange extends HistoryLine {

	@Column(nullable = false)
	private Long needId = 0L;

	@Enumerated(EnumType.STRING)
	private @Nullable NeedStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private NeedStatus toStatus = NeedStatus.OPEN;

	protected NeedChange() {
	}

	NeedChange(Long needId, @Nullable String changedBy, @Nullable NeedStatus from, NeedStatus to, HistoryNote note) {
		super(changedBy, note);
		this.needId = needId;
		this.fromStatus = from;
		this.toStatus = to;
	}

}
