package org.lianjian.unit;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.lianjian.account.ScopeService;
import org.lianjian.structure.StructureService;
import org.lianjian.unit.UnitLedger.Column;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Imports the Excel ledger (台账): reads an .xlsx or a .csv (UTF-8 or GBK), checks every
 * row with the unit form's rules, matches rows to existing units (by credit code, else by
 * exact name), previews the outcome without writing, and commits all rows in one
 * transaction in the background, reporting progress.
 */
@Service
class UnitLedgerImporter {

	private static final Logger log = LoggerFactory.getLogger(UnitLedgerImporter.class);

	/** Largest file accepted. */
	static final long MAX_BYTES = 10L * 1024 * 1024;

	/** Most data rows in one file. */
	static final int MAX_ROWS = 50_000;

	/** Rows written between two flushes of the persistence context. */
	private static final int CHUNK = 200;

	/** Rows scanned for the header row (a title may stand above it). */
	private static final int HEADER_SEARCH = 10;

	/** Finished imports are forgotten after this long. */
	private static final Duration KEEP_FINISHED = Duration.ofHours(1);

	private static final Pattern DATE = Pattern
		.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?");

	private final UnitService units;

	private final UnitHistory history;

	private final UnitLedger ledger;

	private final StructureService structure;

	private final ScopeService scopes;

	private final Validator validator;

	private final MessageSource messages;

	private final TransactionTemplate readOnly;

	private final TransactionTemplate readWrite;

	@PersistenceContext
	private @Nullable EntityManager em;

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	private final ExecutorService executor = Executors.newFixedThreadPool(2, (r) -> {
		Thread t = new Thread(r, "unit-import");
		t.setDaemon(true);
		return t;
	});

	UnitLedgerImporter(UnitService units, UnitHistory history, UnitLedger ledger, StructureService structure,
			ScopeService scopes, Validator validator, MessageSource messages, PlatformTransactionManager transactions) {
		this.units = units;
		this.history = history;
		this.ledger = ledger;
		this.structure = structure;
		this.scopes = scopes;
		this.validator = validator;
		this.messages = messages;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.readWrite = new TransactionTemplate(transactions);
	}

	@PreDestroy
	void stop() {
		this.executor.shutdownNow();
	}

	// ---------------------------------------------------------------- preview

