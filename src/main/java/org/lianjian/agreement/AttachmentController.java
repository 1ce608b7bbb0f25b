package org.lianjian.agreement;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Serves stored files, only to users who may see their owner (404 otherwise). A file is
 * always a download, except that an image may be shown inline (thumbnails); the response
 * forbids type sniffing and sandboxes anything a browser might still render.
 */
@Controller
@RequestMapping("/attachments")
class AttachmentController {

	private final AgreementFiles files;

	private final AttachmentService attachments;

	AttachmentController(AgreementFiles files, AttachmentService attachments) {
		this.files = files;
		this.attachments = attachments;
	}

	@GetMapping("/{id}")
	ResponseEntity<byte[]> download(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean inline) {
		this.files.checkVisible(id);
		AttachmentService.StoredFile file = this.attachments.load(id);
		boolean showInline = inline && file.contentType().startsWith("image/");
		ContentDisposition disposition = ContentDisposition.builder(showInline ? "inline" : "attachment")
			.filename(file.fileName(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.bytes().length)
			.cacheControl(CacheControl.noStore().cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox")
			.body(file.bytes());
	}

}
