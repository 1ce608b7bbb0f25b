package org.lianjian.activity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secret tokens of the private calendar feeds: 32 random bytes, url-safe base64, stored
 * only as a SHA-256 hash. Regenerating replaces the hash, so the old URL stops working.
 */
@Service
class CalendarFeedService {

	private static final int TOKEN_BYTES = 32;

	private final SecureRandom random = new SecureRandom();

	private final CalendarFeedTokenRepository tokens;

	private final Clock clock;

	CalendarFeedService(CalendarFeedTokenRepository tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	/**
	 * Creates a new token for an account, invalidating the previous one.
	 * @param accountId the account
	 * @return the token, to show once
	 */
	@Transactional
	String regenerate(Long accountId) {
		byte[] bytes = new byte[TOKEN_BYTES];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		CalendarFeedToken row = this.tokens.findById(accountId).orElseGet(() -> {
			CalendarFeedToken t = new CalendarFeedToken();
			t.setAccountId(accountId);
			return t;
		});
		row.setTokenHash(hash(token));
		row.setCreatedAt(this.clock.instant());
		this.tokens.save(row);
		return token;
	}

	@Transactional(readOnly = true)
	Optional<Instant> createdAt(Long accountId) {
		return this.tokens.findById(accountId).map(CalendarFeedToken::getCreatedAt);
	}

	/**
	 * The account a token belongs to.
	 * @param token the token from the URL
	 * @return the account id; empty for an unknown or replaced token
	 */
	@Transactional(readOnly = true)
	Optional<Long> accountOf(String token) {
		if (token.length() < 40 || token.length() > 64) {
			return Optional.empty();
		}
		return this.tokens.findByTokenHash(hash(token)).map(CalendarFeedToken::getAccountId);
	}

	static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
