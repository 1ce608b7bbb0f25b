package org.lianjian.unit;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.export.CsvText;
import org.lianjian.shared.export.XlsxBook;
import org.lianjian.shared.export.XlsxTable;
import org.lianjian.structure.StructureRole;
import org.lianjian.structure.StructureService;

import org.springframework.beans.PropertyAccessorFactory;
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
		List<@Nullable Object> example = new ArrayList<>();
		for (UnitField column : UnitField.values()) {
			example.add(example(column, areas, network));
		}
		return write(List.of(example)::forEach, areas, networks);
	}

	/** The template's example value of a column. */
	private @Nullable Object example(UnitField column, List<String> areas, String network) {
		String first17 = "91310109MA1FL2B3C";
		return switch (column) {
			case NAME -> "上海示例信息科技有限公司";
			case SHORT_NAME -> "示例科技";
			case CREDIT_CODE -> first17 + CreditCode.checkCharacter(first17);
			case CATEGORY -> this.ledger.label(UnitCategory.NON_PUBLIC);
			case SUB_TYPE, SECTOR_COMMITTEE -> "";
			case ADMIN_RANK -> this.ledger.label(AdminRank.NONE);
			case DUAL_MANAGED, COORDINATION_MEMBER -> this.ledger.no();
			case ADDRESS -> "上海市虹口区中山北一路 100 号";
			case RESIDENTIAL_AREA -> areas.isEmpty() ? "" : areas.get(0);
			case GRID_REF -> "QY-101";
			case HEADCOUNT -> 120;
			case CONTACT_PHONE -> "021-65550000";
			case CONTACT_EMAIL -> "party@example.com";
			case PARTY_ORG_KIND -> this.ledger.label(PartyOrgKind.BRANCH);
			case PARTY_MEMBER_COUNT -> 15;
			case NETWORK -> network;
			case STATUS -> this.ledger.label(UnitStatus.ACTIVE);
			case COORDINATION_MEMBER_SINCE, STATUS_DATE, EFFECTIVE_FROM -> null;
			default -> (column.kind == UnitField.Kind.TEXT) ? "" : null;
		};
	}

	/**
	 * The units matching a filter (in the current user's scope), with the template's
	 * columns. Organisation names are looked up in one batch.
	 * @param filter the list's search and filters
	 * @return the .xlsx file
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	byte[] export(UnitFilter filter) {
		UnitChoices choices = this.units.choices();
		return write((sink) -> rows(filter, sink), names(choices.areas()), names(choices.networks()));
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
		rows(filter,
				(row) -> CsvText.appendRecord(csv, row.stream()
					.map((v) -> (v == null) ? "" : (v instanceof LocalDate d) ? UnitLedger.date(d) : v.toString())
					.toList()));
		return csv.toString().getBytes(CSV_CHARSET);
	}

	/**
	 * The export's rows, handed to the sink as the list query reads the units: each chunk
	 * of units with its organisations' names looked up in one batch.
	 */
	private void rows(UnitFilter filter, Consumer<? super List<@Nullable Object>> sink) {
		this.units.findAll(filter, MAX_UNITS, (found) -> {
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
			for (ResidentUnit u : found) {
				sink.accept(row(u, orgNames));
			}
		});
	}

	private List<@Nullable Object> row(ResidentUnit u, Map<Long, String> orgNames) {
		LocalDate since = this.units.coordinationSince(u);
		List<@Nullable Object> row = new ArrayList<>(UnitField.values().length);
		for (UnitField column : UnitField.values()) {
			row.add(value(column, u, orgNames, since));
		}
		return row;
	}

	/** A unit's value in a column, as the ledger writes it (enums as their labels). */
	private @Nullable Object value(UnitField column, ResidentUnit u, Map<Long, String> orgNames,
			@Nullable LocalDate since) {
		return switch (column) {
			case NAME -> u.getName();
			case SHORT_NAME -> text(u.getShortName());
			case CREDIT_CODE -> text(u.getCreditCode());
			case CATEGORY -> this.ledger.label(u.getCategory());
			case SUB_TYPE -> this.ledger.label(u.getSubType());
			case ADMIN_RANK -> this.ledger.label(u.getAdminRank());
			case DUAL_MANAGED -> this.ledger.yesNo(u.isDualManaged());
			case ADDRESS -> text(u.getAddress());
			case RESIDENTIAL_AREA -> orgName(orgNames, u.getResidentialAreaId());
			case GRID_REF -> text(u.getGridRef());
			case HEADCOUNT -> u.getHeadcount();
			case CONTACT_PHONE -> text(u.getContactPhone());
			case CONTACT_EMAIL -> text(u.getContactEmail());
			case PARTY_ORG_KIND -> this.ledger.label(u.getPartyOrgKind());
			case PARTY_MEMBER_COUNT -> u.getPartyMemberCount();
			case SECTOR_COMMITTEE -> text(u.getSectorCommittee());
			case NETWORK -> orgName(orgNames, u.getNetworkId());
			case COORDINATION_MEMBER -> this.ledger.yesNo(since != null);
			case COORDINATION_MEMBER_SINCE -> since;
			case STATUS -> this.ledger.label(u.getStatus());
			case STATUS_DATE -> u.getStatusDate();
			case EFFECTIVE_FROM -> u.getEffectiveFrom();
			// a column without a rule of its own writes the unit's property of its name
			default ->
				plain(column, PropertyAccessorFactory.forBeanPropertyAccess(u).getPropertyValue(column.property));
		};
	}

	/** A property's value as the ledger writes it, like the columns above. */
	private @Nullable Object plain(UnitField column, @Nullable Object value) {
		if (value instanceof Enum<?> e) {
			return this.ledger.label(e);
		}
		if (value instanceof Boolean b) {
			return this.ledger.yesNo(b);
		}
		return (value == null && column.kind == UnitField.Kind.TEXT) ? "" : value;
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

	/**
	 * Writes the workbook on the shared streaming writer, each row as it comes, then the
	 * drop-down lists.
	 */
	private byte[] write(XlsxTable.Rows<List<@Nullable Object>> rows, List<String> areas, List<String> networks) {
		try (XlsxBook book = new XlsxBook()) {
			Sheet sheet = book.sheet(this.ledger.sheetName());
			book.headers(sheet, 0, this.ledger.headers(), 1);
			for (UnitField column : UnitField.values()) {
				sheet.setColumnWidth(column.ordinal(), column.width * 256);
				if (column.kind == UnitField.Kind.DATE) {
					sheet.setDefaultColumnStyle(column.ordinal(), book.dateStyle());
				}
				else if (column.kind == UnitField.Kind.TEXT) {
					sheet.setDefaultColumnStyle(column.ordinal(), book.textStyle());
				}
			}
			int[] next = { 1 };
			rows.forEach((values) -> {
				Row row = sheet.createRow(next[0]++);
				for (int c = 0; c < values.size(); c++) {
					if (values.get(c) == null) {
						// an empty cell keeps its column's format for what is typed in
						// later
						boolean dated = UnitField.values()[c].kind == UnitField.Kind.DATE;
						row.createCell(c).setCellStyle(dated ? book.dateStyle() : book.textStyle());
					}
					else {
						book.cell(row, c, values.get(c));
					}
				}
			});
			addLists(book.workbook(), sheet, next[0] + SPARE_ROWS, areas, networks);
			return book.toBytes();
		}
	}

	/**
	 * Puts each enumerated column's values in a column of the hidden lists sheet and
	 * restricts the data column to them.
	 */
	private void addLists(SXSSFWorkbook wb, Sheet sheet, int lastRow, List<String> areas, List<String> networks) {
		Map<UnitField, List<String>> choices = this.ledger.choices(areas, networks);
		Sheet lists = wb.createSheet(LISTS_SHEET);
		int longest = choices.values().stream().mapToInt(List::size).max().orElse(0);
		List<Row> listRows = new ArrayList<>();
		for (int i = 0; i < longest; i++) {
			listRows.add(lists.createRow(i));
		}
		DataValidationHelper helper = sheet.getDataValidationHelper();
		int listColumn = 0;
		int maxRow = Math.min(lastRow, SpreadsheetVersion.EXCEL2007.getLastRowIndex());
		for (Map.Entry<UnitField, List<String>> entry : choices.entrySet()) {
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

}
