package org.lianjian;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The list exports, read back with POI: their date columns hold real spreadsheet dates
 * with a date format (not text), and every text column holds text cells, never formulas.
 */
@WebIntegrationTest
class ListExportDatesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@ParameterizedTest
	@CsvSource({ "/agreements/export.xlsx, '6,7', yyyy-mm-dd", "/projects/export.xlsx, '5,6', yyyy-mm-dd",
			"/activities/export.xlsx, '3,4', yyyy-mm-dd hh:mm" })
	void shouldExportDatesAsDates(String path, String dateColumns, String format) throws Exception {
		byte[] bytes = this.mvc.perform(get(path).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<Integer> dates = List.of(dateColumns.split(",")).stream().map(Integer::valueOf).toList();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = wb.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).as("demo data rows").isPositive();
			for (Row row : sheet) {
				if (row.getRowNum() == 0) {
					continue;
				}
				for (Cell cell : row) {
					if (dates.contains(cell.getColumnIndex())) {
						assertThat(cell.getCellType()).as("row %d column %d", row.getRowNum(), cell.getColumnIndex())
							.isEqualTo(CellType.NUMERIC);
						assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
						assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
					}
					else {
						assertThat(cell.getCellType()).isIn(CellType.STRING, CellType.NUMERIC);
					}
				}
			}
		}
	}

}
