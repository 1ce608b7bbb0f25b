package org.lianjian.agreement;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianjian.structure.StructureService;
import org.lianjian.support.RouteRoleMatrix;
import org.lianjian.unit.UnitPick;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;
import org.lianjian.unit.UnitService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.lianjian.support.RouteRoleMatrix.LOGIN;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agreement pages end to end: list filters and the export, scope (another unit's
 * agreement is a 404 everywhere), fulfilment with evidence, concurrent edits and file
 * downloads.
 */
@WebIntegrationTest
class AgreementWebIntegrationTests {

	/** Enough of a PNG for the content check: the signature and a header chunk. */
	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
			0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0 };

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	static final byte[] SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
		.getBytes(StandardCharsets.UTF_8);

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	AgreementRepository agreements;

	@Autowired
	AgreementService service;

	@Autowired
	FulfilmentRepository fulfilments;

	@Autowired
	AttachmentRepository attachments;

	@Autowired
	StructureService structure;

	@Autowired
	CommitmentRepository commitments;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	AgreementQueries queries;

	@Autowired
	UnitService unitService;

	AgreementLifecycleTests.Drafts drafts;

	@BeforeEach
	void drafts() {
		this.drafts = new AgreementLifecycleTests.Drafts(this.mvc, this.users, this.structure, this.commitments,
				this.userDetails);
	}

	private String title(Long id) {
		return this.agreements.findById(id).orElseThrow().getTitle();
	}

	private void log(String user, Long agreementId, Long commitmentId, String quantity) throws Exception {
		this.mvc
			.perform(post("/agreements/" + agreementId + "/fulfilments").with(this.users.as(user))
				.with(csrf())
				.param("commitmentId", commitmentId.toString())
				.param("happenedOn", LocalDate.now().toString())
				.param("description", "履约记录")
				.param("quantity", quantity))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void shouldFilterTheListByStatusRedAmberGreenAndYear() throws Exception {
		LocalDate today = LocalDate.now();
		Long unit = this.users.scopeUnitOf("liaison");
		String tag = AgreementLifecycleTests.Drafts.unique("筛选");
		Long draft = this.drafts.draft("liaison", this.drafts.spec(tag + "草稿", unit));
		Long red = this.drafts.active("liaison",
				this.drafts.spec(tag + "红灯", unit).withTerm(today.minusYears(1), today.minusDays(1)));
		Long green = this.drafts.active("liaison", this.drafts.spec(tag + "绿灯", unit).withTarget(BigDecimal.ONE));
		for (Long c : this.drafts.commitmentIds(green)) {
			log("staff", green, c, "1");
		}

		this.mvc.perform(get("/agreements").param("q", tag).param("status", "DRAFT").with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title(draft))))
			.andExpect(content().string(not(containsString(title(red)))))
			.andExpect(content().string(containsString("共 1 份协议")));
		this.mvc.perform(get("/agreements").param("q", tag).param("rag", "RED").with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title(red))))
			.andExpect(content().string(containsString("预警（红）")))
			.andExpect(content().string(not(containsString(title(green)))));
		this.mvc.perform(get("/agreements").param("q", tag).param("rag", "GREEN").with(this.users.as("liaison")))
			.andExpect(content().string(containsString(title(green))))
			.andExpect(content().string(containsString("正常（绿）")))
			.andExpect(content().string(not(containsString(title(red)))));
		this.mvc
			.perform(get("/agreements").param("q", tag)
				.param("year", String.valueOf(today.getYear() + 1))
				.with(this.users.as("liaison")))
			.andExpect(content().string(containsString(title(green))))
			.andExpect(content().string(not(containsString(title(red)))));
		this.mvc.perform(get("/agreements").param("q", tag).param("year", "2019").with(this.users.as("liaison")))
			.andExpect(content().string(containsString("共 0 份协议")));
		// nonsense parameters fall back to the unfiltered list instead of an error
		this.mvc.perform(get("/agreements").param("status", "NONSENSE").param("year", "x").with(this.users.as("staff")))
			.andExpect(status().isOk());
		// the export link keeps the filters
		this.mvc.perform(get("/agreements").param("q", tag).param("rag", "RED").with(this.users.as("liaison")))
			.andExpect(content().string(containsString("/agreements/export.xlsx?q=")))
			.andExpect(content().string(containsString("rag=RED")));
	}

	@Test
	void shouldSuggestUnitsWithinScopeAndFilterByATypedName() throws Exception {
		Long own = this.users.scopeUnitOf("liaison");
		Long other = this.users.scopeUnitOf("liaison2");
		String ownName = this.unitService.name(own).orElseThrow();
		String otherName = this.unitService.name(other).orElseThrow();
		// the suggestions come from the list's own choices: a liaison is offered their
		// unit only
		assertThat(suggestions("liaison", "")).contains("value=\"" + ownName + "\"").doesNotContain(otherName);
		assertThat(suggestions("liaison", otherName)).isEmpty();
		assertThat(suggestions("staff", otherName)).contains("value=\"" + otherName + "\"");
		assertThat(suggestions("staff", "").split("<option ")).hasSizeBetween(2, UnitPick.SUGGESTIONS + 1);

		String tag = AgreementLifecycleTests.Drafts.unique("按名");
		this.drafts.draft("liaison", this.drafts.spec(tag + "甲", own));
		this.drafts.draft("liaison2", this.drafts.spec(tag + "乙", other));
		// the exact name filters by that unit, and the field shows it
		assertThat(list("staff", tag, ownName)).contains(tag + "甲", "value=\"" + ownName + "\"")
			.doesNotContain(tag + "乙");
		// a link's id shows the unit's name in the field
		String byId = this.mvc
			.perform(get("/agreements").param("q", tag).param("unit", other.toString()).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(byId).contains(tag + "乙", "value=\"" + otherName + "\"").doesNotContain(tag + "甲");
		// a name no unit has is said next to the field, and the list is not filtered by
		// unit
		assertThat(list("staff", tag, "没有这个单位的名字")).contains(tag + "甲", tag + "乙", "id=\"unitName-hint\"",
				"没有名称包含“没有这个单位的名字”的单位");
		// a liaison typing another unit's name is not given that unit's agreements (and
		// has no unit filter: they see one unit)
		assertThat(list("liaison", tag, otherName)).doesNotContain(tag + "乙").doesNotContain("name=\"unitName\"");
		// the export link carries the typed name, and the export applies it
		assertThat(list("staff", tag, ownName)).contains("unitName=");
		byte[] bytes = this.mvc.perform(
				get("/agreements/export.xlsx").param("q", tag).param("unitName", ownName).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(2);
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).startsWith(tag + "甲");
		}
	}

	private String suggestions(String user, String typed) throws Exception {
		return this.mvc.perform(get("/agreements/unit-suggestions").param("unitName", typed).with(this.users.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String list(String user, String q, String unitName) throws Exception {
		return this.mvc.perform(get("/agreements").param("q", q).param("unitName", unitName).with(this.users.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void shouldExportTheFilteredListWithOnlyTheAgreementsInScope() throws Exception {
		String tag = AgreementLifecycleTests.Drafts.unique("导出");
		List<Long> own = List.of(
				this.drafts.draft("liaison", this.drafts.spec(tag + "甲", this.users.scopeUnitOf("liaison"))),
				this.drafts.draft("liaison", this.drafts.spec(tag + "乙", this.users.scopeUnitOf("liaison"))));
		Long others = this.drafts.draft("liaison2", this.drafts.spec(tag + "丙", this.users.scopeUnitOf("liaison2")));

		List<List<String>> rows = export("liaison", tag);
		assertThat(rows.get(0)).startsWith("协议编号", "协议名称", "协议层级", "状态");
		assertThat(rows).hasSize(3);
		List<String> numbers = rows.subList(1, rows.size()).stream().map((r) -> r.get(0)).toList();
		assertThat(numbers).containsExactlyInAnyOrder(number(own.get(0)), number(own.get(1)))
			.doesNotContain(number(others));
		assertThat(rows.get(1).get(3)).isEqualTo("草稿");

		assertThat(export("staff", tag)).hasSize(4);
		assertThat(export("liaison2", tag)).hasSize(2);

		this.mvc.perform(get("/agreements/export.xlsx").param("q", tag).with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))
			.andExpect(header().string("Content-Disposition", startsWith("attachment;")))
			.andExpect(header().string("Content-Disposition",
					containsString("filename*=UTF-8''" + URLEncoder.encode("共建协议", StandardCharsets.UTF_8))));
	}

	private String number(Long id) {
		return this.agreements.findById(id).orElseThrow().getNumber();
	}

	private List<List<String>> export(String user, String q) throws Exception {
		byte[] bytes = this.mvc.perform(get("/agreements/export.xlsx").param("q", q).with(this.users.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				org.apache.poi.ss.usermodel.DataFormatter formatter = new org.apache.poi.ss.usermodel.DataFormatter();
				row.forEach((c) -> cells.add(formatter.formatCellValue(c)));
				rows.add(cells);
			}
		}
		return rows;
	}

	@Test
	void shouldAnswer404ToAnotherUnitsLiaisonOnEveryAgreementRoute() throws Exception {
		Long id = this.drafts.active("liaison", "别的单位看不到");
		Long commitment = this.drafts.commitmentIds(id).get(0);
		this.mvc
			.perform(multipart("/agreements/" + id + "/attachments")
				.file(new MockMultipartFile("file", "scan.pdf", "application/pdf", PDF))
				.with(this.users.as("liaison"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		Long attachment = this.attachments
			.findByOwnerTypeAndOwnerIdOrderByUploadedAtAsc(AttachmentService.AGREEMENT, id)
			.get(0)
			.getId();

		for (String path : new String[] { "", "/edit", "/renew" }) {
			this.mvc.perform(get("/agreements/" + id + path).with(this.users.as("liaison2")))
				.andExpect(status().isNotFound());
		}
		for (String path : new String[] { "/submit", "/approve", "/send-back", "/terminate", "/edit", "/renew" }) {
			this.mvc.perform(post("/agreements/" + id + path).with(this.users.as("liaison2")).with(csrf()))
				.andExpect(status().isNotFound());
		}
		this.mvc
			.perform(post("/agreements/" + id + "/fulfilments").with(this.users.as("liaison2"))
				.with(csrf())
				.param("commitmentId", commitment.toString())
				.param("happenedOn", LocalDate.now().toString())
				.param("description", "越权记录")
				.param("quantity", "1"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(multipart("/agreements/" + id + "/attachments")
				.file(new MockMultipartFile("file", "scan.pdf", "application/pdf", PDF))
				.with(this.users.as("liaison2"))
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/attachments/" + attachment).with(this.users.as("liaison2")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/attachments/" + attachment).with(this.users.as("liaison"))).andExpect(status().isOk());
		this.mvc.perform(get("/agreements").param("q", title(id)).with(this.users.as("liaison2")))
			.andExpect(content().string(containsString("共 0 份协议")));
		assertThat(this.fulfilments.findByAgreementIdOrderByHappenedOnDescIdDesc(id)).isEmpty();
	}

	@Test
	void shouldLogFulfilmentWithAPhotoAndMoveTheProgressBar() throws Exception {
		Long id = this.drafts.active("liaison", "履约进度");
		Long commitment = this.drafts.commitmentIds(id).get(0);
		this.mvc.perform(get("/agreements/" + id).with(this.users.as("liaison")))
			.andExpect(content().string(containsString("已完成 0 / 目标 4 场")))
			.andExpect(content().string(containsString("aria-valuenow=\"0\"")));

		this.mvc
			.perform(multipart("/agreements/" + id + "/fulfilments")
				.file(new MockMultipartFile("file", "现场照片.png", "image/png", PNG))
				.with(this.users.as("liaison"))
				.with(csrf())
				.param("commitmentId", commitment.toString())
				.param("happenedOn", LocalDate.now().toString())
				.param("description", "举办健康讲座两场")
				.param("quantity", "2"))
			.andExpect(status().is3xxRedirection());

		Fulfilment f = this.fulfilments.findByAgreementIdOrderByHappenedOnDescIdDesc(id).get(0);
		Long photo = this.attachments
			.findByOwnerTypeAndOwnerIdOrderByUploadedAtAsc(AttachmentService.FULFILMENT, f.getId())
			.get(0)
			.getId();
		this.mvc.perform(get("/agreements/" + id).with(this.users.as("liaison")))
			.andExpect(content().string(containsString("已完成 2 / 目标 4 场")))
			.andExpect(content().string(containsString("aria-valuenow=\"50\"")))
			.andExpect(content().string(containsString("ag-pct-50")))
			.andExpect(content().string(containsString("举办健康讲座两场")))
			.andExpect(content().string(containsString("/attachments/" + photo + "?inline=true")));

		AtomicReference<AgreementViews.Detail> detail = new AtomicReference<>();
		this.drafts.as("liaison", () -> detail.set(this.service.detail(id)));
		AgreementViews.CommitmentView view = detail.get().commitments().get(0);
		assertThat(view.delivered()).isEqualByComparingTo("2");
		assertThat(view.percent()).isEqualTo(50);

		this.mvc.perform(get("/attachments/" + photo).param("inline", "true").with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("Content-Disposition", startsWith("inline;")))
			.andExpect(content().bytes(PNG));
	}

	@Test
	void shouldRefuseLoggingOnTheCommunitySideOrWithABadFileAsALiaison() throws Exception {
		Long id = this.drafts.active("liaison", "社区方承诺");
		List<Long> ids = this.drafts.commitmentIds(id);
		this.mvc
			.perform(post("/agreements/" + id + "/fulfilments").with(this.users.as("liaison"))
				.with(csrf())
				.param("commitmentId", ids.get(1).toString())
				.param("happenedOn", LocalDate.now().toString())
				.param("description", "替社区记录")
				.param("quantity", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("您只能为本单位（或本组织）负责的承诺事项记录履约情况")))
			.andExpect(content().string(containsString("替社区记录")));
		this.mvc
			.perform(multipart("/agreements/" + id + "/fulfilments")
				.file(new MockMultipartFile("file", "photo.png", "image/png", SVG))
				.with(this.users.as("liaison"))
				.with(csrf())
				.param("commitmentId", ids.get(0).toString())
				.param("happenedOn", LocalDate.now().toString())
				.param("description", "附件是脚本")
				.param("quantity", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("只支持 PDF、JPEG、PNG 或 WebP 文件")));
		this.mvc
			.perform(post("/agreements/" + id + "/fulfilments").with(this.users.as("liaison"))
				.with(csrf())
				.param("commitmentId", ids.get(0).toString())
				.param("happenedOn", LocalDate.now().plusDays(3).toString())
				.param("description", "未来的记录")
				.param("quantity", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("日期不能晚于今天")))
			.andExpect(content().string(containsString("不能小于 0")));
		this.mvc
			.perform(post("/agreements/" + id + "/fulfilments").with(this.users.as("liaison"))
				.with(csrf())
				.param("commitmentId", ids.get(0).toString())
				.param("happenedOn", "昨天")
				.param("description", "数量写成文字")
				.param("quantity", "两场"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请输入数字")))
			.andExpect(content().string(containsString("value=\"昨天\"")))
			.andExpect(content().string(containsString("请输入有效日期")));
		// nothing was written, not even the record whose file was refused
		assertThat(this.fulfilments.findByAgreementIdOrderByHappenedOnDescIdDesc(id)).isEmpty();
		// staff may log for the community side
		log("staff", id, ids.get(1), "1");
		assertThat(this.fulfilments.findByAgreementIdOrderByHappenedOnDescIdDesc(id)).hasSize(1);
	}

	@Test
	void shouldRefuseTheSecondOfTwoConcurrentEditsKeepingItsInput() throws Exception {
		Long unit = this.users.scopeUnitOf("liaison");
		Long id = this.drafts.draft("liaison", this.drafts.spec("并发编辑", unit));
		long version = this.agreements.findById(id).orElseThrow().getVersion();
		String first = AgreementLifecycleTests.Drafts.unique("第一次修改");
		String stale = AgreementLifecycleTests.Drafts.unique("过时的修改");

		MockHttpServletRequestBuilder one = post("/agreements/" + id + "/edit").with(this.users.as("liaison"))
			.with(csrf())
			.param("version", String.valueOf(version));
		new AgreementLifecycleTests.Drafts.Spec(first, AgreementLevel.BRANCH, this.drafts.residentialOrg(), unit,
				LocalDate.now().withDayOfYear(1), LocalDate.now().plusYears(1), true, new BigDecimal("6"))
			.apply(one);
		this.mvc.perform(one).andExpect(status().is3xxRedirection());

		MockHttpServletRequestBuilder two = post("/agreements/" + id + "/edit").with(this.users.as("staff"))
			.with(csrf())
			.param("version", String.valueOf(version));
		new AgreementLifecycleTests.Drafts.Spec(stale, AgreementLevel.BRANCH, this.drafts.residentialOrg(), unit,
				LocalDate.now().withDayOfYear(1), LocalDate.now().plusYears(1), true, new BigDecimal("8"))
			.apply(two);
		this.mvc.perform(two)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("保存失败：在您编辑期间，其他人已修改了这条记录")))
			.andExpect(content().string(containsString("value=\"" + stale + "\"")))
			.andExpect(content().string(containsString("value=\"8\"")))
			.andExpect(content().string(containsString(first)));
		assertThat(title(id)).isEqualTo(first);
	}

	@Test
	void shouldServeAgreementAttachmentsWithSafeHeaders() throws Exception {
		Long id = this.drafts.draft("liaison", this.drafts.spec("签署扫描件", this.users.scopeUnitOf("liaison")));
		this.mvc
			.perform(multipart("/agreements/" + id + "/attachments")
				.file(new MockMultipartFile("file", "签署 扫描件.pdf", "application/pdf", PDF))
				.with(this.users.as("liaison"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		Long attachment = this.attachments
			.findByOwnerTypeAndOwnerIdOrderByUploadedAtAsc(AttachmentService.AGREEMENT, id)
			.get(0)
			.getId();
		this.mvc.perform(get("/agreements/" + id).with(this.users.as("liaison")))
			.andExpect(content().string(containsString("签署 扫描件.pdf")))
			.andExpect(content().string(containsString("/attachments/" + attachment)));

		for (String inline : new String[] { "false", "true" }) {
			this.mvc.perform(get("/attachments/" + attachment).param("inline", inline).with(this.users.as("staff")))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "application/pdf"))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("Content-Security-Policy", "sandbox"))
				.andExpect(header().string("Content-Disposition", startsWith("attachment;")))
				.andExpect(header().string("Content-Disposition", containsString("filename=\"")))
				.andExpect(header().string("Content-Disposition",
						containsString("filename*=UTF-8''" + URLEncoder.encode("签署", StandardCharsets.UTF_8))))
				.andExpect(content().bytes(PDF));
		}
		this.mvc.perform(get("/attachments/" + attachment).with(this.users.as("liaison2")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/attachments/999999999").with(this.users.as("staff"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/attachments/abc").with(this.users.as("staff"))).andExpect(status().isNotFound());

		this.mvc
			.perform(multipart("/agreements/" + id + "/attachments")
				.file(new MockMultipartFile("file", "scan.pdf", "application/pdf", SVG))
				.with(this.users.as("liaison"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("只支持 PDF、JPEG、PNG 或 WebP 文件")));
		this.mvc
			.perform(multipart("/agreements/" + id + "/attachments")
				.file(new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]))
				.with(this.users.as("liaison"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("文件为空或未选择文件")));
		assertThat(this.attachments.findByOwnerTypeAndOwnerIdOrderByUploadedAtAsc(AttachmentService.AGREEMENT, id))
			.hasSize(1);
	}

	@Test
	void shouldAddAndRemoveCommitmentRowsWithoutScriptAndShowRowErrors() throws Exception {
		Long unit = this.users.scopeUnitOf("liaison");
		MockHttpServletRequestBuilder add = post("/agreements/new").with(this.users.as("liaison"))
			.with(csrf())
			.param("addRow", "1");
		this.drafts.spec("加一行", unit).apply(add);
		this.mvc.perform(add)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"commitments[2].description\"")))
			.andExpect(content().string(not(containsString("is-invalid"))))
			.andExpect(content().string(containsString(AgreementLifecycleTests.Drafts.UNIT_COMMITMENT)));

		MockHttpServletRequestBuilder remove = post("/agreements/new").with(this.users.as("liaison"))
			.with(csrf())
			.param("removeRow", "0");
		this.drafts.spec("减一行", unit).apply(remove);
		this.mvc.perform(remove)
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("name=\"commitments[1].description\""))))
			.andExpect(content().string(not(containsString(AgreementLifecycleTests.Drafts.UNIT_COMMITMENT))))
			.andExpect(content().string(containsString(AgreementLifecycleTests.Drafts.COMMUNITY_COMMITMENT)));

		MockHttpServletRequestBuilder invalid = post("/agreements/new").with(this.users.as("liaison"))
			.with(csrf())
			.param("title", "")
			.param("level", "BRANCH")
			.param("communityOrgId", this.drafts.residentialOrg().toString())
			.param("unitIds", unit.toString())
			.param("termStart", "2026-01-01")
			.param("termEnd", "不是日期")
			.param("commitments[0].description", "")
			.param("commitments[0].area", "HEALTH")
			.param("commitments[0].targetQuantity", "0")
			.param("commitments[1].description", "")
			.param("commitments[1].area", "");
		this.mvc.perform(invalid)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"commitments0.description-error\"")))
			.andExpect(content().string(containsString("目标数量必须大于 0")))
			.andExpect(content().string(containsString("请至少选择一个合作领域")))
			.andExpect(content().string(containsString("请输入有效日期")))
			.andExpect(content().string(containsString("value=\"不是日期\"")))
			.andExpect(content().string(not(containsString("id=\"commitments1.description-error\""))));
	}

	@Test
	void shouldAnswerEachRoleAsDesignedOnEveryAgreementPageRoute() throws Exception {
		Long secretaryOrg = this.users.scopeOrganisationOf("secretary");
		Long a = this.drafts.draft("liaison",
				this.drafts.spec("矩阵甲", this.users.scopeUnitOf("liaison")).withOrg(secretaryOrg));
		Long b = this.drafts.draft("liaison2", this.drafts.spec("矩阵乙", this.users.scopeUnitOf("liaison2"))
			.withOrg(this.drafts.residentialOrgOtherThan(secretaryOrg)));
		this.mvc
			.perform(multipart("/agreements/" + a + "/attachments")
				.file(new MockMultipartFile("file", "scan.pdf", "application/pdf", PDF))
				.with(this.users.as("liaison"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		Long file = this.attachments.findByOwnerTypeAndOwnerIdOrderByUploadedAtAsc(AttachmentService.AGREEMENT, a)
			.get(0)
			.getId();
		String[] all = { "admin", "staff", "secretary", "liaison", "liaison2" };
		String[] seeA = { "admin", "staff", "secretary", "liaison" };
		String[] notStaffA = { "secretary", "liaison" };
		RouteRoleMatrix m = new RouteRoleMatrix(this.mvc, this.users);
		m.route(GET, "/agreements").anonymous(LOGIN).expect(200, all);
		m.route(GET, "/agreements").param("status", "DRAFT").param("rag", "GREEN").expect(200, all);
		m.route(GET, "/agreements/new").anonymous(LOGIN).expect(200, all);
		m.route(GET, "/agreements/export.xlsx").anonymous(LOGIN).expect(200, all);
		m.route(GET, "/agreements/" + a).anonymous(LOGIN).expect(200, seeA).expect(404, "liaison2");
		m.route(GET, "/agreements/" + a + "/edit").anonymous(LOGIN).expect(200, seeA).expect(404, "liaison2");
		m.route(GET, "/agreements/" + a + "/renew").expect(409, seeA).expect(404, "liaison2");
		m.route(GET, "/agreements/" + b).expect(200, "admin", "staff", "liaison2").expect(404, notStaffA);
		m.route(GET, "/agreements/" + b + "/edit").expect(200, "staff", "liaison2").expect(404, notStaffA);
		m.route(GET, "/agreements/987654321").expect(404, all);
		m.route(GET, "/agreements/not-a-number").expect(404, all);
		m.route(GET, "/attachments/" + file).anonymous(LOGIN).expect(200, seeA).expect(404, "liaison2");
		m.route(GET, "/attachments/987654321").expect(404, all);
		// write routes with input that changes nothing
		m.route(POST, "/agreements/" + a + "/approve")
			.anonymous(LOGIN)
			.expect(200, "admin", "staff")
			.expect(403, notStaffA)
			.expect(404, "liaison2");
		m.route(POST, "/agreements/" + a + "/send-back")
			.expect(200, "staff")
			.expect(403, notStaffA)
			.expect(404, "liaison2");
		m.route(POST, "/agreements/" + a + "/terminate")
			.expect(200, "staff")
			.expect(403, notStaffA)
			.expect(404, "liaison2");
		m.route(POST, "/agreements/" + a + "/edit").anonymous(LOGIN).expect(200, seeA).expect(404, "liaison2");
		m.route(POST, "/agreements/" + a + "/fulfilments").expect(200, seeA).expect(404, "liaison2");
		m.route(POST, "/agreements/" + a + "/attachments").expect(200, seeA).expect(404, "liaison2");
		m.route(POST, "/agreements/" + b + "/submit").expect(404, notStaffA);
		m.route(POST, "/agreements/new").anonymous(LOGIN).expect(200, all);
		m.verify();
		assertThat(this.agreements.findById(a).orElseThrow().getStatus()).isEqualTo(AgreementStatus.DRAFT);
		assertThat(this.agreements.findById(b).orElseThrow().getStatus()).isEqualTo(AgreementStatus.DRAFT);
	}

	@Test
	void shouldOfferTheAgreementsOfAUnitAndAnOrganisationForTheirTabs() throws Exception {
		Long unit = this.users.scopeUnitOf("liaison");
		Long id = this.drafts.draft("liaison", this.drafts.spec("单位页签", unit));
		Long org = this.agreements.findById(id).orElseThrow().getCommunityOrgId();
		AgreementQueries queries = this.queries;
		AtomicReference<List<AgreementViews.Summary>> forUnit = new AtomicReference<>();
		AtomicReference<List<AgreementViews.Summary>> forOrg = new AtomicReference<>();
		AtomicReference<List<AgreementViews.Summary>> other = new AtomicReference<>();
		this.drafts.as("liaison", () -> {
			forUnit.set(queries.forUnit(unit));
			forOrg.set(queries.forOrganisation(org));
		});
		this.drafts.as("liaison2", () -> other.set(queries.forUnit(unit)));
		assertThat(forUnit.get()).extracting(AgreementViews.Summary::id).contains(id);
		assertThat(forOrg.get()).extracting(AgreementViews.Summary::id).contains(id);
		assertThat(other.get()).extracting(AgreementViews.Summary::id).doesNotContain(id);
	}

}
