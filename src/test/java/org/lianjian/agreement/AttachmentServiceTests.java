package org.lianjian.agreement;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.lianjian.shared.web.RuleViolationException;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Attachments are typed by their content, limited to 10 MB, stored in PostgreSQL and come
 * back byte for byte; their names cannot carry paths or direction tricks.
 */
@WebIntegrationTest
class AttachmentServiceTests {

	/** A tiny but well-formed PDF. */
	static final byte[] PDF = """
			%PDF-1.4
			1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
			2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
			3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
			trailer << /Root 1 0 R >>
			%%EOF
			""".getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

	@Autowired
	AttachmentService attachments;

	/** An owner id no real record has, so the test files never show on a page. */
	private static long owner() {
		return -ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
	}

	private static String refusal(Runnable action) {
		try {
			action.run();
		}
		catch (RuleViolationException ex) {
			assertThat(ex.getField()).isEqualTo("file");
			return ex.getCode();
		}
		throw new AssertionError("not refused");
	}

	@Test
	void shouldStoreAPdfAndLoadItBackByteForByte() {
		Long id = this.attachments.store(AttachmentService.AGREEMENT, owner(), "签署扫描件.pdf", PDF);

		AttachmentService.StoredFile file = this.attachments.load(id);
		assertThat(file.bytes()).isEqualTo(PDF);
		assertThat(file.contentType()).isEqualTo("application/pdf");
		assertThat(file.fileName()).isEqualTo("签署扫描件.pdf");
		assertThat(this.attachments.ownerOf(id).type()).isEqualTo(AttachmentService.AGREEMENT);
	}

	@Test
	void shouldNameAnImageByItsContentNotItsName() {
		Long id = this.attachments.store(AttachmentService.FULFILMENT, owner(), "活动照片.exe", PNG);

		AttachmentService.StoredFile file = this.attachments.load(id);
		assertThat(file.contentType()).isEqualTo("image/png");
		assertThat(file.fileName()).isEqualTo("活动照片.png");
		assertThat(file.bytes()).isEqualTo(PNG);
	}

	@Test
	void shouldRefuseAnExecutableRenamedToPdf() {
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[2] = (byte) 0x90;
		assertThat(refusal(() -> this.attachments.store(AttachmentService.AGREEMENT, owner(), "协议.pdf", exe)))
			.isEqualTo("attachment.type");
	}

	@Test
	void shouldRefuseAnSvgRenamedToPng() {
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>"
			.getBytes(StandardCharsets.UTF_8);
		assertThat(refusal(() -> this.attachments.store(AttachmentService.FULFILMENT, owner(), "photo.png", svg)))
			.isEqualTo("attachment.type");
		byte[] svgWithBom = ("\uFEFF<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(
				refusal(() -> this.attachments.store(AttachmentService.FULFILMENT, owner(), "photo.svg", svgWithBom)))
			.isEqualTo("attachment.type");
	}

	@Test
	void shouldRefuseAFileOverTenMegabytes() {
		byte[] big = Arrays.copyOf(PDF, (int) AttachmentService.MAX_BYTES + 1);
		assertThat(refusal(() -> this.attachments.store(AttachmentService.AGREEMENT, owner(), "big.pdf", big)))
			.isEqualTo("attachment.tooLarge");
	}

	@Test
	void shouldRefuseAnEmptyFile() {
		assertThat(
				refusal(() -> this.attachments.store(AttachmentService.AGREEMENT, owner(), "empty.pdf", new byte[0])))
			.isEqualTo("attachment.empty");
	}

	@Test
	void shouldRefuseATruncatedHeader() {
		assertThat(refusal(() -> this.attachments.store(AttachmentService.AGREEMENT, owner(), "x.pdf",
				"%PD".getBytes(StandardCharsets.US_ASCII))))
			.isEqualTo("attachment.type");
	}

	@Test
	void shouldSniffTheAcceptedKinds() {
		assertThat(AttachmentService.sniff(PDF)).isEqualTo("application/pdf");
		assertThat(AttachmentService.sniff(PNG)).isEqualTo("image/png");
		assertThat(AttachmentService.sniff(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }))
			.isEqualTo("image/jpeg");
		assertThat(AttachmentService.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo("image/webp");
		assertThat(AttachmentService.sniff("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII))).isNull();
		assertThat(AttachmentService.sniff("GIF89a".getBytes(StandardCharsets.US_ASCII))).isNull();
	}

	@Test
	void shouldStripPathsFromNames() {
		assertThat(AttachmentService.cleanName("../../etc/passwd.png", "image/png")).isEqualTo("passwd.png");
		assertThat(AttachmentService.cleanName("C:\\Users\\王\\Desktop\\扫描件.pdf", "application/pdf"))
			.isEqualTo("扫描件.pdf");
		assertThat(AttachmentService.cleanName("..", "application/pdf")).isEqualTo("file.pdf");
		assertThat(AttachmentService.cleanName(".htaccess", "image/png")).isEqualTo("htaccess.png");
	}

	@Test
	void shouldStripControlAndDirectionCharacters() {
		// "invoice\u202Egpj.exe" displays as "invoiceexe.jpg"
		assertThat(AttachmentService.cleanName("invoice\u202Egpj.exe", "application/pdf")).isEqualTo("invoicegpj.pdf");
		assertThat(AttachmentService.cleanName("a\u0000b\r\nc\u200Bd.pdf", "application/pdf")).isEqualTo("abcd.pdf");
		assertThat(AttachmentService.cleanName("say \"hi\" <b>|*?:.pdf", "application/pdf")).isEqualTo("say hi b.pdf");
	}

	@Test
	void shouldEnforceTheSniffedExtension() {
		assertThat(AttachmentService.cleanName("photo.jpeg.exe", "image/jpeg")).isEqualTo("photo.jpeg.jpg");
		assertThat(AttachmentService.cleanName("scan", "application/pdf")).isEqualTo("scan.pdf");
		assertThat(AttachmentService.cleanName("image.PNG", "image/webp")).isEqualTo("image.webp");
		assertThat(AttachmentService.cleanName(null, "image/png")).isEqualTo("file.png");
		assertThat(AttachmentService.cleanName("   ", "image/png")).isEqualTo("file.png");
	}

	@Test
	void shouldShortenLongNames() {
		String name = AttachmentService.cleanName("长".repeat(300) + ".pdf", "application/pdf");
		assertThat(name).hasSize(104).endsWith(".pdf");
	}

}
