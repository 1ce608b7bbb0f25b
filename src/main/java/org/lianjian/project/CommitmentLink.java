package org.lianjian.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * An agreement commitment a project fulfils, by id, with the label it had when it was
 * linked (so the project page needs no access to the agreement).
 */
@Embeddable
@Getter
@NoArgsConstructor
@AllArgsConstructor
class CommitmentLink {

	@Column(nullable = false)
	private Long commitmentId = 0L;

	@Column(nullable = false)
	private Long agreementId = 0L;

	@Column(nullable = false)
	private String label = "";

}
