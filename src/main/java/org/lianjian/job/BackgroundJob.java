package org.lianjian.job;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;

/**
 * The row of one background job. Created through JPA; its state changes are conditional
 * updates in {@link JobService} (a job leaves WAITING only once), each of which also
 * raises the version.
 */
@Entity
@Table(name = "background_job")
@Getter
@Setter
class BackgroundJob {

	@Id
	private UUID id = UUID.randomUUID();

	@Version
	@Column(nullable = false)
	private long version;

	@Column(nullable = false, updatable = false)
	private String kind = "";

	private @Nullable Long ownerAccountId;

	@Column(nullable = false)
	private String ownerUsername = "";

	@Column(nullable = false)
	private String label = "";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private JobState state = JobState.WAITING;

	@Column(name = "progress_done", nullable = false)
	private int done;

	@Column(name = "progress_total", nullable = false)
	private int total;

	private byte @Nullable [] input;

	private byte @Nullable [] result;

	private @Nullable String errorCode;

	@Column(nullable = false)
	private Instant createdAt = Instant.EPOCH;

	@Column(nullable = false)
	private Instant updatedAt = Instant.EPOCH;

	private @Nullable Instant startedAt;

	private @Nullable Instant finishedAt;

}
