package org.lianjian.browser;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lianjian.support.WebIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The liaison's main task on a phone (375 px): from the home page to a saved delivery in
 * at most 3 taps and 2 text entries, landing on the commitment with its new progress in
 * view; and a failed save puts the focus on the first field in error.
 */
@WebIntegrationTest
class DeliveryBrowserTests {

	private static final Pattern PROGRESS = Pattern.compile("已完成 ([0-9.]+) / 目标 ([0-9.]+) (\\S+)");

	@LocalServerPort
	int port;

	/**
	 * Counts what the user does: taps (clicks) and text entries (typing into a field).
	 */
	private static final class Counted {

		private final Browser browser;

		int taps;

		int entries;

		Counted(Browser browser) {
			this.browser = browser;
		}

		void tap(By by) {
			this.taps++;
			this.browser.click(by);
			this.browser.settle();
		}

		/** One entry: the field's text replaced by the given one. */
		void enter(By by, String text) {
			this.entries++;
			WebElement field = this.browser.wait.until(ExpectedConditions.elementToBeClickable(by));
			field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
			field.sendKeys(text);
		}

	}

	@Test
	void liaisonLogsADeliveryFromHomeInThreeTapsAndTwoEntries() {
		String base = "http://localhost:" + this.port;
		try (Browser phone = Browser.open(base, 375)) {
			phone.login("liaison", "lianjian-demo");
			phone.go("/");
			// the first commitment on the home page's list that counts a quantity
			WebElement item = phone.wait.until((d) -> d.findElements(By.cssSelector("[data-todo='deliver'] li"))
				.stream()
				.filter((li) -> PROGRESS.matcher(li.getText()).find())
				.findFirst()
				.orElse(null));
			Matcher before = PROGRESS.matcher(item.getText());
			assertThat(before.find()).isTrue();
			String link = item.findElement(By.cssSelector("a.todo-item")).getAttribute("href");
			String expected = "已完成 "
					+ new BigDecimal(before.group(1)).add(BigDecimal.valueOf(2)).stripTrailingZeros().toPlainString()
					+ " / 目标 " + before.group(2) + " " + before.group(3);

			Counted user = new Counted(phone);
			user.tap(By
				.cssSelector("[data-todo='deliver'] a.todo-item[href='" + new java.net.URI(link).getPath() + "']"));
			user.enter(By.id("quantity"), "2");
			user.enter(By.id("description"), "联合党课，浏览器测试");
			user.tap(By.cssSelector("main form button[type=submit]"));

			phone.wait.until(ExpectedConditions.urlContains("#commitment-"));
			String anchor = phone.driver.getCurrentUrl().substring(phone.driver.getCurrentUrl().indexOf('#') + 1);
			WebElement row = phone.driver.findElement(By.id(anchor));
			assertThat(row.getText()).contains(expected, "已记录，进度已更新");
			// the browser scrolls to the anchor once the page has laid out: wait for it
			phone.wait.withMessage("the commitment's row is in view").until((d) -> inView(phone, row));
			assertThat(user.taps).as("taps from home to saved").isLessThanOrEqualTo(3);
			assertThat(user.entries).as("text entries from home to saved").isLessThanOrEqualTo(2);
		}
		catch (java.net.URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void aFailedSaveFocusesTheFirstFieldInErrorUnderTheSummary() {
		String base = "http://localhost:" + this.port;
		try (Browser phone = Browser.open(base, 375)) {
			phone.login("liaison", "lianjian-demo");
			phone.go("/");
			phone.click(By.cssSelector("[data-todo='deliver'] a.todo-item"));
			phone.settle();
			// the note left empty
			phone.click(By.cssSelector("main form button[type=submit]"));
			phone.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-error-summary")));
			phone.settle();
			assertThat(phone.driver.findElement(By.id("form-error-summary")).getText()).contains("1 处需要修改", "简要说明");
			phone.wait.until((d) -> "description"
				.equals(((JavascriptExecutor) d).executeScript("return document.activeElement.id;")));
			phone.wait.withMessage("the first field in error is in view")
				.until((d) -> inView(phone, d.findElement(By.id("description"))));
		}
	}

	/** Whether some of the element is on the screen. */
	private static boolean inView(Browser browser, WebElement element) {
		return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver).executeScript(
				"var r = arguments[0].getBoundingClientRect();" + " return r.top < window.innerHeight && r.bottom > 0;",
				element));
	}

}
