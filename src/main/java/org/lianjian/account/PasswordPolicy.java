package org.lianjian.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.lianjian.shared.db.EmbeddedDatabaseCondition;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * What a new password must not be: the length is checked on the form (10 to 128
 * characters); here are the rules a length cannot express. A password is refused when it
 * contains the username, is one character repeated, is a simple sequence (a run along the
 * digits, the alphabet or a keyboard row, forwards or backwards, at most two such runs,
 * or a short block repeated), or is a common or published password (the list in
 * {@value #LIST}, also after stripping digits and symbols from both ends). The demo
 * password is refused unless the portal runs with demo data.
 *
 * <p>
 * Applied to a user's own new password and to a first admin password given by the
 * operator; the portal's generated one-time passwords pass it by construction.
 */
@Component
class PasswordPolicy {

	static final String LIST = "security/common-passwords.txt";

	/** The password of every demo account (see the demo module). */
	static final String DEMO_PASSWORD = "lianjian-demo";

	/**
	 * Sequences a "simple" password runs along: digits (wrapping 9 to 0), the alphabet,
	 * keyboard rows and the usual keyboard column walks.
	 */
	private static final List<String> SEQUENCES = List.of("01234567890", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop",
			"asdfghjkl", "zxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p", "1q2w3e4r5t6y7u8i9o0p",
			"q1w2e3r4t5y6u7i8o9p0", "qazwsxedcrfvtgbyhnujmikolp", "!@#$%^&*()");

	/** A repeated block up to this length makes a password simple. */
	private static final int SHORT_BLOCK = 4;

	private final Set<String> common;

	private final boolean demo;

	@Autowired
	PasswordPolicy(Environment env) {
		this(load(), demoData(env));
	}

	PasswordPolicy(Set<String> common, boolean demo) {
		this.common = common;
		this.demo = demo;
	}

	/** Whether demo data is on: as the demo module decides it. */
	static boolean demoData(Environment env) {
		boolean embedded = EmbeddedDatabaseCondition.isEmbedded(env.getProperty("spring.datasource.url"));
		return env.getProperty("portal.demo-data", Boolean.class, embedded);
	}

	/**
	 * Why a new password is refused.
	 * @param username the account's username
	 * @param password the new password
	 * @return the message code, or empty when the password is acceptable
	 */
	Optional<String> violation(String username, String password) {
		String lower = password.toLowerCase(Locale.ROOT);
		String user = username.strip().toLowerCase(Locale.ROOT);
		if (user.length() >= 3 && lower.contains(user)) {
			return Optional.of("password.policy.username");
		}
		if (lower.chars().distinct().count() <= 1) {
			return Optional.of("password.policy.repeated");
		}
		if (isSimple(lower)) {
			return Optional.of("password.policy.sequence");
		}
		if (password.equals(DEMO_PASSWORD) && !this.demo) {
			return Optional.of("password.policy.common");
		}
		String core = stripEnds(lower);
		if (this.common.contains(lower) || (core.length() >= 4 && this.common.contains(core))) {
			return Optional.of("password.policy.common");
		}
		return Optional.empty();
	}

	/** A short block repeated, a repeated run, or at most two runs along a sequence. */
	static boolean isSimple(String s) {
		for (int block = 1; block <= s.length() / 2; block++) {
			if (repeats(s, block) && (block <= SHORT_BLOCK || runs(s.substring(0, block)) == 1)) {
				return true;
			}
		}
		return runs(s) <= 2;
	}

	private static boolean repeats(String s, int block) {
		for (int i = block; i < s.length(); i++) {
			if (s.charAt(i) != s.charAt(i - block)) {
				return false;
			}
		}
		return true;
	}

	/** How many pieces the text falls into where two neighbours are not adjacent. */
	static int runs(String s) {
		int runs = s.isEmpty() ? 0 : 1;
		for (int i = 1; i < s.length(); i++) {
			char a = s.charAt(i - 1);
			char b = s.charAt(i);
			if (a != b && !adjacent(a, b)) {
				runs++;
			}
		}
		return runs;
	}

	private static boolean adjacent(char a, char b) {
		for (String seq : SEQUENCES) {
			for (int i = 1; i < seq.length(); i++) {
				char x = seq.charAt(i - 1);
				char y = seq.charAt(i);
				if ((x == a && y == b) || (x == b && y == a)) {
					return true;
				}
			}
		}
		return false;
	}

	/** The text without digits, symbols and spaces at either end. */
	static String stripEnds(String s) {
		int from = 0;
		int to = s.length();
		while (from < to && !Character.isLetter(s.charAt(from))) {
			from++;
		}
		while (to > from && !Character.isLetter(s.charAt(to - 1))) {
			to--;
		}
		return s.substring(from, to);
	}

	static Set<String> load() {
		Set<String> words = new HashSet<>();
		try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(LIST)) {
			if (in == null) {
				throw new IllegalStateException(LIST + " is missing");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				String word = line.strip().toLowerCase(Locale.ROOT);
				if (!word.isEmpty() && !word.startsWith("#")) {
					words.add(word);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(words);
	}

}
