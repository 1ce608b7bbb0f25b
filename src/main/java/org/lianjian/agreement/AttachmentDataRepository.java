package org.lianjian.agreement;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentDataRepository extends JpaRepository<AttachmentData, Long> {

}
