package org.lianjian.shared.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a real PostgreSQL from the zonky binaries, keeping its data in a directory that
 * survives restarts, with passwords (scram-sha-256) and a non-superuser role for the
 * portal. A postmaster left behind by a JVM that was killed with {@code kill -9} is
 * stopped first, so that its lock file does not block the start.
 */
public final class EmbeddedPostgresLauncher {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);

	private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(15);

	private EmbeddedPostgresLauncher() {
	}

	/**
	 * Starts PostgreSQL on a free port, set up for the portal (see
	 * {@link EmbeddedClusterSetup}): a new cluster is made with scram-sha-256 and a
	 * generated superuser password from the start; a cluster from a version without
	 * passwords is upgraded in place, and trusts local connections only until that is
	 * done. Nothing but the closing of the returned database stops PostgreSQL: no JVM
	 * shutdown hook does, so the portal's connection pool closes first.
	 * @param dataDirectory where the cluster lives; created on first start
	 * @param clean whether to wipe the directory first (tests) or keep it (the app)
	 * @return the running database; close it to stop PostgreSQL
	 * @throws IOException when PostgreSQL cannot be started or set up
	 */
	public static EmbeddedDatabase start(Path dataDirectory, boolean clean) throws IOException {
		Path dir = dataDirectory.toAbsolutePath().normalize();
		Files.createDirectories(dir);
		if (!clean) {
			stopOrphan(dir);
		}
		boolean fresh = clean || !Files.exists(dir.resolve("postgresql.conf"));
		EmbeddedCredentials stored = fresh ? null : EmbeddedCredentials.read(dir).orElse(null);
		boolean legacy = !fresh && stored == null;
		EmbeddedCredentials credentials = (stored != null) ? stored : EmbeddedCredentials.generate();
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(clean)
			.setRegisterShutdownHook(false)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("max_connections", "200")
			.setServerConfig("shared_buffers", "128MB")
			.setServerConfig("fsync", clean ? "off" : "on")
			.setServerConfig("listen_addresses", "localhost")
			.setServerConfig("password_encryption", "scram-sha-256")
			.setConnectConfig("password", credentials.superuserPassword());
		Path initdbPasswordFile = null;
		if (fresh) {
			// initdb's options go through the "locale" settings, which become --key=value
			initdbPasswordFile = credentials.initdbPasswordFile();
			builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", initdbPasswordFile.toString());
		}
		if (!legacy) {
			builder.setDataDirectoryCustomizer((d) -> {
				credentials.write(dir);
				EmbeddedClusterSetup.writePgHba(dir);
			});
		}
		EmbeddedPostgres postgres;
		try {
			postgres = builder.start();
		}
		finally {
			if (initdbPasswordFile != null) {
				Files.deleteIfExists(initdbPasswordFile);
			}
		}
		try {
			if (legacy) {
				log.warn("The embedded PostgreSQL in {} trusts local connections (made by an earlier version): "
						+ "setting passwords and a role for the portal", dir);
				credentials.write(dir);
			}
			EmbeddedClusterSetup.prepare(postgres.getPort(), credentials);
			if (legacy && EmbeddedClusterSetup.writePgHba(dir)) {
				EmbeddedClusterSetup.reloadConfiguration(postgres.getPort(), credentials);
			}
		}
		catch (SQLException | RuntimeException ex) {
			postgres.close();
			throw new IOException("Could not set up the embedded PostgreSQL in " + dir + ": " + ex.getMessage(), ex);
		}
		return new EmbeddedDatabase(postgres, credentials, dir);
	}

	/**
	 * Stops a postgres process that still holds the cluster's lock file, and removes a
	 * lock file whose process is gone.
	 * @param dir the data directory
	 */
	static void stopOrphan(Path dir) {
		Path pidFile = dir.resolve("postmaster.pid");
		Optional<Long> pid = readPid(pidFile);
		if (pid.isEmpty()) {
			return;
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
		if (process.isPresent() && isPostgres(process.get())) {
			log.warn("Stopping an orphaned PostgreSQL (pid {}) left by an earlier run", pid.get());
			ProcessHandle handle = process.get();
			handle.destroy();
			if (!waitForExit(handle)) {
				handle.destroyForcibly();
				waitForExit(handle);
			}
		}
		else if (process.isPresent()) {
			log.warn("Lock file names pid {}, which is not PostgreSQL; removing the stale lock file", pid.get());
		}
		try {
			Files.deleteIfExists(pidFile);
		}
		catch (IOException ex) {
			log.warn("Could not remove stale {}: {}", pidFile, ex.getMessage());
		}
	}

	private static boolean waitForExit(ProcessHandle handle) {
		try {
			handle.onExit().get(ORPHAN_STOP_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (Exception ex) {
			return !handle.isAlive();
		}
	}

	private static Optional<Long> readPid(Path pidFile) {
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		try {
			List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		String command = process.info().command().orElse("");
		if (command.contains("postgres")) {
			return true;
		}
		try {
			String cmdline = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "cmdline"),
					StandardCharsets.UTF_8);
			return cmdline.contains("postgres");
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

}
