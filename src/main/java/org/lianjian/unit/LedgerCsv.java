package org.lianjian.unit;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.lianjian.shared.export.CsvText;

/**
 * Reads a ledger saved as CSV: strict UTF-8 (with or without BOM), else GBK (as Excel on
 * a Chinese Windows saves it) or its superset GB 18030; RFC 4180 fields.
 */
final class LedgerCsv {

	private LedgerCsv() {
	}

	/**
	 * Decodes a text file: strict UTF-8 (with or without BOM) first, else GBK.
	 * @param bytes the file
	 * @return the text
	 * @throws RejectedFile when it is neither, or holds control characters
	 */
	static String decode(byte[] bytes) {
		String text = strict(bytes, StandardCharsets.UTF_8);
		if (text == null) {
			// GB 18030 reads every GBK file as GBK does, and the portal's own CSV export
			// too
			text = strict(bytes, Charset.forName("GB18030"));
		}
		if (text == null) {
			throw new RejectedFile("unit.import.file.unsupported");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			if (Character.isISOControl(ch) && ch != '\t' && ch != '\r' && ch != '\n') {
				throw new RejectedFile("unit.import.file.unsupported");
			}
		}
		return text;
	}

	private static @Nullable String strict(byte[] bytes, Charset charset) {
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	/**
	 * Parses CSV (RFC 4180: comma separated, fields in double quotes may hold commas,
	 * quotes doubled and line breaks). A field that the portal's own CSV export guarded
	 * against formula injection ({@code '=...}) is read back without the guard.
	 * @param text the file's text
	 * @param cells keeps the fields within bounds
	 * @return records of fields
	 */
	static List<List<String>> read(String text, LedgerCells cells) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int i = 0;
		int n = text.length();
		while (i < n) {
			char ch = text.charAt(i);
			if (quoted) {
				if (ch == '"') {
					if (i + 1 < n && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					field.append(ch);
				}
			}
			else if (ch == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (ch == ',') {
				record.add(cells.keep(CsvText.unguard(field.toString())));
				field.setLength(0);
			}
			else if (ch == '\r' || ch == '\n') {
				if (ch == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
					i++;
				}
				record.add(cells.keep(CsvText.unguard(field.toString())));
				field.setLength(0);
				records.add(record);
				record = new ArrayList<>();
			}
			else {
				field.append(ch);
			}
			i++;
		}
		if (!field.isEmpty() || !record.isEmpty()) {
			record.add(cells.keep(CsvText.unguard(field.toString())));
			records.add(record);
		}
		return records;
	}

}
