package org.lianjian.agreement;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

	List<Attachment> findByOwnerTypeAndOwnerIdOrderByUploadedAtAsc(String ownerType, Long ownerId);

	List<Attachment> findByOwnerTypeAndOwnerIdInOrderByUploadedAtAsc(String ownerType, Collection<Long> ownerIds);

}
