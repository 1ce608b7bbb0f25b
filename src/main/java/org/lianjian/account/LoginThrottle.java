package org.lianjian.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts login attempts per client address and per username in windows of one minute, in
 * memory. Checking a password costs a bcrypt hash (tens of milliseconds of CPU), so a few
 * attempts a second would keep the machine busy; attempts over the limits are turned away
 * before any password is checked.
 *
 * <p>
 * <b>Bounded.</b> At most {@code portal.login-throttle.max-keys} addresses and usernames
 * are counted at once (each entry about a hundred bytes). A counter is never dropped
 * before its minute is over, so a flood of other names cannot reset the counter of the
 * address or name being attacked; windows that are over are swept out once a minute and
 * whenever the table is full. While it is still full, every new address shares one
 * counter, and so does every new username: a flood of fresh names is throttled as one.
 * Each instance of the portal counts its own attempts.
 */
@Component
class LoginThrottle {

	static final Duration WINDOW = Duration.ofMinutes(1);

	private static final String ADDRESS = "a:";

	private static final String USERNAME = "u:";

	/** The counter shared by new keys while the table is full. */
	private static final String OVERFLOW = "*";

	private final Clock clock;

	private final int perAddress;

	private final int perUsername;

	private final long maxKeys;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	private final AtomicLong lastSweep = new AtomicLong();

	private final AtomicLong lastFullSweep = new AtomicLong();

	LoginThrottle(Clock clock, @Value("${portal.login-throttle.per-address:30}") int perAddress,
			@Value("${portal.login-throttle.per-username:10}") int perUsername,
			@Value("${portal.login-throttle.max-keys:50000}") long maxKeys) {
		this.clock = clock;
		this.perAddress = perAddress;
		this.perUsername = perUsername;
		this.maxKeys = maxKeys;
		this.lastSweep.set(clock.millis());
	}

	/**
	 * Counts an attempt.
	 * @param address the client's address
	 * @param username the typed username (blank: counted by address only)
	 * @return whether the attempt may go on, and whether it is the first one turned away
	 * in this window (to be written to the audit log once)
	 */
	Verdict attempt(String address, String username) {
		long now = this.clock.millis();
		sweepIfDue(now);
		int byAddress = count(ADDRESS, address, now);
		String user = username.strip().toLowerCase(Locale.ROOT);
		int byUser = user.isEmpty() ? 0 : count(USERNAME, user.substring(0, Math.min(60, user.length())), now);
		if (byAddress <= this.perAddress && byUser <= this.perUsername) {
			return Verdict.ALLOWED;
		}
		return (byAddress == this.perAddress + 1 || byUser == this.perUsername + 1) ? Verdict.FIRST_REFUSED
				: Verdict.REFUSED;
	}

	int perAddress() {
		return this.perAddress;
	}

	int perUsername() {
		return this.perUsername;
	}

	/** How many counters are kept now: at most max-keys, and the two shared ones. */
	int keys() {
		return this.windows.size();
	}

	private int count(String kind, String name, long now) {
		String key = kind + name;
		if (!this.windows.containsKey(key) && this.windows.size() >= this.maxKeys) {
			long last = this.lastFullSweep.get();
			// when full, sweep at most once a second: a flood must not cost a sweep each
			if (now - last >= 1_000 && this.lastFullSweep.compareAndSet(last, now)) {
				sweep(now);
			}
			if (this.windows.size() >= this.maxKeys) {
				key = kind + OVERFLOW;
			}
		}
		return this.windows.compute(key, (k, old) -> (old == null || old.isOver(now)) ? new Window(now, 1) : old.next())
			.count();
	}

	private void sweepIfDue(long now) {
		long last = this.lastSweep.get();
		if (now - last >= WINDOW.toMillis() && this.lastSweep.compareAndSet(last, now)) {
			sweep(now);
		}
	}

	private void sweep(long now) {
		this.windows.values().removeIf((w) -> w.isOver(now));
	}

	enum Verdict {

		ALLOWED, FIRST_REFUSED, REFUSED;

		boolean allowed() {
			return this == ALLOWED;
		}

	}

	private record Window(long start, int count) {

		boolean isOver(long now) {
			return now - this.start >= WINDOW.toMillis();
		}

		Window next() {
			return new Window(this.start, this.count + 1);
		}

	}

}
