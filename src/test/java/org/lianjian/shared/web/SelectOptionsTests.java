package org.lianjian.shared.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SelectOptionsTests {

	@Test
	void shouldEscapeLabelsAndMarkTheSelectedValue() {
		List<Map.Entry<Long, String>> items = List.of(Map.entry(1L, "<script>alert(1)</script>"),
				Map.entry(22L, "甲 & \"乙\""));
		String html = SelectOptions.html(items, Map.Entry::getKey, Map.Entry::getValue, 22L);
		assertThat(html).isEqualTo("<option value=\"1\">&lt;script&gt;alert(1)&lt;/script&gt;</option>\n"
				+ "<option value=\"22\" selected>甲 &amp; &quot;乙&quot;</option>\n");
	}

	@Test
	void shouldSelectNothingWithoutAValue() {
		String html = SelectOptions.html(List.of(Map.entry(1L, "a")), Map.Entry::getKey, Map.Entry::getValue, null);
		assertThat(html).doesNotContain("selected");
	}

}
