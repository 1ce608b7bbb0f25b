package org.lianjian.agreement;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.time.EntityClock;

/**
 * A stored file's metadata; the bytes are in {@code attachment_data}.
 */
@Entity
@Table(name = "attachment")
@Getter
@Setter
class Attachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false)
	private String ownerType = "";

	@Column(nullable = false)
	private Long ownerId = 0L;

	@Column(nullable = false)
	private String fileName = "";

	@Column(nullable = false)
	private String contentType = "";

	@Column(name = "size_bytes", nullable = false)
	private long size;

	@Column(nullable = false)
	private String sha256 = "";

	private @Nullable String uploadedBy;

	@Column(nullable = false)
	private Instant uploadedAt = EntityClock.instant();

}
