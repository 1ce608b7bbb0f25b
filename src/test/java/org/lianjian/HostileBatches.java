package org.lianjian;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lianjian.HostileForm.FormSource;
import org.lianjian.HostileForm.Kind;
import org.lianjian.HostileForm.Outcome;
import org.lianjian.HostileForm.Route;
import org.lianjian.HostileForm.Work;

/**
 * How {@link HostileInputTests} submits its values with few requests: the i-th value of
 * every field of a form goes in one submission, and only what that submission cannot
 * settle is submitted again, one value at a time, as before.
 *
 * <p>
 * A value is settled by a batch only on evidence as strong as its own submission would
 * give:
 * <ul>
 * <li>rejected: the form came back with a message, and the field's error comes from its
 * own value (it did not convert, or broke a constraint declared on the field), which does
 * not depend on the other fields; the others are submitted again without it;</li>
 * <li>saved: the whole batch was saved, and this value was read back as sent with no
 * markup made of it on the pages that show it.</li>
 * </ul>
 * Everything else (an error that a rule of the whole form or the controller gave, a
 * message that names no field, a refusal, a server error, an untranslated message, a
 * value not read back, markup on a page) sends each value concerned alone, so every
 * failure is found, and reported, by the submission of that one value.
 */
final class HostileBatches {

	/** The submission of one value alone, reporting its failures. */
	@FunctionalInterface
	interface Alone {

		void submit(FormSource source, String field, String value) throws Exception;

	}

	/** Runs work in a transaction of the route's, rolled back afterwards. */
	@FunctionalInterface
	interface Transactions {

		<T> T rolledBack(Route route, Work<T> work) throws Exception;

	}

	private final HostileFormClient client;

	private final HostileReadBack readBack;

	private final Transactions transactions;

	private final Alone alone;

	private final Map<String, Integer> outcomes;

	HostileBatches(HostileFormClient client, HostileReadBack readBack, Transactions transactions, Alone alone,
			Map<String, Integer> outcomes) {
		this.client = client;
		this.readBack = readBack;
		this.transactions = transactions;
		this.alone = alone;
		this.outcomes = outcomes;
	}

	/**
	 * Submits one value per field (by field), in as few submissions as the answers allow.
	 * @return the number of submissions
	 */
	int submit(FormSource source, Map<String, String> values) throws Exception {
		Map<String, String> open = new LinkedHashMap<>(values);
		List<String> single = new ArrayList<>();
		int submissions = 0;
		while (open.size() > 1) {
			submissions++;
			Map<String, List<String>> params = new LinkedHashMap<>(source.base);
			open.forEach((field, value) -> params.put(field, List.of(value)));
			Map<String, String> sent = Map.copyOf(open);
			Map<String, List<String>> problems = new LinkedHashMap<>();
			Outcome outcome = this.transactions.rolledBack(source.route, () -> {
				Outcome o = this.client.post(source, params);
				if (o.kind() == Kind.SAVED) {
					problems.putAll(this.readBack.check(source, sent, o));
				}
				return o;
			});
			count("batch " + outcome.kind());
			if (outcome.kind() == Kind.SAVED) {
				sent.keySet()
					.stream()
					.filter((f) -> !problems.containsKey(f))
					.forEach((f) -> settled(source, f, Kind.SAVED));
				single.addAll(problems.keySet());
				open.clear();
			}
			else if (outcome.kind() == Kind.REJECTED && !outcome.detail().contains("Failed to convert")
					&& open.keySet().stream().anyMatch(outcome.ownErrors()::contains)) {
				List<String> rejected = open.keySet().stream().filter(outcome.ownErrors()::contains).toList();
				rejected.forEach((f) -> settled(source, f, Kind.REJECTED));
				rejected.forEach(open::remove);
			}
			else {
				break;
			}
		}
		single.addAll(open.keySet());
		for (String field : single) {
			submissions++;
			this.alone.submit(source, field, values.get(field));
		}
		return submissions;
	}

	private void settled(FormSource source, String field, Kind kind) {
		count(source.kinds.get(field) + " " + kind);
	}

	private void count(String what) {
		this.outcomes.merge(what, 1, Integer::sum);
	}

}
