package org.lianjian.browser;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.lianjian.account.PortalUser;
import org.lianjian.support.WebIntegrationTest;
import org.lianjian.unit.UnitService;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service menu's whole journey in a browser: a secretary orders an item from
 * {@code /menu} on a phone (375 px) for a new need; staff dispatch it at desktop width;
 * the provider unit's liaison accepts with a planned date, creates the activity that
 * delivers it, names it on the order and marks it held through the activity pages; the
 * order is delivered (by the activity module's event) and the secretary rates it on the
 * phone. The order page shows each status on the way and, at the end, one history line
 * per step with its note in Chinese.
 */
@WebIntegrationTest
class OrderJourneyBrowserTests {

	private static final String ITEM = "社区义诊";

	private static final String PASSWORD = "lianjian-demo";

	@LocalServerPort
	int port;

	@Autowired
	UserDetailsService users;

	@Autowired
	UnitService units;

	@Autowired
	MessageSource messages;

	@Autowired
	Clock clock;

	@Test
	void secretaryOrdersStaffDispatchLiaisonDeliversAndSecretaryRates() {
		String base = "http://localhost:" + this.port;
		LocalDate today = LocalDate.now(this.clock);
		String stamp = Long.toString(System.currentTimeMillis() % 1_000_000);
		String needTitle = "义诊进小区（旅程测试" + stamp + "）";
		String activityTitle = "社区义诊（旅程测试" + stamp + "）";
		Long unitId = ((PortalUser) this.users.loadUserByUsername("liaison")).getScopeUnitId();
		String unitName = this.units.name(unitId).orElseThrow();
		LocalDate planned = today.plusDays(7);
		String orderPath;

		try (Browser phone = Browser.open(base, 375)) {
			phone.login("secretary", PASSWORD);
			phone.go("/menu");
			WebElement card = phone.wait.until((d) -> d.findElements(By.cssSelector("main article.card"))
				.stream()
				.filter((c) -> c.findElement(By.tagName("h2")).getText().trim().equals(ITEM))
				.findFirst()
				.orElse(null));
			String orderLink = URI.create(card.findElement(By.cssSelector("a.btn-primary")).getAttribute("href"))
				.getRawPath();
			String query = URI.create(card.findElement(By.cssSelector("a.btn-primary")).getAttribute("href"))
				.getRawQuery();
			phone.click(By.cssSelector("main article.card a.btn-primary[href$='" + orderLink + "?" + query + "']"));
			phone.wait.until(ExpectedConditions.urlContains("/matching/orders/new"));
			phone.settle();
			assertThat(new Select(phone.driver.findElement(By.id("resourceId"))).getFirstSelectedOption().getText())
				.startsWith(ITEM);
			phone.type(By.id("newNeedTitle"), needTitle);
			new Select(phone.driver.findElement(By.id("newNeedAreaId"))).selectByIndex(1);
			phone.setValue(By.id("wantedDate"), today.plusDays(14).toString());
			phone.driver.findElement(By.id("quantity")).clear();
			phone.type(By.id("quantity"), "1");
			phone.type(By.id("note"), "请安排内科和眼科");
			phone.click(By.cssSelector("main form button.btn-primary[type=submit]"));
			orderPath = landOn(phone, "/matching/orders/\\d+");
			assertStatus(phone, "ORDERED");
			assertThat(phone.text()).contains(needTitle, ITEM, "请安排内科和眼科");
		}

		try (Browser desk = Browser.open(base, 1280)) {
			desk.login("staff", PASSWORD);
			desk.go(orderPath);
			assertStatus(desk, "ORDERED");
			assertThat(new Select(desk.driver.findElement(By.id("providerUnitId"))).getFirstSelectedOption().getText())
				.as("the provider is preset from the item")
				.isEqualTo(unitName);
			desk.click(By.cssSelector("form[action$='/dispatch'] button[type=submit]"));
			waitForStatus(desk, orderPath, "DISPATCHED", false);
		}

		String activityPath;
		try (Browser desk = Browser.open(base, 1280)) {
			desk.login("liaison", PASSWORD);
			desk.go(orderPath);
			assertStatus(desk, "DISPATCHED");
			desk.setValue(By.id("plannedDate"), planned.toString());
			desk.click(By.cssSelector("form[action$='/accept'] button[type=submit]"));
			waitForStatus(desk, orderPath, "ACCEPTED", false);

			// the activity that delivers it, from the order page's own link
			desk.click(By.cssSelector("form[action$='/delivery'] a[href$='/activities/new']"));
			desk.wait.until(ExpectedConditions.urlContains("/activities/new"));
			desk.settle();
			desk.type(By.id("title"), activityTitle);
			new Select(desk.driver.findElement(By.id("type"))).selectByValue("HEALTH");
			desk.setValue(By.id("start"), today + "T00:30");
			desk.setValue(By.id("end"), today + "T02:30");
			new Select(desk.driver.findElement(By.id("organiserOrgId"))).selectByIndex(1);
			desk.pickPartner(unitName);
			desk.click(By.cssSelector("main form button.btn-primary[type=submit]"));
			activityPath = landOn(desk, "/activities/\\d+");
			String activityId = activityPath.substring(activityPath.lastIndexOf('/') + 1);

			// named on the order as the UI does it: picked from the provider's activities
			desk.go(orderPath);
			new Select(desk.driver.findElement(By.id("activityId"))).selectByValue(activityId);
			desk.click(By.cssSelector("form[action$='/delivery'] button[type=submit]"));
			desk.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
					"a[href$='" + activityPath + "'], form[action$='/delivery'] .invalid-feedback, #action-error")));
			assertThat(desk.driver.findElements(By.cssSelector(".invalid-feedback, #action-error")))
				.as("delivery form errors")
				.extracting(WebElement::getText)
				.isEmpty();
			assertStatus(desk, "ACCEPTED");

			// held through the activity pages: 6 volunteers, 9 hours of the liaison's
			// unit
			desk.go(activityPath + "/held");
			desk.type(By.id("residentsServed"), "45");
			desk.type(By.id("summary"), "内科、眼科义诊，测量血压血糖");
			WebElement volunteers = desk.driver.findElement(By.name("units[0].volunteers"));
			volunteers.clear();
			volunteers.sendKeys("6");
			WebElement hours = desk.driver.findElement(By.name("units[0].hours"));
			hours.clear();
			hours.sendKeys("9");
			desk.click(By.cssSelector("main form button.btn-success[type=submit]"));
			desk.wait.until(ExpectedConditions.or(
					ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), activityTitle),
					ExpectedConditions.presenceOfElementLocated(By.cssSelector(".invalid-feedback, .alert-danger"))));
			assertThat(desk.driver.findElements(By.cssSelector(".invalid-feedback, .alert-danger"))).as("held errors")
				.extracting(WebElement::getText)
				.isEmpty();
			// the activity module's event delivers the order after its commit
			waitForStatus(desk, orderPath, "DELIVERED", true);
		}

		try (Browser phone = Browser.open(base, 375)) {
			phone.login("secretary", PASSWORD);
			phone.go(orderPath);
			assertStatus(phone, "DELIVERED");
			new Select(phone.driver.findElement(By.id("rating"))).selectByValue("4");
			phone.type(By.id("comment"), "医生很耐心，老人很满意");
			phone.click(By.cssSelector("form[action$='/rate'] button[type=submit]"));
			waitForStatus(phone, orderPath, "RATED", false);
			assertThat(phone.text()).contains("医生很耐心，老人很满意");

			List<String> lines = phone.wait.until((d) -> {
				List<String> texts = d.findElements(By.cssSelector("tr.history-line"))
					.stream()
					.map(WebElement::getText)
					.toList();
				return (texts.size() >= 6) ? texts : null;
			});
			assertThat(lines).hasSize(6);
			assertThat(lines.get(0)).contains(status("ORDERED")).doesNotContain("→");
			assertThat(lines.get(1)).contains(status("ORDERED") + " → " + status("DISPATCHED"), "派给 " + unitName);
			assertThat(lines.get(2)).contains(status("DISPATCHED") + " → " + status("ACCEPTED"),
					"计划 " + planned + " 服务");
			assertThat(lines.get(3)).contains(status("ACCEPTED") + " → " + status("ACCEPTED"),
					"交付活动 #" + activityPath.substring(activityPath.lastIndexOf('/') + 1) + " " + activityTitle);
			assertThat(lines.get(4)).contains(status("ACCEPTED") + " → " + status("DELIVERED"), "9 小时");
			assertThat(lines.get(5)).contains(status("DELIVERED") + " → " + status("RATED"), "4 星：医生很耐心，老人很满意");
			assertThat(String.join("\n", lines)).doesNotContain("matching.history", "{0}", "{1}");
			assertThat(noHorizontalOverflow(phone)).as("no horizontal overflow at 375 px").isTrue();
		}
	}

	private String status(String name) {
		return this.messages.getMessage("matching.order.status." + name, null, Locale.SIMPLIFIED_CHINESE);
	}

	/** The order page's status badge shows the status. */
	private void assertStatus(Browser browser, String name) {
		browser.wait.until(
				ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1 + .badge"), status(name)));
	}

	/**
	 * Waits until the order page shows the status, loading it again while it does not
	 * when the change comes from elsewhere (an event after another transaction's commit).
	 */
	private void waitForStatus(Browser browser, String orderPath, String name, boolean reload) {
		String expected = status(name);
		browser.wait.withMessage("order status " + expected).until((WebDriver d) -> {
			if (reload && !badge(d).equals(expected)) {
				browser.go(orderPath);
			}
			return badge(d).equals(expected) && URI.create(d.getCurrentUrl()).getPath().equals(orderPath);
		});
		browser.settle();
		assertThat(browser.driver.findElements(By.cssSelector(".invalid-feedback, #action-error"))).as("form errors")
			.extracting(WebElement::getText)
			.isEmpty();
	}

	private static String badge(WebDriver d) {
		List<WebElement> badges = d.findElements(By.cssSelector("main h1 + .badge"));
		return badges.isEmpty() ? "" : badges.get(0).getText().trim();
	}

	/** Waits for a page whose path matches, or a form error, and fails on the latter. */
	private static String landOn(Browser browser, String pathPattern) {
		browser.wait.until((d) -> URI.create(d.getCurrentUrl()).getPath().matches(pathPattern)
				|| !d.findElements(By.cssSelector(".invalid-feedback, .alert-danger")).isEmpty());
		browser.settle();
		assertThat(browser.driver.findElements(By.cssSelector(".invalid-feedback, .alert-danger")))
			.as("form errors on " + browser.driver.getCurrentUrl())
			.extracting(WebElement::getText)
			.isEmpty();
		return URI.create(browser.driver.getCurrentUrl()).getPath();
	}

	private static boolean noHorizontalOverflow(Browser b) {
		return Boolean.TRUE.equals(((JavascriptExecutor) b.driver)
			.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"));
	}

}
