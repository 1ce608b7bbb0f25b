package org.lianjian.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the browser tests, with a fresh profile in a temporary directory.
 * Outside CI a machine without Chromium skips these tests; in CI (which installs it) a
 * missing browser fails them.
 */
final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** How long a condition may take to come true, on a busy machine. */
	static final Duration PATIENCE = Duration.ofSeconds(60);

	/**
	 * True when the page has loaded and htmx has no request, swap or settle under way.
	 */
	private static final String SETTLED = "return document.readyState === 'complete'"
			+ " && document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling, .htmx-added') === null";

	final WebDriver driver;

	final WebDriverWait wait;

	private final String base;

	private final Path profile;

	private Browser(String base, int width) {
		this.base = base;
		try {
			this.profile = Files.createTempDirectory("lianjian-chromium");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--no-first-run",
				"--lang=zh-CN", "--window-size=" + width + ",900", "--user-data-dir=" + this.profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(PATIENCE.multipliedBy(2));
		this.driver.manage().timeouts().scriptTimeout(PATIENCE);
		// generous, because a loaded machine is slow; an element that htmx replaced while
		// a condition read it is looked up again at the next poll
		this.wait = new WebDriverWait(this.driver, PATIENCE, Duration.ofMillis(100));
		this.wait.ignoring(StaleElementReferenceException.class);
	}

	static Browser open(String base, int width) {
		boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!present && System.getenv("CI") == null) {
			Assumptions.abort("Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
		}
		return new Browser(base, width);
	}

	void go(String path) {
		this.driver.get(this.base + path);
		settle();
	}

	/** Waits until the page has loaded and htmx is done with every request and swap. */
	void settle() {
		this.wait.until((d) -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(SETTLED)));
	}

	void login(String username, String password) {
		go("/login");
		type(By.id("username"), username);
		type(By.id("password"), password);
		this.driver.findElement(By.cssSelector("form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		settle();
	}

	/** Types into a field once it is there and can take input. */
	void type(By by, String text) {
		this.wait.until(ExpectedConditions.elementToBeClickable(by)).sendKeys(text);
	}

	/**
	 * An attribute of an element, looked up again if htmx replaced the element while it
	 * was being read.
	 */
	String attribute(By by, String name) {
		return this.wait.until((d) -> d.findElement(by).getAttribute(name));
	}

	/** Scrolls the element into the middle of the window first, so nothing covers it. */
	void click(By by) {
		org.openqa.selenium.WebElement element = this.wait.until(ExpectedConditions.presenceOfElementLocated(by));
		((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		try {
			this.wait.until(ExpectedConditions.elementToBeClickable(element)).click();
		}
		catch (org.openqa.selenium.ElementClickInterceptedException ex) {
			// smooth scrolling may still be under way: click where the element now is
			((JavascriptExecutor) this.driver).executeScript("arguments[0].click();", element);
		}
	}

	/**
	 * Sets an input's value as a date or time picker would, and tells the page it
	 * changed.
	 */
	void setValue(By by, String value) {
		org.openqa.selenium.WebElement input = this.wait.until(ExpectedConditions.presenceOfElementLocated(by));
		((JavascriptExecutor) this.driver).executeScript(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", input, value);
	}

	/**
	 * Picks a unit in the activity form's partner picker: types part of its name, taps
	 * the match and waits for its chip; a unit picked already (a liaison's own) is left
	 * so.
	 */
	void pickPartner(String unitName) {
		By chips = By.cssSelector("#partnerUnitIds .picker-chips");
		if (!this.driver.findElement(chips).getText().contains(unitName)) {
			type(By.id("partnerUnitIds-search"), unitName);
			org.openqa.selenium.WebElement partner = this.wait
				.until((d) -> d.findElements(By.cssSelector("#partnerUnitIds .picker-option:not([hidden]) label"))
					.stream()
					.filter((l) -> l.getText().trim().equals(unitName))
					.findFirst()
					.orElse(null));
			click(By.cssSelector("label[for='" + partner.getAttribute("for") + "']"));
		}
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(chips, unitName));
	}

	/** The page's text, once htmx has settled. */
	String text() {
		settle();
		return this.wait.until((d) -> d.findElement(By.tagName("body")).getText());
	}

	@Override
	public void close() {
		this.driver.quit();
		try (var files = Files.walk(this.profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
		catch (IOException ex) {
			// best effort
		}
	}

}
