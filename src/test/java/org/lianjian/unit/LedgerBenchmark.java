package org.lianjian.unit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.lianjian.LianjianApplication;
import org.lianjian.support.TestDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.lianjian.unit.LedgerFiles.row;
import static org.lianjian.unit.LedgerFiles.set;

/**
 * Times the ledger import and export at 10,000 rows (or the number given as the first
 * argument), on the test database chooser's PostgreSQL with demo data. Not a test: run it
 * with {@code bench/import-units.sh}.
 */
public final class LedgerBenchmark {

	private LedgerBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		TestDatabase.Connection db = TestDatabase.get();
		ConfigurableApplicationContext context = new SpringApplicationBuilder(LianjianApplication.class)
			.properties("spring.datasource.url=" + db.url(), "spring.datasource.username=" + db.username(),
					"spring.datasource.password=" + db.password(), "portal.demo-data=true", "server.port=0",
					"logging.level.root=WARN", "logging.level.org.lianjian=WARN")
			.run();
		try {
			UserDetails staff = context.getBean(UserDetailsService.class).loadUserByUsername("staff");
			SecurityContextHolder.getContext()
				.setAuthentication(
						UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
			LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
			run(context, count);
		}
		finally {
			context.close();
		}
		System.exit(0);
	}

	private static void run(ConfigurableApplicationContext context, int count) throws Exception {
		UnitService units = context.getBean(UnitService.class);
		UnitLedgerImporter importer = context.getBean(UnitLedgerImporter.class);
		UnitLedgerExporter exporter = context.getBean(UnitLedgerExporter.class);
		UnitChoices choices = units.choices();
		String prefix = LedgerFiles.prefix("基准");
		String[] categories = { "党政机关", "事业单位", "国有企业", "非公企业", "社会组织", "其他" };
		List<List<Object>> rows = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String area = choices.areas().get(i % choices.areas().size()).name();
			String network = choices.networks().get(i % choices.networks().size()).name();
			List<Object> row = row(prefix + "单位" + i, (i % 5 == 4) ? "" : LedgerFiles.creditCode(),
					categories[i % categories.length], area, network);
			if (i % categories.length == 1) {
				set(row, "事业单位类型", "医院");
			}
			if (i % 3 == 0) {
				set(row, "协调委成员单位", "是");
				set(row, "成员单位起始日期", "2020-0" + (1 + i % 9) + "-15");
			}
			if (i % 10 == 0) {
				set(row, "党组织类型", "党支部");
				set(row, "党员人数", 5 + i % 50);
			}
			set(row, "职工人数", 10 + i % 2000);
			rows.add(row);
		}
		long t = System.nanoTime();
		byte[] file = LedgerFiles.xlsx(rows);
		System.out.printf("generated %,d-row .xlsx: %,d bytes in %d ms%n", count, file.length, ms(t));

		t = System.nanoTime();
		UUID token = importer.upload("bench.xlsx", file);
		ImportPreview preview = importer.preview(token).orElseThrow();
		System.out.printf("parse + validate + preview: %d ms (create %d, update %d, unchanged %d, errors %d)%n", ms(t),
				preview.toCreate(), preview.toUpdate(), preview.unchanged(), preview.errors().size());

		t = System.nanoTime();
		importer.start(token);
		ImportProgress progress = commitAndWait(importer, token);
		System.out.printf("commit (one transaction, background): %d ms (created %d, updated %d, unchanged %d%s)%n",
				ms(t), progress.created(), progress.updated(), progress.unchanged(),
				progress.succeeded() ? "" : ", FAILED: " + progress.failure());

		t = System.nanoTime();
		UUID again = importer.upload("bench.xlsx", file);
		ImportPreview second = importer.preview(again).orElseThrow();
		System.out.printf("re-import preview: %d ms (create %d, update %d, unchanged %d)%n", ms(t), second.toCreate(),
				second.toUpdate(), second.unchanged());
		t = System.nanoTime();
		importer.start(again);
		ImportProgress secondDone = commitAndWait(importer, again);
		System.out.printf("re-import commit: %d ms (created %d, updated %d, unchanged %d)%n", ms(t),
				secondDone.created(), secondDone.updated(), secondDone.unchanged());

		UnitFilter filter = new UnitFilter(prefix, null, null, null, null, null, null, null, null, null, null);
		t = System.nanoTime();
		byte[] export = exporter.export(filter);
		System.out.printf("export of %,d units: %d ms, %,d bytes%n", count, ms(t), export.length);

		byte[] gbk = LedgerFiles.gbk(rows);
		t = System.nanoTime();
		ImportPreview csv = importer.preview(importer.upload("bench.csv", gbk)).orElseThrow();
		System.out.printf("GBK .csv (%,d bytes) parse + validate + preview: %d ms (unchanged %d)%n", gbk.length, ms(t),
				csv.unchanged());
		for (int i = 0; i < 2; i++) {
			t = System.nanoTime();
			int read = context.getBean(LedgerReader.class).read(file).rows().size();
			long readMs = ms(t);
			t = System.nanoTime();
			importer.upload("bench.xlsx", file);
			System.out.printf("warm: .xlsx read only %d ms (%,d rows); .xlsx preview %d ms%n", readMs, read, ms(t));
		}
		byte[] utf8 = LedgerFiles.csv(rows, StandardCharsets.UTF_8, true);
		System.out.printf("(the same as UTF-8 .csv would be %,d bytes)%n", utf8.length);
	}

	private static ImportProgress commitAndWait(UnitLedgerImporter importer, UUID token) {
		long last = System.nanoTime();
		while (true) {
			importer.await(token, Duration.ofSeconds(1));
			ImportProgress progress = importer.progress(token).orElseThrow();
			if (progress.finished()) {
				return progress;
			}
			if (System.nanoTime() - last > 2_000_000_000L) {
				System.out.printf("  ... %,d / %,d%n", progress.done(), progress.total());
				last = System.nanoTime();
			}
		}
	}

	private static long ms(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

}
