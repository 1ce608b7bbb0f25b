package org.lianjian.activity;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.jspecify.annotations.Nullable;
import org.lianjian.agreement.AttachmentService;
import org.lianjian.shared.web.RuleViolationException;

import org.springframework.stereotype.Component;

/**
 * Activity photos: images only, judged from the bytes (JPEG or PNG; anything else, a PDF
 * or a WebP among them, is refused beside the photo field), then decoded and written
 * again, so that what is stored is a plain picture: no metadata (EXIF, GPS, comments), no
 * trailing data, nothing but pixels. Pictures larger than 40 megapixels are refused
 * before they are decoded.
 */
@Component
class ActivityPhotos {

	static final String FIELD = "photos";

	private static final long MAX_PIXELS = 40_000_000L;

	/**
	 * Checks and re-encodes one uploaded photo.
	 * @param bytes what was uploaded
	 * @return the re-encoded picture, as JPEG or PNG like the upload
	 * @throws RuleViolationException beside {@value #FIELD} when it is not such a picture
	 */
	byte[] reencode(byte[] bytes) {
		if (bytes.length == 0) {
			throw new RuleViolationException(FIELD, "attachment.empty");
		}
		if (bytes.length > AttachmentService.MAX_BYTES) {
			throw new RuleViolationException(FIELD, "attachment.tooLarge");
		}
		String type = AttachmentService.sniff(bytes);
		if (!"image/jpeg".equals(type) && !"image/png".equals(type)) {
			throw new RuleViolationException(FIELD, "activity.photo.type");
		}
		BufferedImage image = read(bytes);
		try {
			return "image/png".equals(type) ? png(image) : jpeg(image);
		}
		catch (IOException ex) {
			throw new RuleViolationException(FIELD, "activity.photo.type");
		}
	}

	private static BufferedImage read(byte[] bytes) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
			if (readers == null || !readers.hasNext()) {
				throw new RuleViolationException(FIELD, "activity.photo.type");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels <= 0 || pixels > MAX_PIXELS) {
					throw new RuleViolationException(FIELD, "activity.photo.tooBig");
				}
				BufferedImage image = reader.read(0);
				if (image == null) {
					throw new RuleViolationException(FIELD, "activity.photo.type");
				}
				return image;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof RuleViolationException rule) {
				throw rule;
			}
			throw new RuleViolationException(FIELD, "activity.photo.type");
		}
	}

	private static byte[] png(BufferedImage image) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (!ImageIO.write(image, "png", out)) {
			throw new IOException("no PNG writer");
		}
		return out.toByteArray();
	}

	private static byte[] jpeg(BufferedImage image) throws IOException {
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = rgb.createGraphics();
		try {
			g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
		}
		finally {
			g.dispose();
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(ios);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.9f);
			writer.write(null, new IIOImage(rgb, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	/**
	 * Whether a stored file may be shown inline: only the pictures this class wrote (a
	 * PDF stored before photos were checked is sent as a download).
	 * @param contentType the stored type
	 * @return whether it is an image
	 */
	static boolean inline(@Nullable String contentType) {
		return contentType != null && (contentType.equals("image/jpeg") || contentType.equals("image/png"));
	}

}
