package org.lianjian.shared.web;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload over the multipart limit (65 MB), sent by a real HTTP client to the real
 * server as a browser sends it (CSRF token in the multipart body): the answer is the page
 * it came from with the portal's "文件过大" message in the layout, not Tomcat's bare 413
 * page. Shares the context of {@link WebIntegrationTest}.
 */
@WebIntegrationTest
class UploadLimitTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final int OVER_LIMIT = 66 * 1024 * 1024;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private String base() {
		return "http://localhost:" + this.port;
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String csrf(String page) {
		Matcher m = CSRF.matcher(page);
		assertThat(m.find()).as("a CSRF token on the page").isTrue();
		return m.group(1);
	}

	private String signIn() throws Exception {
		String token = csrf(get("/login").body());
		String form = "username=staff&password=lianjian-demo&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
		HttpResponse<String> login = this.http.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return csrf(get("/units/import").body());
	}

	private static byte[][] multipart(String boundary, String csrf) {
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n";
		String tail = "\r\n--" + boundary + "--\r\n";
		return new byte[][] { head.getBytes(StandardCharsets.UTF_8), tail.getBytes(StandardCharsets.UTF_8) };
	}

	private HttpResponse<String> upload(HttpRequest.BodyPublisher body, String boundary) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(base() + "/units/import"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Referer", base() + "/units/import")
			.timeout(Duration.ofMinutes(3))
			.POST(body)
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private void assertTooLargePage(HttpResponse<String> answer) throws Exception {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
		String location = answer.headers().firstValue("Location").orElseThrow();
		assertThat(location).endsWith("/units/import");
		HttpResponse<String> page = get(URI.create(location).getPath());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("文件过大").contains("portal-footer-link").doesNotContain("HTTP Status 413");
	}

	@Test
	void shouldAnswerAnUploadOverTheLimitWithThePortalsOwnMessage() throws Exception {
		String csrf = signIn();
		String boundary = "----lianjian" + System.nanoTime();
		byte[][] parts = multipart(boundary, csrf);
		byte[] file = new byte[OVER_LIMIT];
		Arrays.fill(file, (byte) 'a');
		byte[] body = new byte[parts[0].length + file.length + parts[1].length];
		System.arraycopy(parts[0], 0, body, 0, parts[0].length);
		System.arraycopy(file, 0, body, parts[0].length, file.length);
		System.arraycopy(parts[1], 0, body, parts[0].length + file.length, parts[1].length);

		// with its length declared, as browsers send a form
		assertTooLargePage(upload(HttpRequest.BodyPublishers.ofByteArray(body), boundary));

		// chunked, without a declared length: refused while the body is parsed
		assertTooLargePage(upload(HttpRequest.BodyPublishers.ofInputStream(() -> stream(body)), boundary));
	}

	private static InputStream stream(byte[] body) {
		return new SequenceInputStream(new ByteArrayInputStream(body, 0, 1024),
				new ByteArrayInputStream(body, 1024, body.length - 1024));
	}

}
