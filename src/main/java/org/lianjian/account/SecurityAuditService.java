package org.lianjian.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

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

	/**
	 * The events that matter to an admin (failed or refused logins, locks, password
	 * resets, account and role changes, denied access), not the routine ones (logins,
	 * logouts, own password changes, ended sessions).
	 */
	public static final Set<AuditEventType> SECURITY = Collections
		.unmodifiableSet(EnumSet.of(AuditEventType.LOGIN_FAILURE, AuditEventType.LOGIN_REFUSED_LOCKED,
				AuditEventType.LOGIN_REFUSED_DISABLED, AuditEventType.ACCOUNT_LOCKED, AuditEventType.PASSWORD_RESET,
				AuditEventType.ACCOUNT_CREATED, AuditEventType.ACCOUNT_DISABLED, AuditEventType.ACCOUNT_ENABLED,
				AuditEventType.ROLE_CHANGED, AuditEventType.SCOPE_CHANGED, AuditEventType.ACCESS_DENIED,
				AuditEventType.PASSWORD_CHANGE_FAILED, AuditEventType.LOGIN_THROTTLED, AuditEventType.HOLIDAY_CHANGED));

	private final SecurityAuditRepository events;

	private final Clock clock;

	SecurityAuditService(SecurityAuditRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
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
		return search(type, username, false, page);
	}

	/**
	 * One page of the audit log, newest first.
	 * @param type one type only
	 * @param username one account only
	 * @param recent only the {@link #SECURITY} events of the last 24 hours (the admin's
	 * home page, {@code /admin/audit?recent=true})
	 * @param page the page
	 * @return the page
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public PageView<AuditEntry> search(@Nullable AuditEventType type, @Nullable String username, boolean recent,
			int page) {
		String user = StringUtils.hasText(username) ? username.trim().toLowerCase() : "";
		Instant since = recent ? this.clock.instant().minus(Duration.ofDays(1)) : Instant.EPOCH;
		Set<AuditEventType> types = recent ? SECURITY : EnumSet.allOf(AuditEventType.class);
		return PageView.of(this.events
			.search(type, user, since, types,
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
