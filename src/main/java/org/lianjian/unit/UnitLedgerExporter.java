package org.lianjian.unit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.export.CsvText;
import org.lianjian.shared.export.XlsxTable;
import org.lianjian.structure.StructureRole;
import org.lianjian.structure.StructureService;
import org.lianjian.unit.UnitLedger.Column;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Writes the ledger (台账) workbook: the import template (headers and one example row) and
 * the export of a filtered unit list, with the same columns, so an export can be imported
 * again with no change. Enumerated columns carry drop-down lists (data validation) backed
 * by a hidden sheet.
 */
@Component
class UnitLedgerExporter {

	/** Most units in one export. */
	static final int MAX_UNITS = 100_000;

	/**
	 * The CSV export's encoding: GB 18030, byte for byte GBK wherever GBK has the
	 * character.
	 */
	static final Charset CSV_CHARSET = Charset.forName("GB18030");

	/** Sheet holding the drop-down lists; hidden, after the data sheet. */
	static final String LISTS_SHEET = "lists";

	/** Rows below the data that still get the drop-down lists, for new entries. */
	private static final int SPARE_ROWS = 1000;

	private final UnitService units;

	private final StructureService structure;

	private final UnitLedger ledger;

	UnitLedgerExporter(UnitService units, StructureService structure, UnitLedger ledger) {
		this.units = units;
		this.structure = structure;
		this.ledger = ledger;
	}

	/**
	 * The import template: headers, one example row with a valid credit code, and the
	 * drop-down lists.
	 * @return the .xlsx file
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	byte[] template() {
		UnitChoices choices = this.units.choices();
		List<String> areas = names(choices.areas());
		List<String> networks = names(choices.networks());
		String network = this.structure.holderOf(StructureRole.NETWORK_COMPREHENSIVE)
			.flatMap(this.structure::name)
			.orElse(networks.isEmpty() ? "" : networks.get(0));
		String first17 = "91310109MA1FL2B3C";
		List<@Nullable Object> example = new ArrayList<>();
		example.add("上海示例信息科技有限公司");
		example.add("示例科技");
		example.add(first17 + CreditCode.checkCharacter(first17));
		example.add(this.ledger.label(UnitCategory.NON_PUBLIC));
		example.add("");
		example.add(this.ledger.label(AdminRank.NONE));
		example.add(this.ledger.no());
		example.add("上海市虹口区中山北一路 100 号");
		example.add(areas.isEmpty() ? "" : areas.get(0));
		example.add("QY-101");
		example.add(120);
		example.add("021-65550000");
		example.add("party@example.com");
		example.add(this.ledger.label(PartyOrgKind.BRANCH));
		example.add(15);
		example.add("");
		example.add(network);
		example.add(this.ledger.no());
		example.add(null);
		example.add(this.ledger.label(UnitStatus.ACTIVE));
		example.add(null);
		example.add(null);
		return write(List.of(example), areas, networks);
	}

	/**
	 * The units matching a filter (in the current user's scope), with the template's
	 * columns. Organisation names are looked up in one batch.
	 * @param filter the list's search and filters
	 * @return the .xlsx file
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	byte[] export(UnitFilter filter) {
		List<List<@Nullable Object>> rows = rows(filter);
		UnitChoices choices = this.units.choices();
		return write(rows, names(choices.areas()), names(choices.networks()));
	}

	/**
	 * The same rows as {@link #export} as CSV in GB 18030 (the superset of GBK that Excel
	 * on a Chinese Windows opens without an import dialog, and that keeps every
	 * character). Each field is quoted, and a value that a spreadsheet would take for a
	 * formula starts with {@code '} ({@link CsvText}); the import reads it back without.
	 * @param filter the list's search and filters
	 * @return the .csv file
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	byte[] exportCsv(UnitFilter filter) {
		StringBuilder csv = new StringBuilder();
		CsvText.appendRecord(csv, this.ledger.headers());
		for (List<@Nullable Object> row : rows(filter)) {
			CsvText.appendRecord(csv,
					row.stream()
						.map((v) -> (v == null) ? "" : (v instanceof LocalDate d) ? UnitLedger.date(d) : v.toString())
						.toList());
		}
		return csv.toString().getBytes(CSV_CHARSET);
	}

	private List<List<@Nullable Object>> rows(UnitFilter filter) {
		List<ResidentUnit> found = this.units.findAll(filter, MAX_UNITS);
		Set<Long> orgIds = new HashSet<>();
		for (ResidentUnit u : found) {
			if (u.getResidentialAreaId() != null) {
				orgIds.add(u.getResidentialAreaId());
			}
			if (u.getNetworkId() != null) {
				orgIds.add(u.getNetworkId());
			}
		}
		Map<Long, String> orgNames = this.structure.names(orgIds);
		List<List<@Nullable Object>> rows = new ArrayList<>(found.size());
		for (ResidentUnit u : found) {
			rows.add(row(u, orgNames));
		}
		return rows;
	}

	private List<@Nullable Object> row(ResidentUnit u, Map<Long, String> orgNames) {
		List<@Nullable Object> row = new ArrayList<>(Column.values().length);
		row.add(u.getName());
		row.add(text(u.getShortName()));
		row.add(text(u.getCreditCode()));
		row.add(this.ledger.label(u.getCategory()));
		row.add(this.ledger.label(u.getSubType()));
		row.add(this.ledger.label(u.getAdminRank()));
		row.add(this.ledger.yesNo(u.isDualManaged()));
		row.add(text(u.getAddress()));
		row.add(orgName(orgNames, u.getResidentialAreaId()));
		row.add(text(u.getGridRef()));
		row.add(u.getHeadcount());
		row.add(text(u.getContactPhone()));
		row.add(text(u.getContactEmail()));
		row.add(this.ledger.label(u.getPartyOrgKind()));
		row.add(u.getPartyMemberCount());
		row.add(text(u.getSectorCommittee()));
		row.add(orgName(orgNames, u.getNetworkId()));
		LocalDate since = this.units.coordinationSince(u);
		row.add(this.ledger.yesNo(since != null));
		row.add(since);
		row.add(this.ledger.label(u.getStatus()));
		row.add(u.getStatusDate());
		row.add(u.getEffectiveFrom());
		return row;
	}

	private static String orgName(Map<Long, String> names, @Nullable Long id) {
		return id == null ? "" : names.getOrDefault(id, "");
	}

	private static String text(@Nullable String s) {
		return s == null ? "" : s;
	}

	private static List<String> names(List<UnitChoice> options) {
		return options.stream().map(UnitChoice::name).distinct().toList();
	}

	/** The cell styles of the ledger: text, date, and the header row's. */
	private record Styles(CellStyle text, CellStyle date, CellStyle header) {

