package org.lianjian.activity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.Setter;
import org.lianjian.shared.time.EntityClock;

/**
 * The secret of one account's private calendar feed. Only a SHA-256 hash of the token is
 * stored; the token itself is shown once, when it is (re)generated.
 */
@Entity
@Table(name = "calendar_feed_token")
@Getter
@Setter
class CalendarFeedToken {

	@Id
	private Long accountId = 0L;

	@Column(nullable = false, length = 64)
	private String tokenHash = "";

	@Column(nullable = false)
	private Instant createdAt = EntityClock.instant();

}
