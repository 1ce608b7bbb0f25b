package org.lianjian.demo;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the demo data is being prepared, pages and logins answer 503 with a page that
 * says so (in both languages), and the readiness probe refuses traffic; once it is there,
 * both answer normally. Runs on the real server of {@link WebIntegrationTest}, since the
 * page is Boot's error page for the 503.
 */
@WebIntegrationTest
class DemoDataGateTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoDataProgress progress;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void shouldAnswer503UntilTheDemoDataIsThere() throws Exception {
		assertThat(probe()).isEqualTo(200);
		String csrf = csrfOf(get("/login").body());
		this.progress.started();
		try {
			HttpResponse<String> login = get("/login");
			assertThat(login.statusCode()).isEqualTo(503);
			assertThat(login.headers().firstValue("Retry-After")).hasValue("3");
			assertThat(login.body()).contains("正在准备演示数据", "portal.css");
			assertThat(get("/login?lang=en").body()).contains("Preparing the demo data");
			assertThat(get("/").statusCode()).isEqualTo(503);
			assertThat(signIn(csrf).statusCode()).as("a login attempt meanwhile").isEqualTo(503);
			assertThat(probe()).isEqualTo(503);
			assertThat(get("/css/portal.css").statusCode()).isEqualTo(200);
		}
		finally {
			this.progress.finished();
		}
		assertThat(probe()).isEqualTo(200);
		assertThat(get("/login").statusCode()).isEqualTo(200);
		HttpResponse<String> signedIn = signIn(csrfOf(get("/login").body()));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).get().asString().doesNotContain("error");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private int probe() throws IOException, InterruptedException {
		return this.http
			.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).build(),
					HttpResponse.BodyHandlers.ofString())
			.statusCode();
	}

	private HttpResponse<String> signIn(String csrf) throws IOException, InterruptedException {
		String form = "username=staff&password=lianjian-demo&_csrf=" + csrf;
		return this.http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String csrfOf(String page) {
		Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(m.find()).as("CSRF token on the login page").isTrue();
		return m.group(1);
	}

}
