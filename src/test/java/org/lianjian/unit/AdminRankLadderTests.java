package org.lianjian.unit;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrative ranks are the standard ladder with Shanghai's labels, and the ledger
 * reads both the labels and the tier names of the shorter list used before.
 */
class AdminRankLadderTests {

	private final UnitLedger ledger = new UnitLedger(messages());

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding(StandardCharsets.UTF_8.name());
		source.setFallbackToSystemLocale(false);
		return source;
	}

	@Test
	void shouldOfferTheLadderFromMinisterToSectionThenSubSectionAndNone() {
		assertThat(this.ledger.labels(AdminRank.class)).containsExactly("正部级", "副部级", "正局级", "副局级", "正处级", "副处级", "正科级",
				"副科级", "股级", "无级别");
	}

	@Test
	void shouldReadLabelsAndFormerTierNamesBack() {
		for (AdminRank rank : AdminRank.values()) {
			assertThat(this.ledger.parse(AdminRank.class, this.ledger.label(rank))).isEqualTo(rank);
			assertThat(this.ledger.parse(AdminRank.class, rank.name())).isEqualTo(rank);
		}
		assertThat(this.ledger.parse(AdminRank.class, "厅局级")).isEqualTo(AdminRank.BUREAU);
		assertThat(this.ledger.parse(AdminRank.class, "副厅级")).isEqualTo(AdminRank.VICE_BUREAU);
		assertThat(this.ledger.parse(AdminRank.class, "县处级")).isEqualTo(AdminRank.COUNTY);
		assertThat(this.ledger.parse(AdminRank.class, "副 县 级")).isEqualTo(AdminRank.VICE_COUNTY);
		assertThat(this.ledger.parse(AdminRank.class, "乡科级")).isEqualTo(AdminRank.TOWNSHIP);
		assertThat(this.ledger.parse(AdminRank.class, "无 / 不适用")).isEqualTo(AdminRank.NONE);
		assertThat(this.ledger.parse(AdminRank.class, "科员")).isNull();
	}

	@Test
	void shouldCountOnlyRanksAboveTheSubDistrictsDivisionLevelAsAbove() {
		assertThat(List.of(AdminRank.values()).stream().filter(AdminRank::isAboveSubDistrict)).containsExactly(
				AdminRank.MINISTERIAL, AdminRank.VICE_MINISTERIAL, AdminRank.BUREAU, AdminRank.VICE_BUREAU);
	}

}
