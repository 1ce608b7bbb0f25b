package org.lianjian.agreement;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.lianjian.agreement.AgreementPrint.Party;
import org.lianjian.agreement.AgreementPrint.PrintView;
import org.lianjian.agreement.AgreementPrint.Row;
import org.lianjian.shared.web.NotFoundException;
import org.lianjian.structure.StructureRole;
import org.lianjian.structure.StructureService;
import org.lianjian.unit.UnitService;
import org.lianjian.unit.UnitView;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Assembles what the printed agreement shows, in the reader's language, within the
 * reader's scope: an agreement outside it is not found, exactly as on its page.
 */
@Component
class AgreementPrintViews {

	/** Signatory labels: 甲方, 乙方, 丙方 … (community side first). */
	static final int PARTY_LABELS = 8;

	private final AgreementService agreements;

	private final UnitService units;

	private final StructureService structure;

	private final MessageSource messages;

	AgreementPrintViews(AgreementService agreements, UnitService units, StructureService structure,
			MessageSource messages) {
		this.agreements = agreements;
		this.units = units;
		this.structure = structure;
		this.messages = messages;
	}

	/**
	 * The printed agreement.
	 * @param id the agreement
	 * @param locale the reader's language
	 * @return its print view
	 */
	PrintView printView(Long id, Locale locale) {
		AgreementViews.Detail d = this.agreements.detail(id);
		DateTimeFormatter dates = DateTimeFormatter.ofPattern(msg("print.dateFormat", locale), locale);
		List<Party> parties = new ArrayList<>();
		parties.add(new Party(partyLabel(0, locale), msg("print.side.community", locale), d.communityOrg().name(), null,
				null));
		int i = 1;
		for (AgreementViews.UnitRef unit : d.units()) {
			@Nullable String partyOrg = null;
			@Nullable String sector = null;
			try {
				UnitView v = this.units.detail(unit.id());
				partyOrg = v.partyOrgName();
				sector = v.sectorCommittee();
			}
			catch (NotFoundException ex) {
				// a co-signing unit outside the user's scope: its name is enough
			}
			parties.add(new Party(partyLabel(i++, locale), msg("print.side.unit", locale), unit.name(),
					d.level() == AgreementLevel.BRANCH ? partyOrg : null,
					d.level() == AgreementLevel.SUB_DISTRICT ? sector : null));
		}
		List<Row> rows = new ArrayList<>();
		int n = 1;
		for (AgreementViews.CommitmentView c : d.commitments()) {
			rows.add(new Row(n++, c.description(), c.responsibleName() == null ? "" : c.responsibleName(),
					msg(c.area().messageKey(), locale), target(c, dates, locale)));
		}
		List<String> areas = d.areas().stream().map((a) -> msg(a.messageKey(), locale)).toList();
		return new PrintView(d.id(), d.number(), d.title(), issuer(), msg(d.level().messageKey(), locale),
				msg(d.status().messageKey(), locale),
				d.status() == AgreementStatus.ACTIVE || d.status() == AgreementStatus.EXPIRED
						|| d.status() == AgreementStatus.TERMINATED,
				parties, msg("agreement.term.range", locale, dates.format(d.termStart()), dates.format(d.termEnd())),
				d.signedOn() == null ? null : dates.format(d.signedOn()), String.join(listSeparator(locale), areas),
				d.summary(), rows);
	}

	/** The issuing body: the name of the structure's core organisation, if one is set. */
	private @Nullable String issuer() {
		return this.structure.holderOf(StructureRole.CORE).flatMap(this.structure::name).orElse(null);
	}

	private String target(AgreementViews.CommitmentView c, DateTimeFormatter dates, Locale locale) {
		String text;
		if (c.targetQuantity() == null) {
			text = msg("commitment.progress.qualitative", locale);
		}
		else {
			String quantity = plain(c.targetQuantity());
			String unit = c.countWord() != null ? c.countWord() : msg(c.measure().unitKey(), locale);
			text = msg(c.perYear() ? "print.target.perYear" : "print.target.total", locale, quantity, unit).strip();
		}
		if (c.dueDate() != null) {
			text = text + msg("print.target.due", locale, dates.format(c.dueDate()));
		}
		return text;
	}

	/** "、" between Chinese list items, ", " otherwise. */
	private static String listSeparator(Locale locale) {
		return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "、" : ", ";
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private String partyLabel(int index, Locale locale) {
		return msg("print.party." + Math.min(index, PARTY_LABELS - 1), locale);
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

}
