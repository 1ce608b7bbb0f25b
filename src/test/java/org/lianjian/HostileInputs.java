package org.lianjian;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The corpus of {@code hostile-inputs.txt}: one value a line, with the escape and
 * generator syntax documented at the top of that file.
 */
final class HostileInputs {

	private static final Pattern REPEAT = Pattern.compile("\\{repeat:([^:}]*):(\\d+)\\}");

	private static final Pattern CODE_POINT = Pattern.compile("\\\\U\\{([0-9A-Fa-f]{1,6})\\}");

	private final List<String> values;

	private HostileInputs(List<String> values) {
		this.values = List.copyOf(values);
	}

	static HostileInputs load() {
		List<String> values = new ArrayList<>();
		try (InputStream in = HostileInputs.class.getResourceAsStream("/hostile-inputs.txt")) {
			if (in == null) {
				throw new IllegalStateException("hostile-inputs.txt is missing");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				values.add(parse(line));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new HostileInputs(values);
	}

	List<String> all() {
		return this.values;
	}

	/**
	 * A reproducible sample: the corpus shuffled with a seed taken from the key, then the
	 * first {@code size} values.
	 */
	List<String> sample(String key, int size) {
		List<String> copy = new ArrayList<>(this.values);
		Collections.shuffle(copy, new Random(key.hashCode()));
		return copy.subList(0, Math.min(size, copy.size()));
	}

	static String parse(String line) {
		if (line.equals("{empty}")) {
			return "";
		}
		StringBuilder out = new StringBuilder();
		Matcher m = REPEAT.matcher(line);
		int at = 0;
		while (m.find()) {
			out.append(unescape(line.substring(at, m.start())));
			out.append(unescape(m.group(1)).repeat(Integer.parseInt(m.group(2))));
			at = m.end();
		}
		out.append(unescape(line.substring(at)));
		return out.toString();
	}

	static String unescape(String s) {
		StringBuilder out = new StringBuilder(s.length());
		int i = 0;
		while (i < s.length()) {
			char c = s.charAt(i);
			if (c != '\\' || i + 1 >= s.length()) {
				out.append(c);
				i++;
				continue;
			}
			char n = s.charAt(i + 1);
			switch (n) {
				case 'n' -> {
					out.append('\n');
					i += 2;
				}
				case 'r' -> {
					out.append('\r');
					i += 2;
				}
				case 't' -> {
					out.append('\t');
					i += 2;
				}
				case '\\' -> {
					out.append('\\');
					i += 2;
				}
				case 'u' -> {
					if (i + 6 <= s.length() && s.substring(i + 2, i + 6).matches("[0-9A-Fa-f]{4}")) {
						out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
						i += 6;
					}
					else {
						out.append(c);
						i++;
					}
				}
				case 'U' -> {
					Matcher cp = CODE_POINT.matcher(s).region(i, s.length());
					if (cp.lookingAt()) {
						out.appendCodePoint(Integer.parseInt(cp.group(1), 16));
						i = cp.end();
					}
					else {
						out.append(c);
						i++;
					}
				}
				default -> {
					out.append(c);
					i++;
				}
			}
		}
		return out.toString();
	}

}