		static Styles of(SXSSFWorkbook wb) {
			CellStyle text = wb.createCellStyle();
			text.setDataFormat(wb.createDataFormat().getFormat("@"));
			CellStyle date = wb.createCellStyle();
			date.setDataFormat(wb.createDataFormat().getFormat(XlsxTable.DATE_FORMAT));
			CellStyle header = wb.createCellStyle();
			Font bold = wb.createFont();
			bold.setBold(true);
			header.setFont(bold);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			header.setBorderBottom(BorderStyle.THIN);
			header.setDataFormat(text.getDataFormat());
			return new Styles(text, date, header);
		}

	}

	/**
	 * Writes the workbook, streaming rows to disk-backed buffers so a large export does
	 * not hold every cell in memory.
	 */
	private byte[] write(List<List<@Nullable Object>> rows, List<String> areas, List<String> networks) {
		SXSSFWorkbook wb = new SXSSFWorkbook(500);
		try {
			Sheet sheet = wb.createSheet(this.ledger.sheetName());
			Styles styles = Styles.of(wb);
			writeHeader(sheet, styles);
			int r = 1;
			for (List<@Nullable Object> values : rows) {
				writeRow(sheet.createRow(r++), values, styles);
			}
			addLists(wb, sheet, r + SPARE_ROWS, areas, networks);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			wb.dispose();
			try {
				wb.close();
			}
			catch (IOException ex) {
				// nothing left to release
			}
		}
	}

