package org.lianjian.account;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that lets at most a fixed number of hashes run at once; the others
 * wait their turn, first come first served. A bcrypt check at work factor 10 is tens of
 * milliseconds of one core's time: when many people log in at the same moment (the start
 * of a working day), running all their checks at once shares the cores among them and
 * every other request, so each login ends only when nearly all of them have, and the
 * pages read meanwhile wait behind them. With the checks queued, logins end one after the
 * other and the pages keep their share of the processor. The work factor is unchanged.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

	private final PasswordEncoder delegate;

	private final Semaphore turns;

	/**
	 * @param delegate the encoder that hashes
	 * @param concurrent how many hashes may run at once (at least one)
	 */
	BoundedPasswordEncoder(PasswordEncoder delegate, int concurrent) {
		this.delegate = delegate;
		this.turns = new Semaphore(Math.max(1, concurrent), true);
	}

	@Override
	public @Nullable String encode(@Nullable CharSequence rawPassword) {
		return inTurn(() -> this.delegate.encode(rawPassword));
	}

	@Override
	public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
		return inTurn(() -> this.delegate.matches(rawPassword, encodedPassword));
	}

	@Override
	public boolean upgradeEncoding(@Nullable String encodedPassword) {
		return this.delegate.upgradeEncoding(encodedPassword);
	}

	/** How many hashes are waiting for their turn (for tests and diagnostics). */
	int waiting() {
		return this.turns.getQueueLength();
	}

	private <T> T inTurn(Supplier<T> hash) {
		try {
			this.turns.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting to check a password", ex);
		}
		try {
			return hash.get();
		}
		finally {
			this.turns.release();
		}
	}

}
