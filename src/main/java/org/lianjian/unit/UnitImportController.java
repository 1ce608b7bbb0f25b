package org.lianjian.unit;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.lianjian.account.ScopeService;
import org.lianjian.shared.web.Crumb;
import org.lianjian.shared.web.ListExports;
import org.lianjian.shared.web.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The Excel ledger (台账): template download, upload with preview, commit with progress,
 * and export of the filtered unit list. STAFF and ADMIN only; for anybody else these
 * pages do not exist (404).
 *
 * <p>
 * Between preview and commit the uploaded file waits as a background job of its user (in
 * PostgreSQL, not in the HTTP session), under its own random id: several previews can
 * stand side by side, and somebody else's id answers 404. The commit reads and checks the
 * file again inside its transaction.
 */
@Controller
class UnitImportController {

	static final String VIEW = "unit/import";

	static final MediaType XLSX = ListExports.XLSX;

	static final MediaType CSV = new MediaType("text", "csv", UnitLedgerExporter.CSV_CHARSET);

	/**
	 * How long the commit request waits, so that a small import shows its result at once.
	 */
	private static final Duration WAIT_FOR_SMALL = Duration.ofSeconds(2);

	private final UnitLedgerImporter importer;

	private final UnitLedgerExporter exporter;

	private final UnitLedger ledger;

	private final ScopeService scopes;

	private final MessageSource messages;

	private final Clock clock;

	UnitImportController(UnitLedgerImporter importer, UnitLedgerExporter exporter, UnitLedger ledger,
			ScopeService scopes, MessageSource messages, Clock clock) {
		this.messages = messages;
		this.importer = importer;
		this.exporter = exporter;
		this.ledger = ledger;
		this.scopes = scopes;
		this.clock = clock;
	}

	private void requireStaff() {
		if (!this.scopes.current().isStaff()) {
			throw new NotFoundException("unit ledger");
		}
	}

	@GetMapping("/units/import")
	String showImport(@RequestParam(name = "error", required = false) @Nullable String error, Model model) {
		requireStaff();
		if ("tooLarge".equals(error)) {
			model.addAttribute("uploadError",
					this.importer.message(new RejectedFile("unit.import.file.tooLarge", maxMegabytes())));
		}
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("headers", this.ledger.headers());
		model.addAttribute("maxMegabytes", maxMegabytes());
		model.addAttribute("maxBytes", UnitLedgerImporter.MAX_BYTES);
		model.addAttribute("breadcrumbs",
				Crumb.trail(Crumb.key("unit.import.units", "/units"), Crumb.key("unit.import.title", null)));
		return VIEW;
	}

	private static long maxMegabytes() {
		return UnitLedgerImporter.MAX_BYTES / 1024 / 1024;
	}

	@GetMapping("/units/import/template.xlsx")
	ResponseEntity<byte[]> downloadTemplate() {
		requireStaff();
		return attachment(this.exporter.template(), XLSX, "unit-ledger-template.xlsx",
				fileName("unit.ledger.file.template"));
	}

	@GetMapping("/units/export.xlsx")
	ResponseEntity<byte[]> export(@ModelAttribute UnitFilter filter) {
		requireStaff();
		String day = LocalDate.now(this.clock).toString();
		return attachment(this.exporter.export(filter), XLSX, "units-" + day + ".xlsx",
				fileName("unit.ledger.file.export", day));
	}

	@GetMapping("/units/export.csv")
	ResponseEntity<byte[]> exportCsv(@ModelAttribute UnitFilter filter) {
		requireStaff();
		String day = LocalDate.now(this.clock).toString();
		return attachment(this.exporter.exportCsv(filter), CSV, "units-" + day + ".csv",
				fileName("unit.ledger.file.exportCsv", day));
	}

	@PostMapping("/units/import")
	String upload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			HttpServletResponse response, Model model) throws IOException {
		requireStaff();
		try {
			if (file == null || !StringUtils.hasText(file.getOriginalFilename()) && file.isEmpty()) {
				throw new RejectedFile("unit.import.file.missing");
			}
			if (file.getSize() > UnitLedgerImporter.MAX_BYTES) {
				throw new RejectedFile("unit.import.file.tooLarge", maxMegabytes());
			}
			UUID id = this.importer.upload(displayName(file.getOriginalFilename()), file.getBytes());
			return "redirect:/units/import/" + id;
		}
		catch (RejectedFile ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			model.addAttribute("uploadError", this.importer.message(ex));
			return page(model);
		}
	}

	private static String displayName(@Nullable String original) {
		if (original == null) {
			return "";
		}
		String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
		return name.length() > 120 ? name.substring(0, 120) : name;
	}

	/** The id in a path; anything that is not one answers 404, like an unknown id. */
	private static UUID id(String token) {
		try {
			return UUID.fromString(token);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("import " + token);
		}
	}

	@GetMapping("/units/import/{token}")
	String showPreview(@PathVariable String token, Model model) {
		requireStaff();
		UUID id = id(token);
		Optional<ImportPreview> preview = this.importer.preview(id);
		if (preview.isEmpty()) {
			this.importer.progress(id).orElseThrow(() -> new NotFoundException("import " + token));
			return "redirect:/units/import/" + id + "/progress";
		}
		model.addAttribute("preview", preview.get());
		return page(model);
	}

	@PostMapping("/units/import/{token}/commit")
	String commit(@PathVariable String token, HttpServletResponse response, Model model) {
		requireStaff();
		UUID id = id(token);
		Optional<ImportPreview> preview = this.importer.preview(id);
		if (preview.isPresent() && !preview.get().committable()) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("preview", preview.get());
			model.addAttribute("commitRefused", true);
			return page(model);
		}
		if (preview.isEmpty()) {
			ImportProgress progress = this.importer.progress(id)
				.orElseThrow(() -> new NotFoundException("import " + token));
			if (!progress.interrupted()) {
				return "redirect:/units/import/" + id + "/progress";
			}
		}
		if (this.importer.start(id)) {
			this.importer.await(id, WAIT_FOR_SMALL);
		}
		return "redirect:/units/import/" + id + "/progress";
	}

	@GetMapping("/units/import/{token}/progress")
	String showProgress(@PathVariable String token,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		requireStaff();
		UUID id = id(token);
		ImportProgress progress = this.importer.progress(id)
			.orElseThrow(() -> new NotFoundException("import " + token));
		model.addAttribute("progress", progress);
		if (htmx != null) {
			return VIEW + " :: progress";
		}
		return page(model);
	}

	private String fileName(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	static ResponseEntity<byte[]> attachment(byte[] bytes, MediaType type, String asciiName, String name) {
		String disposition = "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''"
				+ URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition)
			.body(bytes);
	}

}
