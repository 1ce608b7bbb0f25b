package org.lianjian.account;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The password rules beyond the length, on the committed list of common passwords.
 */
class PasswordPolicyTests {

	private static final Set<String> COMMON = PasswordPolicy.load();

	private final PasswordPolicy production = new PasswordPolicy(COMMON, false);

	private final PasswordPolicy demo = new PasswordPolicy(COMMON, true);

	@ParameterizedTest
	@CsvSource({ "zhangsan, zhangsan2024!, password.policy.username",
			"zhangsan, my-ZhangSan-pass, password.policy.username", "wang, aaaaaaaaaaaa, password.policy.repeated",
			"wang, 1111111111, password.policy.repeated", "wang, 1234567890, password.policy.sequence",
			"wang, 0987654321, password.policy.sequence", "wang, abcdefghijk, password.policy.sequence",
			"wang, qwertyuiop, password.policy.sequence", "wang, qwerty123456, password.policy.sequence",
			"wang, 1qaz2wsx3edc, password.policy.sequence", "wang, abcabcabcabc, password.policy.sequence",
			"wang, 12121212121212, password.policy.sequence", "wang, q1w2e3r4t5y6, password.policy.sequence",
			"wang, basketball, password.policy.common", "wang, Password2024!, password.policy.common",
			"wang, woaini1314520, password.policy.common", "wang, 5201314520, password.policy.common",
			"wang, lianjian2025, password.policy.common", "wang, !!Sunshine99, password.policy.common",
			"wang, lianjian-demo, password.policy.common" })
	void shouldRefuse(String username, String password, String code) {
		assertThat(this.production.violation(username, password)).contains(code);
	}

	@ParameterizedTest
	@ValueSource(strings = { "correct-horse-42", "brand-new-pass-1", "liaison-test-pass-1", "曲阳街道联建平台2025",
			"Tiger.lily.9041", "gh7-Kq2p-xW9m" })
	void shouldAccept(String password) {
		assertThat(this.production.violation("zhangsan", password)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sQ3kRt7vWx2mNp", "Hk4mPq8wZt3cVb" })
	void shouldAcceptThePortalsOneTimePasswords(String password) {
		assertThat(this.production.violation("admin", password)).isEmpty();
		assertThat(this.production.violation("admin", AccountService.generatePassword())).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "lianjian-demo" })
	void shouldAcceptTheDemoPasswordOnlyWithDemoData(String password) {
		assertThat(this.demo.violation("liaison", password)).isEmpty();
		assertThat(this.production.violation("liaison", password)).contains("password.policy.common");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1234567890", "qwertyuiop", "password1", "iloveyou", "woaini1314", "admin123" })
	void shouldListThePublishedAndTheLocalCommonPasswords(String password) {
		assertThat(COMMON).contains(password);
	}

}
