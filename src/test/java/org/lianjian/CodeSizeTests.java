package org.lianjian;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Size limits for main code: no source file over {@value #MAX_CLASS_LINES} lines and no
 * method or constructor over {@value #MAX_METHOD_LINES} lines (from its name to its
 * closing brace, annotations and comments before it not counted). A plain source scan:
 * strings, character literals and comments are blanked before braces are matched.
 * <p>
 * Excepted: the demo-data generators ({@code org.lianjian.demo}), which are data written
 * as code. Anything else over a limit is split by job, or named in {@link #ALLOWED} with
 * its reason.
 */
class CodeSizeTests {

	static final int MAX_CLASS_LINES = 500;

	static final int MAX_METHOD_LINES = 60;

	private static final Path MAIN = Path.of("src/main/java");

	/** Packages excepted as a whole: demo data written as code. */
	private static final Set<String> EXCEPTED_PACKAGES = Set.of("org/lianjian/demo/");

	/**
	 * Named offenders still allowed, with the reason: "File" for a class, "File#method"
	 * for a method.
	 */
	private static final Map<String, String> ALLOWED = Map.of();

	@Test
	void shouldKeepMainClassesAndMethodsSmall() throws IOException {
		List<String> offenders = new ArrayList<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path file : files.filter((p) -> p.toString().endsWith(".java")).sorted().toList()) {
				String relative = MAIN.relativize(file).toString().replace('\\', '/');
				if (EXCEPTED_PACKAGES.stream().anyMatch(relative::startsWith)) {
					continue;
				}
				offenders.addAll(offenders(relative, Files.readString(file, StandardCharsets.UTF_8)));
			}
		}
		assertThat(offenders).as("classes over %d lines and methods over %d lines", MAX_CLASS_LINES, MAX_METHOD_LINES)
			.filteredOn((o) -> !ALLOWED.containsKey(o.substring(0, o.indexOf(' '))))
			.isEmpty();
	}

	@Test
	void shouldAllowOnlyRealOffenders() throws IOException {
		// an allowance left behind after its class was split must go
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path file : files.filter((p) -> p.toString().endsWith(".java")).toList()) {
				String relative = MAIN.relativize(file).toString().replace('\\', '/');
				offenders(relative, Files.readString(file, StandardCharsets.UTF_8))
					.forEach((o) -> found.add(o.substring(0, o.indexOf(' '))));
			}
		}
		assertThat(found).containsAll(ALLOWED.keySet());
	}

	@Test
	void shouldMeasureMethodsAndClasses() {
		StringBuilder big = new StringBuilder("class Big {\n\tvoid small() {\n\t}\n\n\t@Deprecated\n\tvoid large(");
		big.append("String s) {\n\t\tString t = \"{\";\n\t\tchar c = '}';\n\t\t// }\n");
		big.append("\t\tRunnable r = () -> {\n\t\t};\n".repeat(30));
		big.append("\t}\n\n\trecord R(int a) {\n\t\tR {\n\t\t}\n\t}\n}\n");
		assertThat(offenders("Big.java", big.toString())).containsExactly("Big.java#large 65 lines");
		assertThat(offenders("Long.java", "class Long {\n" + "\n".repeat(500) + "}\n"))
			.containsExactly("Long.java 502 lines");
	}

	/**
	 * The offenders in one source file.
	 * @param name the file's name, used in the result
	 * @param source its text
	 * @return "name N lines" for a long file, "name#method N lines" for each long method
	 */
	static List<String> offenders(String name, String source) {
		List<String> result = new ArrayList<>();
		String code = blank(source);
		int fileLines = (int) source.lines().count();
		if (fileLines > MAX_CLASS_LINES) {
			result.add(name + " " + fileLines + " lines");
		}
		// each open block: true when it is a type body (class, record, enum, interface)
		Deque<Boolean> types = new ArrayDeque<>();
		Deque<int[]> methods = new ArrayDeque<>();
		Deque<String> methodNames = new ArrayDeque<>();
		int headerStart = 0;
		for (int i = 0; i < code.length(); i++) {
			char c = code.charAt(i);
			if (c == '{') {
				String header = code.substring(headerStart, i);
				boolean inType = !types.isEmpty() && types.peek();
				boolean type = header.matches("(?s).*\\b(class|interface|enum|record)\\b.*")
						&& !header.contains("new ");
				types.push(type);
				String method = inType && !type ? methodName(header) : null;
				if (method != null) {
					int start = headerStart + leadingAnnotations(header);
					methods.push(new int[] { line(code, start), types.size() });
					methodNames.push(method);
				}
				headerStart = i + 1;
			}
			else if (c == '}') {
				if (!methods.isEmpty() && methods.peek()[1] == types.size()) {
					int length = line(code, i) - methods.pop()[0] + 1;
					String method = methodNames.pop();
					if (length > MAX_METHOD_LINES) {
						result.add(name + "#" + method + " " + length + " lines");
					}
				}
				types.pop();
				headerStart = i + 1;
			}
			else if (c == ';') {
				headerStart = i + 1;
			}
		}
		return result;
	}

	/** The method's name, or null for a field initialiser or an enum constant's body. */
	private static String methodName(String header) {
		String text = header.substring(leadingAnnotations(header));
		int paren = text.indexOf('(');
		int equals = text.indexOf('=');
		if (paren < 0) {
			// an initialiser or a compact constructor
			return text.isBlank() || text.trim().matches("(static\\s*)?") ? "<init>" : text.trim();
		}
		if (equals >= 0 && equals < paren) {
			return null;
		}
		String before = text.substring(0, paren).trim();
		String[] words = before.split("\\s+");
		String last = words[words.length - 1];
		return last.matches("[A-Z][A-Z0-9_]*") && words.length == 1 ? null : last;
	}

	/** How many characters of the header are annotations and blank space before it. */
	private static int leadingAnnotations(String header) {
		int i = 0;
		while (true) {
			while (i < header.length() && Character.isWhitespace(header.charAt(i))) {
				i++;
			}
			if (i >= header.length() || header.charAt(i) != '@' || header.startsWith("@interface", i)) {
				return i;
			}
			i++;
			while (i < header.length()
					&& (Character.isJavaIdentifierPart(header.charAt(i)) || header.charAt(i) == '.')) {
				i++;
			}
			int j = i;
			while (j < header.length() && Character.isWhitespace(header.charAt(j))) {
				j++;
			}
			if (j < header.length() && header.charAt(j) == '(') {
				int depth = 0;
				for (i = j; i < header.length(); i++) {
					if (header.charAt(i) == '(') {
						depth++;
					}
					else if (header.charAt(i) == ')' && --depth == 0) {
						i++;
						break;
					}
				}
			}
		}
	}

	private static int line(String code, int offset) {
		int n = 1;
		for (int i = 0; i < offset; i++) {
			if (code.charAt(i) == '\n') {
				n++;
			}
		}
		return n;
	}

	/**
	 * The source with the contents of comments, strings, text blocks and character
	 * literals replaced by spaces (line breaks kept), so that braces inside them do not
	 * count.
	 */
	static String blank(String source) {
		StringBuilder out = new StringBuilder(source.length());
		int i = 0;
		while (i < source.length()) {
			int end;
			if (source.startsWith("//", i)) {
				end = source.indexOf('\n', i);
				end = end < 0 ? source.length() : end;
			}
			else if (source.startsWith("/*", i)) {
				end = source.indexOf("*/", i + 2);
				end = end < 0 ? source.length() : end + 2;
			}
			else if (source.startsWith("\"\"\"", i)) {
				end = source.indexOf("\"\"\"", i + 3);
				while (end > 0 && source.charAt(end - 1) == '\\') {
					end = source.indexOf("\"\"\"", end + 1);
				}
				end = end < 0 ? source.length() : end + 3;
			}
			else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
				char quote = source.charAt(i);
				end = i + 1;
				while (end < source.length() && source.charAt(end) != quote) {
					end += source.charAt(end) == '\\' ? 2 : 1;
				}
				end = Math.min(end + 1, source.length());
			}
			else {
				out.append(source.charAt(i));
				i++;
				continue;
			}
			for (int k = i; k < end; k++) {
				out.append(source.charAt(k) == '\n' ? '\n' : ' ');
			}
			i = end;
		}
		return out.toString();
	}

}
