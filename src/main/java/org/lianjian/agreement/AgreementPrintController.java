package org.lianjian.agreement;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.export.PdfDocuments;
import org.lianjian.shared.web.Crumb;
import org.lianjian.shared.web.NotFoundException;
import org.lianjian.unit.UnitService;
import org.lianjian.unit.UnitView;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The printable agreement: an A4 page ({@code /agreements/{id}/print}) and the same
 * content as a PDF with an embedded CJK font ({@code /agreements/{id}.pdf}). Both answer
 * 404 outside the user's scope, exactly like the agreement page.
 */
@Controller
@RequestMapping("/agreements")
class AgreementPrintController {

	static final String VIEW_PRINT = "agreement/print";

	/** Signatory labels: 甲方, 乙方, 丙方 … (community side first). */
	static final int PARTY_LABELS = 8;

	private final AgreementService agreements;

	private final UnitService units;

	private final MessageSource messages;

	AgreementPrintController(AgreementService agreements, UnitService units, MessageSource messages) {
		this.agreements = agreements;
		this.units = units;
		this.messages = messages;
	}

	@GetMapping("/{id}/print")
	String showPrint(@PathVariable Long id, Model model, Locale locale) {
		PrintView print = printView(id, locale);
		model.addAttribute("print", print);
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("nav.agreements", "/agreements"),
				Crumb.text(print.number(), "/agreements/" + print.id()), Crumb.key("agreement.detail.print", null)));
		return VIEW_PRINT;
	}

	@GetMapping("/{id}.pdf")
	ResponseEntity<byte[]> downloadPdf(@PathVariable Long id, Locale locale) {
		PrintView print = printView(id, locale);
		byte[] pdf = pdf(print, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName(print.number())).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(pdf);
	}

	/**
	 * A file name that is safe in a header: {@code agreement-QY-2026-017.pdf}; anything
	 * but letters, digits and hyphens is dropped.
	 */
	static String fileName(String number) {
		String safe = number.replaceAll("[^A-Za-z0-9-]", "");
		return "agreement-" + (safe.isEmpty() ? "document" : safe) + ".pdf";
	}

	// ---------------------------------------------------------------- content

	PrintView printView(Long id, Locale locale) {
		AgreementViews.Detail d = this.agreements.detail(id);
		DateTimeFormatter dates = DateTimeFormatter.ofPattern(msg("print.dateFormat", locale), locale);
		List<Party> parties = new ArrayList<>();
		parties.add(new Party(partyLabel(0, locale), msg("print.side.community", locale), d.communityOrg().name(), null,
				null));
		int i = 1;
		for (AgreementViews.Ref unit : d.units()) {
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
		return new PrintView(d.id(), d.number(), d.title(), msg(d.level().messageKey(), locale),
				msg(d.status().messageKey(), locale),
				d.status() == AgreementStatus.ACTIVE || d.status() == AgreementStatus.EXPIRED
						|| d.status() == AgreementStatus.TERMINATED,
				parties, msg("agreement.term.range", locale, dates.format(d.termStart()), dates.format(d.termEnd())),
				d.signedOn() == null ? null : dates.format(d.signedOn()), String.join(listSeparator(locale), areas),
				d.summary(), rows);
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

	// ---------------------------------------------------------------- PDF

	byte[] pdf(PrintView p, Locale locale) {
		return PdfDocuments.render(p.number() + " " + p.title(), (page) -> msg("print.page", locale, page), (doc) -> {
			doc.title(msg("print.heading", locale));
			doc.subtitle(msg("print.number", locale, p.number()));
			Paragraph title = new Paragraph(p.title(), doc.heading);
			title.setAlignment(Element.ALIGN_CENTER);
			title.setSpacingAfter(10);
			doc.add(title);
			if (!p.signed()) {
				doc.subtitle(msg("print.draft", locale, p.status()));
			}

			doc.heading(msg("print.section.parties", locale));
			for (Party party : p.parties()) {
				StringBuilder line = new StringBuilder(party.name());
				if (party.partyOrg() != null) {
					line.append(msg("print.party.partyOrg", locale, party.partyOrg()));
				}
				if (party.sectorCommittee() != null) {
					line.append(msg("print.party.sector", locale, party.sectorCommittee()));
				}
				doc.field(msg("print.label", locale, msg("print.party.title", locale, party.label(), party.side())),
						line.toString());
			}

			doc.heading(msg("print.section.terms", locale));
			doc.field(msg("print.label", locale, msg("agreement.level", locale)), p.level());
			doc.field(msg("print.label", locale, msg("agreement.term", locale)), p.term());
			if (p.signedOn() != null) {
				doc.field(msg("print.label", locale, msg("agreement.signedOn", locale)), p.signedOn());
			}
			doc.field(msg("print.label", locale, msg("agreement.areas", locale)), p.areas());
			if (p.summary() != null && !p.summary().isBlank()) {
				doc.heading(msg("agreement.summary", locale));
				for (String para : p.summary().split("\\R+")) {
					doc.paragraph(para);
				}
			}

			doc.heading(msg("agreement.detail.commitments", locale));
			if (p.rows().isEmpty()) {
				doc.paragraph(msg("agreement.detail.noCommitments", locale));
			}
			else {
				PdfPTable table = doc.table(new float[] { 0.9f, 4.8f, 2.6f, 1.4f, 2.0f }, msg("print.col.no", locale),
						msg("commitment.description", locale), msg("commitment.responsible", locale),
						msg("commitment.area", locale), msg("commitment.target", locale));
				for (Row r : p.rows()) {
					doc.row(table, String.valueOf(r.no()), r.description(), r.responsible(), r.area(), r.target());
				}
				doc.add(table);
			}

			doc.heading(msg("print.section.signatures", locale));
			PdfPTable signatures = new PdfPTable(2);
			signatures.setWidthPercentage(100);
			signatures.setSpacingBefore(6);
			Font label = doc.bold;
			for (Party party : p.parties()) {
				PdfPCell cell = new PdfPCell();
				cell.setBorder(0);
				cell.setPadding(8);
				cell.setPaddingBottom(20);
				cell.addElement(
						new Paragraph(
								msg("print.label", locale,
										msg("print.party.title", locale, party.label(), party.side())) + party.name(),
								label));
				cell.addElement(blankLine(msg("print.sign.person", locale), doc.body));
				cell.addElement(blankLine(msg("print.sign.seal", locale), doc.body));
				cell.addElement(blankLine(msg("print.sign.date", locale), doc.body));
				signatures.addCell(cell);
			}
			if (p.parties().size() % 2 == 1) {
				PdfPCell empty = new PdfPCell();
				empty.setBorder(0);
				signatures.addCell(empty);
			}
			signatures.setKeepTogether(true);
			doc.add(signatures);
		});
	}

	private static Paragraph blankLine(String text, Font font) {
		return new Paragraph(26, text, font);
	}

	// ---------------------------------------------------------------- views

	/**
	 * Everything the printed agreement shows, with labels already resolved.
	 *
	 * @param id the agreement
	 * @param number its number
	 * @param title its title
	 * @param level the level's label
	 * @param status the status's label
	 * @param signed whether it has been approved (signed) at some point
	 * @param parties community side first, then the units
	 * @param term "start to end"
	 * @param signedOn the signed date, formatted
	 * @param areas the areas of cooperation, joined
	 * @param summary the free-text summary
	 * @param rows the commitments
	 */
	public record PrintView(Long id, String number, String title, String level, String status, boolean signed,
			List<Party> parties, String term, @Nullable String signedOn, String areas, @Nullable String summary,
			List<Row> rows) {

	}

	/**
	 * A signatory.
	 *
	 * @param label 甲方, 乙方 …
	 * @param side community side or unit side
	 * @param name the organisation's or unit's name
	 * @param partyOrg the unit's party organisation (branch level)
	 * @param sectorCommittee the unit's sector committee, 大口党委 (sub-district level)
	 */
	public record Party(String label, String side, String name, @Nullable String partyOrg,
			@Nullable String sectorCommittee) {

	}

	/**
	 * A commitment row.
	 *
	 * @param no its number, from 1
	 * @param description what is promised
	 * @param responsible who delivers it
	 * @param area the area's label
	 * @param target the target, e.g. "4 场/年"
	 */
	public record Row(int no, String description, String responsible, String area, String target) {

	}

}
