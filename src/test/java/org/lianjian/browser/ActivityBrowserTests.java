package org.lianjian.browser;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lianjian.account.PortalUser;
import org.lianjian.support.WebIntegrationTest;
import org.lianjian.unit.UnitService;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A liaison on a phone creates an activity that counts towards a commitment of their
 * unit's agreement, books a position, marks the activity held with 12 volunteers and 30
 * hours, and sees the agreement's progress move.
 */
@WebIntegrationTest
class ActivityBrowserTests {

	private static final Pattern DONE = Pattern.compile("已完成 ([0-9.]+) / 目标");

	@LocalServerPort
	int port;

	@Autowired
	UserDetailsService users;

	@Autowired
	UnitService units;

	@Test
	void liaisonHoldsAnActivityAndTheAgreementProgressMoves() {
		Long ownUnit = ((PortalUser) this.users.loadUserByUsername("liaison")).getScopeUnitId();
		String ownUnitName = this.units.name(ownUnit).orElseThrow();
		String title = "健康讲座进社区（浏览器测试" + System.currentTimeMillis() % 100000 + "）";
		LocalDate today = LocalDate.now();

		try (Browser phone = Browser.open("http://localhost:" + this.port, 375)) {
			phone.login("liaison", "lianjian-demo");

			phone.go("/activities/new");
			phone.driver.findElement(By.id("title")).sendKeys(title);
			new Select(phone.driver.findElement(By.id("type"))).selectByValue("HEALTH");
			phone.setValue(By.id("start"), today + "T09:00");
			phone.setValue(By.id("end"), today + "T11:00");
			new Select(phone.driver.findElement(By.id("organiserOrgId"))).selectByIndex(1);
			// the pickers: type part of a name, tap the match, see it as a chip (a
			// liaison's own unit comes picked already)
			phone.pickPartner(ownUnitName);
			phone.type(By.id("commitmentIds-search"), "健康讲座");
			WebElement lecture = phone.wait
				.until((d) -> d.findElements(By.cssSelector("#commitmentIds .picker-option:not([hidden]) label"))
					.stream()
					.filter((l) -> l.getText().contains("健康讲座"))
					.findFirst()
					.orElse(null));
			String agreementNumber = lecture.getText().trim().split("\\s+")[0];
			phone.click(By.cssSelector("label[for='" + lecture.getAttribute("for") + "']"));
			phone.wait.until(ExpectedConditions
				.textToBePresentInElementLocated(By.cssSelector("#commitmentIds .picker-chips"), "健康讲座"));
			phone.click(By.cssSelector("main form button.btn-primary[type=submit]"));
			phone.wait.until(ExpectedConditions.or(
					ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), title),
					ExpectedConditions.presenceOfElementLocated(By.cssSelector(".invalid-feedback, .alert-danger"))));
			assertThat(phone.driver.findElements(By.cssSelector(".invalid-feedback, .alert-danger"))).as("form errors")
				.extracting(WebElement::getText)
				.isEmpty();
			String activityPath = path(phone);

			// the agreement's progress before
			phone.go("/agreements?q=" + agreementNumber);
			String agreementPath = phone.driver.findElements(By.cssSelector("main a[href*='/agreements/']"))
				.stream()
				.map((a) -> java.net.URI.create(a.getAttribute("href")).getPath())
				.filter((p) -> p.matches("/agreements/\\d+"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no agreement " + agreementNumber));
			double before = delivered(phone, agreementPath, "健康讲座");

			// a position for the follow-up session, three weeks ahead in the evening
			phone.go("/positions");
			phone.click(By.partialLinkText("曲阳社区文化活动中心"));
			phone.wait.until(ExpectedConditions.urlMatches(".*/positions/\\d+.*"));
			String positionPath = path(phone);
			phone.go(positionPath + "/book");
			LocalDate day = today.plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
			phone.setValue(By.id("day"), day.toString());
			phone.setValue(By.id("startsAt"), "19:00");
			phone.setValue(By.id("endsAt"), "20:00");
			phone.driver.findElement(By.id("purpose")).sendKeys("健康讲座答疑（浏览器测试）");
			phone.click(By.cssSelector("main form button[type=submit]"));
			phone.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/book")));
			phone.go(positionPath + "?from=" + day);
			assertThat(phone.text()).contains("健康讲座答疑（浏览器测试）");

			// held: 12 volunteers, 20 hours from the liaison's unit (at most 12 × 2 h)
			phone.go(activityPath + "/held");
			phone.driver.findElement(By.id("residentsServed")).sendKeys("60");
			phone.driver.findElement(By.id("summary")).sendKeys("为居民测量血压并讲解慢病防治");
			WebElement volunteers = phone.driver.findElement(By.name("units[0].volunteers"));
			volunteers.clear();
			volunteers.sendKeys("12");
			WebElement hours = phone.driver.findElement(By.name("units[0].hours"));
			hours.clear();
			hours.sendKeys("20");
			phone.click(By.cssSelector("main form button.btn-success[type=submit]"));
			phone.wait.until(ExpectedConditions.or(
					ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), title),
					ExpectedConditions.presenceOfElementLocated(By.cssSelector(".invalid-feedback, .alert-danger"))));
			assertThat(phone.driver.findElements(By.cssSelector(".invalid-feedback, .alert-danger"))).as("form errors")
				.extracting(WebElement::getText)
				.isEmpty();
			assertThat(phone.text()).contains("已举行", "20");

			double after = delivered(phone, agreementPath, "健康讲座");
			assertThat(after).isEqualTo(before + 1);
			assertThat(phone.text()).contains(title);
		}
	}

	private static String path(Browser b) {
		return java.net.URI.create(b.driver.getCurrentUrl()).getPath();
	}

	private static double delivered(Browser b, String agreementPath, String commitment) {
		b.go(agreementPath);
		String row = b.driver.findElements(By.cssSelector("main table tr"))
			.stream()
			.map(WebElement::getText)
			.filter((t) -> t.contains(commitment))
			.findFirst()
			.orElseThrow();
		Matcher m = DONE.matcher(row);
		assertThat(m.find()).as(row).isTrue();
		return Double.parseDouble(m.group(1));
	}

}
