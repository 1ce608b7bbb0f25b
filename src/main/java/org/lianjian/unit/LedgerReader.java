package org.lianjian.unit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Reads a ledger file into rows of cells by column: finds out by its content what the
 * file is (.xlsx, .ods, CSV in UTF-8 or GBK; refuses programs, old .xls and anything
 * else), reads it within bounds ({@link LedgerCells}), finds the header row and maps the
 * columns by their headers.
 */
@Component
class LedgerReader {

	/** Largest file accepted. */
	static final long MAX_BYTES = 10L * 1024 * 1024;

	/** Rows scanned for the header row (a title may stand above it). */
	static final int HEADER_SEARCH = 10;

	/** Columns read at most; the ledger has about twenty. */
	static final int MAX_COLUMNS = 200;

	private final UnitLedger ledger;

	LedgerReader(UnitLedger ledger) {
		this.ledger = ledger;
	}

	/**
	 * A data row as read: its number in the file (as the spreadsheet shows it) and its
	 * cells.
	 */
	record Row(int number, Map<UnitField, String> cells) {

		String get(UnitField column) {
			String s = this.cells.get(column);
			return s == null ? "" : s.trim();
		}

	}

	/** The data rows of a ledger, header already mapped. */
	record Sheet(List<Row> rows) {

	}

	/** What a file is by its content. */
	enum Kind {

		XLSX, ODS, TEXT

	}

	/**
	 * Reads a ledger file, after checking by its content what it is.
	 * @param bytes the file
	 * @return its data rows
	 * @throws RejectedFile when it is empty, too large, not a spreadsheet nor a text
	 * file, holds too much, or lacks the ledger's columns
	 */
	Sheet read(byte[] bytes) {
		LedgerCells cells = new LedgerCells();
		int maxRows = UnitLedgerImporter.MAX_ROWS + HEADER_SEARCH + 1;
		List<List<String>> records = switch (sniff(bytes)) {
			case XLSX -> LedgerXlsx.read(bytes, cells, maxRows);
			case ODS -> LedgerOds.read(bytes, cells, maxRows);
			case TEXT -> LedgerCsv.read(LedgerCsv.decode(bytes), cells);
		};
		return toSheet(records);
	}

	static Kind sniff(byte[] bytes) {
		if (bytes.length == 0) {
			throw new RejectedFile("unit.import.file.empty");
		}
		if (bytes.length > MAX_BYTES) {
			throw new RejectedFile("unit.import.file.tooLarge", MAX_BYTES / 1024 / 1024);
		}
		if (startsWith(bytes, 'M', 'Z') || startsWith(bytes, 0x7F, 'E', 'L', 'F')) {
			throw new RejectedFile("unit.import.file.executable");
		}
		if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
			throw new RejectedFile("unit.import.file.xls");
		}
		if (startsWith(bytes, 'P', 'K', 3, 4)) {
			String mime = odfMimeType(bytes);
			if (mime == null) {
				return Kind.XLSX;
			}
			if (mime.equals(LedgerOds.MIME_TYPE)) {
				return Kind.ODS;
			}
			throw new RejectedFile("unit.import.file.notSpreadsheet");
		}
		return Kind.TEXT;
	}

	/**
	 * The media type of an OpenDocument file: its first ZIP entry is named
	 * {@code mimetype} and stored uncompressed (ODF 1.2, part 3, 3.3).
	 */
	private static @Nullable String odfMimeType(byte[] bytes) {
		String name = "mimetype";
		if (bytes.length < 30 + name.length()) {
			return null;
		}
		int nameLength = (bytes[26] & 0xFF) | (bytes[27] & 0xFF) << 8;
		int extraLength = (bytes[28] & 0xFF) | (bytes[29] & 0xFF) << 8;
		int size = (bytes[18] & 0xFF) | (bytes[19] & 0xFF) << 8;
		if (nameLength != name.length() || !name.equals(new String(bytes, 30, nameLength, StandardCharsets.US_ASCII))) {
			return null;
		}
		int start = 30 + nameLength + extraLength;
		if (size <= 0 || size > 100 || start + size > bytes.length) {
			return null;
		}
		return new String(bytes, start, size, StandardCharsets.US_ASCII).trim();
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Finds the header row (within the first rows: a title may stand above it), maps
	 * columns by their headers, and keeps the non-blank rows below.
	 */
	private Sheet toSheet(List<List<String>> records) {
		Map<String, UnitField> byHeader = new HashMap<>();
		for (UnitField column : UnitField.values()) {
			byHeader.put(normalise(this.ledger.header(column)), column);
		}
		int headerIndex = -1;
		for (int i = 0; i < Math.min(HEADER_SEARCH, records.size()); i++) {
			if (records.get(i)
				.stream()
				.map(LedgerReader::normalise)
				.anyMatch((h) -> byHeader.get(h) == UnitField.NAME)) {
				headerIndex = i;
				break;
			}
		}
		if (headerIndex < 0) {
			if (records.stream().allMatch(LedgerReader::blank)) {
				throw new RejectedFile("unit.import.file.noRows");
			}
			throw new RejectedFile("unit.import.file.missingColumns", String.join("、", this.ledger.headers()));
		}
		List<String> header = records.get(headerIndex);
		Map<Integer, UnitField> positions = new HashMap<>();
		Map<UnitField, Integer> found = new EnumMap<>(UnitField.class);
		for (int i = 0; i < header.size(); i++) {
			UnitField column = byHeader.get(normalise(header.get(i)));
			if (column != null && !found.containsKey(column)) {
				found.put(column, i);
				positions.put(i, column);
			}
		}
		List<String> missing = Arrays.stream(UnitField.values())
			.filter((c) -> !found.containsKey(c) && !c.optional())
			.map(this.ledger::header)
			.toList();
		if (!missing.isEmpty()) {
			throw new RejectedFile("unit.import.file.missingColumns", String.join("、", missing));
		}
		List<Row> rows = new ArrayList<>();
		for (int i = headerIndex + 1; i < records.size(); i++) {
			List<String> record = records.get(i);
			if (blank(record)) {
				continue;
			}
			if (rows.size() >= UnitLedgerImporter.MAX_ROWS) {
				throw new RejectedFile("unit.import.file.tooManyRows", UnitLedgerImporter.MAX_ROWS);
			}
			Map<UnitField, String> cells = new EnumMap<>(UnitField.class);
			positions.forEach((index, column) -> cells.put(column, index < record.size() ? record.get(index) : ""));
			rows.add(new Row(i + 1, cells));
		}
		if (rows.isEmpty()) {
			throw new RejectedFile("unit.import.file.noRows");
		}
		return new Sheet(rows);
	}

	private static String normalise(@Nullable String header) {
		return header == null ? "" : header.replaceAll("[\\s\\u3000*＊]+", "");
	}

	private static boolean blank(List<String> record) {
		return record.stream().allMatch((s) -> !StringUtils.hasText(s) || s.isBlank());
	}

}
