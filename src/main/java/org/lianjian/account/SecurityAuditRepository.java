package org.lianjian.account;

import java.time.Instant;
import java.util.Collection;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SecurityAuditRepository extends JpaRepository<SecurityAuditEvent, Long> {

	@Query("""
			select e from SecurityAuditEvent e
			where (:type is null or e.type = :type)
			  and (:username = '' or lower(e.username) = :username)
			  and e.occurredAt >= :since and e.type in (:types)""")
	Page<SecurityAuditEvent> search(@Param("type") @Nullable AuditEventType type, @Param("username") String username,
			@Param("since") Instant since, @Param("types") Collection<AuditEventType> types, Pageable pageable);

	long countByTypeAndUsername(AuditEventType type, String username);

}
