package org.lianjian.browser;

import org.junit.jupiter.api.Test;
import org.lianjian.support.WebIntegrationTest;
import org.lianjian.unit.UnitService;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A liaison on a phone updates the unit's phone number, asks for a name change and cannot
 * open another unit; staff approve the request and find it in the unit's history.
 */
@WebIntegrationTest
class UnitBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	UserDetailsService users;

	@Autowired
	UnitService units;

	@Test
	void liaisonRequestsANameChangeAndStaffApproveIt() {
		Long unitId = ((org.lianjian.account.PortalUser) this.users.loadUserByUsername("liaison")).getScopeUnitId();
		Long otherUnit = ((org.lianjian.account.PortalUser) this.users.loadUserByUsername("liaison2")).getScopeUnitId();
		String newPhone = "021-6" + (1000000 + System.currentTimeMillis() % 8999999);
		String newName = "上海市曲阳中心医院（更名测试" + System.currentTimeMillis() % 100000 + "）";

		try (Browser phone = Browser.open("http://localhost:" + this.port, 375)) {
			phone.login("liaison", "lianjian-demo");
			assertThat(phone.text()).contains("我的单位", "资料完整度");

			phone.click(By.partialLinkText("修改单位信息"));
			phone.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contactPhone")));
			phone.driver.findElement(By.id("contactPhone")).clear();
			phone.driver.findElement(By.id("contactPhone")).sendKeys(newPhone);
			phone.click(By.cssSelector("main form button[type=submit]"));
			phone.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/my-edit")));

			phone.go("/units/" + unitId + "/change-requests/new?field=NAME");
			phone.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("proposedValue")));
			phone.driver.findElement(By.id("proposedValue")).sendKeys(newName);
			phone.driver.findElement(By.id("comment")).sendKeys("上级批复更名");
			phone.click(By.cssSelector("main form button[type=submit]"));
			phone.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/change-requests/new")));
			assertThat(phone.text()).contains(newName);

			phone.go("/units/" + otherUnit);
			assertThat(phone.text()).contains("找不到页面");
			phone.go("/units/" + otherUnit + "/edit");
			assertThat(phone.text()).contains("找不到页面");
		}
		assertThat(this.units.name(unitId)).get().isNotEqualTo(newName);

		try (Browser desk = Browser.open("http://localhost:" + this.port, 1280)) {
			desk.login("staff", "lianjian-demo");
			desk.go("/units/requests");
			assertThat(desk.text()).contains(newName, "上级批复更名");
			var card = desk.driver.findElements(By.cssSelector("main article"))
				.stream()
				.filter((a) -> a.getText().contains(newName))
				.findFirst()
				.orElseThrow();
			var approve = card.findElement(By.cssSelector("form[action$='/approve'] button"));
			((org.openqa.selenium.JavascriptExecutor) desk.driver)
				.executeScript("arguments[0].scrollIntoView({block: 'center'});", approve);
			approve.click();
			desk.wait.until(ExpectedConditions
				.not(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "上级批复更名")));

			desk.go("/units/" + unitId + "?tab=history");
			assertThat(desk.text()).contains(newName, newPhone);
			assertThat(desk.driver.findElement(By.tagName("h1")).getText()).contains(newName);
		}
	}

}
