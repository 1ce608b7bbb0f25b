package org.lianjian.shared.validation;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PlainText}: a one-line field refuses every control character, a text area
 * accepts tabs and line breaks but no other control character, and both report the
 * {@code validation.noControl} message once, against the field.
 */
class PlainTextTests {

	private static ValidatorFactory factory;

	private static Validator validator;

	record Sample(@PlainText @Nullable String name, @PlainText(lines = PlainText.MANY_LINES) @Nullable String note) {

	}

	@BeforeAll
	static void setUp() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void tearDown() {
		factory.close();
	}

	@Test
	void shouldRefuseControlCharactersInOneLine() {
		for (String bad : new String[] { "a\u0000b", "bell\u0007", "\u001b[31m", "line\nbreak", "tab\there", "cr\r",
				"\u007f" }) {
			Set<ConstraintViolation<Sample>> found = validator.validate(new Sample(bad, null));
			assertThat(found).as(bad).singleElement().satisfies((v) -> {
				assertThat(v.getPropertyPath()).hasToString("name");
				assertThat(v.getMessageTemplate()).isEqualTo("{validation.noControl}");
			});
		}
		assertThat(validator.validate(new Sample("曲阳街道 Quyang-1 (测试)", null))).isEmpty();
		assertThat(validator.validate(new Sample("", null))).isEmpty();
		assertThat(validator.validate(new Sample(null, null))).isEmpty();
	}

	@Test
	void shouldAllowLineBreaksAndTabsInManyLinesOnly() {
		assertThat(validator.validate(new Sample(null, "第一行\r\n第二行\t结束"))).isEmpty();
		for (String bad : new String[] { "a\u0000b", "bell\u0007\n", "\u001b[31m", "\u007f" }) {
			assertThat(validator.validate(new Sample(null, bad))).as(bad)
				.singleElement()
				.satisfies((v) -> assertThat(v.getPropertyPath()).hasToString("note"));
		}
	}

}
