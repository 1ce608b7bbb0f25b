package org.lianjian.unit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianjian.support.RouteRoleMatrix;
import org.lianjian.support.Users;
import org.lianjian.structure.CoordinationRoster;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.lianjian.unit.LedgerFiles.row;
import static org.lianjian.unit.LedgerFiles.set;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ledger import through the web layer, as {@code staff}: preview, commit, re-import,
 * encodings, rejected files, and the scope of the import pages.
 */
@WebIntegrationTest
class UnitLedgerImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	UnitService units;

	@Autowired
	ResidentUnitRepository unitRepository;

	@Autowired
	UnitChangeRepository changes;

	@Autowired
	CoordinationRoster roster;

	String prefix;

	String area;

	String network;

	MockHttpSession session;

	LedgerUploads uploads;

	@BeforeEach
	void setUp() {
		this.prefix = LedgerFiles.prefix("导入测试");
		UnitChoices choices = this.units.choices();
		this.area = choices.areas().get(0).name();
		this.network = choices.networks().get(choices.networks().size() - 1).name();
		this.uploads = new LedgerUploads(this.mvc, this.users, "staff");
		this.session = this.uploads.session;
	}

	private List<List<Object>> goodRows(int count) {
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			rows.add(row(this.prefix + "单位" + i, LedgerFiles.creditCode(), "非公企业", this.area, this.network));
		}
		return rows;
	}

	MvcResult upload(String fileName, byte[] bytes) throws Exception {
		return this.uploads.upload(fileName, bytes);
	}

	ImportPreview preview(String fileName, byte[] bytes) throws Exception {
		return this.uploads.preview(fileName, bytes);
	}

	ImportProgress commit(ImportPreview preview) throws Exception {
		return this.uploads.commit(preview);
	}

	@Test
	void shouldImportAGoodFileThenFindTheUnitsAndChangeNothingOnReimport() throws Exception {
		List<List<Object>> rows = goodRows(5);
		set(rows.get(1), "单位类别", "事业单位");
		set(rows.get(1), "事业单位类型", "医院");
		set(rows.get(1), "行政级别", "厅局级");
		set(rows.get(2), "协调委成员单位", "是");
		set(rows.get(2), "成员单位起始日期", "2021-05-01");
		set(rows.get(2), "党组织类型", "党总支");
		set(rows.get(3), "党组织类型", "党支部");
		set(rows.get(3), "党员人数", 12);
		set(rows.get(4), "状态", "已迁出");
		set(rows.get(4), "状态日期", "2024-06-30");
		byte[] file = LedgerFiles.xlsx(rows);

		ImportPreview preview = preview("units.xlsx", file);
		assertThat(preview.errors()).isEmpty();
		assertThat(preview.rows()).isEqualTo(5);
		assertThat(preview.toCreate()).isEqualTo(5);
		assertThat(preview.toUpdate()).isZero();
		assertThat(this.unitRepository.findByName(this.prefix + "单位1")).as("nothing written by the preview").isEmpty();

		ImportProgress done = commit(preview);
		assertThat(done.succeeded()).as(String.valueOf(done.failure())).isTrue();
		assertThat(done.created()).isEqualTo(5);
		assertThat(done.updated()).isZero();

		this.mvc.perform(get("/units").param("q", this.prefix).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.prefix + "单位1")))
			.andExpect(content().string(containsString(this.prefix + "单位5")));
		ResidentUnit hospital = this.unitRepository.findByName(this.prefix + "单位2").get(0);
		assertThat(hospital.getCategory()).isEqualTo(UnitCategory.PUBLIC_INSTITUTION);
		assertThat(hospital.getSubType()).isEqualTo(InstitutionType.HOSPITAL);
		assertThat(hospital.getAdminRank()).isEqualTo(AdminRank.BUREAU);
		assertThat(hospital.getResidentialAreaId()).isEqualTo(this.units.choices().areas().get(0).id());
		ResidentUnit member = this.unitRepository.findByName(this.prefix + "单位3").get(0);
		// on the coordination committee's roster, through its new party organisation
		assertThat(this.roster.latest(Objects.requireNonNull(member.getPartyOrgId())))
			.hasValue(new CoordinationRoster.Period(java.time.LocalDate.of(2021, 5, 1), null));
		ResidentUnit branch = this.unitRepository.findByName(this.prefix + "单位4").get(0);
		assertThat(branch.getPartyOrgKind()).isEqualTo(PartyOrgKind.BRANCH);
		assertThat(branch.getPartyOrgId()).as("party organisation node created").isNotNull();
		ResidentUnit moved = this.unitRepository.findByName(this.prefix + "单位5").get(0);
		assertThat(moved.getStatus()).isEqualTo(UnitStatus.MOVED_OUT);
		assertThat(this.changes.findTop200ByUnitIdOrderByChangedAtDescIdDesc(moved.getId()))
			.anySatisfy((c) -> assertThat(c.getSource()).isEqualTo(ChangeSource.IMPORT));
		long versionBefore = moved.getVersion();

		ImportPreview again = preview("units.xlsx", file);
		assertThat(again.errors()).isEmpty();
		assertThat(again.toCreate()).isZero();
		assertThat(again.toUpdate()).isZero();
		assertThat(again.unchanged()).isEqualTo(5);
		ImportProgress second = commit(again);
		assertThat(second.succeeded()).isTrue();
		assertThat(second.created()).isZero();
		assertThat(second.updated()).isZero();
		assertThat(second.unchanged()).isEqualTo(5);
		assertThat(this.unitRepository.findById(moved.getId()).orElseThrow().getVersion()).isEqualTo(versionBefore);
	}

	@Test
	void shouldUpdateAUnitMatchedByCreditCodeAndRecordTheChangeAsAnImport() throws Exception {
		List<List<Object>> rows = goodRows(1);
		commit(preview("one.xlsx", LedgerFiles.xlsx(rows)));
		ResidentUnit unit = this.unitRepository.findByName(this.prefix + "单位1").get(0);

		set(rows.get(0), "单位名称", this.prefix + "改名单位");
		set(rows.get(0), "联系电话", "021-66668888");
		ImportPreview preview = preview("one.xlsx", LedgerFiles.xlsx(rows));
		assertThat(preview.toUpdate()).isEqualTo(1);
		assertThat(preview.toCreate()).isZero();
		assertThat(commit(preview).updated()).isEqualTo(1);

		ResidentUnit updated = this.unitRepository.findById(unit.getId()).orElseThrow();
		assertThat(updated.getName()).isEqualTo(this.prefix + "改名单位");
		assertThat(updated.getContactPhone()).isEqualTo("021-66668888");
		assertThat(this.changes.findTop200ByUnitIdOrderByChangedAtDescIdDesc(unit.getId())).anySatisfy((c) -> {
			assertThat(c.getField()).isEqualTo("contactPhone");
			assertThat(c.getSource()).isEqualTo(ChangeSource.IMPORT);
			assertThat(c.getChangedBy()).isEqualTo("staff");
			assertThat(c.getNewValue()).isEqualTo("021-66668888");
		});
	}

	@Test
	void shouldWriteNothingAndReportEachOfThreeBadRows() throws Exception {
		List<List<Object>> rows = goodRows(7);
		String code = (String) rows.get(1).get(2);
		set(rows.get(1), "统一社会信用代码", code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0'));
		set(rows.get(3), "单位类别", "外星机构");
		set(rows.get(5), "单位名称", "");

		ImportPreview preview = preview("bad.xlsx", LedgerFiles.xlsx(rows));
		assertThat(preview.errors()).hasSize(3);
		assertThat(preview.errors()).extracting(ImportRowError::row).containsExactly(3, 5, 7);
		assertThat(preview.errors()).extracting(ImportRowError::column).containsExactly("统一社会信用代码", "单位类别", "单位名称");
		assertThat(preview.errors().get(0).message()).contains("校验位");
		assertThat(preview.errors().get(1).message()).contains("外星机构").contains("非公企业");
		assertThat(preview.errors().get(2).message()).isEqualTo("此项为必填");
		assertThat(preview.committable()).isFalse();
		assertThat(preview.toCreate()).isEqualTo(4);

		this.mvc.perform(get("/units/import/{t}", preview.token()).session(this.session).with(this.users.as("staff")))
			.andExpect(content().string(containsString("外星机构")))
			.andExpect(content().string(containsString("统一社会信用代码")));
		this.mvc
			.perform(post("/units/import/{t}/commit", preview.token()).session(this.session)
				.with(this.users.as("staff"))
				.with(csrf()))
			.andExpect(status().isConflict());
		for (int i = 1; i <= 7; i++) {
			assertThat(this.unitRepository.findByName(this.prefix + "单位" + i)).as("row " + i).isEmpty();
		}
	}

	/**
	 * The form's rules across fields ({@link ValidUnitForm}) apply to the import too: one
	 * row breaks each rule, and gets its message against the right column.
	 */
	@Test
	void shouldApplyTheFormsCrossFieldRulesToEachRow() throws Exception {
		List<List<Object>> rows = goodRows(8);
		rows.forEach((r) -> r.add(""));
		// moved out without its date
		set(rows.get(0), "状态", "已迁出");
		// a status date for an active unit
		set(rows.get(1), "状态日期", "2024-06-30");
		// a joining date without the coordination-member tick
		set(rows.get(2), "成员单位起始日期", "2021-05-01");
		// a coordination member without a party organisation
		set(rows.get(3), "协调委成员单位", "是");
		// a date the registry cannot mean
		set(rows.get(4), "状态", "已注销");
		set(rows.get(4), "状态日期", "1899-12-31");
		// a unit cannot leave, nor join the committee, before it arrived (入驻日期, last)
		set(rows.get(5), "状态", "已迁出");
		set(rows.get(5), "状态日期", "2020-01-01");
		rows.get(5).set(LedgerFiles.HEADERS.size(), "2021-01-01");
		set(rows.get(6), "协调委成员单位", "是");
		set(rows.get(6), "党组织类型", "党支部");
		set(rows.get(6), "成员单位起始日期", "2020-01-01");
		rows.get(6).set(LedgerFiles.HEADERS.size(), "2021-01-01");
		// the last row breaks none

		List<String> headers = new ArrayList<>(LedgerFiles.HEADERS);
		headers.add("入驻日期");
		ImportPreview preview = preview("rules.xlsx", LedgerFiles.xlsx(headers, rows));
		assertThat(preview.errors()).extracting(ImportRowError::row, ImportRowError::column, ImportRowError::message)
			.containsExactly(tuple(2, "状态日期", "单位已迁出或注销时，请填写状态日期"), tuple(3, "状态日期", "单位状态为正常时不填状态日期；如已迁出或注销，请先选择状态"),
					tuple(4, "成员单位起始日期", "未勾选协调委员会成员单位时不填加入日期"), tuple(5, "协调委成员单位", "协调委员会的成员是单位党组织，请先选择党组织类型"),
					tuple(6, "状态日期", "请输入 1900 年至 2200 年之间的日期"), tuple(7, "状态日期", "状态日期不能早于入驻日期"),
					tuple(8, "成员单位起始日期", "加入日期不能早于单位的入驻日期"));
		assertThat(preview.committable()).isFalse();
	}

	@Test
	void shouldReportDuplicatesWithinTheFile() throws Exception {
		List<List<Object>> rows = goodRows(3);
		set(rows.get(2), "统一社会信用代码", rows.get(0).get(2));
		set(rows.get(1), "单位名称", this.prefix + "单位1");
		set(rows.get(1), "统一社会信用代码", "");
		ImportPreview preview = preview("dup.xlsx", LedgerFiles.xlsx(rows));
		assertThat(preview.errors()).extracting(ImportRowError::row).containsExactly(3, 4);
		assertThat(preview.errors().get(0).message()).contains("第 2 行");
	}

	@Test
	void shouldImportAGbkCsvWithChineseNames() throws Exception {
		List<List<Object>> rows = goodRows(3);
		set(rows.get(0), "地址", "上海市虹口区曲阳路 800 号，东楼");
		byte[] gbk = LedgerFiles.gbk(rows);
		assertThat(new String(gbk, java.nio.charset.StandardCharsets.UTF_8)).as("really GBK, not UTF-8")
			.doesNotContain(this.prefix);

		ImportPreview preview = preview("units.csv", gbk);
		assertThat(preview.errors()).isEmpty();
		assertThat(preview.toCreate()).isEqualTo(3);
		assertThat(commit(preview).created()).isEqualTo(3);
		ResidentUnit unit = this.unitRepository.findByName(this.prefix + "单位1").get(0);
		assertThat(unit.getAddress()).isEqualTo("上海市虹口区曲阳路 800 号，东楼");
		assertThat(unit.getCategory()).isEqualTo(UnitCategory.NON_PUBLIC);
	}

	@Test
	void shouldReadUtf8CsvWithOrWithoutBom() throws Exception {
		List<List<Object>> rows = goodRows(2);
		ImportPreview withBom = preview("bom.csv", LedgerFiles.utf8(rows, true));
		assertThat(withBom.errors()).isEmpty();
		assertThat(withBom.toCreate()).isEqualTo(2);
		ImportPreview plain = preview("plain.txt", LedgerFiles.utf8(rows, false));
		assertThat(plain.errors()).isEmpty();
		assertThat(plain.toCreate()).isEqualTo(2);
	}

	@Test
	void shouldRejectAnExecutableRenamedToXlsx() throws Exception {
		byte[] exe = new byte[4096];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[2] = (byte) 0x90;
		MvcResult result = upload("units.xlsx", exe);
		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		assertThat(result.getResponse().getContentAsString()).contains("可执行程序");
	}

	@Test
	void shouldRejectAnEmptyFile() throws Exception {
		MvcResult result = upload("units.xlsx", new byte[0]);
		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		assertThat(result.getResponse().getContentAsString()).contains("文件是空的");
	}

	@Test
	void shouldRejectAFileOverTenMegabytes() throws Exception {
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		Arrays.fill(big, (byte) 'a');
		MvcResult result = upload("units.csv", big);
		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		assertThat(result.getResponse().getContentAsString()).contains("文件超过 10 MB");
	}

	@Test
	void shouldRejectAZipThatIsNotAWorkbookAndBinaryNoise() throws Exception {
		byte[] zip = { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
		MvcResult notXlsx = upload("units.xlsx", zip);
		assertThat(notXlsx.getResponse().getStatus()).isEqualTo(422);
		assertThat(notXlsx.getResponse().getContentAsString()).contains("不是有效的 Excel");

		byte[] noise = new byte[256];
		for (int i = 0; i < noise.length; i++) {
			noise[i] = (byte) (i * 7);
		}
		MvcResult binary = upload("units.csv", noise);
		assertThat(binary.getResponse().getStatus()).isEqualTo(422);
		assertThat(binary.getResponse().getContentAsString()).contains("无法识别文件内容");
	}

	@Test
	void shouldRejectAFileWithoutTheTemplateColumns() throws Exception {
		byte[] file = LedgerFiles.xlsx(List.of("单位名称", "地址"), List.of(List.of(this.prefix + "x", "y")));
		MvcResult result = upload("other.xlsx", file);
		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		assertThat(result.getResponse().getContentAsString()).contains("文件缺少以下列").contains("单位类别");
	}

	@Test
	void shouldShowTheImportPageWithTheTemplateLinkAndTheTooLargeMessage() throws Exception {
		this.mvc.perform(get("/units/import").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/units/import/template.xlsx")))
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
		this.mvc.perform(get("/units/import").param("error", "tooLarge").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("文件超过 10 MB")));
	}

	@Test
	void shouldPollProgressWithHtmxUntilDone() throws Exception {
		ImportPreview preview = preview("poll.xlsx", LedgerFiles.xlsx(goodRows(2)));
		ImportProgress done = commit(preview);
		assertThat(done.finished()).isTrue();
		this.mvc
			.perform(get("/units/import/{t}/progress", preview.token()).header("HX-Request", "true")
				.with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("import-progress")))
			.andExpect(content().string(containsString("导入完成")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("hx-trigger"))));
		this.mvc.perform(get("/units/import/{t}/progress", preview.token()).with(this.users.as("admin")))
			.andExpect(status().isNotFound());
	}

	@Test
	void shouldHideImportAndExportFromLiaisonsAndSecretaries() throws Exception {
		RouteRoleMatrix m = new RouteRoleMatrix(this.mvc, this.users);
		String[] others = { "secretary", "liaison" };
		m.route(GET, "/units/import")
			.anonymous(RouteRoleMatrix.LOGIN)
			.expect(200, "admin", "staff")
			.expect(404, others);
		m.route(GET, "/units/import/template.xlsx")
			.anonymous(RouteRoleMatrix.LOGIN)
			.expect(200, "admin", "staff")
			.expect(404, others);
		m.route(GET, "/units/export.xlsx")
			.anonymous(RouteRoleMatrix.LOGIN)
			.expect(200, "admin", "staff")
			.expect(404, others);
		m.route(GET, "/units/export.csv")
			.anonymous(RouteRoleMatrix.LOGIN)
			.expect(200, "admin", "staff")
			.expect(404, others);
		m.route(POST, "/units/import").expect(404, others);
		String unknown = java.util.UUID.randomUUID().toString();
		m.route(GET, "/units/import/no-such-token").expect(404, "staff", "secretary", "liaison");
		m.route(POST, "/units/import/no-such-token/commit").expect(404, "staff", "secretary", "liaison");
		m.route(GET, "/units/import/no-such-token/progress").expect(404, "staff", "secretary", "liaison");
		m.route(GET, "/units/import/" + unknown).expect(404, "staff", "secretary", "liaison");
		m.route(POST, "/units/import/" + unknown + "/commit").expect(404, "staff", "secretary", "liaison");
		m.route(GET, "/units/import/" + unknown + "/progress").expect(404, "staff", "secretary", "liaison");
		m.verify();
		this.mvc.perform(get("/units/import/template.xlsx").with(this.users.as("staff")))
			.andExpect(
					header().string("Content-Disposition", containsString("filename=\"unit-ledger-template.xlsx\"")));
	}

}
