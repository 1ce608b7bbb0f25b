package org.lianjian.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.Setter;

/**
 * The bytes of an attachment, read only when the file is downloaded.
 */
@Entity
@Table(name = "attachment_data")
@Getter
@Setter
class AttachmentData {

	@Id
	private Long attachmentId = 0L;

	@Column(nullable = false)
	private byte[] data = new byte[0];

}
