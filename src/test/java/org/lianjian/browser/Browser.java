package org.lianjian.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
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
		this.wait = new WebDriverWait(this.driver, Duration.ofSeconds(15));
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
	}

	void login(String username, String password) {
		go("/login");
		this.driver.findElement(By.id("username")).sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys(password);
		this.driver.findElement(By.cssSelector("form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	/** Scrolls the element into the middle of the window first, so nothing covers it. */
	void click(By by) {
		org.openqa.selenium.WebElement element = this.wait.until(ExpectedConditions.presenceOfElementLocated(by));
		((org.openqa.selenium.JavascriptExecutor) this.driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		try {
			this.wait.until(ExpectedConditions.elementToBeClickable(element)).click();
		}
		catch (org.openqa.selenium.ElementClickInterceptedException ex) {
			// smooth scrolling may still be under way: click where the element now is
			((org.openqa.selenium.JavascriptExecutor) this.driver).executeScript("arguments[0].click();", element);
		}
	}

	String text() {
		return this.driver.findElement(By.tagName("body")).getText();
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
