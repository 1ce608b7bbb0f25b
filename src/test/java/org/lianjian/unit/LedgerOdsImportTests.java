package org.lianjian.unit;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ledger saved by LibreOffice as .ods is read like an .xlsx. The file in
 * {@code src/test/resources/ledger/ledger-libreoffice.ods} was written by LibreOffice 7.4
 * ({@code soffice --headless --convert-to ods}) from a workbook with the template's
 * headers: text, whole numbers, a date cell, a credit code stored as a number, and the
 * million repeated blank rows and 16,384 repeated blank columns LibreOffice writes.
 */
@WebIntegrationTest
class LedgerOdsImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	LedgerReader reader;

	private static byte[] ods() throws IOException {
		try (InputStream in = LedgerOdsImportTests.class.getResourceAsStream("/ledger/ledger-libreoffice.ods")) {
			return in.readAllBytes();
		}
	}

	@Test
	void shouldReadTheCellsOfAnOdsFileAsTheSpreadsheetShowsThem() throws Exception {
		byte[] file = ods();
		assertThat(LedgerReader.sniff(file)).isEqualTo(LedgerReader.Kind.ODS);
		List<LedgerReader.Row> rows = this.reader.read(file).rows();
		assertThat(rows).hasSize(3);
		LedgerReader.Row first = rows.get(0);
		assertThat(first.number()).isEqualTo(2);
		assertThat(first.get(UnitField.NAME)).isEqualTo("ODS测试单位甲（LibreOffice）");
		assertThat(first.get(UnitField.CREDIT_CODE)).isEqualTo("91310109MA10D5X7KU");
		assertThat(first.get(UnitField.ADDRESS)).isEqualTo("上海市虹口区测试路 1 号");
		assertThat(first.get(UnitField.HEADCOUNT)).isEqualTo("120");
		assertThat(first.get(UnitField.COORDINATION_MEMBER_SINCE)).isEqualTo("2021-05-01");
		assertThat(first.get(UnitField.CONTACT_PHONE)).isEqualTo("021-65550000");
		assertThat(rows.get(2).number()).isEqualTo(4);
	}

	@Test
	void shouldPreviewAnOdsLedgerAndExplainTheCodeStoredAsANumber() throws Exception {
		ImportPreview preview = new LedgerUploads(this.mvc, this.users, "staff").preview("台账.ods", ods());
		assertThat(preview.rows()).isEqualTo(3);
		assertThat(preview.toCreate() + preview.toUpdate() + preview.unchanged()).isEqualTo(2);
		assertThat(preview.errors()).singleElement().satisfies((e) -> {
			assertThat(e.row()).isEqualTo(4);
			assertThat(e.column()).isEqualTo("统一社会信用代码");
			assertThat(e.message()).contains("1.23101091234568E+017").contains("文本");
		});
	}

	@Test
	void shouldRefuseAnOpenDocumentThatIsNotASpreadsheet() throws Exception {
		byte[] odt = ods();
		byte[] type = "application/vnd.oasis.opendocument.text\0\0\0\0\0\0\0"
			.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		// the mimetype entry is stored first and uncompressed: put a text document's type
		// there
		int start = 30 + 8;
		System.arraycopy(type, 0, odt, start, 46);
		odt[18] = 39;
		assertThat(new LedgerUploads(this.mvc, this.users, "staff").upload("letter.odt", odt)
			.getResponse()
			.getContentAsString()).contains("不是电子表格");
	}

}