	/** The header row, frozen with the name column, and each column's width and style. */
	private void writeHeader(Sheet sheet, Styles styles) {
		Row head = sheet.createRow(0);
		for (Column column : Column.values()) {
			Cell cell = head.createCell(column.ordinal());
			cell.setCellValue(this.ledger.header(column));
			cell.setCellStyle(styles.header());
			sheet.setColumnWidth(column.ordinal(), width(column));
			if (dated(column)) {
				sheet.setDefaultColumnStyle(column.ordinal(), styles.date());
			}
			else if (!numeric(column)) {
				sheet.setDefaultColumnStyle(column.ordinal(), styles.text());
			}
		}
		sheet.createFreezePane(1, 1);
	}

	private static void writeRow(Row row, List<@Nullable Object> values, Styles styles) {
		Column[] columns = Column.values();
		for (int c = 0; c < values.size(); c++) {
			Object value = values.get(c);
			Cell cell = row.createCell(c);
			if (value == null) {
				cell.setCellStyle(dated(columns[c]) ? styles.date() : styles.text());
			}
			else if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			}
			else if (value instanceof LocalDate day) {
				cell.setCellValue(day);
				cell.setCellStyle(styles.date());
			}
			else {
				cell.setCellValue(value.toString());
				cell.setCellStyle(styles.text());
			}
		}
	}

	/**
	 * Puts each enumerated column's values in a column of the hidden lists sheet and
	 * restricts the data column to them.
	 */
	private void addLists(SXSSFWorkbook wb, Sheet sheet, int lastRow, List<String> areas, List<String> networks) {
		Map<Column, List<String>> choices = this.ledger.choices(areas, networks);
		Sheet lists = wb.createSheet(LISTS_SHEET);
		int longest = choices.values().stream().mapToInt(List::size).max().orElse(0);
		List<Row> listRows = new ArrayList<>();
		for (int i = 0; i < longest; i++) {
			listRows.add(lists.createRow(i));
		}
		DataValidationHelper helper = sheet.getDataValidationHelper();
		int listColumn = 0;
		int maxRow = Math.min(lastRow, SpreadsheetVersion.EXCEL2007.getLastRowIndex());
		for (Map.Entry<Column, List<String>> entry : choices.entrySet()) {
			List<String> values = entry.getValue();
			if (values.isEmpty()) {
				continue;
			}
			for (int i = 0; i < values.size(); i++) {
				listRows.get(i).createCell(listColumn).setCellValue(values.get(i));
			}
			String letter = CellReference.convertNumToColString(listColumn);
			DataValidationConstraint constraint = helper
				.createFormulaListConstraint(LISTS_SHEET + "!$" + letter + "$1:$" + letter + "$" + values.size());
			int col = entry.getKey().ordinal();
			DataValidation validation = helper.createValidation(constraint,
					new CellRangeAddressList(1, maxRow, col, col));
			validation.setShowErrorBox(true);
			validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
			validation.setEmptyCellAllowed(true);
			validation.setSuppressDropDownArrow(true);
			validation.createErrorBox(this.ledger.header(entry.getKey()), this.ledger.chooseFromList());
			sheet.addValidationData(validation);
			listColumn++;
		}
		wb.setSheetHidden(wb.getSheetIndex(lists), true);
		wb.setActiveSheet(0);
	}

	private static boolean dated(Column column) {
		return column == Column.COORDINATION_MEMBER_SINCE || column == Column.STATUS_DATE;
	}

	private static boolean numeric(Column column) {
		return column == Column.HEADCOUNT || column == Column.PARTY_MEMBER_COUNT;
	}

	private static int width(Column column) {
		int chars = switch (column) {
			case NAME, ADDRESS, SECTOR_COMMITTEE, NETWORK, RESIDENTIAL_AREA -> 28;
			case CREDIT_CODE, CONTACT_EMAIL -> 22;
			case COORDINATION_MEMBER, COORDINATION_MEMBER_SINCE, CONTACT_PHONE, EFFECTIVE_FROM -> 16;
			default -> 12;
		};
		return chars * 256;
	}

}
