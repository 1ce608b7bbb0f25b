package org.lianjian.shared.export;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared export writers, read back: typed cells and formula-proof text in XLSX, the
 * OWASP guard in CSV.
 */
class XlsxTableTests {

	@Test
	void shouldWriteTypedCellsAndKeepFormulaLikeTextAsText() throws Exception {
		byte[] bytes;
		try (XlsxTable table = new XlsxTable("表", List.of("名称", "日期", "时间", "数"), new int[] { 20, 12, 16, 8 })) {
			table.row("=1+1", LocalDate.of(2027, 2, 20), LocalDateTime.of(2027, 6, 9, 14, 30), 12);
			table.row("@SUM(A1:A2)", null, null, null);
			table.row("-2+3", null, null, null);
			table.row("+CMD|' /C calc'!A0", null, null, null);
			bytes = table.toBytes();
		}
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			assertThat(wb.getSheetAt(0).getPaneInformation().isFreezePane()).isTrue();
			Row first = wb.getSheetAt(0).getRow(1);
			assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo("=1+1");
			assertThat(first.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("@");
			assertThat(DateUtil.isCellDateFormatted(first.getCell(1))).isTrue();
			assertThat(first.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2027, 2, 20));
			assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
			assertThat(first.getCell(2).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2027, 6, 9, 14, 30));
			assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(12);
			for (int r = 2; r <= 4; r++) {
				assertThat(wb.getSheetAt(0).getRow(r).getCell(0).getCellType()).isEqualTo(CellType.STRING);
			}
			assertThat(wb.getSheetAt(0).getRow(4).getCell(0).getStringCellValue()).isEqualTo("+CMD|' /C calc'!A0");
		}
	}

	@Test
	void shouldGuardCsvFieldsThatASpreadsheetWouldTakeForFormulas() {
		StringBuilder csv = new StringBuilder();
		CsvText.appendRecord(csv, List.of("=1+1", "+86", "-5", "@x", "\tx", "普通", "a\"b", ""));
		assertThat(csv).hasToString("\"'=1+1\",\"'+86\",\"'-5\",\"'@x\",\"'\tx\",\"普通\",\"a\"\"b\",\"\"\r\n");
		assertThat(CsvText.unguard("'=1+1")).isEqualTo("=1+1");
		assertThat(CsvText.unguard("'普通")).isEqualTo("'普通");
		assertThat(CsvText.unguard("'")).isEqualTo("'");
	}

}
