package org.lianjian.agreement;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

	List<Attachment> findByOwnerTypeAndOwnerIdOrderByUploadedAtAsc(String ownerType, Long ownerId);

	List<Attachment> findByOwnerTypeAndOwnerIdInOrderByUploadedAtAsc(String ownerType, Collection<Long> ownerIds);

	/**
	 * The files of an agreement and those of its fulfilment records, in one statement
	 * (the detail page's attachments and evidence).
	 */
	@Query("""
			select x from Attachment x
			where (x.ownerType = 'AGREEMENT' and x.ownerId = :agreementId)
			   or (x.ownerType = 'FULFILMENT'
			       and x.ownerId in (select f.id from Fulfilment f where f.agreementId = :agreementId))
			order by x.uploadedAt, x.id""")
	List<Attachment> findOfAgreementAndFulfilments(@Param("agreementId") Long agreementId);

}
