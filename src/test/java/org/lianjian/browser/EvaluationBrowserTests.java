package org.lianjian.browser;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lianjian.account.PortalUser;
import org.lianjian.support.WebIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretary scores a unit of their area on a phone, with the evidence beside each
 * criterion; the admin then closes the round. (The annual-report test continues from a
 * closed round in a test of its own.)
 */
@WebIntegrationTest
class EvaluationBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void secretaryScoresAUnitAndAdminClosesTheRound() {
		String base = "http://localhost:" + this.port;
		int year = LocalDate.now().getYear();
		Long area = ((PortalUser) this.users.loadUserByUsername("secretary")).getScopeOrganisationId();
		// a unit of the secretary's area that this year's round has not scored yet
		List<Long> unscored = this.jdbc.queryForList("""
				select u.id from resident_unit u where u.residential_area_id = ? and u.status = 'ACTIVE'
				and not exists (select 1 from evaluation_sheet s join evaluation_round r on r.id = s.round_id
				                where r.year = ? and s.unit_id = u.id) order by u.id""", Long.class, area, year);
		assertThat(unscored).isNotEmpty();
		Long unit = unscored.get(0);
		int criteria = this.jdbc.queryForObject("""
				select count(*) from evaluation_criterion c join evaluation_round r on r.id = c.round_id
				where r.year = ?""", Integer.class, year);

		try (Browser phone = Browser.open(base, 375)) {
			phone.login("secretary", "lianjian-demo");
			phone.go("/evaluations/" + year);
			phone.click(By.cssSelector("#units-table a[href$='/units/" + unit + "']"));
			phone.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("score-form")));
			// the evidence stands beside the criteria
			assertThat(phone.driver.findElements(By.cssSelector("#score-form .evidence"))).hasSize(criteria);
			for (int i = 0; i < criteria; i++) {
				phone.driver.findElement(By.name("rows[" + i + "].score")).sendKeys(String.valueOf(80 + i));
			}
			phone.driver.findElement(By.name("rows[0].comment")).sendKeys("履约积极，按期完成承诺。");
			phone.click(By.id("save-scores"));
			phone.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sheet-total")));
			assertThat(phone.text()).contains("评分已保存");
			// headless Chromium may keep the window wider than asked: compare with the
			// viewport
			Boolean fits = (Boolean) ((org.openqa.selenium.JavascriptExecutor) phone.driver)
				.executeScript("return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
			assertThat(fits).as("no sideways scrolling on a phone").isTrue();
		}
		assertThat(this.jdbc.queryForObject("""
				select count(*) from evaluation_score sc join evaluation_sheet s on s.id = sc.sheet_id
				join evaluation_round r on r.id = s.round_id where r.year = ? and s.unit_id = ?""", Integer.class, year,
				unit))
			.isEqualTo(criteria);

		try (Browser desk = Browser.open(base, 1280)) {
			desk.login("admin", "lianjian-demo");
			desk.go("/evaluations/" + year);
			desk.click(By.id("close-round"));
			// units are still unscored: the page asks to confirm their number
			desk.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-close")));
			assertThat(desk.text()).contains("家单位未评分");
			desk.click(By.id("confirm-close"));
			desk.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("publish-round")));
			assertThat(desk.text()).contains("评议已截止");
		}
		assertThat(this.jdbc.queryForObject("select status from evaluation_round where year = ?", String.class, year))
			.isEqualTo("CLOSED");
	}

}
