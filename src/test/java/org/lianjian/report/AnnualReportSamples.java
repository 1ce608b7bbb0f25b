package org.lianjian.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lianjian.report.AnnualReport.Cell;
import org.lianjian.report.AnnualReport.Chart;
import org.lianjian.report.AnnualReport.Figure;
import org.lianjian.report.AnnualReport.Note;
import org.lianjian.report.AnnualReport.Section;
import org.lianjian.report.AnnualReport.Series;
import org.lianjian.report.AnnualReport.Table;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.support.StaticMessageSource;

/**
 * A hand-built annual report with distinctive numbers, long tables and every chart kind,
 * and a message source with the portal's messages plus labels for its keys.
 */
final class AnnualReportSamples {

	private AnnualReportSamples() {
	}

	static MessageSource messages() {
		ResourceBundleMessageSource portal = new ResourceBundleMessageSource();
		portal.setBasename("messages");
		portal.setDefaultEncoding("UTF-8");
		portal.setFallbackToSystemLocale(false);
		StaticMessageSource labels = new StaticMessageSource();
		labels.setParentMessageSource(portal);
		String[][] zh = { { "t.structure", "组织架构" }, { "t.agreements", "共建协议" }, { "t.hours", "志愿服务时长" },
				{ "t.activities", "活动开展情况" }, { "t.sleeping", "有协议无履约的单位" }, { "t.suggest", "工作建议" },
				{ "f.networks", "网络数量" }, { "f.committees", "共治委员会数量" }, { "f.new", "新签协议" }, { "f.inforce", "有效协议" },
				{ "f.rate", "承诺履约率（%）" }, { "f.hours", "志愿服务总时长（小时）" }, { "f.units", "参与单位数" }, { "c.unit", "单位" },
				{ "c.hours", "时长（小时）" }, { "c.people", "志愿者人数" }, { "c.network", "网络" }, { "c.count", "成员数" },
				{ "c.agreement", "协议编号" }, { "c.fulfilments", "履约次数" }, { "k.net.1", "党建联建网络" },
				{ "k.net.2", "社会治理网络" }, { "k.net.3", "公共服务网络" }, { "k.net.4", "文明创建网络" }, { "s.agreements", "协议数" },
				{ "s.activities", "活动场次" }, { "s.people", "参与人次" }, { "s.hours", "小时" }, { "ch.years", "历年协议数" },
				{ "ch.month", "各月活动" }, { "ch.hours", "服务时长前十五的单位" }, { "ch.networks", "各网络成员数" },
				{ "tb.hours", "各单位志愿服务" }, { "tb.networks", "各网络成员" }, { "tb.sleeping", "沉睡协议清单" },
				{ "n.renew", "建议续签或终止 {0} 份沉睡协议。" }, { "t.red", "预警（红色）承诺" }, { "tb.red", "红色预警承诺及其依据" },
				{ "c.commitment", "承诺事项" }, { "c.responsible", "责任方" }, { "c.area", "合作领域" }, { "c.target", "目标合计" },
				{ "c.done", "完成量" }, { "c.rate", "完成率（%）" } };
		for (String[] kv : zh) {
			labels.addMessage(kv[0], Locale.SIMPLIFIED_CHINESE, kv[1]);
			labels.addMessage(kv[0], Locale.CHINESE, kv[1]);
		}
		for (int m = 1; m <= 12; m++) {
			labels.addMessage("k.month." + m, Locale.CHINESE, m + "月");
			labels.addMessage("k.month." + m, Locale.SIMPLIFIED_CHINESE, m + "月");
		}
		return labels;
	}

	static String unitName(int i) {
		return "曲阳第" + i + "共建单位";
	}

