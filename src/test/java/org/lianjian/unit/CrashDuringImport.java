package org.lianjian.unit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lianjian.shared.db.EmbeddedCredentials;

import static org.awaitility.Awaitility.await;

/**
 * Kills the portal with SIGKILL in the middle of a 10,000-row ledger import and checks
 * that the restarted portal comes back on the same embedded PostgreSQL with nothing of
 * the import written. Drives the portal over HTTP like a browser: login, upload, preview,
 * commit, progress.
 *
 * <p>
 * Run by {@code bench/crash.sh} against the jar and by {@link CrashDuringImportTests}
 * against the test class path:
 * {@code CrashDuringImport <data-dir> <command to start the portal...>}.
 */
public final class CrashDuringImport {

	static final int ROWS = 10_000;

	/** Tables the import writes to: units, their history, their party organisations. */
	static final List<String> TABLES = List.of("resident_unit", "unit_change", "organisation");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern PG_PORT = Pattern.compile("Embedded PostgreSQL ready on port (\\d+)");

	private static final Pattern PERCENT = Pattern.compile("aria-valuenow=\"(\\d+)\"");

	private final Path dataDir;

	private final List<String> command;

	private final PrintWriter out;

	private final int port = freePort();

	private HttpClient http = newClient();

	private volatile int postgresPort;

	/**
	 * What happened, for the caller to check and report.
	 *
	 * @param firstStartMs fresh start (new cluster, demo data) to ready
	 * @param killedAtPercent import progress when the JVM was killed
	 * @param postmasterOrphaned whether the killed JVM left its postmaster running
	 * @param restartMs restart after the kill to ready
	 * @param before row counts before the import
	 * @param after row counts after the restart
	 * @param importedRows rows of the import's units found after the restart
	 * @param unitsPageStatus status of /units after logging in again
	 * @param totalMs the whole run
	 */
	public record Result(long firstStartMs, int killedAtPercent, boolean postmasterOrphaned, long restartMs,
			Map<String, Long> before, Map<String, Long> after, long importedRows, int unitsPageStatus, long totalMs) {

		public boolean passed() {
			return this.killedAtPercent > 0 && this.killedAtPercent < 100 && this.before.equals(this.after)
					&& this.importedRows == 0 && this.unitsPageStatus == 200;
		}

	}

