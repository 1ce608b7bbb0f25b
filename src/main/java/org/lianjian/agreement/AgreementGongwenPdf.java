package org.lianjian.agreement;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.lianjian.agreement.AgreementPdf.Labels;
import org.lianjian.agreement.AgreementPrint.Party;
import org.lianjian.agreement.AgreementPrint.PrintView;
import org.lianjian.agreement.AgreementPrint.Row;
import org.lianjian.shared.export.Gongwen;
import org.lianjian.shared.export.Numerals;
import org.lianjian.shared.export.Pdf;

/**
 * One agreement in the official-document layout (公文, GB/T 9704): the issuing body in red
 * over a red line, the document number, the title centred in the display face, then the
 * print page's sections as numbered first-level headings (一、二、…) with body text in 三号,
 * the commitments as a table, and the signature blocks.
 */
final class AgreementGongwenPdf {

	/** The commitment table's text size (小四) and line height. */
	private static final float TABLE_SIZE = 12f, TABLE_LEADING = 18f;

	private final Pdf doc;

	private final PrintView p;

	private final Labels labels;

	private int sections;

	AgreementGongwenPdf(Pdf doc, PrintView p, Labels labels) {
		this.doc = doc;
		this.p = p;
		this.labels = labels;
	}

	void write() throws DocumentException {
		String issuer = (this.p.issuer() != null) ? this.p.issuer() : this.p.parties().get(0).name();
		Gongwen.header(this.doc, issuer,
				this.labels.msg("print.gongwen.number", this.labels.msg("print.heading"), this.p.number()));
		Gongwen.title(this.doc, this.p.title());
		if (!this.p.signed()) {
			Paragraph draft = this.doc.text(Gongwen.LINE, this.labels.msg("print.draft", this.p.status()),
					Gongwen.body(this.doc));
			draft.setAlignment(Element.ALIGN_CENTER);
			this.doc.add(draft);
		}

		heading("print.section.parties");
		for (Party party : this.p.parties()) {
			Gongwen.field(this.doc, this.labels.partyLabel(party), this.labels.partyLine(party));
		}

		heading("print.section.terms");
		Gongwen.field(this.doc, this.labels.label("agreement.level"), this.p.level());
		Gongwen.field(this.doc, this.labels.label("agreement.term"), this.p.term());
		if (this.p.signedOn() != null) {
			Gongwen.field(this.doc, this.labels.label("agreement.signedOn"), this.p.signedOn());
		}
		Gongwen.field(this.doc, this.labels.label("agreement.areas"), this.p.areas());
		if (this.p.summary() != null && !this.p.summary().isBlank()) {
			heading("agreement.summary");
			for (String para : this.p.summary().split("\\R+")) {
				Gongwen.paragraph(this.doc, para);
			}
		}

		heading("agreement.detail.commitments");
		if (this.p.rows().isEmpty()) {
			Gongwen.paragraph(this.doc, this.labels.msg("agreement.detail.noCommitments"));
		}
		else {
			this.doc.add(commitments());
		}

		heading("print.section.signatures");
		// one block to a row: the blank lines of 三号 text need the type area's width
		this.doc.add(AgreementPdf.signatures(this.doc, this.p, this.labels, 1, this.doc.font(Gongwen.BODY, Font.BOLD),
				Gongwen.body(this.doc), Gongwen.LINE));
	}

	/** "一、协议双方". */
	private void heading(String key) throws DocumentException {
		this.sections++;
		Gongwen.heading(this.doc, this.labels.msg("print.gongwen.heading",
				Numerals.of(this.sections, this.labels.locale()), this.labels.msg(key)));
	}

	private PdfPTable commitments() {
		PdfPTable table = new PdfPTable(new float[] { 1.2f, 4.6f, 2.6f, 1.4f, 2.0f });
		table.setWidthPercentage(100);
		table.setSpacingBefore(4);
		table.setSpacingAfter(8);
		table.setHeaderRows(1);
		Font bold = this.doc.font(TABLE_SIZE, Font.BOLD);
		for (String header : this.labels.columns()) {
			table.addCell(cell(header, bold, Element.ALIGN_CENTER));
		}
		Font font = this.doc.font(TABLE_SIZE, Font.NORMAL);
		for (Row r : this.p.rows()) {
			table.addCell(cell(String.valueOf(r.no()), font, Element.ALIGN_CENTER));
			table.addCell(cell(r.description(), font, Element.ALIGN_LEFT));
			table.addCell(cell(r.responsible(), font, Element.ALIGN_LEFT));
			table.addCell(cell(r.area(), font, Element.ALIGN_CENTER));
			table.addCell(cell(r.target(), font, Element.ALIGN_LEFT));
		}
		return table;
	}

	private PdfPCell cell(String text, Font font, int align) {
		PdfPCell cell = this.doc.cell(TABLE_LEADING, text, font);
		cell.setHorizontalAlignment(align);
		cell.setPaddingBottom(7);
		return cell;
	}

}
