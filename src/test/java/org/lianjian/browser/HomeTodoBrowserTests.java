package org.lianjian.browser;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lianjian.account.PortalUser;
import org.lianjian.support.TestClock;
import org.lianjian.support.WebIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role logs in, follows the top item of a to-do kind from the home page, does it on
 * the page it lands on, and sees it leave the list. The situation is seeded so that the
 * seeded item is the top one of its kind.
 */
@WebIntegrationTest
class HomeTodoBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@AfterEach
	void runTheClockAgain() {
		((TestClock) this.clock).reset();
	}

	@Test
	void staffApproveTheTopAgreementWaitingForApproval() {
		String title = "待办审批测试" + System.nanoTime() % 100000;
		// the newest term of all: the top of the list waiting for approval
		Long id = agreement(title, "SUBMITTED", LocalDate.of(2099, 1, 1));
		try (Browser desk = Browser.open(base(), 1280)) {
			desk.login("staff", "lianjian-demo");
			By top = By.cssSelector("#todo [data-todo=submitted] a.todo-item");
			assertThat(desk.driver.findElement(top).getText()).contains(title);
			desk.click(top);
			desk.wait.until(ExpectedConditions.urlContains("/agreements/" + id));
			((JavascriptExecutor) desk.driver).executeScript(
					"document.getElementById('approve-signedOn').value = arguments[0];", LocalDate.now().toString());
			desk.click(By.cssSelector("form[action$='/approve'] button[type=submit]"));
			desk.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/approve")));
			desk.go("/");
			assertThat(desk.driver.findElement(By.id("todo")).getText()).doesNotContain(title);
		}
	}

	@Test
	void aLiaisonOnAPhoneEntersTheHoursOfTheTopActivity() {
		Long unit = ((PortalUser) this.users.loadUserByUsername("liaison")).getScopeUnitId();
		String title = "待办时长测试" + System.nanoTime() % 100000;
		// held today: the newest of the activities waiting for hours
		Long activity = this.jdbc.queryForObject("""
				insert into activity (title, type, start_at, end_at, organiser_org_id, status, residents_served)
				values (?, 'CULTURE', ?, ?, (select id from organisation order by id limit 1), 'HELD', 20)
				returning id""", Long.class, title, LocalDateTime.now(this.clock).minusMinutes(150),
				LocalDateTime.now(this.clock).minusMinutes(30));
		this.jdbc.update("insert into activity_partner (activity_id, unit_id) values (?, ?)", activity, unit);
		try (Browser phone = Browser.open(base(), 375)) {
			phone.login("liaison", "lianjian-demo");
			By top = By.cssSelector("#todo [data-todo=hours] a.todo-item");
			assertThat(phone.driver.findElement(top).getText()).isEqualTo(title);
			phone.click(top);
			phone.wait.until(ExpectedConditions.urlContains("/activities/" + activity + "/held"));
			By volunteers = By.name("units[0].volunteers");
			By hours = By.name("units[0].hours");
			phone.wait.until(ExpectedConditions.elementToBeClickable(volunteers)).clear();
			phone.type(volunteers, "1");
			phone.driver.findElement(hours).clear();
			phone.type(hours, "0.5");
			phone.click(By.cssSelector("main form button[type=submit]"));
			phone.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/held")));
			phone.go("/");
			assertThat(phone.driver.findElement(By.id("todo")).getText()).doesNotContain(title);
		}
	}

	@Test
	void aSecretaryMarksHeldTheActivityOfTheWeekThatTookPlace() {
		Long org = ((PortalUser) this.users.loadUserByUsername("secretary")).getScopeOrganisationId();
		// a Wednesday at noon; the activity took place on Tuesday morning
		((TestClock) this.clock).stopAt(LocalDateTime.of(2031, 6, 11, 12, 0));
		String title = "待办举办测试" + System.nanoTime() % 100000;
		Long activity = this.jdbc.queryForObject("""
				insert into activity (title, type, start_at, end_at, organiser_org_id, status)
				values (?, 'CULTURE', ?, ?, ?, 'PLANNED') returning id""", Long.class, title,
				LocalDateTime.of(2031, 6, 10, 9, 0), LocalDateTime.of(2031, 6, 10, 11, 0), org);
		try (Browser desk = Browser.open(base(), 1280)) {
			desk.login("secretary", "lianjian-demo");
			By item = By.xpath("//*[@id='todo']//*[@data-todo='week']//a[contains(., '" + title + "')]");
			assertThat(desk.driver.findElement(item).getAttribute("href"))
				.endsWith("/activities/" + activity + "/held");
			desk.click(item);
			desk.wait.until(ExpectedConditions.urlContains("/held"));
			By served = By.name("residentsServed");
			desk.type(served, "12");
			desk.click(By.cssSelector("main form button[type=submit]"));
			desk.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/held")));
			desk.go("/");
			assertThat(desk.driver.findElement(item).getAttribute("href")).endsWith("/activities/" + activity);
		}
	}

	@Test
	void anAdminDisablesTheTopAccountLeftOnItsOneTimePassword() {
		String username = "todo" + System.nanoTime() % 1_000_000_000L;
		this.jdbc.update("""
				insert into user_account (username, display_name, password_hash, role, must_change_password)
				values (?, ?, 'x', 'STAFF', true)""", username, "待办账户" + username);
		try (Browser desk = Browser.open(base(), 1280)) {
			desk.login("admin", "lianjian-demo");
			By top = By.cssSelector("#todo [data-todo=accounts] a.todo-item");
			assertThat(desk.driver.findElement(top).getText()).contains(username);
			desk.click(top);
			desk.wait.until(ExpectedConditions.urlContains("/admin/accounts/"));
			desk.click(By.cssSelector("form[action$='/disable'] button[type=submit]"));
			desk.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action$='/enable']")));
			desk.go("/");
			// the disabling itself is now a security event of the day, in the other kind
			assertThat(desk.driver.findElement(By.cssSelector("#todo [data-todo=accounts]")).getText())
				.doesNotContain(username);
		}
	}

	private Long agreement(String title, String status, LocalDate termStart) {
		Long org = ((PortalUser) this.users.loadUserByUsername("secretary")).getScopeOrganisationId();
		return this.jdbc.queryForObject("""
				insert into agreement (number, title, level, community_org_id, status, term_start, term_end)
				values (?, ?, 'BRANCH', ?, ?, ?, ?) returning id""", Long.class,
				"TDB" + System.nanoTime() % 1_000_000_000L, title, org, status, termStart, termStart.plusYears(1));
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