	/**
	 * Reads and checks an uploaded ledger and works out what it would do. Writes nothing.
	 * @param token the token the upload is kept under
	 * @param fileName the uploaded file's name
	 * @param bytes its content
	 * @return the preview
	 * @throws RejectedFile when the file as a whole cannot be used
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	public ImportPreview preview(String token, String fileName, byte[] bytes) {
		Sheet sheet = read(bytes);
		ImportPreview preview = this.readOnly.execute((status) -> {
			status.setRollbackOnly();
			Analysis analysis = analyse(sheet);
			Set<Integer> invalid = new HashSet<>();
			analysis.errors().forEach((e) -> invalid.add(e.row()));
			int create = 0;
			int update = 0;
			int same = 0;
			for (Planned p : analysis.rows()) {
				if (invalid.contains(p.row())) {
					continue;
				}
				if (p.unitId() == null) {
					create++;
				}
				else if (this.units.apply(Objects.requireNonNull(analysis.matched().get(p.unitId())), p.form(),
						ChangeSource.IMPORT, false) > 0) {
					update++;
				}
				else {
					same++;
				}
			}
			return new ImportPreview(token, fileName, analysis.rows().size(), create, update, same, analysis.errors());
		});
		return Objects.requireNonNull(preview);
	}

	// ---------------------------------------------------------------- commit

	/**
	 * Starts writing a previewed ledger in the background, as the current user, in one
	 * transaction. Re-reads and re-checks the file first: if anything is invalid now,
	 * nothing is written.
	 * @param token the upload's token
	 * @param bytes the file
	 * @param rows the number of data rows, for the progress
	 * @return the progress so far
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	public ImportProgress start(String token, byte[] bytes, int rows) {
		forgetOld();
		String owner = this.scopes.currentUser().map((u) -> u.getUsername()).orElse("system");
		Job job = new Job(token, owner, rows);
		Job existing = this.jobs.putIfAbsent(token, job);
		if (existing != null) {
			return existing.progress();
		}
		Locale locale = LocaleContextHolder.getLocale();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
		Runnable work = () -> {
			LocaleContextHolder.setLocale(locale);
			try {
				commit(bytes, job);
			}
			finally {
				LocaleContextHolder.resetLocaleContext();
			}
		};
		this.executor.execute(new DelegatingSecurityContextRunnable(work, context));
		return job.progress();
	}

	/**
	 * Waits a little for an import, so that a small one is done by the time its page is
	 * shown.
	 * @param token the import
	 * @param wait how long to wait at most
	 */
	void await(String token, Duration wait) {
		Job job = this.jobs.get(token);
		if (job != null) {
			try {
				job.finished.await(wait.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * The progress of an import started by the current user.
	 * @param token the import
	 * @return the progress, or empty when there is no such import of theirs
	 */
	Optional<ImportProgress> progress(String token) {
		Job job = this.jobs.get(token);
		String user = this.scopes.currentUser().map((u) -> u.getUsername()).orElse("system");
		if (job == null || !job.owner.equals(user)) {
			return Optional.empty();
		}
		return Optional.of(job.progress());
	}

	private void commit(byte[] bytes, Job job) {
		try {
			this.readWrite.executeWithoutResult((status) -> write(bytes, job));
			job.succeed();
			log.info("ledger import {}: {} created, {} updated, {} unchanged", job.token, job.created, job.updated,
					job.unchanged);
		}
		catch (Aborted ex) {
			job.fail(ex.errors, message("unit.import.failed.invalid"));
		}
		catch (RejectedFile ex) {
			job.fail(List.of(), message(ex.code, ex.args));
		}
		catch (RuntimeException ex) {
			log.warn("ledger import {} failed, nothing written", job.token, ex);
			job.fail(List.of(), message("unit.import.failed"));
		}
	}

	private void write(byte[] bytes, Job job) {
		EntityManager em = Objects.requireNonNull(this.em);
		Analysis analysis = analyse(read(bytes));
		if (!analysis.errors().isEmpty()) {
			throw new Aborted(analysis.errors());
		}
		job.total = analysis.rows().size();
		em.clear();
		List<Planned> rows = analysis.rows();
		for (int from = 0; from < rows.size(); from += CHUNK) {
			List<Planned> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
			Set<Long> ids = new HashSet<>();
			chunk.forEach((p) -> {
				if (p.unitId() != null) {
					ids.add(p.unitId());
				}
			});
			Map<Long, ResidentUnit> loaded = new HashMap<>();
			if (!ids.isEmpty()) {
				em.createQuery("select u from ResidentUnit u where u.id in :ids", ResidentUnit.class)
					.setParameter("ids", ids)
					.getResultList()
					.forEach((u) -> loaded.put(u.getId(), u));
				this.units.readCoordination(loaded.values());
			}
			for (Planned p : chunk) {
				if (p.unitId() == null) {
					ResidentUnit u = new ResidentUnit();
					this.units.apply(u, p.form(), ChangeSource.IMPORT, false);
					em.persist(u);
					this.history.record(Objects.requireNonNull(u.getId()), ChangeSource.IMPORT, "created", null,
							u.getName());
					this.units.ensurePartyOrganisation(u);
					job.created++;
				}
				else {
					ResidentUnit u = loaded.get(p.unitId());
					if (u == null) {
						throw new IllegalStateException("unit " + p.unitId() + " vanished");
					}
					if (this.units.apply(u, p.form(), ChangeSource.IMPORT, true) > 0) {
						this.units.ensurePartyOrganisation(u);
						job.updated++;
					}
					else {
						job.unchanged++;
					}
				}
				job.done.incrementAndGet();
			}
			em.flush();
			em.clear();
		}
	}

	private void forgetOld() {
		Instant cutoff = Instant.now().minus(KEEP_FINISHED);
		this.jobs.values().removeIf((j) -> j.endedAt != null && j.endedAt.isBefore(cutoff));
	}

	// ---------------------------------------------------------------- analysis

	/** A data row as read: its number in the file and its cells, by column. */
	record Row(int number, Map<Column, String> cells) {

		String get(Column column) {
			String s = this.cells.get(column);
			return s == null ? "" : s.trim();
		}

	}

	/** The data rows of a ledger, header already mapped. */
	record Sheet(List<Row> rows) {

	}

	/** A row turned into a form, with the unit it matches (or null for a new one). */
	record Planned(int row, UnitForm form, @Nullable Long unitId) {

	}

	record Analysis(List<Planned> rows, List<ImportRowError> errors, Map<Long, ResidentUnit> matched) {

	}

	private Analysis analyse(Sheet sheet) {
		Set<String> codes = new HashSet<>();
		Set<String> names = new HashSet<>();
		for (Row row : sheet.rows()) {
			if (!row.get(Column.CREDIT_CODE).isEmpty()) {
				codes.add(row.get(Column.CREDIT_CODE));
			}
			if (!row.get(Column.NAME).isEmpty()) {
				names.add(row.get(Column.NAME));
			}
		}
		Map<String, ResidentUnit> byCode = new HashMap<>();
		for (ResidentUnit u : load("u.creditCode", codes)) {
			byCode.put(u.getCreditCode(), u);
		}
		Map<String, List<ResidentUnit>> byName = new HashMap<>();
		for (ResidentUnit u : load("u.name", names)) {
			byName.computeIfAbsent(u.getName(), (k) -> new ArrayList<>()).add(u);
		}
		Map<Long, ResidentUnit> matched = new HashMap<>();
		Map<Integer, ResidentUnit> matchOf = new HashMap<>();
		Map<Integer, List<ImportRowError>> errors = new LinkedHashMap<>();
		for (Row row : sheet.rows()) {
			String code = row.get(Column.CREDIT_CODE);
			String name = row.get(Column.NAME);
			ResidentUnit match = code.isEmpty() ? null : byCode.get(code);
			if (match == null && !name.isEmpty()) {
				List<ResidentUnit> same = byName.getOrDefault(name, List.of());
				if (same.size() == 1) {
					match = same.get(0);
				}
				else if (same.size() > 1) {
					error(errors, row, Column.NAME, "unit.import.error.ambiguousName", same.size());
				}
			}
			if (match != null) {
				matched.put(match.getId(), match);
				matchOf.put(row.number(), match);
			}
		}
		// the coordination roster of the matched units, in one statement
		this.units.readCoordination(matched.values());
		Set<Long> currentOrgs = new HashSet<>();
		for (ResidentUnit u : matched.values()) {
			if (u.getResidentialAreaId() != null) {
				currentOrgs.add(u.getResidentialAreaId());
			}
			if (u.getNetworkId() != null) {
				currentOrgs.add(u.getNetworkId());
			}
		}
		Map<Long, String> currentNames = this.structure.names(currentOrgs);
		UnitChoices choices = this.units.choices();
		Map<String, List<Long>> areas = index(choices.areas());
		Map<String, List<Long>> networks = index(choices.networks());

		List<Planned> planned = new ArrayList<>();
		Map<String, Integer> seenCodes = new HashMap<>();
		Map<Long, Integer> seenUnits = new HashMap<>();
		Map<String, Integer> seenNewNames = new HashMap<>();
		for (Row row : sheet.rows()) {
			ResidentUnit match = matchOf.get(row.number());
			Set<Column> bad = new HashSet<>();
			UnitForm form = toForm(row, match, currentNames, areas, networks, errors, bad);
			for (ConstraintViolation<UnitForm> v : this.validator.validate(form)) {
				Column column = Column.ofProperty(v.getPropertyPath().toString());
				if (column == null || !bad.contains(column)) {
					errors.computeIfAbsent(row.number(), (k) -> new ArrayList<>())
						.add(new ImportRowError(row.number(), column == null ? "" : this.ledger.header(column),
								v.getMessage()));
					if (column != null) {
						bad.add(column);
					}
				}
			}
			String code = row.get(Column.CREDIT_CODE);
			if (!code.isEmpty() && !bad.contains(Column.CREDIT_CODE)) {
				Integer first = seenCodes.putIfAbsent(code, row.number());
				if (first != null) {
					error(errors, row, Column.CREDIT_CODE, "unit.import.error.duplicateCode", first);
					bad.add(Column.CREDIT_CODE);
				}
			}
			if (match != null) {
				Integer first = seenUnits.putIfAbsent(match.getId(), row.number());
				if (first != null && !bad.contains(Column.CREDIT_CODE)) {
					error(errors, row, Column.NAME, "unit.import.error.duplicateUnit", first);
				}
			}
			else if (!row.get(Column.NAME).isEmpty() && !bad.contains(Column.NAME)) {
				Integer first = seenNewNames.putIfAbsent(row.get(Column.NAME), row.number());
				if (first != null) {
					error(errors, row, Column.NAME, "unit.import.error.duplicateName", first);
				}
			}
			planned.add(new Planned(row.number(), form, match == null ? null : match.getId()));
		}
		List<ImportRowError> all = new ArrayList<>();
		errors.values().forEach(all::addAll);
		all.sort((a, b) -> Integer.compare(a.row(), b.row()));
		return new Analysis(planned, all, matched);
	}

	private List<ResidentUnit> load(String path, Set<String> values) {
		EntityManager em = Objects.requireNonNull(this.em);
		List<ResidentUnit> result = new ArrayList<>();
		List<String> all = new ArrayList<>(values);
		for (int i = 0; i < all.size(); i += 1000) {
			result
				.addAll(em.createQuery("select u from ResidentUnit u where " + path + " in :values", ResidentUnit.class)
					.setParameter("values", all.subList(i, Math.min(all.size(), i + 1000)))
					.getResultList());
		}
		return result;
	}

	private static Map<String, List<Long>> index(Collection<UnitChoice> options) {
		Map<String, List<Long>> result = new HashMap<>();
		for (UnitChoice o : options) {
			List<Long> ids = result.computeIfAbsent(o.name().trim(), (k) -> new ArrayList<>());
			if (!ids.contains(o.id())) {
				ids.add(o.id());
			}
		}
		return result;
	}

	private UnitForm toForm(Row row, @Nullable ResidentUnit match, Map<Long, String> currentNames,
			Map<String, List<Long>> areas, Map<String, List<Long>> networks, Map<Integer, List<ImportRowError>> errors,
			Set<Column> bad) {
		Cells c = new Cells(row, errors, bad);
		UnitCategory category = c.choice(Column.CATEGORY, UnitCategory.class, null);
		InstitutionType subType = c.choice(Column.SUB_TYPE, InstitutionType.class, null);
		AdminRank rank = c.choice(Column.ADMIN_RANK, AdminRank.class, AdminRank.NONE);
		boolean dual = c.yesNo(Column.DUAL_MANAGED);
		Long area = c.organisation(Column.RESIDENTIAL_AREA, areas, match == null ? null : match.getResidentialAreaId(),
				currentNames, "unit.import.error.unknownArea");
		// a blank count cell is 0 in the ledger (the web form asks for a number instead)
		Integer headcount = Objects.requireNonNullElse(c.integer(Column.HEADCOUNT), 0);
		PartyOrgKind kind = c.choice(Column.PARTY_ORG_KIND, PartyOrgKind.class, null);
		Integer members = Objects.requireNonNullElse(c.integer(Column.PARTY_MEMBER_COUNT), 0);
		Long network = c.organisation(Column.NETWORK, networks, match == null ? null : match.getNetworkId(),
				currentNames, "unit.import.error.unknownNetwork");
		boolean member = c.yesNo(Column.COORDINATION_MEMBER);
		LocalDate since = c.date(Column.COORDINATION_MEMBER_SINCE);
		UnitStatus status = c.choice(Column.STATUS, UnitStatus.class, UnitStatus.ACTIVE);
		LocalDate statusDate = c.date(Column.STATUS_DATE);
		LocalDate effectiveFrom = c.date(Column.EFFECTIVE_FROM);
		return new UnitForm(c.text(Column.NAME), c.text(Column.SHORT_NAME), c.text(Column.CREDIT_CODE), category,
				subType, rank, dual, c.text(Column.ADDRESS), area, c.text(Column.GRID_REF), headcount,
				c.text(Column.CONTACT_PHONE), c.text(Column.CONTACT_EMAIL), kind, members,
				c.text(Column.SECTOR_COMMITTEE), network, member, since, status, statusDate, effectiveFrom,
				match == null ? null : match.getVersion());
	}

	/** Turns the cells of one row into values, noting what cannot be read. */
	private final class Cells {

		private final Row row;

		private final Map<Integer, List<ImportRowError>> errors;

		private final Set<Column> bad;

		Cells(Row row, Map<Integer, List<ImportRowError>> errors, Set<Column> bad) {
			this.row = row;
			this.errors = errors;
			this.bad = bad;
			for (ImportRowError e : errors.getOrDefault(row.number(), List.of())) {
				for (Column column : Column.values()) {
					if (UnitLedgerImporter.this.ledger.header(column).equals(e.column())) {
						bad.add(column);
					}
				}
			}
		}

		private void fail(Column column, String code, Object... args) {
			error(this.errors, this.row, column, code, args);
			this.bad.add(column);
		}

		@Nullable String text(Column column) {
			String s = this.row.get(column);
			return s.isEmpty() ? null : s;
		}

		<E extends Enum<E>> @Nullable E choice(Column column, Class<E> type, @Nullable E blank) {
			String s = this.row.get(column);
			if (s.isEmpty()) {
				return blank;
			}
			E value = UnitLedgerImporter.this.ledger.parse(type, s);
			if (value == null) {
				fail(column, "unit.import.error.unknownValue", s,
						String.join("、", UnitLedgerImporter.this.ledger.labels(type)));
			}
			return value;
		}

		boolean yesNo(Column column) {
			String s = this.row.get(column);
			if (s.isEmpty()) {
				return false;
			}
			Boolean value = UnitLedgerImporter.this.ledger.parseYesNo(s);
			if (value == null) {
				fail(column, "unit.import.error.notYesNo", s);
				return false;
			}
			return value;
		}

		@Nullable Integer integer(Column column) {
			String s = this.row.get(column).replace(",", "").replace("，", "");
			if (s.isEmpty()) {
				return null;
			}
			try {
				return new BigDecimal(s).intValueExact();
			}
			catch (NumberFormatException | ArithmeticException ex) {
				fail(column, "unit.import.error.notNumber", this.row.get(column));
				return null;
			}
		}

		@Nullable LocalDate date(Column column) {
			String s = this.row.get(column);
			if (s.isEmpty()) {
				return null;
			}
			Matcher m = DATE.matcher(s);
			if (m.matches()) {
				try {
					return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
							Integer.parseInt(m.group(3)));
				}
				catch (DateTimeException ex) {
					// falls through to the error
				}
			}
			fail(column, "unit.import.error.notDate", s);
			return null;
		}

		@Nullable Long organisation(Column column, Map<String, List<Long>> options, @Nullable Long current,
				Map<Long, String> currentNames, String unknownCode) {
			String s = this.row.get(column);
			if (s.isEmpty()) {
				return null;
			}
			if (current != null && s.equals(currentNames.getOrDefault(current, "").trim())) {
				return current;
			}
			List<Long> ids = options.getOrDefault(s, List.of());
			if (ids.size() == 1) {
				return ids.get(0);
			}
			if (ids.isEmpty()) {
				fail(column, unknownCode, s);
			}
			else {
				fail(column, "unit.import.error.ambiguousOrganisation", s);
			}
			return null;
		}

	}

	private void error(Map<Integer, List<ImportRowError>> errors, Row row, Column column, String code, Object... args) {
		errors.computeIfAbsent(row.number(), (k) -> new ArrayList<>())
			.add(new ImportRowError(row.number(), this.ledger.header(column), message(code, args)));
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

	/**
	 * The message of a rejected file, in the current user's language.
	 * @param ex the rejection
	 * @return the message
	 */
	String message(RejectedFile ex) {
		return message(ex.code, ex.args);
	}

	// ---------------------------------------------------------------- reading

	/**
	 * Reads a ledger file, after checking by its content what it is.
	 * @param bytes the file
	 * @return its data rows
	 * @throws RejectedFile when it is empty, too large, not an .xlsx nor a text file, or
	 * lacks the ledger's columns
	 */
	Sheet read(byte[] bytes) {
		List<List<String>> records = switch (sniff(bytes)) {
			case XLSX -> readXlsx(bytes);
			case TEXT -> readCsv(decode(bytes));
		};
		return toSheet(records);
	}

	/** What a file is by its content. */
	enum Kind {

		XLSX, TEXT

	}

	static Kind sniff(byte[] bytes) {
		if (bytes.length == 0) {
			throw new RejectedFile("unit.import.file.empty");
		}
		if (bytes.length > MAX_BYTES) {
			throw new RejectedFile("unit.import.file.tooLarge", MAX_BYTES / 1024 / 1024);
		}
		if (startsWith(bytes, 'M', 'Z') || startsWith(bytes, 0x7F, 'E', 'L', 'F')) {
			throw new RejectedFile("unit.import.file.executable");
		}
		if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
			throw new RejectedFile("unit.import.file.xls");
		}
		if (startsWith(bytes, 'P', 'K', 3, 4)) {
			return Kind.XLSX;
		}
		return Kind.TEXT;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Decodes a text file: strict UTF-8 (with or without BOM) first, else GBK.
	 * @param bytes the file
	 * @return the text
	 */
	static String decode(byte[] bytes) {
		String text = strict(bytes, StandardCharsets.UTF_8);
		if (text == null) {
			text = strict(bytes, Charset.forName("GBK"));
		}
		if (text == null) {
			throw new RejectedFile("unit.import.file.unsupported");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			if (Character.isISOControl(ch) && ch != '\t' && ch != '\r' && ch != '\n') {
				throw new RejectedFile("unit.import.file.unsupported");
			}
		}
		return text;
	}

	private static @Nullable String strict(byte[] bytes, Charset charset) {
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	/**
	 * Parses CSV (RFC 4180: comma separated, fields in double quotes may hold commas,
	 * quotes doubled and line breaks).
	 * @param text the file's text
	 * @return records of fields
	 */
	static List<List<String>> readCsv(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int i = 0;
		int n = text.length();
		while (i < n) {
			char ch = text.charAt(i);
			if (quoted) {
				if (ch == '"') {
					if (i + 1 < n && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					field.append(ch);
				}
			}
			else if (ch == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (ch == ',') {
				record.add(field.toString());
				field.setLength(0);
			}
			else if (ch == '\r' || ch == '\n') {
				if (ch == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
					i++;
				}
				record.add(field.toString());
				field.setLength(0);
				records.add(record);
				record = new ArrayList<>();
			}
			else {
				field.append(ch);
			}
			i++;
		}
		if (!field.isEmpty() || !record.isEmpty()) {
			record.add(field.toString());
			records.add(record);
		}
		return records;
	}

	/**
	 * Reads the first sheet of a workbook as text, streaming (SAX), so a large file does
	 * not need a large heap. Dates come out as yyyy-MM-dd.
	 * @param bytes the file, starting with a ZIP signature
	 * @return rows of cells, with blank rows where the sheet has none
	 */
	static List<List<String>> readXlsx(byte[] bytes) {
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
			XSSFReader reader = new XSSFReader(pkg);
			SharedStrings strings = reader.getSharedStringsTable();
			StylesTable styles = reader.getStylesTable();
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new RejectedFile("unit.import.file.corrupt");
			}
			List<List<String>> rows = new ArrayList<>();
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, new RowCollector(rows),
						new IsoDateFormatter(), false));
				parser.parse(new InputSource(sheet));
			}
			return rows;
		}
		catch (RejectedFile ex) {
			throw ex;
		}
		catch (TooManyRows ex) {
			throw new RejectedFile("unit.import.file.tooManyRows", MAX_ROWS);
		}
		catch (Exception ex) {
			// not an Office Open XML workbook: a ZIP without [Content_Types].xml or a
			// workbook part, a damaged file, or a zip bomb
			log.debug("unreadable workbook", ex);
			throw new RejectedFile("unit.import.file.corrupt");
		}
	}

	/** Collects the cells of each row, placing them by column letter. */
	private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final List<List<String>> rows;

		private List<String> current = new ArrayList<>();

		RowCollector(List<List<String>> rows) {
			this.rows = rows;
		}

		@Override
		public void startRow(int rowNum) {
			if (rowNum > MAX_ROWS + HEADER_SEARCH + 1) {
				throw new TooManyRows();
			}
			while (this.rows.size() < rowNum) {
				this.rows.add(List.of());
			}
			this.current = new ArrayList<>();
		}

		@Override
		public void endRow(int rowNum) {
			this.rows.add(this.current);
		}

		@Override
		public void cell(@Nullable String ref, @Nullable String value, @Nullable XSSFComment comment) {
			int col = (ref == null) ? this.current.size() : new CellReference(ref).getCol();
			if (col > 200) {
				return;
			}
			while (this.current.size() < col) {
				this.current.add("");
			}
			this.current.add(value == null ? "" : value);
		}

	}

	private static final class TooManyRows extends RuntimeException {

		TooManyRows() {
			super(null, null, false, false);
		}

	}

	/** Formats date cells as yyyy-MM-dd, everything else as Excel shows it. */
	private static final class IsoDateFormatter extends DataFormatter {

		IsoDateFormatter() {
			super(Locale.ROOT);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString,
				boolean use1904Windowing) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return UnitLedger.date(DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate());
			}
			return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
		}

	}

	/**
	 * Finds the header row (within the first rows: a title may stand above it), maps
	 * columns by their headers, and keeps the non-blank rows below.
	 */
	private Sheet toSheet(List<List<String>> records) {
		Map<String, Column> byHeader = new HashMap<>();
		for (Column column : Column.values()) {
			byHeader.put(normalise(this.ledger.header(column)), column);
		}
		int headerIndex = -1;
		for (int i = 0; i < Math.min(HEADER_SEARCH, records.size()); i++) {
			if (records.get(i)
				.stream()
				.map(UnitLedgerImporter::normalise)
				.anyMatch((h) -> byHeader.get(h) == Column.NAME)) {
				headerIndex = i;
				break;
			}
		}
		if (headerIndex < 0) {
			if (records.stream().allMatch(UnitLedgerImporter::blank)) {
				throw new RejectedFile("unit.import.file.noRows");
			}
			throw new RejectedFile("unit.import.file.missingColumns", String.join("、", this.ledger.headers()));
		}
		List<String> header = records.get(headerIndex);
		Map<Integer, Column> positions = new HashMap<>();
		Map<Column, Integer> found = new EnumMap<>(Column.class);
		for (int i = 0; i < header.size(); i++) {
			Column column = byHeader.get(normalise(header.get(i)));
			if (column != null && !found.containsKey(column)) {
				found.put(column, i);
				positions.put(i, column);
			}
		}
		List<String> missing = Arrays.stream(Column.values())
			.filter((c) -> !found.containsKey(c) && !c.optional())
			.map(this.ledger::header)
			.toList();
		if (!missing.isEmpty()) {
			throw new RejectedFile("unit.import.file.missingColumns", String.join("、", missing));
		}
		List<Row> rows = new ArrayList<>();
		for (int i = headerIndex + 1; i < records.size(); i++) {
			List<String> record = records.get(i);
			if (blank(record)) {
				continue;
			}
			if (rows.size() >= MAX_ROWS) {
				throw new RejectedFile("unit.import.file.tooManyRows", MAX_ROWS);
			}
			Map<Column, String> cells = new EnumMap<>(Column.class);
			positions.forEach((index, column) -> cells.put(column, index < record.size() ? record.get(index) : ""));
			rows.add(new Row(i + 1, cells));
		}
		if (rows.isEmpty()) {
			throw new RejectedFile("unit.import.file.noRows");
		}
		return new Sheet(rows);
	}

	private static String normalise(@Nullable String header) {
		return header == null ? "" : header.replaceAll("[\\s\\u3000*＊]+", "");
	}

	private static boolean blank(List<String> record) {
		return record.stream().allMatch((s) -> !StringUtils.hasText(s) || s.isBlank());
	}

	// ---------------------------------------------------------------- support types

	/** The file as a whole cannot be used: why, as a message key and arguments. */
	static final class RejectedFile extends RuntimeException {

		final String code;

		final Object[] args;

		RejectedFile(String code, Object... args) {
			super(code, null, false, false);
			this.code = code;
			this.args = args;
		}

	}

	/** Rows turned invalid between preview and commit: roll everything back. */
	private static final class Aborted extends RuntimeException {

		final List<ImportRowError> errors;

		Aborted(List<ImportRowError> errors) {
			super("invalid rows", null, false, false);
			this.errors = errors;
		}

	}

	/** A running or finished import. */
	private static final class Job {

		final String token;

		final String owner;

		volatile int total;

		final AtomicInteger done = new AtomicInteger();

		final CountDownLatch finished = new CountDownLatch(1);

		volatile int created;

		volatile int updated;

		volatile int unchanged;

		volatile boolean succeeded;

		volatile List<ImportRowError> errors = List.of();

		volatile @Nullable String failure;

		volatile @Nullable Instant endedAt;

		Job(String token, String owner, int total) {
			this.token = token;
			this.owner = owner;
			this.total = total;
		}

		void succeed() {
			this.succeeded = true;
			end();
		}

		void fail(List<ImportRowError> errors, String failure) {
			this.errors = List.copyOf(errors);
			this.failure = failure;
			this.created = 0;
			this.updated = 0;
			this.unchanged = 0;
			this.done.set(0);
			end();
		}

		private void end() {
			this.endedAt = Instant.now();
			this.finished.countDown();
		}

		ImportProgress progress() {
			boolean ended = this.finished.getCount() == 0;
			return new ImportProgress(this.token, this.total, this.done.get(), ended, this.succeeded, this.created,
					this.updated, this.unchanged, this.errors, this.failure);
		}

	}

}
