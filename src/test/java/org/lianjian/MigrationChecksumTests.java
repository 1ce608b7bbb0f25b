package org.lianjian;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migration that has landed never changes: every migration's Flyway checksum (the one
 * Flyway stores in {@code flyway_schema_history} and validates at every start) must equal
 * the one committed in {@value #LIST}. An edited migration fails here, not on a
 * production database at its next start; a new migration fails until its line is added to
 * the list (the failure gives the line).
 */
@WebIntegrationTest
class MigrationChecksumTests {

	static final String LIST = "src/test/resources/db/migration-checksums.txt";

	@Autowired
	Flyway flyway;

	@Test
	void shouldKeepEveryLandedMigrationAsItWas() throws IOException {
		Map<String, String> committed = committed();
		Map<String, String> current = new LinkedHashMap<>();
		for (MigrationInfo migration : this.flyway.info().all()) {
			// the file's checksum, not the one the test database recorded when it applied
			// it
			if (migration.getResolvedChecksum() != null) {
				current.put(migration.getScript(), migration.getVersion().getVersion() + " " + migration.getScript()
						+ " " + migration.getResolvedChecksum());
			}
		}
		assertThat(current).as("migrations found").isNotEmpty();
		List<String> problems = new ArrayList<>();
		current.forEach((script, line) -> {
			String listed = committed.get(script);
			if (listed == null) {
				problems.add(script + " is new: add the line \"" + line + "\" to " + LIST);
			}
			else if (!listed.equals(line)) {
				problems.add(script + " has changed since it landed (now \"" + line + "\", committed \"" + listed
						+ "\"): revert the edit and put the change in a new migration, because every database"
						+ " that applied it refuses to start (see README, \"A migration edited after it landed\")");
			}
		});
		committed.keySet()
			.stream()
			.filter((script) -> !current.containsKey(script))
			.forEach((script) -> problems.add(
					script + " is listed in " + LIST + " but is gone: a landed migration is never removed or renamed"));
		assertThat(problems).as("migrations against " + LIST).isEmpty();
	}

	/** The committed lines, by script: "version script checksum". */
	private static Map<String, String> committed() throws IOException {
		Map<String, String> lines = new LinkedHashMap<>();
		try (InputStream in = MigrationChecksumTests.class.getResourceAsStream("/db/migration-checksums.txt")) {
			assertThat(in).as(LIST).isNotNull();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String l = line.strip();
				if (!l.isEmpty() && !l.startsWith("#")) {
					lines.put(l.split(" ")[1], l);
				}
			}
		}
		return lines;
	}

}
