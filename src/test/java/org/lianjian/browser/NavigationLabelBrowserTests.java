package org.lianjian.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lianjian.support.WebIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The top navigation at every width from a phone to a wide screen, for every role, in
 * both languages: no label breaks over two lines, no label is cut off or leaves the
 * window, the page never scrolls sideways, and each role has at most six top-level items.
 * One login per role; the window is resized in place.
 */
@WebIntegrationTest
class NavigationLabelBrowserTests {

	private static final int[] WIDTHS = { 360, 768, 992, 1100, 1200, 1400, 1600, 1920 };

	/**
	 * Problems of the navigation as laid out now: every visible text in the navbar must
	 * be one line (a text node that wraps has one client rect per line), inside the
	 * window and not clipped by its link; the page must not be wider than the window.
	 * Every dropdown is opened in turn and its items are checked the same way.
	 */
	private static final String CHECK = """
			const problems = [];
			const width = document.documentElement.clientWidth;
			if (document.documentElement.scrollWidth > width + 1) {
			  problems.push('page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + width);
			}
			const check = (root) => {
			  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			    const text = node.textContent.trim();
			    if (!text || node.parentElement.closest('.visually-hidden')) continue;
			    const range = document.createRange();
			    range.selectNodeContents(node);
			    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
			    if (rects.length === 0) continue;
			    if (rects.length > 1) problems.push('"' + text + '" wraps over ' + rects.length + ' lines');
			    const box = range.getBoundingClientRect();
			    if (box.right > width + 1 || box.left < -1) problems.push('"' + text + '" leaves the window');
			    const link = node.parentElement.closest('a, button');
			    if (link && link.scrollWidth > link.clientWidth + 1) problems.push('"' + text + '" is cut off');
			  }
			};
			const nav = document.querySelector('.portal-navbar');
			check(nav);
			for (const toggle of nav.querySelectorAll('[data-bs-toggle=dropdown]')) {
			  if (toggle.offsetParent === null) continue;
			  const dropdown = bootstrap.Dropdown.getOrCreateInstance(toggle);
			  dropdown.show();
			  check(toggle.parentElement.querySelector('.dropdown-menu'));
			  dropdown.hide();
			}
			if (width >= 992) {
			  const tops = new Set([...nav.querySelectorAll('.navbar-nav > .nav-item')]
			    .map((item) => Math.round(item.getBoundingClientRect().top)));
			  if (tops.size > 1) problems.push('the top-level items take ' + tops.size + ' rows');
			}
			return problems;
			""";

	@LocalServerPort
	int port;

	@Test
	void noNavigationLabelWrapsAtAnyWidthForAnyRoleInEitherLanguage() {
		List<String> problems = new ArrayList<>();
		for (String user : List.of("admin", "staff", "secretary", "liaison")) {
			try (Browser browser = Browser.open("http://localhost:" + this.port, 1280)) {
				browser.login(user, "lianjian-demo");
				for (String lang : List.of("zh_CN", "en")) {
					browser.go("/about?lang=" + lang);
					int topLevel = browser.driver.findElements(By.cssSelector(".portal-nav > .nav-item")).size();
					if (topLevel > 6) {
						problems.add(user + " " + lang + ": " + topLevel + " top-level items");
					}
					for (int width : WIDTHS) {
						problems.addAll(check(browser, width).stream()
							.map((p) -> user + " " + lang + " " + width + "px: " + p)
							.toList());
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theMenusOpenByKeyboard() {
		try (Browser browser = Browser.open("http://localhost:" + this.port, 1280)) {
			browser.login("staff", "lianjian-demo");
			browser.go("/about?lang=zh_CN");
			WebElement toggle = browser.driver.findElement(By.id("nav-activities"));
			toggle.sendKeys(Keys.SPACE);
			browser.wait.until((d) -> "true".equals(toggle.getAttribute("aria-expanded")));
			toggle.sendKeys(Keys.ARROW_DOWN);
			browser.wait.until((d) -> d.switchTo().activeElement().getAttribute("href").endsWith("/activities"));
			browser.driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
			browser.wait
				.until((d) -> d.switchTo().activeElement().getAttribute("href").endsWith("/activities/calendar"));
			browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
			browser.wait.until((d) -> d.getCurrentUrl().endsWith("/activities/calendar"));
			assertThat(browser.attribute(By.id("nav-activities"), "class")).contains("active");
		}
	}

	@SuppressWarnings("unchecked")
	private static List<String> check(Browser browser, int width) {
		((HasCdp) browser.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
		JavascriptExecutor js = (JavascriptExecutor) browser.driver;
		browser.wait.until(
				(d) -> ((Number) js.executeScript("return document.documentElement.clientWidth")).intValue() <= width);
		if (width < 992) {
			// the collapsed menu: open it and wait for its transition to end
			if (!browser.driver.findElement(By.id("portal-nav")).getAttribute("class").contains("show")) {
				browser.click(By.cssSelector(".navbar-toggler"));
			}
			browser.wait.until((d) -> {
				String classes = d.findElement(By.id("portal-nav")).getAttribute("class");
				return classes.contains("show") && !classes.contains("collapsing");
			});
		}
		return (List<String>) js.executeScript(CHECK);
	}

}
