package org.lianjian.shared.log;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogSafeTests {

	@Test
	void shouldReplaceLineBreaksAndOtherControlCharacters() {
		assertThat(LogSafe.text("admin\r\n12:00:00 INFO LOGIN_SUCCESS user=admin")).doesNotContain("\r", "\n")
			.startsWith("admin__12:00:00");
		assertThat(LogSafe.text("a\tb\u0000c\u001b[31md\u0085e\u2028f\u202eg")).isEqualTo("a_b_c_[31md_e_f_g");
		assertThat(LogSafe.text("\ud800x")).isEqualTo("_x");
	}

	@Test
	void shouldKeepOrdinaryTextAndChinese() {
		assertThat(LogSafe.text("王晓明 liaison.2-x")).isEqualTo("王晓明 liaison.2-x");
		assertThat(LogSafe.text("𠮷野家")).isEqualTo("𠮷野家");
		assertThat(LogSafe.text(null)).isEqualTo("null");
		assertThat(LogSafe.orNull(null, 10)).isNull();
	}

	@Test
	void shouldCutLongValues() {
		String cut = LogSafe.text("x".repeat(5_000));
		assertThat(cut).hasSize(LogSafe.MAX).endsWith("…");
		assertThat(LogSafe.text("y".repeat(LogSafe.MAX))).hasSize(LogSafe.MAX).doesNotContain("…");
		String astral = LogSafe.text("𠮷".repeat(80), 60);
		assertThat(astral.codePointCount(0, astral.length())).isEqualTo(60);
	}

}
