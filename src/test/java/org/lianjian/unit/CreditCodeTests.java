package org.lianjian.unit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CreditCodeTests {

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y43", "91110108551385082Q" })
	void shouldAcceptPublishedCodes(String code) {
		assertThat(CreditCode.isValid(code)).isTrue();
	}

	@Test
	void shouldComputeTheCheckCharacterFromTheFirstSeventeen() {
		assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
		assertThat(CreditCode.checkCharacter("91110108551385082")).isEqualTo('Q');
		String generated = "12310109" + "ABCDEFGH9";
		assertThat(CreditCode.isValid(generated + CreditCode.checkCharacter(generated))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y44", "91350100M000100Y4X", "91110108551385082A" })
	void shouldRejectAWrongCheckCharacter(String code) {
		assertThat(CreditCode.isValid(code)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "91350100M000100Y4", "91350100M000100Y433", "9135" })
	void shouldRejectAWrongLength(String code) {
		assertThat(CreditCode.isValid(code)).isFalse();
	}

	@Test
	void shouldRejectLowerCaseAndLettersOutsideTheAlphabet() {
		assertThat(CreditCode.isValid("91350100m000100y43")).isFalse();
		// I, O, S, V and Z are not used in credit codes
		assertThat(CreditCode.isValid("91350100O000100Y43")).isFalse();
		assertThat(CreditCode.isValid("91350100M000100Z43")).isFalse();
		assertThat(CreditCode.isValid("９１350100M000100Y43")).isFalse();
	}

	@Test
	void shouldTreatNullAsInvalidButLetTheFormAcceptAnEmptyCode() {
		assertThat(CreditCode.isValid(null)).isFalse();
		ValidCreditCode.Validator validator = new ValidCreditCode.Validator();
		assertThat(validator.isValid(null, null)).isTrue();
		assertThat(validator.isValid("  ", null)).isTrue();
		assertThat(validator.isValid("91350100M000100Y44", null)).isFalse();
	}

	@Test
	void shouldRefuseToComputeFromBadInput() {
		assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.checkCharacter("123"));
		assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.checkCharacter("9135010OM000100Y4"));
	}

}
