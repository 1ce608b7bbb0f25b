package org.lianjian.shared.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pager's links keep the list's filters, written the same way however the request
 * spelled them.
 */
class PagerAdviceTests {

	private final PagerAdvice advice = new PagerAdvice();

	@Test
	void shouldKeepTheFiltersAndDropThePageHoweverTheyAreSpelled() {
		assertThat(base("page=3&q=%E6%9B%B2%E9%98%B3&status=ACTIVE"))
			.isEqualTo("/units?q=%E6%9B%B2%E9%98%B3&status=ACTIVE");
		// the same query spelled differently: %70 is "p", + is a space
		assertThat(base("%70age=3&q=%e6%9b%b2%e9%98%b3+x&status=ACTIVE"))
			.isEqualTo("/units?q=%E6%9B%B2%E9%98%B3+x&status=ACTIVE");
		assertThat(base("q=a%26b%3Dc&sort=name")).as("an & or = inside a value stays inside it")
			.isEqualTo("/units?q=a%26b%3Dc&sort=name");
	}

	@Test
	void shouldDropWhatCannotBeDecodedAndKeepThePathAlone() {
		assertThat(base("q=%zz&page=1")).as("a broken escape is left out, not passed on").isEqualTo("/units");
		assertThat(base("q=%zz&sort=name")).isEqualTo("/units?sort=name");
		assertThat(base("page=2")).isEqualTo("/units");
		assertThat(base(null)).isEqualTo("/units");
	}

	private String base(String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/units");
		request.setQueryString(query);
		return this.advice.pagerBase(request);
	}

}
