package org.lianjian.browser;

import org.junit.jupiter.api.Test;
import org.lianjian.support.WebIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff create an organisation under a network in a real browser, find it in the list,
 * and switch the portal to English.
 */
@WebIntegrationTest
class StructureBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void staffCreatesAnOrganisationUnderANetworkAndSwitchesToEnglish() {
		try (Browser b = Browser.open("http://localhost:" + this.port, 1280)) {
			b.login("staff", "lianjian-demo");
			b.go("/structure");
			assertThat(b.text()).contains("“1+1+4”区域化党建工作体制", "曲阳街道居民区党委");

			// into the residential network's list, then "new organisation" there
			b.click(By.linkText("曲阳街道居民区党委"));
			b.wait.until(ExpectedConditions.urlContains("under="));
			b.click(By.partialLinkText("新建组织"));
			b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("name")));

			String name = "浏览器测试居民区党支部" + System.currentTimeMillis() % 100000;
			new Select(b.driver.findElement(By.id("type"))).selectByValue("RESIDENTIAL_PARTY_ORG");
			b.driver.findElement(By.id("name")).sendKeys(name);
			b.driver.findElement(By.id("secretaryName")).sendKeys("周立新");
			b.driver.findElement(By.id("memberCount")).clear();
			b.driver.findElement(By.id("memberCount")).sendKeys("36");
			b.click(By.cssSelector("main form button[type=submit]"));
			b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), name));
			assertThat(b.text()).contains("组织已创建", "曲阳街道居民区党委");

			// listed under the network
			b.click(By.linkText("曲阳街道居民区党委"));
			b.click(By.partialLinkText("列表查看"));
			b.wait.until(ExpectedConditions.urlContains("under="));
			assertThat(b.text()).contains(name);

			// English, remembered on the next page
			b.go("/structure?lang=en");
			assertThat(b.text()).contains("Structure", "The \"1+1+4\" regional party-building structure");
			b.go("/structure/organisations");
			assertThat(b.text()).contains("Organisations", "Party members").doesNotContain("组织列表");

			// a missing record: the 404 page, in the layout
			b.go("/structure/organisations/987654321");
			assertThat(b.text()).contains("Page not found", "Back to home");
		}
	}

}
