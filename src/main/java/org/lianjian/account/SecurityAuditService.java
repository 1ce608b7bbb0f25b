package org.lianjian.account;

import org.jspecify.annotations.Nullable;
import org.lianjian.shared.log.LogSafe;
import org.lianjian.shared.web.PageView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes and reads the security audit log. Each event is also logged on the
 * {@code SECURITY_AUDIT} logger, never with a password or session id.
 */
@Service
public class SecurityAuditService {

	private static final Logger log = LoggerFactory.getLogger("SECURITY_AUDIT");

	private final SecurityAuditRepository events;

	SecurityAuditService(SecurityAuditRepository events) {
		this.events = events;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(AuditEventType type, @Nullable String username, @Nullable String actor,
			@Nullable String detail) {
		String remote = remoteAddr();
		log.info("{} user={} actor={} from={} {}", type, LogSafe.text(username), LogSafe.text(actor),
				LogSafe.text(remote), (detail == null) ? "" : LogSafe.text(detail, 500));
		this.events.save(new SecurityAuditEvent(type, username, actor, detail, remote));
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public PageView<AuditEntry> search(@Nullable AuditEventType type, @Nullable String username, int page) {
		String user = StringUtils.hasText(username) ? username.trim().toLowerCase() : "";
		return PageView.of(this.events
			.search(type, user,
					PageRequest.of(PageView.index(page), 50, Sort.by(Sort.Direction.DESC, "occurredAt", "id")))
			.map((e) -> new AuditEntry(e.getOccurredAt(), e.getType(), e.getUsername(), e.getActor(), e.getDetail(),
					e.getRemoteAddr())));
	}

	private static @Nullable String remoteAddr() {
		RequestAttributes attrs = RequestContextHolder.getRequestAttributes();
		if (attrs instanceof ServletRequestAttributes servlet) {
			return servlet.getRequest().getRemoteAddr();
		}
		return null;
	}

}