	static AnnualReport report(int year) {
		List<Section> sections = new ArrayList<>();
		// part 1: structure with a bar chart
		List<List<Cell>> networks = new ArrayList<>();
		List<Cell> netNames = new ArrayList<>();
		List<BigDecimal> netCounts = new ArrayList<>();
		for (int n = 1; n <= 4; n++) {
			networks.add(List.of(Cell.key("k.net." + n), Cell.number(10 + 7 * n)));
			netNames.add(Cell.key("k.net." + n));
			netCounts.add(BigDecimal.valueOf(10 + 7 * n));
		}
		sections.add(new Section("structure", 1, "t.structure",
				List.of(new Figure("structure.networks", "f.networks", BigDecimal.valueOf(4), BigDecimal.valueOf(4)),
						new Figure("structure.committees", "f.committees", BigDecimal.valueOf(13),
								BigDecimal.valueOf(11))),
				List.of(new Table("structure.networks", "tb.networks", List.of("c.network", "c.count"), networks)),
				List.of(new Chart("chart.networks", "ch.networks", "BAR", netNames,
						List.of(new Series("s.agreements", netCounts)))),
				List.of()));
		// agreements with a line chart over ten years
		List<Cell> years = new ArrayList<>();
		List<BigDecimal> perYear = new ArrayList<>();
		for (int y = year - 9; y <= year; y++) {
			years.add(Cell.text(String.valueOf(y)));
			perYear.add(BigDecimal.valueOf(20 + (y % 7) * 3));
		}
		sections.add(new Section("agreements", 1, "t.agreements",
				List.of(new Figure("agreements.new", "f.new", BigDecimal.valueOf(137), BigDecimal.valueOf(121)),
						new Figure("agreements.inforce", "f.inforce", BigDecimal.valueOf(418), null),
						new Figure("agreements.rate", "f.rate", new BigDecimal("87.35"), new BigDecimal("91.2"))),
				List.of(), List.of(new Chart("chart.agreements-by-year", "ch.years", "LINE", years,
						List.of(new Series("s.agreements", perYear)))),
				List.of()));
		// hours by unit: a long table and a horizontal bar chart of the top 15
		List<List<Cell>> hours = new ArrayList<>();
		List<Cell> top = new ArrayList<>();
		List<BigDecimal> topHours = new ArrayList<>();
		for (int i = 1; i <= 40; i++) {
			BigDecimal h = new BigDecimal(5000 - i * 97).movePointLeft(1);
			hours.add(List.of(Cell.text(unitName(i)), Cell.number(h), Cell.number(60 - i)));
			if (i <= 15) {
				top.add(Cell.text(unitName(i)));
				topHours.add(h);
			}
		}
		sections.add(new Section("hours", 1, "t.hours",
				List.of(new Figure("hours.total", "f.hours", new BigDecimal("15234.5"), new BigDecimal("14010")),
						new Figure("hours.units", "f.units", BigDecimal.valueOf(40), BigDecimal.valueOf(38))),
				List.of(new Table("hours.by-unit", "tb.hours", List.of("c.unit", "c.hours", "c.people"), hours)),
				List.of(new Chart("chart.hours-by-unit", "ch.hours", "HBAR", top,
						List.of(new Series("s.hours", topHours)))),
				List.of()));
		// activities by month: two series
		List<Cell> months = new ArrayList<>();
		List<BigDecimal> held = new ArrayList<>();
		List<BigDecimal> people = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			months.add(Cell.key("k.month." + m));
			held.add(BigDecimal.valueOf(3 + (m * 5) % 11));
			people.add(BigDecimal.valueOf(20 + (m * 13) % 29));
		}
		sections.add(
				new Section("activities", 1, "t.activities", List.of(), List.of(),
						List.of(new Chart("chart.activities-by-month", "ch.month", "BAR", months,
								List.of(new Series("s.activities", held), new Series("s.people", people)))),
						List.of()));
		// part 2: a long evidence list
		List<List<Cell>> sleeping = new ArrayList<>();
		for (int i = 1; i <= 45; i++) {
			sleeping
				.add(List.of(Cell.text(unitName(100 + i)), Cell.text("QY-" + year + "-" + (300 + i)), Cell.number(0)));
		}
		sections.add(new Section("sleeping", 2, "t.sleeping", List.of(), List
			.of(new Table("sleeping", "tb.sleeping", List.of("c.unit", "c.agreement", "c.fulfilments"), sleeping)),
				List.of(), List.of()));
		List<List<Cell>> red = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			red.add(List.of(Cell.text("QY-" + year + "-00" + i), Cell.text("组织党员志愿服务 200 小时/年，每季度开展一次集中服务"),
					Cell.text("曲阳新村居民区党总支与上海某某环境科学研究所"), Cell.key("k.net.1"), Cell.number(200), Cell.number(30 + i),
					new Cell(null, null, new BigDecimal("15.5").add(BigDecimal.valueOf(i)))));
		}
		sections
			.add(new Section(
					"red", 2, "t.red", List.of(), List.of(new Table("red", "tb.red", List.of("c.agreement",
							"c.commitment", "c.responsible", "c.area", "c.target", "c.done", "c.rate"), red)),
					List.of(), List.of()));
		// part 3: suggestions
		sections.add(new Section("suggestions", 3, "t.suggest", List.of(), List.of(), List.of(),
				List.of(new Note("n.renew", List.of("45")))));
		return new AnnualReport(year, new AnnualReport.Scope("ALL", null, null), sections,
				"建议续签或终止 45 份沉睡协议。\n加强对志愿服务时长较少单位的联络。", Instant.parse(year + "-12-31T02:00:00Z"));
	}

}
