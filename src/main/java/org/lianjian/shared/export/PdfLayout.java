package org.lianjian.shared.export;

import java.util.function.IntFunction;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Page layouts of the portal's A4 documents: margins and the page number.
 */
public enum PdfLayout {

	/**
	 * The portal's working layout: margins of about 2.2 cm, the page label (e.g. "第 n 页")
	 * centred in the footer.
	 */
	STANDARD(62f, 62f, 56f, 64f),

	/**
	 * The national official-document layout (公文, GB/T 9704-2012): top margin 37 mm, left
	 * margin 28 mm, a type area of 156 × 225 mm, the page number (e.g. "— 1 —") 7 mm
	 * below the type area, on the right of odd pages and the left of even pages, one
	 * character in from the edge.
	 */
	GONGWEN(mm(28), mm(210 - 28 - 156), mm(37), mm(297 - 37 - 225));

	/** Points per millimetre. */
	public static final float MM = 72f / 25.4f;

	private final float left;

	private final float right;

	private final float top;

	private final float bottom;

	PdfLayout(float left, float right, float top, float bottom) {
		this.left = left;
		this.right = right;
		this.top = top;
		this.bottom = bottom;
	}

	/**
	 * Millimetres in points.
	 * @param millimetres the length
	 * @return the length in points
	 */
	public static float mm(float millimetres) {
		return millimetres * MM;
	}

	public float left() {
		return this.left;
	}

	public float right() {
		return this.right;
	}

	public float top() {
		return this.top;
	}

	public float bottom() {
		return this.bottom;
	}

	/** The page label's size in points: 9.5, or 14 (四号) in the 公文 layout. */
	float labelSize() {
		return (this == GONGWEN) ? 14f : 9.5f;
	}

	/**
	 * The page event that writes the page label.
	 * @param pdf the document
	 * @param label the label of page n; an empty label writes nothing
	 * @return the page event
	 */
	PdfPageEventHelper footer(Pdf pdf, IntFunction<String> label) {
		Font font = pdf.font(labelSize(), Font.NORMAL);
		return new PdfPageEventHelper() {
			@Override
			public void onEndPage(PdfWriter writer, Document document) {
				int page = writer.getPageNumber();
				String text = label.apply(page);
				if (text.isEmpty()) {
					return;
				}
				float x;
				float y;
				int align;
				if (PdfLayout.this == GONGWEN) {
					boolean odd = page % 2 == 1;
					align = odd ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
					x = odd ? document.right() - font.getSize() : document.left() + font.getSize();
					// the dashes' top edge 7 mm below the type area
					y = document.bottom() - mm(7) - font.getSize() * 0.4f;
				}
				else {
					align = Element.ALIGN_CENTER;
					x = (document.left() + document.right()) / 2;
					y = document.bottom() - 30;
				}
				ColumnText.showTextAligned(writer.getDirectContent(), align, pdf.phrase(text, font), x, y, 0);
			}
		};
	}

}
