package org.lianjian.unit;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.lianjian.account.ScopeService;
import org.lianjian.shared.web.Crumb;
import org.lianjian.shared.web.ListExports;
import org.lianjian.shared.web.NotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.util.StringUtils;

/**
 * The Excel ledger (台账): template download, upload with preview, commit with progress,
 * and export of the filtered unit list. STAFF and ADMIN only; for anybody else these
 * pages do not exist (404).
 *
 * <p>
 * Between preview and commit the uploaded file stays in the user's HTTP session, under a
 * random token (one pending upload per session; a new upload replaces it). The commit
 * reads and checks the file again inside its transaction.
 */
@Controller
class UnitImportController {

	static final String VIEW = "unit/import";

	static final String PENDING = UnitImportController.class.getName() + ".pending";

	static final MediaType XLSX = ListExports.XLSX;

	/**
	 * How long the commit request waits, so that a small import shows its result at once.
	 */
	private static final Duration WAIT_FOR_SMALL = Duration.ofSeconds(2);

	private final UnitLedgerImporter importer;

	private final UnitLedgerExporter exporter;

	private final UnitLedger ledger;

	private final ScopeService scopes;

	private final org.springframework.context.MessageSource messages;

	UnitImportController(UnitLedgerImporter importer, UnitLedgerExporter exporter, UnitLedger ledger,
			ScopeService scopes, org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.importer = importer;
		this.exporter = exporter;
		this.ledger = ledger;
		this.scopes = scopes;
	}

	/** An upload kept between preview and commit. */
	record Pending(String token, String fileName, byte[] bytes, ImportPreview preview) implements Serializable {

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
			model.addAttribute("uploadError", this.importer
				.message(new UnitLedgerImporter.RejectedFile("unit.import.file.tooLarge", maxMegabytes())));
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
		return attachment(this.exporter.template(), "unit-ledger-template.xlsx", fileName("unit.ledger.file.template"));
	}

	@GetMapping("/units/export.xlsx")
	ResponseEntity<byte[]> export(@ModelAttribute UnitFilter filter) {
		requireStaff();
		String day = LocalDate.now().toString();
		return attachment(this.exporter.export(filter), "units-" + day + ".xlsx",
				fileName("unit.ledger.file.export", day));
	}

	@PostMapping("/units/import")
	String upload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, HttpSession session,
			HttpServletResponse response, Model model) throws IOException {
		requireStaff();
		try {
			if (file == null || !StringUtils.hasText(file.getOriginalFilename()) && file.isEmpty()) {
				throw new UnitLedgerImporter.RejectedFile("unit.import.file.missing");
			}
			if (file.getSize() > UnitLedgerImporter.MAX_BYTES) {
				throw new UnitLedgerImporter.RejectedFile("unit.import.file.tooLarge", maxMegabytes());
			}
			byte[] bytes = file.getBytes();
			String token = UUID.randomUUID().toString();
			String name = displayName(file.getOriginalFilename());
			ImportPreview preview = this.importer.preview(token, name, bytes);
			session.setAttribute(PENDING, new Pending(token, name, bytes, preview));
			return "redirect:/units/import/" + token;
		}
		catch (UnitLedgerImporter.RejectedFile ex) {
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

	private @Nullable Pending pending(HttpSession session, String token) {
		Object value = session.getAttribute(PENDING);
		return (value instanceof Pending p && p.token().equals(token)) ? p : null;
	}

	@GetMapping("/units/import/{token}")
	String showPreview(@PathVariable String token, HttpSession session, Model model) {
		requireStaff();
		Pending pending = pending(session, token);
		if (pending == null) {
			this.importer.progress(token).orElseThrow(() -> new NotFoundException("import " + token));
			return "redirect:/units/import/" + token + "/progress";
		}
		model.addAttribute("preview", pending.preview());
		return page(model);
	}

	@PostMapping("/units/import/{token}/commit")
	String commit(@PathVariable String token, HttpSession session, HttpServletResponse response, Model model) {
		requireStaff();
		Pending pending = pending(session, token);
		if (pending == null) {
			this.importer.progress(token).orElseThrow(() -> new NotFoundException("import " + token));
			return "redirect:/units/import/" + token + "/progress";
		}
		if (!pending.preview().committable()) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("preview", pending.preview());
			model.addAttribute("commitRefused", true);
			return page(model);
		}
		this.importer.start(token, pending.bytes(), pending.preview().rows());
		session.removeAttribute(PENDING);
		this.importer.await(token, WAIT_FOR_SMALL);
		return "redirect:/units/import/" + token + "/progress";
	}

	@GetMapping("/units/import/{token}/progress")
	String showProgress(@PathVariable String token,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		requireStaff();
		ImportProgress progress = this.importer.progress(token)
			.orElseThrow(() -> new NotFoundException("import " + token));
		model.addAttribute("progress", progress);
		if (htmx != null) {
			return VIEW + " :: progress";
		}
		return page(model);
	}

	private String fileName(String key, Object... args) {
		return this.messages.getMessage(key, args, org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

	private static ResponseEntity<byte[]> attachment(byte[] bytes, String asciiName, String name) {
		String disposition = "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''"
				+ URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
		return ResponseEntity.ok()
			.contentType(XLSX)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition)
			.body(bytes);
	}

	/**
	 * An upload larger than the servlet's multipart limit fails before any controller
	 * runs. For the ledger upload, answer with the import page and a message rather than
	 * an error page; anything else keeps the default handling.
	 */
	@ControllerAdvice
	static class UploadLimitAdvice {

		@ExceptionHandler(MaxUploadSizeExceededException.class)
		String tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request)
				throws MaxUploadSizeExceededException {
			if (request.getRequestURI().startsWith(request.getContextPath() + "/units/import")) {
				return "redirect:/units/import?error=tooLarge";
			}
			throw ex;
		}

	}

}
