package org.lianjian.unit;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the first table of an OpenDocument spreadsheet (.ods, as LibreOffice and WPS save
 * it) as text, streaming its content.xml with StAX: cells as the spreadsheet shows them
 * (the paragraphs of the cell), dates as yyyy-MM-dd. Repeated rows and cells (how ODS
 * stores blank areas) are expanded only where data follows them, so a sheet that declares
 * a million blank rows costs nothing.
 */
final class LedgerOds {

	private static final Logger log = LoggerFactory.getLogger(LedgerOds.class);

	static final String MIME_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

	private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

	private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

	private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

	/** Uncompressed size of content.xml read at most. */
	private static final long MAX_XML_BYTES = 256L * 1024 * 1024;

	private LedgerOds() {
	}

	/**
	 * Reads the rows.
	 * @param bytes the file, a ZIP whose first entry is the ODS mimetype
	 * @param cells keeps the cells within bounds
	 * @param maxRows rows read at most before the file is refused
	 * @return rows of cells, with blank rows where the sheet has blank rows before data
	 */
	static List<List<String>> read(byte[] bytes, LedgerCells cells, int maxRows) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if ("content.xml".equals(entry.getName())) {
					return new Table(cells, maxRows).read(new Limited(zip, MAX_XML_BYTES));
				}
			}
			throw new RejectedFile("unit.import.file.corrupt");
		}
		catch (RejectedFile ex) {
			throw ex;
		}
		catch (IOException | XMLStreamException | RuntimeException ex) {
			for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
				if (cause instanceof RejectedFile rejected) {
					throw rejected;
				}
			}
			log.debug("unreadable ODS file", ex);
			throw new RejectedFile("unit.import.file.corrupt");
		}
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}

	/** The rows of the first table, built while the XML streams by. */
	private static final class Table {

		private final LedgerCells cells;

		private final int maxRows;

		private final List<List<String>> rows = new ArrayList<>();

		private int blankRows;

		private List<String> row = new ArrayList<>();

		private int blankCells;

		Table(LedgerCells cells, int maxRows) {
			this.cells = cells;
			this.maxRows = maxRows;
		}

		List<List<String>> read(InputStream xml) throws XMLStreamException {
			XMLStreamReader r = factory().createXMLStreamReader(xml);
			int tables = 0;
			while (r.hasNext()) {
				int event = r.next();
				if (event == XMLStreamConstants.START_ELEMENT && TABLE.equals(r.getNamespaceURI())) {
					switch (r.getLocalName()) {
						case "table" -> tables++;
						case "table-row" -> {
							if (tables == 1) {
								readRow(r);
							}
						}
						default -> {
						}
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT && TABLE.equals(r.getNamespaceURI())
						&& "table".equals(r.getLocalName())) {
					break;
				}
			}
			return this.rows;
		}

		private void readRow(XMLStreamReader r) throws XMLStreamException {
			int repeat = repeat(r.getAttributeValue(TABLE, "number-rows-repeated"));
			this.row = new ArrayList<>();
			this.blankCells = 0;
			while (r.hasNext()) {
				int event = r.next();
				if (event == XMLStreamConstants.START_ELEMENT && TABLE.equals(r.getNamespaceURI())
						&& (r.getLocalName().equals("table-cell") || r.getLocalName().equals("covered-table-cell"))) {
					readCell(r);
				}
				else if (event == XMLStreamConstants.END_ELEMENT && TABLE.equals(r.getNamespaceURI())
						&& r.getLocalName().equals("table-row")) {
					break;
				}
			}
			if (this.row.isEmpty()) {
				this.blankRows += repeat;
				return;
			}
			for (int i = 0; i < this.blankRows + repeat; i++) {
				if (this.rows.size() >= this.maxRows) {
					throw new RejectedFile("unit.import.file.tooManyRows", UnitLedgerImporter.MAX_ROWS);
				}
				this.rows.add(i < this.blankRows ? List.of() : this.row);
			}
			this.blankRows = 0;
		}

		private void readCell(XMLStreamReader r) throws XMLStreamException {
			int repeat = repeat(r.getAttributeValue(TABLE, "number-columns-repeated"));
			String type = r.getAttributeValue(OFFICE, "value-type");
			String date = r.getAttributeValue(OFFICE, "date-value");
			String value = r.getAttributeValue(OFFICE, "value");
			String shown = paragraphs(r);
			String text;
			if ("date".equals(type) && date != null && date.length() >= 10) {
				text = date.substring(0, 10);
			}
			else if (shown.isEmpty() && value != null) {
				text = value;
			}
			else {
				text = shown;
			}
			if (text.isBlank()) {
				this.blankCells += repeat;
				return;
			}
			String kept = this.cells.keep(text);
			for (int i = 0; i < this.blankCells + repeat && this.row.size() <= LedgerReader.MAX_COLUMNS; i++) {
				this.row.add(i < this.blankCells ? "" : kept);
			}
			this.blankCells = 0;
		}

		/**
		 * The text of a cell's paragraphs, lines joined by a line break; ends at the
		 * cell's end.
		 */
		private static String paragraphs(XMLStreamReader r) throws XMLStreamException {
			StringBuilder text = new StringBuilder();
			int depth = 1;
			int paragraphs = 0;
			while (depth > 0 && r.hasNext()) {
				int event = r.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					depth++;
					if (TEXT.equals(r.getNamespaceURI())) {
						switch (r.getLocalName()) {
							case "p" -> {
								if (paragraphs++ > 0) {
									text.append('\n');
								}
							}
							case "s" -> text.append(" ".repeat(Math.min(1000, repeat(r.getAttributeValue(TEXT, "c")))));
							case "tab" -> text.append('\t');
							case "line-break" -> text.append('\n');
							default -> {
							}
						}
					}
					else if (OFFICE.equals(r.getNamespaceURI()) && "annotation".equals(r.getLocalName())) {
						skip(r);
						depth--;
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
				}
				else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
						&& text.length() <= LedgerCells.MAX_CELL) {
					text.append(r.getText());
				}
			}
			return text.toString();
		}

		private static void skip(XMLStreamReader r) throws XMLStreamException {
			int depth = 1;
			while (depth > 0 && r.hasNext()) {
				int event = r.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					depth++;
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
				}
			}
		}

		private static int repeat(@Nullable String attribute) {
			if (attribute == null) {
				return 1;
			}
			try {
				return Math.max(1, Integer.parseInt(attribute.trim()));
			}
			catch (NumberFormatException ex) {
				return 1;
			}
		}

	}

	/**
	 * Stops reading past a number of bytes, so a zip bomb cannot fill the heap or the
	 * disk.
	 */
	private static final class Limited extends FilterInputStream {

		private long left;

		Limited(InputStream in, long max) {
			super(in);
			this.left = max;
		}

		@Override
		public int read() throws IOException {
			if (this.left <= 0) {
				throw new RejectedFile("unit.import.file.tooMuchText");
			}
			int b = super.read();
			if (b >= 0) {
				this.left--;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (this.left <= 0) {
				throw new RejectedFile("unit.import.file.tooMuchText");
			}
			int n = super.read(buffer, offset, (int) Math.min(length, this.left));
			if (n > 0) {
				this.left -= n;
			}
			return n;
		}

		@Override
		public void close() {
			// the zip stream is closed by its owner
		}

	}

}
