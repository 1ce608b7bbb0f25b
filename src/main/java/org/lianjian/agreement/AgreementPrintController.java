package org.lianjian.agreement;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.lianjian.agreement.AgreementPrint.PrintView;
import org.lianjian.agreement.AgreementPrint.Style;
import org.lianjian.shared.web.Crumb;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The printable agreement: an A4 page ({@code /agreements/{id}/print}) and the same
 * content as a PDF with embedded fonts ({@code /agreements/{id}.pdf}), each in the
 * portal's working layout or, with {@code ?style=gongwen}, in the national
 * official-document layout (公文, GB/T 9704). Both answer 404 outside the user's scope,
 * exactly like the agreement page.
 */
@Controller
@RequestMapping("/agreements")
class AgreementPrintController {

	static final String VIEW_PRINT = "agreement/print";

	private final AgreementPrintViews views;

	private final AgreementPdf pdf;

	AgreementPrintController(AgreementPrintViews views, AgreementPdf pdf) {
		this.views = views;
		this.pdf = pdf;
	}

	@GetMapping("/{id}/print")
	String showPrint(@PathVariable Long id, @RequestParam(required = false) @Nullable String style, Model model,
			Locale locale) {
		PrintView print = this.views.printView(id, locale);
		Style printStyle = Style.of(style);
		model.addAttribute("print", print);
		model.addAttribute("gongwen", printStyle == Style.GONGWEN);
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("nav.agreements", "/agreements"),
				Crumb.text(print.number(), "/agreements/" + print.id()), Crumb.key("agreement.detail.print", null)));
		return VIEW_PRINT;
	}

	@GetMapping("/{id}.pdf")
	ResponseEntity<byte[]> downloadPdf(@PathVariable Long id, @RequestParam(required = false) @Nullable String style,
			Locale locale) {
		PrintView print = this.views.printView(id, locale);
		byte[] bytes = this.pdf.render(print, Style.of(style), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName(print.number())).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(bytes);
	}

	/**
	 * A file name that is safe in a header: {@code agreement-QY-2026-017.pdf}; anything
	 * but letters, digits and hyphens is dropped.
	 */
	static String fileName(String number) {
		String safe = number.replaceAll("[^A-Za-z0-9-]", "");
		return "agreement-" + (safe.isEmpty() ? "document" : safe) + ".pdf";
	}

}
