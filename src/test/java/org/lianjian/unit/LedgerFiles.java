package org.lianjian.unit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds ledger files in memory for the import tests: .xlsx and .csv, with the template's
 * Chinese headers, and valid credit codes that are unique per test run.
 */
final class LedgerFiles {

	/** The template's headers, in order: the file format, as users see it. */
	static final List<String> HEADERS = List.of("单位名称", "简称", "统一社会信用代码", "单位类别", "事业单位类型", "行政级别", "双重管理", "地址",
			"所在居民区", "网格编号", "职工人数", "联系电话", "联系邮箱", "党组织类型", "党员人数", "大口党委", "所属网络", "协调委成员单位", "成员单位起始日期", "状态",
			"状态日期");

	private LedgerFiles() {
	}

	/**
	 * A prefix for unit names unique to this test run, so tests sharing the database do
	 * not collide.
	 * @param base readable start
	 * @return the prefix
	 */
	static String prefix(String base) {
		return base + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + "-";
	}

	/**
	 * A random, valid unified social credit code (Hongkou, enterprise).
	 * @return the code
	 */
	static String creditCode() {
		StringBuilder body = new StringBuilder("91310109");
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < 9; i++) {
			body.append(CreditCode.ALPHABET.charAt(random.nextInt(CreditCode.ALPHABET.length())));
		}
		return body.toString() + CreditCode.checkCharacter(body.toString());
	}

	/**
	 * A ledger row with every column, as a mutable list (index by {@code HEADERS}).
	 */
	static List<Object> row(String name, String code, String category, String area, String network) {
		return new ArrayList<>(Arrays.asList(name, "", code, category, "", "无 / 不适用", "否", "上海市虹口区测试路 1 号", area,
				"QY-101", 100, "021-65550000", "test@example.com", "", 0, "", network, "否", "", "正常", ""));
	}

	static void set(List<Object> row, String header, Object value) {
		row.set(HEADERS.indexOf(header), value);
	}

	static byte[] xlsx(List<List<Object>> rows) {
		return xlsx(HEADERS, rows);
	}

	static byte[] xlsx(List<String> headers, List<List<Object>> rows) {
		try (Workbook wb = (rows.size() > 2000) ? new SXSSFWorkbook(500) : new XSSFWorkbook();
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet("台账");
			Row head = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				head.createCell(i).setCellValue(headers.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<Object> values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					Cell cell = row.createCell(c);
					if (value instanceof Number n) {
						cell.setCellValue(n.doubleValue());
					}
					else if (value != null && !value.toString().isEmpty()) {
						cell.setCellValue(value.toString());
					}
				}
			}
			wb.write(out);
			if (wb instanceof SXSSFWorkbook s) {
				s.dispose();
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] csv(List<List<Object>> rows, Charset charset, boolean bom) {
		StringBuilder text = new StringBuilder();
		if (bom) {
			text.append('\uFEFF');
		}
		line(text, new ArrayList<>(HEADERS));
		for (List<Object> row : rows) {
			line(text, row);
		}
		return text.toString().getBytes(charset);
	}

	private static void line(StringBuilder text, List<?> values) {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				text.append(',');
			}
			String v = values.get(i) == null ? "" : values.get(i).toString();
			if (v.contains(",") || v.contains("\"") || v.contains("\n")) {
				v = "\"" + v.replace("\"", "\"\"") + "\"";
			}
			text.append(v);
		}
		text.append("\r\n");
	}

	/**
	 * Reads the first sheet of a workbook as text, as Excel shows it.
	 * @param bytes the .xlsx
	 * @return rows of cells
	 */
	static List<List<String>> read(byte[] bytes) {
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			DataFormatter formatter = new DataFormatter();
			List<List<String>> rows = new ArrayList<>();
			for (Row row : wb.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < HEADERS.size(); c++) {
					Cell cell = row.getCell(c);
					cells.add(cell == null ? "" : formatter.formatCellValue(cell));
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] gbk(List<List<Object>> rows) {
		return csv(rows, Charset.forName("GBK"), false);
	}

	static byte[] utf8(List<List<Object>> rows, boolean bom) {
		return csv(rows, StandardCharsets.UTF_8, bom);
	}

}
