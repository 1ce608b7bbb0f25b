package org.lianjian.matching;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.time.EntityClock;

/**
 * What every history line of a need or an order holds: who, when, and its note as a
 * message key with arguments plus the text a user typed ({@link HistoryNote}). Append
 * only; {@link NeedChange} and {@link OrderChange} add the record and the statuses.
 */
@MappedSuperclass
@Getter
abstract class HistoryLine {

	private static final int TEXT_MAX = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false)
	private Instant changedAt = EntityClock.instant();

	private @Nullable String changedBy;

	private @Nullable String noteKey;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false)
	private String[] noteArgs = new String[0];

	private @Nullable String note;

	protected HistoryLine() {
	}

	protected HistoryLine(@Nullable String changedBy, HistoryNote note) {
		this.changedBy = changedBy;
		this.noteKey = note.key();
		this.noteArgs = note.args().stream().map(HistoryLine::cut).toArray(String[]::new);
		this.note = (note.text() != null) ? cut(note.text()) : null;
	}

	/** A status of a need or an order, named by a message key. */
	interface Status {

		String messageKey();

	}

	/** The status this line left, or null for the first line. */
	abstract @Nullable Status getFromStatus();

	/** The status this line reached. */
	abstract Status getToStatus();

	/** The line as the pages show it, at the time of the given zone. */
	MatchingViews.ChangeView view(ZoneId zone) {
		Status from = getFromStatus();
		return new MatchingViews.ChangeView(LocalDateTime.ofInstant(this.changedAt, zone), this.changedBy,
				(from != null) ? from.messageKey() : null, getToStatus().messageKey(), this.noteKey,
				List.of(this.noteArgs), this.note);
	}

	private static String cut(String text) {
		return (text.length() <= TEXT_MAX) ? text : text.substring(0, TEXT_MAX);
	}

}
