package org.lianjian.support;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The Latin-only words a reader sees on a Chinese page that are not data: a raw code, an
 * English sentence, a login name, a build version. What is data is removed first (see
 * {@link #DATA}); what remains must be translated, so any word left is a finding.
 */
public final class LatinWords {

	/**
	 * Values a reader types or that name things outside the portal, which no translation
	 * applies to, removed before words are looked for.
	 */
	private static final List<Pattern> DATA = List.of(
			// web addresses (a unit's site, the calendar feed to subscribe to)
			Pattern.compile("\\b(https?|webcal)://\\S+"),
			// e-mail addresses of liaisons and units
			Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+"),
			// unified social credit codes (GB 32100: 18 digits and capitals)
			Pattern.compile("\\b[0-9A-HJ-NP-RTUW-Y]{18}\\b"),
			// file names of attachments and uploads, and bare extensions (".xlsx")
			Pattern.compile("[\\w\\-一-鿿]*\\.(pdf|xlsx|xls|csv|ods|docx?|png|jpe?g|webp|ics)\\b",
					Pattern.CASE_INSENSITIVE),
			// agreement numbers (QY-2024-001): capitals and digits the office assigns
			Pattern.compile("\\b[A-Z]{1,4}(-\\d+)+\\b"),
			// character encodings a ledger file may be in (UTF-8, GBK): names of
			// standards
			Pattern.compile("\\bUTF-8\\b|\\bGBK\\b"));

	/**
	 * Latin words that are the word a Chinese reader uses too, each named here because
	 * Chinese pages write it in Latin letters.
	 */
	private static final Set<String> ACCEPTED = Set.of(
			// file formats on download buttons and upload hints ("导出 XLSX", "支持 PDF、JPEG、
			// PNG、WebP"): the format's own name is what the reader's software shows
			"PDF", "XLSX", "CSV", "ODS", "ICS", "JPEG", "PNG", "WebP",
			// size units of upload limits and attachments ("10 MB", "120.5 KB"), written
			// so in
			// Chinese too
			"MB", "KB",
			// products a reader opens a ledger in ("Excel", "LibreOffice / WPS 表格"):
			// brand names, not translated
			"Excel", "LibreOffice", "WPS",
			// key caps named in a hint ("按住 Ctrl 或 Command 键"): the letters on the key
			"Ctrl", "Command",
			// the example of a weak password in the password rules: a string of keys
			"qwerty");

	private static final Pattern WORD = Pattern.compile("(?<![A-Za-z])[A-Za-z]{2,}(?![A-Za-z])");

	private LatinWords() {
	}

	/**
	 * The words on the page that are neither data nor accepted, each with the text around
	 * it.
	 * @param page a page rendered in Chinese
	 * @return the findings, empty when the page is all translated
	 */
	public static Set<String> notData(Document page) {
		Document copy = page.clone();
		// other languages on purpose (the language switch names English in English), and
		// values a template marks as not to be translated (HTML's translate="no": a login
		// name on the account pages, where the login itself is what is managed)
		copy.select("script, style, noscript, template, [lang]:not(html), [hidden], [translate=no]").remove();
		Set<String> found = new LinkedHashSet<>();
		scan(copy.title(), found);
		scan(copy.body().text(), found);
		for (Element e : copy.select("[title], [aria-label], [placeholder], [alt]")) {
			for (String name : new String[] { "title", "aria-label", "placeholder", "alt" }) {
				scan(e.attr(name), found);
			}
		}
		return found;
	}

	private static void scan(String text, Set<String> found) {
		String rest = text;
		for (Pattern data : DATA) {
			rest = data.matcher(rest).replaceAll(" ");
		}
		Matcher m = WORD.matcher(rest);
		while (m.find()) {
			if (!ACCEPTED.contains(m.group())) {
				int from = Math.max(0, m.start() - 12);
				int to = Math.min(rest.length(), m.end() + 12);
				found.add("\"" + m.group() + "\" in \"" + rest.substring(from, to).strip() + "\"");
			}
		}
	}

}
