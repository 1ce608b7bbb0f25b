package org.lianjian.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.lianjian.matching.MatchingYear;
import org.lianjian.matching.MatchingYear.Figures;
import org.lianjian.matching.MatchingYear.Gap;
import org.lianjian.matching.MatchingYear.Suggestion;
import org.lianjian.report.AnnualReport.Cell;
import org.lianjian.report.AnnualReport.Chart;
import org.lianjian.report.AnnualReport.Figure;
import org.lianjian.report.AnnualReport.Note;
import org.lianjian.report.AnnualReport.Section;
import org.lianjian.report.AnnualReport.Series;
import org.lianjian.report.AnnualReport.Table;
import org.lianjian.report.AnnualReportQueries.Period;

import org.springframework.stereotype.Component;

/**
 * The annual report's parts about the three lists (三张清单), from the matching module's
 * figures of the year ({@link MatchingYear}) in the report's scope: two-way service in
 * part 1, the supply–demand deficit by category with its largest gaps in part 2, and one
 * suggestion per largest gap in part 3.
 */
@Component
class AnnualMatching {

	/**
	 * Separator of the names listed in a sentence (unit and category names are Chinese).
	 */
	static final String LIST_SEPARATOR = "、";

	private final MatchingYear matching;

	AnnualMatching(MatchingYear matching) {
		this.matching = matching;
	}

	/**
	 * The report's matching parts of a year.
	 *
	 * @param twoWay the part-1 section
	 * @param deficit the part-2 section
	 * @param suggestions part 3's suggestions, one per largest gap
	 */
	record Parts(Section twoWay, Section deficit, List<Note> suggestions) {

	}

	Parts of(Period period) {
		Figures f = this.matching.of(period.year(), period.scope());
		return new Parts(twoWay(f), deficit(f), suggestions(f.suggestions()));
	}

	private static Section twoWay(Figures f) {
		List<Figure> figures = List.of(
				AnnualReportQueries.figure("matching.unitNeedsMet", f.twoWay().unitNeedsMet(),
						f.previousTwoWay().unitNeedsMet()),
				AnnualReportQueries.figure("matching.ordersDelivered", f.twoWay().ordersDelivered(),
						f.previousTwoWay().ordersDelivered()));
		Chart chart = new Chart("chart.two-way", "report.annual.chart.twoWay", "BAR",
				List.of(Cell.key("report.annual.twoWay.toUnits"), Cell.key("report.annual.twoWay.toCommunity")),
				List.of(new Series("report.annual.series.thisYear",
						List.of(BigDecimal.valueOf(f.twoWay().unitNeedsMet()),
								BigDecimal.valueOf(f.twoWay().ordersDelivered()))),
						new Series("report.annual.series.lastYear",
								List.of(BigDecimal.valueOf(f.previousTwoWay().unitNeedsMet()),
										BigDecimal.valueOf(f.previousTwoWay().ordersDelivered())))));
		return AnnualReportQueries.section("matching", 1, figures, List.of(), List.of(chart),
				List.of(new Note("report.annual.note.twoWayRule", List.of())));
	}

	private static Section deficit(Figures f) {
		List<Figure> figures = List.of(
				AnnualReportQueries.figure("deficit.needs", f.totals().needs(), f.previousTotals().needs()),
				AnnualReportQueries.figure("deficit.delivered", f.totals().delivered(), f.previousTotals().delivered()),
				AnnualReportQueries.figure("deficit.unmetRate", f.totals().unmetPercent(),
						f.previousTotals().unmetPercent()));
		List<List<Cell>> rows = f.gaps()
			.stream()
			.map((g) -> List.of(Cell.text(g.category()), Cell.number(g.needs()), Cell.number(g.delivered()),
					Cell.number(g.unmet()), Cell.number(g.unmetPercent())))
			.toList();
		Table table = new Table("deficit.categories", "report.annual.table.deficit",
				List.of("report.annual.col.category", "report.annual.col.needs", "report.annual.col.deliveredNeeds",
						"report.annual.col.unmet", "report.annual.col.unmetRate"),
				rows);
		List<Note> notes = new ArrayList<>();
		notes.add((f.totals().needs() == 0) ? new Note("report.annual.note.gaps.noNeeds", List.of())
				: largest(f.suggestions().stream().map(Suggestion::gap).toList()));
		notes.add(new Note("report.annual.note.deficitRule", List.of()));
		return AnnualReportQueries.section("deficit", 2, figures, List.of(table), List.of(), notes);
	}

	/** The sentence naming the largest gaps in order, or saying there is none. */
	static Note largest(List<Gap> gaps) {
		if (gaps.isEmpty()) {
			return new Note("report.annual.note.gaps.none", List.of());
		}
		List<String> args = new ArrayList<>();
		for (Gap g : gaps) {
			args.add(g.category());
			args.add(plain(g.unmet()));
			args.add(plain(g.unmetPercent()));
		}
		return new Note("report.annual.note.gaps." + gaps.size(), args);
	}

	/**
	 * One sentence per gap: the category, its unmet needs and share, the units whose
	 * resources of it went unused, and the categories where units without it have spare
	 * capacity; the key says which of the two lists the sentence has.
	 */
	static List<Note> suggestions(List<Suggestion> suggestions) {
		List<Note> notes = new ArrayList<>();
		for (Suggestion s : suggestions) {
			boolean unused = !s.unusedUnits().isEmpty();
			boolean spare = !s.spareCategories().isEmpty();
			String kind = unused ? (spare ? "both" : "unused") : (spare ? "spare" : "none");
			notes.add(new Note("report.annual.suggest.gap." + kind,
					List.of(s.gap().category(), plain(s.gap().unmet()), plain(s.gap().unmetPercent()),
							String.join(LIST_SEPARATOR, s.unusedUnits()), Integer.toString(s.unusedUnitCount()),
							String.join(LIST_SEPARATOR, s.spareCategories()))));
		}
		return notes;
	}

	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

}
