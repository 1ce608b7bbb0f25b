package org.lianjian;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two message files hold the same keys, every key used in a template exists, and
 * templates hold no literal text: what a user reads comes from messages or data.
 */
class I18nTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
			"meta", "source", "track", "wbr", "rect", "line", "circle", "path");

	/** Attributes whose element's text is replaced at render time. */
	private static final Pattern REPLACING = Pattern
		.compile("\\b(th:text|th:utext|th:errors|th:replace|th:insert|sec:authentication)\\s*=");

	private static final Pattern TAG = Pattern
		.compile("<(/?)([a-zA-Z][\\w:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>|<!--.*?-->", Pattern.DOTALL);

	/** Text allowed outside replaced elements: punctuation, arrows, pager symbols. */
	private static final Pattern NEUTRAL = Pattern.compile("[\\s\\p{Punct}–—·«»‹›()（）]*");

	@Test
	void shouldHaveTheSameKeysInBothLanguages() throws IOException {
		Set<String> zh = load("messages.properties").stringPropertyNames();
		Set<String> en = load("messages_en.properties").stringPropertyNames();
		assertThat(new TreeSet<>(zh)).as("keys only in one file").isEqualTo(new TreeSet<>(en));
		assertThat(zh).hasSizeGreaterThan(100);
	}

	@Test
	void shouldDefineEachKeyOnce() throws IOException {
		for (String name : List.of("messages.properties", "messages_en.properties")) {
			List<String> keys = new ArrayList<>();
			try (InputStream in = I18nTests.class.getResourceAsStream("/" + name)) {
				assertThat(in).as(name).isNotNull();
				String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				for (String line : text.split("\\R")) {
					int eq = line.indexOf('=');
					if (!line.isBlank() && !line.startsWith("#") && !line.startsWith(" ") && eq > 0) {
						keys.add(line.substring(0, eq).trim());
					}
				}
			}
			List<String> repeated = keys.stream()
				.filter((k) -> keys.indexOf(k) != keys.lastIndexOf(k))
				.distinct()
				.toList();
			assertThat(repeated).as("keys defined twice in " + name + " (the later one silently wins)").isEmpty();
		}
	}

	@Test
	void shouldHaveChineseInTheDefaultMessages() throws IOException {
		Properties zh = load("messages.properties");
		assertThat(zh.getProperty("nav.structure")).isEqualTo("组织架构");
		long english = zh.stringPropertyNames()
			.stream()
			.filter((k) -> !k.startsWith("layout.lang."))
			.filter((k) -> zh.getProperty(k).matches("[A-Za-z ,.'!?]{4,}"))
			.count();
		assertThat(english).as("untranslated default messages").isZero();
	}

	@Test
	void shouldResolveEveryMessageKeyUsedInTemplates() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		Pattern literalKey = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher m = literalKey.matcher(Files.readString(template));
			while (m.find()) {
				if (!keys.contains(m.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void shouldHoldNoLiteralTextInTemplates() throws IOException {
		List<String> literal = new ArrayList<>();
		for (Path template : templates()) {
			literal.addAll(literalText(TEMPLATES.relativize(template).toString(), Files.readString(template)));
		}
		assertThat(literal).isEmpty();
	}

	@Test
	void shouldFindLiteralTextWhenThereIsSome() {
		assertThat(literalText("t", "<p th:text=\"#{a}\">placeholder</p><p>登录</p><b>Save</b><i>«</i>"))
			.containsExactly("t: 登录", "t: Save");
	}

	static List<String> literalText(String name, String html) {
		List<String> found = new ArrayList<>();
		Deque<Boolean> replaced = new ArrayDeque<>();
		Matcher m = TAG.matcher(html);
		int last = 0;
		while (m.find()) {
			check(name, html.substring(last, m.start()), replaced, found);
			last = m.end();
			if (m.group(2) == null) {
				continue;
			}
			String tag = m.group(2).toLowerCase();
			boolean closing = !m.group(1).isEmpty();
			boolean selfClosing = !m.group(4).isEmpty() || VOID.contains(tag);
			if (closing) {
				if (!replaced.isEmpty()) {
					replaced.pop();
				}
			}
			else if (!selfClosing) {
				boolean parent = !replaced.isEmpty() && replaced.peek();
				replaced.push(parent || REPLACING.matcher(m.group(3)).find() || tag.equals("script")
						|| tag.equals("style") || tag.equals("title") && m.group(3).contains("th:"));
			}
		}
		check(name, html.substring(last), replaced, found);
		return found;
	}

	private static void check(String name, String text, Deque<Boolean> replaced, List<String> found) {
		String t = text.replaceAll("&[a-z]+;|&#\\d+;", " ").strip();
		if (t.isEmpty() || NEUTRAL.matcher(t).matches() || t.startsWith("<!DOCTYPE")) {
			return;
		}
		if (replaced.isEmpty() || !replaced.peek()) {
			found.add(name + ": " + t);
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((p) -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = I18nTests.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}

}
