package org.lianjian.account;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * At most the configured number of password hashes run at once; the others wait their
 * turn and all of them answer.
 */
class BoundedPasswordEncoderTests {

	@Test
	void shouldRunAtMostTheConfiguredNumberOfHashesAtOnce() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger inside = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		PasswordEncoder slow = new PasswordEncoder() {

			@Override
			public String encode(@Nullable CharSequence raw) {
				return "x";
			}

			@Override
			public boolean matches(@Nullable CharSequence raw, @Nullable String encoded) {
				most.accumulateAndGet(inside.incrementAndGet(), Math::max);
				try {
					release.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				inside.decrementAndGet();
				return "right".contentEquals(raw);
			}

		};
		BoundedPasswordEncoder bounded = new BoundedPasswordEncoder(slow, 2);
		ExecutorService pool = Executors.newFixedThreadPool(5);
		try {
			List<Future<Boolean>> checks = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				String raw = (i == 0) ? "right" : "wrong";
				checks.add(pool.submit(() -> bounded.matches(raw, "x")));
			}
			await().atMost(10, TimeUnit.SECONDS).until(() -> inside.get() == 2 && bounded.waiting() == 3);
			assertThat(most.get()).isEqualTo(2);
			release.countDown();
			assertThat(checks.get(0).get(10, TimeUnit.SECONDS)).isTrue();
			for (Future<Boolean> check : checks.subList(1, 5)) {
				assertThat(check.get(10, TimeUnit.SECONDS)).isFalse();
			}
			assertThat(most.get()).isEqualTo(2);
			assertThat(bounded.waiting()).isZero();
		}
		finally {
			pool.shutdownNow();
		}
	}

}