	CrashDuringImport(Path dataDir, List<String> command, PrintWriter out) {
		this.dataDir = dataDir;
		this.command = command;
		this.out = out;
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 2) {
			System.err.println("usage: CrashDuringImport <data-dir> <command to start the portal...>");
			System.exit(2);
		}
		PrintWriter out = new PrintWriter(System.out, true);
		Result result = new CrashDuringImport(Path.of(args[0]), List.of(args).subList(1, args.length), out).run();
		out.println(result);
		out.println(result.passed() ? "CRASH TEST PASSED" : "CRASH TEST FAILED");
		System.exit(result.passed() ? 0 : 1);
	}

	public Result run() throws Exception {
		long started = System.nanoTime();
		String prefix = "崩溃导入" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + "-";
		byte[] file = ledger(prefix);
		say("generated a %,d-row ledger (%,d bytes)", ROWS, file.length);

		Process portal = start();
		try {
			long firstStart = waitForLogin(portal);
			say("portal up on port %d (fresh cluster, demo data) in %d ms; PostgreSQL on port %d", this.port,
					firstStart, this.postgresPort);
			login();
			Map<String, Long> before = counts(prefix);
			say("before the import: %s", before);

			String token = uploadAndCommit(file);
			int percent = waitUntilPartlyDone(token);
			long postmaster = postmasterPid().orElse(-1L);
			portal.destroyForcibly();
			portal.waitFor(30, TimeUnit.SECONDS);
			boolean orphaned = ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false);
			say("kill -9 of the portal at %d%% of the import; its postmaster (pid %d) %s", percent, postmaster,
					orphaned ? "was left running" : "is gone");

			this.http = newClient();
			long restart = System.nanoTime();
			portal = start();
			long restartMs = waitForLogin(portal);
			say("restarted on the same data directory in %d ms (%d ms since the restart command)", restartMs,
					ms(restart));
			login();
			Map<String, Long> after = counts(prefix);
			long imported = after.remove("imported");
			before.remove("imported");
			int units = get("/units").statusCode();
			say("after the restart: %s; rows of the import: %d; /units answers %d", after, imported, units);
			Result result = new Result(firstStart, percent, orphaned, restartMs, before, after, imported, units,
					ms(started));
			stop(portal);
			return result;
		}
		finally {
			if (portal.isAlive()) {
				portal.destroyForcibly();
				portal.waitFor(30, TimeUnit.SECONDS);
			}
			postmasterPid().flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).ifPresent((p) -> {
				p.destroy();
				p.onExit().orTimeout(20, TimeUnit.SECONDS).exceptionally((ex) -> null).join();
			});
		}
	}

	// ---------------------------------------------------------------- the portal process

	private Process start() throws IOException {
		List<String> cmd = new ArrayList<>(this.command);
		cmd.add("--server.port=" + this.port);
		cmd.add("--logging.level.root=WARN");
		cmd.add("--logging.level.org.lianjian.shared.db=INFO");
		ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true);
		builder.environment().put("PORTAL_DATA_DIR", this.dataDir.toString());
		builder.environment().remove("SPRING_DATASOURCE_URL");
		Process process = builder.start();
		Path log = this.dataDir.resolveSibling(this.dataDir.getFileName() + "-portal.log");
		Thread pump = new Thread(() -> {
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
					PrintWriter file = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8,
							java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND))) {
				String line;
				while ((line = reader.readLine()) != null) {
					file.println(line);
					Matcher m = PG_PORT.matcher(line);
					if (m.find()) {
						this.postgresPort = Integer.parseInt(m.group(1));
					}
				}
			}
			catch (IOException ex) {
				// the process went away
			}
		}, "portal-output");
		pump.setDaemon(true);
		pump.start();
		return process;
	}

	private long waitForLogin(Process portal) {
		long started = System.nanoTime();
		await("the portal ready within 3 minutes").atMost(Duration.ofMinutes(3))
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(200))
			.pollInSameThread()
			.until(() -> {
				if (!portal.isAlive()) {
					throw new IllegalStateException("the portal exited with " + portal.exitValue());
				}
				try {
					// ready only once the start-up runners (demo data) are done
					return get("/actuator/health/readiness").statusCode() == 200 && this.postgresPort > 0;
				}
				catch (IOException ex) {
					// not listening yet
					return false;
				}
			});
		return ms(started);
	}

	private static void stop(Process portal) throws InterruptedException {
		portal.destroy();
		if (!portal.waitFor(60, TimeUnit.SECONDS)) {
			portal.destroyForcibly();
		}
	}

	private Optional<Long> postmasterPid() {
		try {
			List<String> lines = Files.readAllLines(this.dataDir.resolve("postmaster.pid"));
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	// ---------------------------------------------------------------- the import, over
	// HTTP

	private void login() throws Exception {
		String csrf = csrf(get("/login").body());
		HttpResponse<String> response = post("/login", "application/x-www-form-urlencoded", HttpRequest.BodyPublishers
			.ofString(form(Map.of("username", "staff", "password", "lianjian-demo", "_csrf", csrf))));
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("login failed: " + response.statusCode() + " " + location);
		}
	}

	private String uploadAndCommit(byte[] file) throws Exception {
		String csrf = csrf(get("/units/import").body());
		String boundary = "----crash" + UUID.randomUUID();
		List<byte[]> parts = new ArrayList<>();
		parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		parts.add(("--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"crash.xlsx\"\r\nContent-Type: "
				+ "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		parts.add(file);
		parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		long t = System.nanoTime();
		HttpResponse<String> uploaded = post("/units/import", "multipart/form-data; boundary=" + boundary,
				HttpRequest.BodyPublishers.ofByteArrays(parts));
		String preview = uploaded.headers().firstValue("Location").orElse("");
		if (uploaded.statusCode() != 302 || !preview.contains("/units/import/")) {
			throw new IllegalStateException("upload refused: " + uploaded.statusCode() + " "
					+ uploaded.body().substring(0, Math.min(500, uploaded.body().length())));
		}
		String token = preview.substring(preview.lastIndexOf('/') + 1);
		say("uploaded and previewed in %d ms (token %s)", ms(t), token);
		String page = get("/units/import/" + token).body();
		HttpResponse<String> committed = post("/units/import/" + token + "/commit", "application/x-www-form-urlencoded",
				HttpRequest.BodyPublishers.ofString(form(Map.of("_csrf", csrf(page)))));
		if (committed.statusCode() != 302) {
			throw new IllegalStateException("commit refused: " + committed.statusCode());
		}
		return token;
	}

	/**
	 * Waits until the import is well under way (at least 10%, so that chunks have been
	 * flushed into the open transaction) and not finished.
	 */
	private int waitUntilPartlyDone(String token) {
		return await("the import under way (10%) within 3 minutes").atMost(Duration.ofMinutes(3))
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(100))
			.pollInSameThread()
			.until(() -> {
				String page = get("/units/import/" + token + "/progress").body();
				Matcher m = PERCENT.matcher(page);
				if (!m.find()) {
					throw new IllegalStateException("the import is no longer running (finished before the kill)");
				}
				return Integer.parseInt(m.group(1));
			}, (percent) -> percent >= 10);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String contentType, HttpRequest.BodyPublisher body)
			throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.timeout(Duration.ofSeconds(120))
			.header("Content-Type", contentType)
			.POST(body)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static HttpClient newClient() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	private static String csrf(String html) {
		Matcher m = CSRF.matcher(html);
		if (!m.find()) {
			throw new IllegalStateException("no CSRF token in the page");
		}
		return m.group(1);
	}

	private static String form(Map<String, String> fields) {
		StringBuilder body = new StringBuilder();
		fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&")
			.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
		return body.toString();
	}

	// ---------------------------------------------------------------- data

	/** Row counts of the tables the import writes to, and of the import's own units. */
	private Map<String, Long> counts(String prefix) throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Connection c = DriverManager.getConnection(
				"jdbc:postgresql://localhost:" + this.postgresPort + "/" + EmbeddedCredentials.PORTAL_DATABASE,
				EmbeddedCredentials.PORTAL_ROLE, EmbeddedCredentials.read(this.dataDir).orElseThrow().portalPassword());
				Statement s = c.createStatement()) {
			for (String table : TABLES) {
				try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
					rs.next();
					counts.put(table, rs.getLong(1));
				}
			}
			try (ResultSet rs = s.executeQuery(
					"select count(*) from resident_unit where name like '" + prefix.replace("'", "") + "%'")) {
				rs.next();
				counts.put("imported", rs.getLong(1));
			}
		}
		return counts;
	}

	/** A valid ledger of new units; residential area and network left blank. */
	static byte[] ledger(String prefix) {
		String[] categories = { "党政机关", "事业单位", "国有企业", "非公企业", "社会组织", "其他" };
		List<List<Object>> rows = new ArrayList<>(ROWS);
		for (int i = 0; i < ROWS; i++) {
			List<Object> row = LedgerFiles.row(prefix + "单位" + i, (i % 5 == 4) ? "" : LedgerFiles.creditCode(),
					categories[i % categories.length], "", "");
			if (i % categories.length == 1) {
				LedgerFiles.set(row, "事业单位类型", "医院");
			}
			if (i % 10 == 0) {
				LedgerFiles.set(row, "党组织类型", "党支部");
				LedgerFiles.set(row, "党员人数", 5 + i % 50);
			}
			LedgerFiles.set(row, "职工人数", 10 + i % 2000);
			rows.add(row);
		}
		return LedgerFiles.xlsx(rows);
	}

	private void say(String format, Object... args) {
		this.out.printf("[crash] " + format + "%n", args);
		this.out.flush();
	}

	private static long ms(long since) {
		return (System.nanoTime() - since) / 1_000_000;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
