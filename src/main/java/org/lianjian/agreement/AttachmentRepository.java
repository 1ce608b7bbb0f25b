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
	 * (the detail page's attachments and evidence). A union, so that each part is an
	 * index lookup on {@code attachment_owner_idx}: written with {@code or}, PostgreSQL
	 * scans the whole attachment table.
	 */
	@Query(value = """
			select x.* from attachment x
			where x.owner_type = 'AGREEMENT' and x.owner_id = :agreementId
			union all
			select x.* from fulfilment f join attachment x on x.owner_type = 'FULFILMENT' and x.owner_id = f.id
			where f.agreement_id = :agreementId
			order by uploaded_at, id""", nativeQuery = true)
	List<Attachment> findOfAgreementAndFulfilments(@Param("agreementId") Long agreementId);

}
