package org.lianjian.unit;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an .xlsx workbook as text, streaming (SAX, shared strings read
 * only), so a large file does not need a large heap. Dates come out as yyyy-MM-dd, other
 * cells as Excel shows them.
 */
final class LedgerXlsx {

	private static final Logger log = LoggerFactory.getLogger(LedgerXlsx.class);

	private LedgerXlsx() {
	}

	/**
	 * Reads the rows.
	 * @param bytes the file, starting with a ZIP signature
	 * @param cells keeps the cells within bounds
	 * @param maxRows rows read at most before the file is refused
	 * @return rows of cells, with blank rows where the sheet has none
	 */
	static List<List<String>> read(byte[] bytes, LedgerCells cells, int maxRows) {
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			StylesTable styles = reader.getStylesTable();
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new RejectedFile("unit.import.file.corrupt");
			}
			List<List<String>> rows = new ArrayList<>();
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings,
						new RowCollector(rows, cells, maxRows), new IsoDateFormatter(), false));
				parser.parse(new InputSource(sheet));
			}
			return rows;
		}
		catch (RejectedFile ex) {
			throw ex;
		}
		catch (Exception ex) {
			if (ex.getCause() instanceof RejectedFile rejected) {
				throw rejected;
			}
			// not an Office Open XML workbook: a ZIP without [Content_Types].xml or a
			// workbook part, a damaged file, or a zip bomb
			log.debug("unreadable workbook", ex);
			throw new RejectedFile("unit.import.file.corrupt");
		}
	}

	/** Collects the cells of each row, placing them by column letter. */
	private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final List<List<String>> rows;

		private final LedgerCells cells;

		private final int maxRows;

		private List<String> current = new ArrayList<>();

		RowCollector(List<List<String>> rows, LedgerCells cells, int maxRows) {
			this.rows = rows;
			this.cells = cells;
			this.maxRows = maxRows;
		}

		@Override
		public void startRow(int rowNum) {
			if (rowNum > this.maxRows) {
				throw new RejectedFile("unit.import.file.tooManyRows", UnitLedgerImporter.MAX_ROWS);
			}
			while (this.rows.size() < rowNum) {
				this.rows.add(List.of());
			}
			this.current = new ArrayList<>();
		}

		@Override
		public void endRow(int rowNum) {
			this.rows.add(this.current);
		}

		@Override
		public void cell(@Nullable String ref, @Nullable String value, @Nullable XSSFComment comment) {
			int col = (ref == null) ? this.current.size() : new CellReference(ref).getCol();
			if (col > LedgerReader.MAX_COLUMNS) {
				return;
			}
			while (this.current.size() < col) {
				this.current.add("");
			}
			this.current.add(value == null ? "" : this.cells.keep(value));
		}

	}

	/** Formats date cells as yyyy-MM-dd, everything else as Excel shows it. */
	private static final class IsoDateFormatter extends DataFormatter {

		IsoDateFormatter() {
			super(Locale.ROOT);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString,
				boolean use1904Windowing) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return UnitLedger.date(DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate());
			}
			return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
		}

	}

}
