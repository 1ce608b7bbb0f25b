package org.lianjian.agreement;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.ScopeService;
import org.lianjian.shared.web.NotFoundException;
import org.lianjian.shared.web.RuleViolationException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to agreements, fulfilment records and (later) activities, stored in
 * PostgreSQL. The type is decided from the bytes, never from the name: PDF, JPEG, PNG and
 * WebP only (SVG is refused: it can carry script). At most 10 MB each. Callers check the
 * owner's scope before storing or serving.
 */
@Service
public class AttachmentService {

	public static final String AGREEMENT = "AGREEMENT";

	public static final String FULFILMENT = "FULFILMENT";

	public static final long MAX_BYTES = 10L * 1024 * 1024;

	private final AttachmentRepository attachments;

	private final AttachmentDataRepository data;

	private final ScopeService scopes;

	AttachmentService(AttachmentRepository attachments, AttachmentDataRepository data, ScopeService scopes) {
		this.attachments = attachments;
		this.data = data;
		this.scopes = scopes;
	}

	/**
	 * The content type of a file, judged from its first bytes.
	 * @param bytes the file
	 * @return the MIME type, or null when it is not an accepted kind
	 */
	public static @Nullable String sniff(byte[] bytes) {
		if (startsWith(bytes, 0, new byte[] { '%', 'P', 'D', 'F', '-' })) {
			return "application/pdf";
		}
		if (startsWith(bytes, 0, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return "image/jpeg";
		}
		if (startsWith(bytes, 0, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })) {
			return "image/png";
		}
		if (startsWith(bytes, 0, new byte[] { 'R', 'I', 'F', 'F' })
				&& startsWith(bytes, 8, new byte[] { 'W', 'E', 'B', 'P' })) {
			return "image/webp";
		}
		return null;
	}

	private static boolean startsWith(byte[] bytes, int offset, byte[] magic) {
		if (bytes.length < offset + magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (bytes[offset + i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A file name that is safe to store and to send back: no path, no control or
	 * direction-override characters, at most 120 characters.
	 * @param original what the browser sent
	 * @param contentType the sniffed type, whose extension is enforced
	 * @return the cleaned name
	 */
	static String cleanName(@Nullable String original, String contentType) {
		String name = original == null ? "" : original;
		name = name.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		name = name.replaceAll("[\\p{Cntrl}\\p{Cf}\"<>|:*?]", "").strip();
		String ext = switch (contentType) {
			case "application/pdf" -> ".pdf";
			case "image/jpeg" -> ".jpg";
			case "image/png" -> ".png";
			default -> ".webp";
		};
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		base = base.replaceAll("^\\.+", "");
		if (base.isBlank()) {
			base = "file";
		}
		if (base.length() > 100) {
			base = base.substring(0, 100);
		}
		return base + ext;
	}

	@Transactional
	public Long store(String ownerType, Long ownerId, @Nullable String originalName, byte[] bytes) {
		if (bytes.length == 0) {
			throw new RuleViolationException("file", "attachment.empty");
		}
		if (bytes.length > MAX_BYTES) {
			throw new RuleViolationException("file", "attachment.tooLarge");
		}
		String type = sniff(bytes);
		if (type == null) {
			throw new RuleViolationException("file", "attachment.type");
		}
		Attachment a = new Attachment();
		a.setOwnerType(ownerType);
		a.setOwnerId(ownerId);
		a.setFileName(cleanName(originalName, type));
		a.setContentType(type);
		a.setSize(bytes.length);
		a.setSha256(sha256(bytes));
		a.setUploadedBy(this.scopes.currentUser().map((u) -> u.getUsername()).orElse("system"));
		this.attachments.saveAndFlush(a);
		AttachmentData d = new AttachmentData();
		d.setAttachmentId(Objects.requireNonNull(a.getId()));
		d.setData(bytes);
		this.data.save(d);
		return a.getId();
	}

	List<AgreementViews.AttachmentView> forOwner(String ownerType, Long ownerId) {
		return this.attachments.findByOwnerTypeAndOwnerIdOrderByUploadedAtAsc(ownerType, ownerId)
			.stream()
			.map(AttachmentService::view)
			.toList();
	}

	Map<Long, List<AgreementViews.AttachmentView>> forOwners(String ownerType, Collection<Long> ownerIds) {
		Map<Long, List<AgreementViews.AttachmentView>> result = new LinkedHashMap<>();
		if (ownerIds.isEmpty()) {
			return result;
		}
		for (Attachment a : this.attachments.findByOwnerTypeAndOwnerIdInOrderByUploadedAtAsc(ownerType, ownerIds)) {
			result.computeIfAbsent(a.getOwnerId(), (k) -> new java.util.ArrayList<>()).add(view(a));
		}
		return result;
	}

	/**
	 * The files of an agreement and the evidence of its fulfilment records, read in one
	 * statement.
	 * @param agreementId the agreement
	 * @return both, each in upload order
	 */
	AgreementFilesOf forAgreement(Long agreementId) {
		List<AgreementViews.AttachmentView> own = new java.util.ArrayList<>();
		Map<Long, List<AgreementViews.AttachmentView>> evidence = new LinkedHashMap<>();
		for (Attachment a : this.attachments.findOfAgreementAndFulfilments(agreementId)) {
			if (AGREEMENT.equals(a.getOwnerType())) {
				own.add(view(a));
			}
			else {
				evidence.computeIfAbsent(a.getOwnerId(), (k) -> new java.util.ArrayList<>()).add(view(a));
			}
		}
		return new AgreementFilesOf(own, evidence);
	}

	/**
	 * The files of an agreement and of its fulfilment records.
	 *
	 * @param own the agreement's own files
	 * @param evidence fulfilment id → its files
	 */
	record AgreementFilesOf(List<AgreementViews.AttachmentView> own,
			Map<Long, List<AgreementViews.AttachmentView>> evidence) {

	}

	private static AgreementViews.AttachmentView view(Attachment a) {
		return new AgreementViews.AttachmentView(a.getId(), a.getFileName(), a.getContentType(), a.getSize(),
				a.getUploadedAt(), a.getUploadedBy());
	}

	/**
	 * The owner of an attachment, for the caller's scope check.
	 * @param id the attachment
	 * @return owner type and id
	 */
	@Transactional(readOnly = true)
	public Owner ownerOf(Long id) {
		Attachment a = this.attachments.findById(id).orElseThrow(() -> new NotFoundException("attachment " + id));
		return new Owner(a.getOwnerType(), a.getOwnerId());
	}

	@Transactional(readOnly = true)
	public StoredFile load(Long id) {
		Attachment a = this.attachments.findById(id).orElseThrow(() -> new NotFoundException("attachment " + id));
		byte[] bytes = this.data.findById(id).map(AttachmentData::getData).orElse(new byte[0]);
		return new StoredFile(a.getFileName(), a.getContentType(), bytes);
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Who an attachment belongs to. */
	public record Owner(String type, Long id) {

	}

	/** A file to send back. */
	public record StoredFile(String fileName, String contentType, byte[] bytes) {

	}

}
