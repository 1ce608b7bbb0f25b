package org.lianjian.agreement;

import java.util.Locale;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.lianjian.agreement.AgreementPrint.Party;
import org.lianjian.agreement.AgreementPrint.PrintView;
import org.lianjian.agreement.AgreementPrint.Row;
import org.lianjian.agreement.AgreementPrint.Style;
import org.lianjian.shared.export.Gongwen;
import org.lianjian.shared.export.Pdf;
import org.lianjian.shared.export.PdfDocuments;
import org.lianjian.shared.export.PdfDocuments.Spec;
import org.lianjian.shared.export.PdfLayout;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The agreement as a PDF, in the portal's working layout or in the national
 * official-document layout (公文, GB/T 9704): the same content as the print page, with
 * every character in an embedded font. A character that no font has is shown as the
 * replacement mark and logged as {@code agreement <id>: no glyph for U+…}.
 */
@Component
class AgreementPdf {

	private final MessageSource messages;

	AgreementPdf(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Renders an agreement.
	 * @param p what it shows
	 * @param style the layout
	 * @param locale the reader's language
	 * @return the PDF
	 */
	byte[] render(PrintView p, Style style, Locale locale) {
		Labels labels = new Labels(this.messages, locale);
		String title = p.number() + " " + p.title();
		String record = "agreement " + p.id();
		if (style == Style.GONGWEN) {
			return PdfDocuments.render(
					new Spec(title, record, PdfLayout.GONGWEN, (page) -> labels.msg("print.gongwen.page", page)),
					(doc) -> new AgreementGongwenPdf(doc, p, labels).write());
		}
		return PdfDocuments.render(
				new Spec(title, record, PdfLayout.STANDARD, (page) -> labels.msg("print.page", page)),
				(doc) -> standard(doc, p, labels));
	}

	private void standard(Pdf doc, PrintView p, Labels labels) throws DocumentException {
		doc.title(labels.msg("print.heading"));
		doc.subtitle(labels.msg("print.number", p.number()));
		Paragraph title = doc.text(Float.NaN, p.title(), doc.heading);
		title.setAlignment(Element.ALIGN_CENTER);
		title.setSpacingAfter(10);
		doc.add(title);
		if (!p.signed()) {
			doc.subtitle(labels.msg("print.draft", p.status()));
		}

		doc.heading(labels.msg("print.section.parties"));
		for (Party party : p.parties()) {
			doc.field(labels.partyLabel(party), labels.partyLine(party));
		}

		doc.heading(labels.msg("print.section.terms"));
		doc.field(labels.label("agreement.level"), p.level());
		doc.field(labels.label("agreement.term"), p.term());
		if (p.signedOn() != null) {
			doc.field(labels.label("agreement.signedOn"), p.signedOn());
		}
		doc.field(labels.label("agreement.areas"), p.areas());
		if (p.summary() != null && !p.summary().isBlank()) {
			doc.heading(labels.msg("agreement.summary"));
			for (String para : p.summary().split("\\R+")) {
				doc.paragraph(para);
			}
		}

		doc.heading(labels.msg("agreement.detail.commitments"));
		if (p.rows().isEmpty()) {
			doc.paragraph(labels.msg("agreement.detail.noCommitments"));
		}
		else {
			PdfPTable table = doc.table(new float[] { 0.9f, 4.8f, 2.6f, 1.4f, 2.0f }, labels.columns());
			for (Row r : p.rows()) {
				doc.row(table, String.valueOf(r.no()), r.description(), r.responsible(), r.area(), r.target());
			}
			doc.add(table);
		}

		doc.heading(labels.msg("print.section.signatures"));
		doc.add(signatures(doc, p, labels, 2, doc.bold, doc.body, 26));
	}

	/**
	 * The signature blocks, kept on one page.
	 * @param doc the document
	 * @param p the agreement
	 * @param labels the labels
	 * @param columns blocks to a row
	 * @param label the party line's font
	 * @param body the blank lines' font
	 * @param leading the blank lines' line height
	 * @return the table of blocks
	 */
	static PdfPTable signatures(Pdf doc, PrintView p, Labels labels, int columns, Font label, Font body,
			float leading) {
		PdfPTable signatures = new PdfPTable(columns);
		signatures.setWidthPercentage(100);
		signatures.setSpacingBefore(6);
		for (Party party : p.parties()) {
			PdfPCell cell = new PdfPCell();
			cell.setBorder(0);
			cell.setPadding(8);
			cell.setPaddingBottom(20);
			cell.addElement(doc.text(Float.NaN, labels.partyLabel(party) + party.name(), label));
			cell.addElement(doc.text(leading, labels.msg("print.sign.person"), body));
			cell.addElement(doc.text(leading, labels.msg("print.sign.seal"), body));
			cell.addElement(doc.text(leading, labels.msg("print.sign.date"), body));
			signatures.addCell(cell);
		}
		for (int i = p.parties().size() % columns; i > 0 && i < columns; i++) {
			PdfPCell empty = new PdfPCell();
			empty.setBorder(0);
			signatures.addCell(empty);
		}
		signatures.setKeepTogether(true);
		return signatures;
	}

	/** The printed agreement's labels in the reader's language. */
	record Labels(MessageSource messages, Locale locale) {

		String msg(String key, Object... args) {
			return this.messages.getMessage(key, args, key, this.locale);
		}

		/** "协议期限：" from a field's label key. */
		String label(String key) {
			return msg("print.label", msg(key));
		}

		/** "甲方（社区方）：". */
		String partyLabel(Party party) {
			return msg("print.label", msg("print.party.title", party.label(), party.side()));
		}

		/** The party's name with its party organisation or sector committee. */
		String partyLine(Party party) {
			StringBuilder line = new StringBuilder(party.name());
			if (party.partyOrg() != null) {
				line.append(msg("print.party.partyOrg", party.partyOrg()));
			}
			if (party.sectorCommittee() != null) {
				line.append(msg("print.party.sector", party.sectorCommittee()));
			}
			return line.toString();
		}

		/** The commitment table's column headings. */
		String[] columns() {
			return new String[] { msg("print.col.no"), msg("commitment.description"), msg("commitment.responsible"),
					msg("commitment.area"), msg("commitment.target") };
		}

	}

}
