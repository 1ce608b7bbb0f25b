package org.lianjian.activity;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.lianjian.support.RouteRoleMatrix;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.lianjian.support.RouteRoleMatrix.LOGIN;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The integrity of activity records: a liaison changes only their own unit's hours, every
 * change is in the history, the page offers only what the user may do, the activity POSTs
 * answer by role with real ids, a project must exist in scope, a secretary's unit tab
 * shows only what the activity pages show, the ranking shows figures only in scope, and
 * photos are pictures, written again, served like attachments.
 */
@WebIntegrationTest
class ActivityIntegrityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	private Long core() {
		return this.jdbc.queryForObject("select id from organisation where structure_role = 'CORE'", Long.class);
	}

	private long version(Long id) {
		return this.jdbc.queryForObject("select version from activity where id = ?", Long.class, id);
	}

	/**
	 * A held internal activity of the sub-district with both liaisons' units as partners.
	 */
	private Long heldBySubDistrict(String title, Long unit, Long unit2) {
		Long id = ActivityIntegrationTests.insert(this.jdbc, title, core(), false,
				LocalDateTime.now().minusDays(2).withHour(9).withMinute(0), List.of(unit, unit2));
		this.jdbc.update("update activity set status = 'HELD', residents_served = 30 where id = ?", id);
		this.jdbc.update(
				"insert into activity_unit_hours (activity_id, unit_id, volunteers, hours) values (?, ?, 2, 4)", id,
				unit);
		this.jdbc.update(
				"insert into activity_unit_hours (activity_id, unit_id, volunteers, hours) values (?, ?, 3, 6)", id,
				unit2);
		return id;
	}

	private java.math.BigDecimal hoursOf(Long activity, Long unit) {
		return this.jdbc.queryForObject("select hours from activity_unit_hours where activity_id = ? and unit_id = ?",
				java.math.BigDecimal.class, activity, unit);
	}

	@Test
	void shouldLetALiaisonChangeOnlyTheirOwnUnitsHours() throws Exception {
		Long unit = this.users.scopeUnitOf("liaison");
		Long unit2 = this.users.scopeUnitOf("liaison2");
		Long id = heldBySubDistrict(ActivityIntegrationTests.unique("街道活动"), unit, unit2);

		// the form shows the liaison's own row only
		String form = this.mvc.perform(get("/activities/" + id + "/held").with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).contains("填报本单位志愿时长").doesNotContain("value=\"" + unit2 + "\"");

		// a tampered post with the other unit's row is refused, and nothing changes
		this.mvc
			.perform(multipart("/activities/" + id + "/held").with(this.users.as("liaison"))
				.with(csrf())
				.param("residentsServed", "30")
				.param("units[0].unitId", unit.toString())
				.param("units[0].volunteers", "2")
				.param("units[0].hours", "4")
				.param("units[1].unitId", unit2.toString())
				.param("units[1].volunteers", "100")
				.param("units[1].hours", "200")
				.param("version", Long.toString(version(id))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("联络员只能填报本单位的数据")));
		assertThat(hoursOf(id, unit2)).isEqualByComparingTo("6");

		// the own row is saved, the other unit's stays, and the history says who did what
		this.mvc
			.perform(multipart("/activities/" + id + "/held").with(this.users.as("liaison"))
				.with(csrf())
				.param("residentsServed", "30")
				.param("units[0].unitId", unit.toString())
				.param("units[0].volunteers", "3")
				.param("units[0].hours", "5.5")
				.param("version", Long.toString(version(id))))
			.andExpect(status().is3xxRedirection());
		assertThat(hoursOf(id, unit)).isEqualByComparingTo("5.5");
		assertThat(hoursOf(id, unit2)).isEqualByComparingTo("6");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from activity_change where activity_id = ? and field = 'hours' and unit_id = ?"
						+ " and changed_by = 'liaison' and old_value = '2 / 4' and new_value = '3 / 5.5'",
				Long.class, id, unit))
			.isEqualTo(1);

		// the residents served are the organiser's: a liaison cannot change them
		this.mvc
			.perform(multipart("/activities/" + id + "/held").with(this.users.as("liaison"))
				.with(csrf())
				.param("residentsServed", "999")
				.param("units[0].unitId", unit.toString())
				.param("units[0].volunteers", "3")
				.param("units[0].hours", "5.5")
				.param("version", Long.toString(version(id))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("只有活动组织方可以修改")));
	}

	@Test
	void shouldShowOnlyTheButtonsForWhatTheUserMayDo() throws Exception {
		Long unit = this.users.scopeUnitOf("liaison");
		Long unit2 = this.users.scopeUnitOf("liaison2");
		Long id = heldBySubDistrict(ActivityIntegrationTests.unique("按钮"), unit, unit2);
		String edit = "/activities/" + id + "/edit";
		String cancel = "/activities/" + id + "/cancel";
		String reopen = "/activities/" + id + "/reopen";
		this.mvc.perform(get("/activities/" + id).with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(edit))))
			.andExpect(content().string(not(containsString(cancel))))
			.andExpect(content().string(not(containsString(reopen))))
			.andExpect(content().string(not(containsString("修改举办情况"))))
			.andExpect(content().string(containsString("填报本单位志愿时长")));
		this.mvc.perform(get("/activities/" + id).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(edit)))
			.andExpect(content().string(containsString(cancel)))
			.andExpect(content().string(containsString("修改举办情况")));
		// an activity the liaison's unit set up: they organise it
		this.jdbc.update("update activity set created_by_unit_id = ? where id = ?", unit, id);
		this.mvc.perform(get("/activities/" + id).with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(edit)))
			.andExpect(content().string(containsString(cancel)));
		this.mvc.perform(get("/activities/" + id).with(this.users.as("liaison2")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(edit))));
	}

	@Test
	void shouldAnswerTheActivityPostsByRoleWithRealIds() throws Exception {
		Long unit = this.users.scopeUnitOf("liaison");
		Long unit2 = this.users.scopeUnitOf("liaison2");
		Long planned = ActivityIntegrationTests.insert(this.jdbc, ActivityIntegrationTests.unique("矩阵计划"), core(),
				false, LocalDateTime.now().minusDays(1).withHour(9).withMinute(0), List.of(unit));
		Long held = heldBySubDistrict(ActivityIntegrationTests.unique("矩阵举行"), unit, unit2);
		RouteRoleMatrix m = new RouteRoleMatrix(this.mvc, this.users);
		// stale versions throughout: an allowed post is answered with a conflict and
		// changes nothing
		m.route(POST, "/activities/" + planned + "/edit")
			.param("title", "矩阵")
			.param("type", "CULTURE")
			.param("start", "2026-05-01T09:00")
			.param("end", "2026-05-01T11:00")
			.param("organiserOrgId", core().toString())
			.param("partnerUnitIds", unit.toString())
			.param("version", "999")
			.anonymous(LOGIN)
			.expect(200, "admin", "staff")
			.expect(403, "liaison")
			.expect(404, "secretary", "liaison2");
		for (String action : List.of("cancel", "reopen")) {
			m.route(POST, "/activities/" + held + "/" + action)
				.param("version", "999")
				.anonymous(LOGIN)
				.expect(302, "admin", "staff")
				.expect(403, "liaison", "liaison2")
				.expect(404, "secretary");
		}
		m.route(POST, "/activities/" + planned + "/held")
			.param("residentsServed", "1")
			.param("version", "999")
			.anonymous(LOGIN)
			.expect(200, "admin", "staff")
			.expect(403, "liaison")
			.expect(404, "secretary", "liaison2");
		// once held, a partner liaison may record their own unit's hours (stale: 200)
		m.route(POST, "/activities/" + held + "/held")
			.param("residentsServed", "30")
			.param("version", "999")
			.expect(200, "staff", "liaison", "liaison2")
			.expect(404, "secretary");
		m.verify();
		assertThat(this.jdbc.queryForObject("select status from activity where id = ?", String.class, held))
			.isEqualTo("HELD");
	}

	@Test
	void shouldKeepAChangeHistoryShownOnTheActivityPage() throws Exception {
		Long unit = this.users.scopeUnitOf("liaison");
		String title = ActivityIntegrationTests.unique("历史");
		Long id = ActivityIntegrationTests.insert(this.jdbc, title, core(), false, LocalDateTime.of(2026, 5, 1, 9, 0),
				List.of(unit));
		this.mvc
			.perform(post("/activities/" + id + "/edit").with(this.users.as("staff"))
				.with(csrf())
				.param("title", title + "新")
				.param("type", "SPORTS")
				.param("start", "2026-05-01T09:00")
				.param("end", "2026-05-01T11:00")
				.param("organiserOrgId", core().toString())
				.param("partnerUnitIds", unit.toString())
				.param("version", Long.toString(version(id))))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/activities/" + id).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("修改记录")))
			.andExpect(content().string(containsString(title + " → " + title + "新")))
			.andExpect(content().string(containsString("文化活动 → 体育健身")));
	}

	@Test
	void shouldRefuseAProjectThatIsMissingOrOutOfScope() throws Exception {
		Long unit = this.users.scopeUnitOf("liaison");
		this.mvc
			.perform(post("/activities/new").with(this.users.as("staff"))
				.with(csrf())
				.param("title", ActivityIntegrationTests.unique("项目"))
				.param("type", "SPORTS")
				.param("start", "2026-05-01T09:00")
				.param("end", "2026-05-01T11:00")
				.param("organiserOrgId", core().toString())
				.param("partnerUnitIds", unit.toString())
				.param("projectId", "987654321"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择您可以查看的服务项目")));
		List<Long> others = this.jdbc.queryForList("""
				select p.id from service_project p where not exists
				  (select 1 from project_partner pp where pp.project_id = p.id and pp.unit_id = ?)
				order by p.id""", Long.class, unit);
		if (!others.isEmpty()) {
			this.mvc
				.perform(post("/activities/new").with(this.users.as("liaison"))
					.with(csrf())
					.param("title", ActivityIntegrationTests.unique("项目"))
					.param("type", "SPORTS")
					.param("start", "2026-05-01T09:00")
					.param("end", "2026-05-01T11:00")
					.param("organiserOrgId", core().toString())
					.param("partnerUnitIds", unit.toString())
					.param("projectId", others.get(0).toString()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("请选择您可以查看的服务项目")));
		}
	}

	@Test
	void shouldShowASecretaryOnTheUnitTabOnlyTheActivitiesTheActivityPagesShow() throws Exception {
		Long area = this.users.scopeOrganisationOf("secretary");
		Long unit = this.jdbc.queryForObject(
				"select min(id) from resident_unit where residential_area_id = ? and status = 'ACTIVE'", Long.class,
				area);
		String hidden = ActivityIntegrationTests.unique("别处内部");
		String shown = ActivityIntegrationTests.unique("本区内部");
		int year = LocalDateTime.now().getYear();
		LocalDateTime when = LocalDateTime.of(year, 1, 2, 9, 0);
		Long other = ActivityIntegrationTests.insert(this.jdbc, hidden, core(), false, when, List.of(unit));
		ActivityIntegrationTests.insert(this.jdbc, shown, area, false, when, List.of(unit));
		this.mvc.perform(get("/activities/" + other).with(this.users.as("secretary"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/units/" + unit + "/activities").with(this.users.as("secretary")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(shown)))
			.andExpect(content().string(not(containsString(hidden))));
		this.mvc.perform(get("/units/" + unit + "/activities").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(hidden)));
	}

	@Test
	void shouldShowRankingFiguresAndLinksOnlyForUnitsInScope() throws Exception {
		Long unit = this.users.scopeUnitOf("liaison");
		Long unit2 = this.users.scopeUnitOf("liaison2");
		heldBySubDistrict(ActivityIntegrationTests.unique("排名"), unit, unit2);
		int year = LocalDateTime.now().minusDays(2).getYear();
		String page = this.mvc
			.perform(get("/activities/ranking").param("year", String.valueOf(year)).with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String ownRow = row(page, unit);
		String otherRow = row(page, unit2);
		assertThat(ownRow).contains("href=\"/units/" + unit + "\"");
		assertThat(otherRow).doesNotContain("href=").contains("—");
		String headcount2 = this.jdbc.queryForObject("select headcount from resident_unit where id = ?", String.class,
				unit2);
		assertThat(otherRow).doesNotContain(">" + headcount2 + "<");
		String staffPage = this.mvc
			.perform(get("/activities/ranking").param("year", String.valueOf(year)).with(this.users.as("staff")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(row(staffPage, unit2)).contains("href=\"/units/" + unit2 + "\"").contains(">" + headcount2 + "<");
	}

	private static String row(String page, Long unit) {
		int start = page.indexOf("data-unit-id=\"" + unit + "\"");
		assertThat(start).as("ranking row of unit " + unit).isPositive();
		return page.substring(start, page.indexOf("</tr>", start));
	}

	@Test
	void shouldAcceptOnlyPicturesWriteThemAgainAndServeThemLikeAttachments() throws Exception {
		Long unit = this.users.scopeUnitOf("liaison");
		Long id = ActivityIntegrationTests.insert(this.jdbc, ActivityIntegrationTests.unique("照片"), core(), false,
				LocalDateTime.now().minusDays(1).withHour(9).withMinute(0), List.of(unit));
		byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
		this.mvc
			.perform(multipart("/activities/" + id + "/held")
				.file(new MockMultipartFile("photos", "photo.jpg", "image/jpeg", pdf))
				.with(this.users.as("staff"))
				.with(csrf())
				.param("residentsServed", "5")
				.param("version", Long.toString(version(id))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"photos-error\"")))
			.andExpect(content().string(containsString("照片只接受 JPEG 或 PNG 图片")));
		assertThat(
				this.jdbc.queryForObject("select count(*) from activity_photo where activity_id = ?", Long.class, id))
			.isZero();

		byte[] png = pngWithText("Comment", "GPS 31.28N 121.48E secret");
		this.mvc
			.perform(multipart("/activities/" + id + "/held")
				.file(new MockMultipartFile("photos", "现场.png", "image/png", png))
				.with(this.users.as("staff"))
				.with(csrf())
				.param("residentsServed", "5")
				.param("version", Long.toString(version(id))))
			.andExpect(status().is3xxRedirection());
		Long photo = this.jdbc.queryForObject("select attachment_id from activity_photo where activity_id = ?",
				Long.class, id);
		byte[] stored = this.mvc.perform(get("/activities/" + id + "/photos/" + photo).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy", "sandbox"))
			.andExpect(header().string("Content-Disposition", containsString("inline")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("secret");
		assertThat(ImageIO.read(new java.io.ByteArrayInputStream(stored)).getWidth()).isEqualTo(4);
	}

	/** A 4×3 PNG with a tEXt chunk after its header. */
	static byte[] pngWithText(String key, String text) throws Exception {
		BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, 0xCC0000);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		byte[] plain = out.toByteArray();
		byte[] data = (key + "\0" + text).getBytes(StandardCharsets.ISO_8859_1);
		byte[] type = "tEXt".getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(type);
		crc.update(data);
		ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
		chunk.putInt(data.length).put(type).put(data).putInt((int) crc.getValue());
		int afterHeader = 8 + 25;
		ByteArrayOutputStream result = new ByteArrayOutputStream();
		result.write(plain, 0, afterHeader);
		result.write(chunk.array());
		result.write(plain, afterHeader, plain.length - afterHeader);
		return result.toByteArray();
	}

}
