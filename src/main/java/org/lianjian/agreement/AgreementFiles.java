package org.lianjian.agreement;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.ScopeService;
import org.lianjian.shared.web.NotFoundException;
import org.lianjian.shared.web.RuleViolationException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files on agreement pages: evidence logged with a fulfilment record, the signed scan on
 * an agreement, and the scope check before a file is served. Logging with evidence is one
 * transaction, so a refused file leaves no fulfilment record behind.
 */
@Service
class AgreementFiles {

	private final AgreementAccess access;

	private final FulfilmentLog fulfilmentLog;

	private final AttachmentService attachments;

	private final FulfilmentRepository fulfilments;

	private final AgreementHistory history;

	private final ScopeService scopes;

	AgreementFiles(AgreementAccess access, FulfilmentLog fulfilmentLog, AttachmentService attachments,
			FulfilmentRepository fulfilments, AgreementHistory history, ScopeService scopes) {
		this.access = access;
		this.fulfilmentLog = fulfilmentLog;
		this.attachments = attachments;
		this.fulfilments = fulfilments;
		this.history = history;
		this.scopes = scopes;
	}

	/**
	 * Logs fulfilment and stores its optional evidence file, all or nothing.
	 * @param agreementId the agreement
	 * @param form what was delivered
	 * @param fileName the uploaded file's name, if any
	 * @param bytes the uploaded file, or null or empty for none
	 * @return the fulfilment record's id
	 */
	@Transactional
	Long logWithEvidence(Long agreementId, FulfilmentForm form, @Nullable String fileName, byte @Nullable [] bytes) {
		Long id = this.fulfilmentLog.log(agreementId, form);
		if (bytes != null && bytes.length > 0) {
			this.attachments.store(AttachmentService.FULFILMENT, id, fileName, bytes);
		}
		return id;
	}

	/**
	 * Attaches a file (the signed scan) to an agreement the user may see, when its status
	 * allows it.
	 * @param agreementId the agreement
	 * @param fileName the uploaded file's name
	 * @param bytes the file
	 * @return the attachment's id
	 */
	@Transactional
	Long attachToAgreement(Long agreementId, @Nullable String fileName, byte[] bytes) {
		JointBuildingAgreement a = this.access.loadInScope(agreementId);
		if (!AgreementAccess.actions(this.scopes.current(), a).contains(AgreementAccess.ATTACH)) {
			throw new RuleViolationException(null, "agreement.attach.notAllowed");
		}
		Long id = this.attachments.store(AttachmentService.AGREEMENT, agreementId, fileName, bytes);
		this.history.record(agreementId, "AGREEMENT", agreementId, "attachment", null,
				this.attachments.forOwner(AttachmentService.AGREEMENT, agreementId)
					.stream()
					.filter((v) -> v.id().equals(id))
					.map(AgreementViews.AttachmentView::fileName)
					.findFirst()
					.orElse(null));
		return id;
	}

	/**
	 * Refuses, as a 404, a file whose owner the current user may not see.
	 * @param id the attachment
	 * @return the attachment's owner
	 */
	@Transactional(readOnly = true)
	AttachmentService.Owner checkVisible(Long id) {
		AttachmentService.Owner owner = this.attachments.ownerOf(id);
		Long agreementId = switch (owner.type()) {
			case AttachmentService.AGREEMENT -> owner.id();
			case AttachmentService.FULFILMENT -> this.fulfilments.findById(owner.id())
				.map(Fulfilment::getAgreementId)
				.orElseThrow(() -> new NotFoundException("attachment " + id));
			default -> throw new NotFoundException("attachment " + id);
		};
		this.access.loadInScope(agreementId);
		return owner;
	}

}
