package org.lianjian.shared.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.ui.Model;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Keeps the rendered {@code <main>} of the busiest read pages (lists, calendar, detail
 * pages, home) and serves it again until the database changes.
 *
 * <p>
 * <b>When an entry is still right.</b> Each entry carries the PostgreSQL snapshot it was
 * rendered under ({@code pg_current_snapshot()}: the oldest running transaction, the next
 * transaction id and the ones in progress). Two equal snapshots see the same committed
 * data, and any commit anywhere (a form, an import, a job, psql) changes the snapshot. So
 * a request first reads the current snapshot (one short statement) and takes an entry
 * only if it was rendered under the same one; otherwise it renders and replaces it. Data
 * read after the snapshot can only be newer than it, never older.
 *
 * <p>
 * <b>Whom an entry is for.</b> The key holds the view, the path and query, the locale,
 * today's date, the user's name and what the page adds: at least the user's data scope
 * (role, organisations, unit), and a time window where the page lists what starts from
 * now on (home: 10 seconds). Entries are per user, so nothing a page shows only to its
 * user (a name, a liaison's own appointment) can reach anyone else.
 *
 * <p>
 * <b>What is not kept.</b> The session's CSRF token is cut out of the stored markup and
 * put back per request; the layout around {@code <main>} (menu, user, messages after a
 * redirect) is rendered per request. Nothing is kept inside an open transaction (tests
 * that roll back), and {@code portal.page-cache.enabled=false} turns the cache off.
 */
@Component
public class RenderedPages {

	/** The view that wraps a kept {@code <main>} in the layout. */
	static final String VIEW = "fragments/rendered";

	private static final Logger log = LoggerFactory.getLogger(RenderedPages.class);

	/** Flash attributes the layout shows above {@code <main>}. */
	private static final Set<String> FLASH_OUTSIDE_MAIN = Set.of("message", "error");

	private static final String RENDERED = "renderedMain";

	/** How long a request waits for another that renders the same page. */
	private static final long WAIT_SECONDS = 10;

	private static final String SNAPSHOT = "select pg_current_snapshot()::text";

	/**
	 * Stands in for the CSRF token in stored markup; unguessable, so no input holds it.
	 */
	private final String tokenMark = "csrf-" + UUID.randomUUID();

	private final JdbcTemplate jdbc;

	private final ObjectProvider<ViewResolver> viewResolvers;

	private final boolean enabled;

	private final Cache<Key, Entry> cache;

	private final Clock clock;

	private final LongAdder served = new LongAdder();

	/** Requests for a page that may be kept (the cache on, no form carried). */
	private final LongAdder asked = new LongAdder();

	private final Map<Flight, CompletableFuture<@Nullable Entry>> inFlight = new ConcurrentHashMap<>();

	RenderedPages(JdbcTemplate jdbc, ObjectProvider<ViewResolver> viewResolvers, ObjectProvider<MeterRegistry> meters,
			@Value("${portal.page-cache.enabled:true}") boolean enabled,
			@Value("${portal.page-cache.max-chars:32000000}") long maxChars, Clock clock) {
		this.jdbc = jdbc;
		this.viewResolvers = viewResolvers;
		this.enabled = enabled;
		this.cache = Caffeine.newBuilder()
			.maximumWeight(maxChars)
			// an entry of a snapshot that has passed is never served again
			.expireAfterAccess(Duration.ofMinutes(30))
			.weigher((Key k, Entry e) -> Arrays.stream(e.parts()).mapToInt(String::length).sum())
			.recordStats()
			.build();
		meters.ifAvailable((registry) -> {
			CaffeineCacheMetrics.monitor(registry, this.cache, "rendered-pages");
			// Caffeine counts a kept entry of an older snapshot as a hit; these count
			// what
			// was served: a kept page (result=kept) or a page rendered for the request
			FunctionCounter.builder("portal.pages.kept", this.served, LongAdder::sum)
				.tag("result", "kept")
				.description("page requests answered with a kept page")
				.register(registry);
			FunctionCounter.builder("portal.pages.kept", this, (pages) -> pages.asked.sum() - pages.served.sum())
				.tag("result", "rendered")
				.description("page requests that could have been kept but were rendered")
				.register(registry);
		});
		this.clock = clock;
	}

	/**
	 * Shows a page's {@code <main>} from the cache, or fills the model, renders and keeps
	 * it.
	 * @param view the page's view (a template whose {@code <main>} is placed in the
	 * layout)
	 * @param menu the layout's active menu entry, as the template passes it
	 * @param audience what besides the request decides the page's content: at least the
	 * user's data scope
	 * @param request the request
	 * @param response the response
	 * @param model the model; {@code fill} adds the page's attributes to it
	 * @param fill reads the page's data into the model (only on a miss); may throw, for
	 * example a 404
	 * @return the view name for the controller to return
	 */
	public String page(String view, String menu, Object audience, HttpServletRequest request,
			HttpServletResponse response, Model model, Runnable fill) {
		if (!this.enabled || TransactionSynchronizationManager.isActualTransactionActive() || carriesForms(request)) {
			fill.run();
			return view;
		}
		this.asked.increment();
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		Key key = new Key(view, pathAndQuery(request), LocaleContextHolder.getLocale(), LocalDate.now(this.clock),
				(user != null) ? user.getName() : "", audience);
		String snapshot = Objects.requireNonNull(this.jdbc.queryForObject(SNAPSHOT, String.class));
		Entry entry = this.cache.getIfPresent(key);
		if (entry == null || !entry.snapshot().equals(snapshot)) {
			entry = renderOnce(new Flight(key, snapshot), view, request, response, model, fill);
		}
		if (entry != null) {
			this.served.increment();
			model.addAttribute(RENDERED, withToken(entry.parts(), request));
			model.addAttribute("breadcrumbs", entry.breadcrumbs());
		}
		model.addAttribute("renderedMenu", menu);
		return VIEW;
	}

	/**
	 * Renders the page for a key and snapshot unless another request is already doing so;
	 * then waits for that one (a few requests arriving together after a change render
	 * once, not each).
	 * @return the entry another request rendered; or null when this request rendered the
	 * page itself (its markup is in the model)
	 */
	private @Nullable Entry renderOnce(Flight flight, String view, HttpServletRequest request,
			HttpServletResponse response, Model model, Runnable fill) {
		CompletableFuture<@Nullable Entry> mine = new CompletableFuture<>();
		CompletableFuture<@Nullable Entry> running = this.inFlight.putIfAbsent(flight, mine);
		if (running != null) {
			try {
				Entry other = running.get(WAIT_SECONDS, TimeUnit.SECONDS);
				if (other != null) {
					return other;
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (ExecutionException | TimeoutException ex) {
				// the other request failed or is slow: render this one alone
			}
			render(flight, view, request, response, model, fill);
			return null;
		}
		try {
			mine.complete(render(flight, view, request, response, model, fill));
		}
		catch (RuntimeException | Error ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			// whatever ended the render, nobody waits for it any longer (no-op when done)
			mine.complete(null);
			this.inFlight.remove(flight, mine);
		}
		return null;
	}

	/** Fills the model, renders {@code <main>} into it and keeps it; null if not kept. */
	private @Nullable Entry render(Flight flight, String view, HttpServletRequest request, HttpServletResponse response,
			Model model, Runnable fill) {
		fill.run();
		String html = renderMain(view, model, request, response);
		model.addAttribute(RENDERED, html);
		String stored = withoutToken(html, request);
		if (stored == null) {
			return null;
		}
		Entry entry = new Entry(flight.snapshot(), stored.split(Pattern.quote(this.tokenMark), -1),
				model.getAttribute("breadcrumbs"));
		this.cache.put(flight.key(), entry);
		return entry;
	}

	/** How many requests were served a kept page so far (for tests and metrics). */
	long hits() {
		return this.served.sum();
	}

	private String renderMain(String view, Model model, HttpServletRequest request, HttpServletResponse response) {
		Locale locale = LocaleContextHolder.getLocale();
		View main = null;
		for (ViewResolver resolver : this.viewResolvers.orderedStream().toList()) {
			try {
				main = resolver.resolveViewName(view + " :: main", locale);
			}
			catch (Exception ex) {
				throw new IllegalStateException("cannot resolve " + view, ex);
			}
			if (main != null) {
				break;
			}
		}
		if (main == null) {
			throw new IllegalStateException("no view " + view);
		}
		StringWriter out = new StringWriter(16384);
		try {
			main.render(model.asMap(), request, new Capture(response, new PrintWriter(out)));
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot render " + view, ex);
		}
		return out.toString();
	}

	/**
	 * The markup with the session's CSRF token replaced by the mark, or null when a CSRF
	 * field holds something else (then the page is not kept).
	 */
	private @Nullable String withoutToken(String html, HttpServletRequest request) {
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		String field = "name=\"" + ((token != null) ? token.getParameterName() : "_csrf") + "\"";
		String stored = (token != null) ? html.replace(token.getToken(), this.tokenMark) : html;
		if (occurrences(stored, field) != occurrences(stored, this.tokenMark)) {
			log.warn("Not keeping a rendered page whose CSRF fields do not hold this request's token");
			return null;
		}
		return stored;
	}

	private static int occurrences(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
			n++;
		}
		return n;
	}

	/** The kept markup with this request's CSRF token between its parts. */
	private static String withToken(String[] parts, HttpServletRequest request) {
		if (parts.length == 1) {
			return parts[0];
		}
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		return String.join((token != null) ? token.getToken() : "", parts);
	}

	/**
	 * Whether a redirect brought more than a message (for example a form with its
	 * errors), which the page would show inside {@code <main>}.
	 */
	private static boolean carriesForms(HttpServletRequest request) {
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
		return flash != null && !FLASH_OUTSIDE_MAIN.containsAll(flash.keySet());
	}

	/** The path and the parameters by name (the same page whatever their order). */
	private static List<Object> pathAndQuery(HttpServletRequest request) {
		Map<String, List<String>> parameters = new TreeMap<>();
		request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
		return List.of(request.getRequestURI(), parameters);
	}

	private record Key(String view, List<Object> path, Locale locale, LocalDate today, String user, Object audience) {

	}

	/**
	 * A kept {@code <main>}.
	 *
	 * @param snapshot the database snapshot it was rendered under
	 * @param parts its markup, cut where the CSRF token goes
	 * @param breadcrumbs the page's trail, for the layout
	 */
	private record Entry(String snapshot, String[] parts, @Nullable Object breadcrumbs) {

	}

	private record Flight(Key key, String snapshot) {

	}

	/**
	 * Collects what a view writes instead of sending it, and leaves the headers alone.
	 */
	private static final class Capture extends HttpServletResponseWrapper {

		private final PrintWriter writer;

		Capture(HttpServletResponse response, PrintWriter writer) {
			super(response);
			this.writer = writer;
		}

		@Override
		public PrintWriter getWriter() {
			return this.writer;
		}

		@Override
		public void setContentType(String type) {
		}

		@Override
		public void setCharacterEncoding(String charset) {
		}

		@Override
		public void setLocale(Locale locale) {
		}

		@Override
		public void setContentLength(int len) {
		}

		@Override
		public void flushBuffer() {
		}

	}

}
