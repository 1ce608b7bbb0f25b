package org.lianjian.shared.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * Id and optimistic-lock version shared by every editable aggregate.
 */
@MappedSuperclass
public abstract class BaseEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	@Column(nullable = false)
	private long version;

	public @Nullable Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public boolean isNew() {
		return this.id == null;
	}

	/**
	 * Refuses an edit made against an older version of this entity.
	 * @param expectedVersion the version the user's form was rendered with
	 * @throws StaleEditException when somebody else saved in between
	 */
	public void checkVersion(long expectedVersion) {
		if (this.version != expectedVersion) {
			throw new StaleEditException(expectedVersion, this.version);
		}
	}

}
