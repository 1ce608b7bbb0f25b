package org.lianjian.support;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Follows every same-origin GET link a signed-in account is shown, from the home page on,
 * and records what each answered. Bounded so that a role's crawl stays a few seconds: a
 * link's path and query are normalised (pagination and sort parameters dropped, query
 * parameters sorted), every distinct link is requested once, a page is opened to collect
 * its own links only up to a cap per route shape (ids replaced by {id}) and in total, and
 * a route shape is requested only a few times from each route shape that links to it.
 */
public final class LinkCrawler {

	/** Parameters that only page or order a list: their variants show the same links. */
	private static final Set<String> LIST_VARIANT_PARAMETERS = Set.of("page", "sort", "dir", "order", "size");

	private static final Pattern ID_SEGMENT = Pattern.compile("/\\d+(?=/|$)");

	private static final Pattern YEAR_SEGMENT = Pattern.compile("/(19|20)\\d\\d(-\\d\\d)?(?=/|$)");

	private final MockMvc mvc;

	private final int maxPages;

	private final int pagesPerShape;

	private final int requestsPerShape;

	public LinkCrawler(MockMvc mvc, int maxPages, int pagesPerShape, int requestsPerShape) {
		this.mvc = mvc;
		this.maxPages = maxPages;
		this.pagesPerShape = pagesPerShape;
		this.requestsPerShape = requestsPerShape;
	}

	/**
	 * Crawls from the home page.
	 * @param as the signed-in account
	 * @return every link requested, with its answer and the page that showed it
	 * @throws Exception when a request cannot be made at all
	 */
	public Crawl crawl(RequestPostProcessor as) throws Exception {
		Crawl crawl = new Crawl();
		Deque<Link> queue = new ArrayDeque<>();
		Set<String> seen = new HashSet<>();
		Map<String, Integer> requestsByShape = new HashMap<>();
		Map<String, Integer> pagesByShape = new HashMap<>();
		queue.add(new Link("/", "(start)"));
		seen.add("/");
		while (!queue.isEmpty()) {
			Link link = queue.poll();
			String shape = shape(link.target());
			// a route is requested a few times from each route that links to it, so that
			// a
			// dead link on one page is not hidden by good links to the same route
			// elsewhere
			if (requestsByShape.merge(shape(link.from()) + " -> " + shape, 1, Integer::sum) > this.requestsPerShape) {
				crawl.skipped++;
				continue;
			}
			MockHttpServletResponse response = this.mvc.perform(get(URI.create(link.target())).with(as))
				.andReturn()
				.getResponse();
			int status = response.getStatus();
			crawl.answers.add(new Answer(link.target(), link.from(), status));
			if (status >= 300 && status < 400 && response.getRedirectedUrl() != null) {
				offer(new Link(response.getRedirectedUrl(), link.target()), queue, seen);
				continue;
			}
			boolean html = response.getContentType() != null && response.getContentType().startsWith("text/html");
			if (status != 200 || !html || crawl.pages.size() >= this.maxPages
					|| pagesByShape.merge(shape, 1, Integer::sum) > this.pagesPerShape) {
				continue;
			}
			Document page = Jsoup.parse(response.getContentAsString(), "http://localhost" + link.target());
			crawl.pages.put(link.target(), page);
			for (Element a : page.select("a[href]")) {
				String target = normalise(a.attr("href"), link.target());
				if (target != null) {
					offer(new Link(target, link.target()), queue, seen);
				}
			}
		}
		return crawl;
	}

	private static void offer(Link link, Deque<Link> queue, Set<String> seen) {
		String target = normalise(link.target(), link.from());
		if (target != null && seen.add(target)) {
			queue.add(new Link(target, link.from()));
		}
	}

	/**
	 * The link as a path and sorted query on this site, or null for a link not to follow:
	 * another site, another scheme, a fragment of the same page, the language switch (the
	 * same page in the other language), logging out, static resources.
	 */
	static String normalise(String href, String base) {
		if (href.isBlank() || href.startsWith("#") || href.startsWith("javascript:")) {
			return null;
		}
		URI uri;
		try {
			uri = new URI("http", "localhost", base.contains("?") ? base.substring(0, base.indexOf('?')) : base, null)
				.resolve(new URI(href.replace(" ", "%20")));
		}
		catch (URISyntaxException ex) {
			return null;
		}
		if (uri.getScheme() == null || !uri.getScheme().equals("http") || !"localhost".equals(uri.getHost())) {
			return null;
		}
		String path = uri.getRawPath();
		if (path == null || path.isEmpty() || path.startsWith("/logout") || path.startsWith("/webjars/")
				|| path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")) {
			return null;
		}
		Map<String, String> query = new TreeMap<>();
		if (uri.getRawQuery() != null) {
			for (String pair : uri.getRawQuery().split("&")) {
				String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
				if (name.equals("lang")) {
					return null;
				}
				if (!LIST_VARIANT_PARAMETERS.contains(name) && !pair.endsWith("=")) {
					query.merge(name, pair, (a, b) -> a + "&" + b);
				}
			}
		}
		return query.isEmpty() ? path : path + "?" + String.join("&", query.values());
	}

	/** The route a link is an instance of: ids and years replaced, query names only. */
	static String shape(String target) {
		int q = target.indexOf('?');
		String path = (q < 0) ? target : target.substring(0, q);
		path = ID_SEGMENT.matcher(YEAR_SEGMENT.matcher(path).replaceAll("/{year}")).replaceAll("/{id}");
		if (q < 0) {
			return path;
		}
		List<String> names = new ArrayList<>();
		for (String pair : target.substring(q + 1).split("&")) {
			names.add(pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair);
		}
		return path + "?" + String.join("&", names);
	}

	record Link(String target, String from) {
	}

	/** One link requested: where it led, from which page, and the status. */
	public record Answer(String target, String from, int status) {

		@Override
		public String toString() {
			return this.status + " " + this.target + " (linked from " + this.from + ")";
		}

	}

	/** What one crawl found. */
	public static final class Crawl {

		final List<Answer> answers = new ArrayList<>();

		final Map<String, Document> pages = new LinkedHashMap<>();

		int skipped;

		public List<Answer> answers() {
			return this.answers;
		}

		/** The HTML pages opened, by the link that opened them. */
		public Map<String, Document> pages() {
			return this.pages;
		}

		/** Links not requested because their route shape was requested often enough. */
		public int skipped() {
			return this.skipped;
		}

		public List<Answer> failures() {
			return this.answers.stream().filter((a) -> a.status() >= 400).toList();
		}

	}

}
