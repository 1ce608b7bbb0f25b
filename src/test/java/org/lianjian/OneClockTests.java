package org.lianjian;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Main code reads the time through the one injected {@link Clock} in the one configured
 * zone ({@code shared.time.TimeConfiguration}): no {@code now()} without a clock, no
 * system clock, no zone of its own. Checked on the compiled classes (every call site,
 * lambdas included), on the templates for Thymeleaf's own clock, and on the queries in
 * the sources for the database's clock.
 */
class OneClockTests {

	private static final Set<String> TIME_TYPES = Set.of("java.time.LocalDate", "java.time.LocalDateTime",
			"java.time.LocalTime", "java.time.Instant", "java.time.ZonedDateTime", "java.time.OffsetDateTime",
			"java.time.OffsetTime", "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");

	/** Calls that read the system clock or the system zone, or pick a zone. */
	private static final Set<String> FORBIDDEN = Set.of("java.lang.System.currentTimeMillis",
			"java.time.Clock.systemDefaultZone", "java.time.Clock.systemUTC", "java.time.Clock.system",
			"java.time.ZoneId.systemDefault", "java.time.ZoneId.of", "java.time.ZoneOffset.of",
			"java.util.TimeZone.getDefault", "java.util.TimeZone.setDefault", "java.util.TimeZone.getTimeZone",
			"java.util.Calendar.getInstance", "java.util.Date.<init>", "java.util.GregorianCalendar.<init>");

	/**
	 * The justified exceptions, as "calling class -> called method".
	 * <ul>
	 * <li>{@code TimeConfiguration} builds the one clock from {@code portal.zone} and
	 * makes that zone the JVM's default (the database session's zone follows it);</li>
	 * <li>{@code FestivalService} makes a custom festival's code unique with the
	 * milliseconds in base 36: an identifier, not a date (a fixed test clock would give
	 * two festivals the same code).</li>
	 * </ul>
	 */
	private static final Set<String> ALLOWED = Set.of(
			"org.lianjian.shared.time.TimeConfiguration -> java.time.Clock.system",
			"org.lianjian.shared.time.TimeConfiguration -> java.time.ZoneId.of",
			"org.lianjian.shared.time.TimeConfiguration -> java.util.TimeZone.setDefault",
			"org.lianjian.shared.time.TimeConfiguration -> java.util.TimeZone.getTimeZone",
			"org.lianjian.activity.FestivalService -> java.lang.System.currentTimeMillis");

	/** SQL reading the database's clock, whose day need not be the portal clock's. */
	private static final Pattern SQL_CLOCK = Pattern.compile(
			"(?i)\\b(current_date|current_timestamp|localtimestamp|statement_timestamp|transaction_timestamp|clock_timestamp)\\b");

	private static final Pattern TEMPLATE_CLOCK = Pattern.compile("#(temporals|dates|calendars)\\.create(Now|Today)");

	@Test
	void shouldReadTheTimeOnlyThroughTheInjectedClock() {
		JavaClasses main = importMainClasses();
		assertThat(main).as("main classes imported").hasSizeGreaterThan(300);
		List<String> found = main.stream()
			.flatMap((c) -> c.getAccessesFromSelf().stream())
			.filter(OneClockTests::readsTheSystemClock)
			.filter((a) -> !ALLOWED.contains(topLevel(a.getOriginOwner()) + " -> " + target(a)))
			.map(JavaAccess::getDescription)
			.sorted()
			.toList();
		assertThat(found).as("inject the Clock (shared.time.TimeConfiguration) instead").isEmpty();
	}

	@Test
	void shouldNotLetTemplatesReadTheSystemClock() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			List<String> found = files.filter((f) -> f.toString().endsWith(".html"))
				.filter((f) -> TEMPLATE_CLOCK.matcher(read(f)).find())
				.map(Path::toString)
				.toList();
			assertThat(found).as("use the model's today (shared.time.TodayAdvice)").isEmpty();
		}
	}

	@Test
	void shouldNotLetQueriesReadTheDatabaseClock() throws IOException {
		Path time = Path.of("src/main/java/org/lianjian/shared/time");
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			List<String> found = files.filter((f) -> f.toString().endsWith(".java"))
				.filter((f) -> !f.startsWith(time))
				.filter((f) -> SQL_CLOCK.matcher(read(f)).find())
				.map(Path::toString)
				.toList();
			assertThat(found).as("pass the clock's today to the query as a parameter").isEmpty();
		}
	}

	/**
	 * The portal's main classes, as Maven compiled them, without resolving the libraries
	 * they call from the class path (the call sites name their targets; scanning and
	 * resolving the class path costs tens of seconds).
	 */
	private static JavaClasses importMainClasses() {
		ArchConfiguration config = ArchConfiguration.get();
		boolean resolve = config.resolveMissingDependenciesFromClassPath();
		config.setResolveMissingDependenciesFromClassPath(false);
		try {
			return new ClassFileImporter().importPath(Path.of("target/classes"));
		}
		finally {
			config.setResolveMissingDependenciesFromClassPath(resolve);
		}
	}

	private static boolean readsTheSystemClock(JavaAccess<?> access) {
		String owner = access.getTargetOwner().getName();
		String name = access.getName();
		if (TIME_TYPES.contains(owner) && name.equals("now")) {
			return !access.getTarget().getDescription().contains("(java.time.Clock)");
		}
		return FORBIDDEN.contains(target(access));
	}

	private static String target(JavaAccess<?> access) {
		return access.getTargetOwner().getName() + "." + access.getName();
	}

	/** The class a lambda or nested class belongs to. */
	private static String topLevel(JavaClass c) {
		JavaClass top = c;
		while (top.getEnclosingClass().isPresent()) {
			top = top.getEnclosingClass().get();
		}
		return top.getName();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
