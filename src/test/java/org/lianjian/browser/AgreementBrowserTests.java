package org.lianjian.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianjian.account.PortalUser;
import org.lianjian.support.WebIntegrationTest;
import org.lianjian.unit.UnitService;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A liaison on a phone drafts an agreement with two commitments and submits it; staff
 * approve it; the liaison logs a fulfilment with a photo and the progress bar moves.
 */
@WebIntegrationTest
class AgreementBrowserTests {

	/** A 1×1 PNG, as a phone camera would not make, but enough for the type check. */
	private static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

	@LocalServerPort
	int port;

	@Autowired
	UserDetailsService users;

	@Autowired
	UnitService units;

	@TempDir
	Path dir;

	@Test
	void liaisonDraftsStaffApproveLiaisonLogsAndProgressMoves() throws Exception {
		String base = "http://localhost:" + this.port;
		String title = "浏览器测试共建协议" + System.currentTimeMillis() % 100000;
		String lecture = "联合开展党课（浏览器测试）";
		String agreementPath;
		// looked up, not written down: another browser test renames this unit through a
		// change request
		Long ownUnit = ((PortalUser) this.users.loadUserByUsername("liaison")).getScopeUnitId();
		String ownUnitName = this.units.name(ownUnit).orElseThrow();

		try (Browser phone = Browser.open(base, 375)) {
			phone.login("liaison", "lianjian-demo");
			phone.go("/agreements/new");
			phone.driver.findElement(By.id("title")).sendKeys(title);
			phone.click(By.cssSelector("input[name=areas][value=PARTY_BUILDING]"));
			new Select(phone.driver.findElement(By.id("communityOrgId"))).selectByVisibleText("玉田新村居民区党总支");

			phone.driver.findElement(By.name("commitments[0].description")).sendKeys(lecture);
			Select responsible = new Select(phone.driver.findElement(By.name("commitments[0].responsibleUnitId")));
			responsible.selectByVisibleText(ownUnitName);
			new Select(phone.driver.findElement(By.name("commitments[0].area"))).selectByValue("PARTY_BUILDING");
			phone.driver.findElement(By.name("commitments[0].targetQuantity")).sendKeys("4");
			phone.driver.findElement(By.name("commitments[0].targetUnit")).sendKeys("场");

			phone.click(By.cssSelector("button[name=addRow]"));
			phone.wait.until(ExpectedConditions.presenceOfElementLocated(By.name("commitments[1].description")));
			phone.driver.findElement(By.name("commitments[1].description")).sendKeys("社区志愿服务");
			new Select(phone.driver.findElement(By.name("commitments[1].area"))).selectByValue("OTHER");
			phone.driver.findElement(By.name("commitments[1].targetQuantity")).sendKeys("200");
			phone.driver.findElement(By.name("commitments[1].targetUnit")).sendKeys("小时");
			phone.click(By.cssSelector("main form button.btn-primary[type=submit]"));

			phone.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), title));
			agreementPath = new java.net.URI(phone.driver.getCurrentUrl()).getPath();
			assertThat(phone.text()).contains("草稿", lecture, "社区志愿服务");
			phone.click(By.cssSelector("form[action$='/submit'] button"));
			phone.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "已提交"));
		}

		try (Browser desk = Browser.open(base, 1280)) {
			desk.login("staff", "lianjian-demo");
			desk.go(agreementPath);
			desk.click(By.cssSelector("form[action$='/approve'] button[type=submit]"));
			desk.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "生效中"));
		}

		Path photo = this.dir.resolve("现场照片.png");
		Files.write(photo, PNG);
		try (Browser phone = Browser.open(base, 375)) {
			phone.login("liaison", "lianjian-demo");
			phone.go(agreementPath);
			assertThat(progressOf(phone, lecture)).contains("已完成 0 / 目标 4 场");

			Select commitment = new Select(phone.driver.findElement(By.id("log-commitmentId")));
			commitment.selectByContainsVisibleText(lecture);
			phone.driver.findElement(By.id("log-quantity")).clear();
			phone.driver.findElement(By.id("log-quantity")).sendKeys("2");
			phone.driver.findElement(By.id("log-description")).sendKeys("联合党课：学习区域化党建经验");
			phone.driver.findElement(By.id("log-file")).sendKeys(photo.toString());
			phone.click(By.cssSelector("form[action$='/fulfilments'] button[type=submit]"));
			phone.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "履约记录已保存"));

			assertThat(progressOf(phone, lecture)).contains("已完成 2 / 目标 4 场");
			assertThat(phone.text()).contains("联合党课：学习区域化党建经验");
			assertThat(phone.driver.findElements(By.cssSelector("main a[href^='/attachments/']"))).isNotEmpty();
		}
	}

	@Test
	void staffFilterTheListByTypingPartOfAUnitName() {
		String base = "http://localhost:" + this.port;
		Long unit = ((PortalUser) this.users.loadUserByUsername("liaison")).getScopeUnitId();
		String name = this.units.name(unit).orElseThrow();
		try (Browser desk = Browser.open(base, 1280)) {
			desk.login("staff", "lianjian-demo");
			desk.go("/agreements");
			desk.type(By.id("unitName"), name.substring(0, 2));
			// htmx fills the datalist with the matching names, the unit among them; the
			// datalist may be swapped again while it is read (the wait then reads anew)
			desk.wait.until((d) -> d.findElements(By.cssSelector("#unit-suggestions option"))
				.stream()
				.anyMatch((o) -> name.equals(o.getAttribute("value"))));
			desk.settle();
			WebElement input = desk.driver.findElement(By.id("unitName"));
			input.clear();
			input.sendKeys(name);
			input.submit();
			desk.wait.until(ExpectedConditions.urlContains("unitName="));
			desk.settle();
			assertThat(desk.attribute(By.id("unitName"), "value")).isEqualTo(name);
			assertThat(desk.driver.findElements(By.id("unitName-hint"))).isEmpty();
			var rows = desk.driver.findElements(By.cssSelector("#results tbody tr"));
			assertThat(rows).isNotEmpty().allSatisfy((tr) -> assertThat(tr.getText()).contains(name));
		}
	}

	private static String progressOf(Browser b, String commitment) {
		b.settle();
		return b.wait.until((d) -> d.findElements(By.cssSelector("main table tr"))
			.stream()
			.map(WebElement::getText)
			.filter((text) -> text.contains(commitment))
			.findFirst()
			.orElse(null));
	}

}
