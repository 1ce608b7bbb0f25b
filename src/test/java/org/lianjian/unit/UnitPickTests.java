package org.lianjian.unit;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnitPickTests {

	private static final List<Map.Entry<Long, String>> UNITS = List.of(Map.entry(1L, "曲阳医院"), Map.entry(2L, "曲阳路小学"),
			Map.entry(3L, "大柏树设计院"), Map.entry(4L, "Acme <Design>"));

	private static UnitPick resolve(Long unit, String typed) {
		return UnitPick.resolve(unit, typed, () -> UNITS, Map.Entry::getKey, Map.Entry::getValue,
				(id) -> "closed " + id);
	}

	@Test
	void nothingGivenFiltersNothing() {
		assertThat(resolve(null, null)).isEqualTo(new UnitPick(null, "", null, 0));
		assertThat(resolve(null, "  ")).isEqualTo(new UnitPick(null, "", null, 0));
	}

	@Test
	void anIdFromALinkShowsTheName() {
		assertThat(resolve(2L, null)).isEqualTo(new UnitPick(2L, "曲阳路小学", null, 1));
		// not among the choices (a closed unit): still filtered, named by the fallback
		assertThat(resolve(9L, "")).isEqualTo(new UnitPick(9L, "closed 9", null, 1));
	}

	@Test
	void anExactNameWinsOverContainedOnesAndOverTheId() {
		List<Map.Entry<Long, String>> units = List.of(Map.entry(1L, "曲阳医院分院"), Map.entry(2L, "曲阳医院"));
		UnitPick pick = UnitPick.resolve(1L, " 曲阳医院 ", () -> units, Map.Entry::getKey, Map.Entry::getValue, (id) -> "");
		assertThat(pick).isEqualTo(new UnitPick(2L, "曲阳医院", null, 1));
		assertThat(resolve(null, "acme <design>").id()).isEqualTo(4L);
	}

	@Test
	void oneContainingNameIsPicked() {
		assertThat(resolve(null, "设计")).isEqualTo(new UnitPick(3L, "大柏树设计院", null, 1));
	}

	@Test
	void severalOrNoMatchesGiveAHintAndNoFilter() {
		assertThat(resolve(1L, "曲阳")).isEqualTo(new UnitPick(null, "曲阳", "unitPick.many", 2));
		assertThat(resolve(null, "不存在")).isEqualTo(new UnitPick(null, "不存在", "unitPick.none", 0));
	}

	@Test
	void suggestionsPutPrefixesFirstAndAreEscapedAndBounded() {
		List<Map.Entry<Long, String>> units = List.of(Map.entry(1L, "上海曲阳医院"), Map.entry(2L, "曲阳路小学"),
				Map.entry(3L, "Acme \"曲阳\" <b>"));
		assertThat(UnitPick.suggestions(units, "曲阳", Map.Entry::getValue))
			.isEqualTo("<option value=\"曲阳路小学\"></option><option value=\"上海曲阳医院\"></option>"
					+ "<option value=\"Acme &quot;曲阳&quot; &lt;b&gt;\"></option>");
		List<Map.Entry<Long, String>> many = IntStream.range(0, 100)
			.mapToObj((i) -> Map.entry((long) i, "单位" + i))
			.toList();
		assertThat(UnitPick.suggestions(many, null, Map.Entry::getValue).split("<option "))
			.hasSize(UnitPick.SUGGESTIONS + 1);
		assertThat(UnitPick.suggestions(many, "单位9", Map.Entry::getValue)).contains("\"单位9\"", "\"单位99\"")
			.doesNotContain("\"单位8\"");
	}

}
