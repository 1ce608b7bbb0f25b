package org.lianjian;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianjian.support.UnrecordedMockMvc;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The parameter half of {@link HostileInputTests}: every GET route that takes a page, a
 * year, a month or a page size (as a request parameter or a component of its filter
 * record) gets extreme values for each of them, and must never answer 5xx.
 *
 * <p>
 * The routes come from the request mappings, so a new list with such a parameter is
 * tested without editing this test; a route with path variables needs a query for real
 * ids in {@link #IDS}, or this test fails and says so.
 */
@WebIntegrationTest
class HostileParameterTests {

	/** The parameters that steer a list: paging and the period shown. */
	static final Set<String> PARAMETERS = Set.of("page", "size", "year", "month");

	/** Values at and beyond every limit of an int, of a year and of a page. */
	static final List<String> EXTREMES = List.of("2147483647", "-2147483648", "99999999999999999999", "1000000000",
			"-999999999", "99999", "-1", "");

	/**
	 * Real ids for the path variables of a route, one column per variable, as in
	 * {@link HostileInputTests}.
	 */
	private static final Map<String, String> IDS = Map.ofEntries(
			Map.entry("/units/{id}/agreements", "select id from resident_unit order by id limit 1"),
			Map.entry("/structure/organisations/{id}/agreements",
					"select id from organisation where parent_id is not null order by id limit 1"),
			Map.entry("/units/{id}/activities", "select id from resident_unit order by id limit 1"),
			Map.entry("/units/{id:\\d+}/two-way", "select id from resident_unit order by id limit 1"),
			Map.entry("/reports/annual/{year:\\d{4}}", "select 2024 as year"),
			Map.entry("/reports/annual/{year}.pdf", "select 2024 as year"),
			Map.entry("/reports/annual/{year}.xlsx", "select 2024 as year"));

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}:]+)(?::(?:[^{}]|\\{[^}]*})*)?}");

	@Autowired
	WebApplicationContext context;

	@Autowired
	List<MockMvcBuilderCustomizer> customizers;

	/**
	 * The shared context's MockMvc without Boot's record of every request and answer
	 * (kept to print them on a failure): thousands of pages held in memory otherwise.
	 */
	private MockMvc mvc;

	@BeforeEach
	void unrecorded() {
		this.mvc = UnrecordedMockMvc.of(this.context, this.customizers);
	}

	@Autowired
	Users users;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	NamedParameterJdbcTemplate jdbc;

	@Test
	void shouldNeverAnswer5xxToExtremePagesYearsMonthsOrSizes() throws Exception {
		List<Route> routes = discover();
		assertThat(routes).as("list routes with paging or period parameters")
			.extracting(Route::pattern)
			.contains("/projects", "/structure/organisations", "/admin/accounts", "/admin/audit", "/agreements",
					"/projects/export.xlsx", "/activities", "/units");
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (Route route : routes) {
			String path;
			try {
				path = expand(route.pattern());
			}
			catch (IllegalStateException ex) {
				failures.add(route.pattern() + ": " + ex.getMessage());
				continue;
			}
			for (String parameter : route.parameters()) {
				for (String value : EXTREMES) {
					requests++;
					String failure = visit(path, parameter, value);
					if (failure != null) {
						failures.add("GET " + path + "?" + parameter + "=" + value + ": " + failure);
					}
				}
			}
		}
		System.out.printf("HostileParameterTests: %d routes, %d requests%n", routes.size(), requests);
		assertThat(failures).as("5xx answers to extreme parameters").isEmpty();
	}

	private String visit(String path, String parameter, String value) {
		try {
			MvcResult res = this.mvc.perform(get(path).param(parameter, value).with(this.users.as("admin")))
				.andReturn();
			int status = res.getResponse().getStatus();
			return (status >= 500) ? "status " + status + " " + res.getResolvedException() : null;
		}
		catch (Exception ex) {
			Throwable t = ex;
			while (t.getCause() != null && t.getCause() != t) {
				t = t.getCause();
			}
			return "unhandled " + t;
		}
	}

	private String expand(String pattern) {
		Matcher m = PATH_VARIABLE.matcher(pattern);
		if (!m.find()) {
			return pattern;
		}
		String sql = IDS.get(pattern);
		if (sql == null) {
			throw new IllegalStateException("no query for its path variables in IDS");
		}
		Map<String, Object> ids = this.jdbc.queryForList(sql, Map.of()).get(0);
		m.reset();
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			Object id = ids.get(m.group(1));
			if (id == null) {
				throw new IllegalStateException("the id query gives no column " + m.group(1));
			}
			m.appendReplacement(out, Matcher.quoteReplacement(id.toString()));
		}
		m.appendTail(out);
		return out.toString();
	}

	private List<Route> discover() {
		List<Route> routes = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : this.mappings.getHandlerMethods().entrySet()) {
			Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			Set<String> parameters = parameters(e.getValue());
			if (parameters.isEmpty()) {
				continue;
			}
			for (String pattern : e.getKey().getPatternValues()) {
				routes.add(new Route(pattern, List.copyOf(parameters)));
			}
		}
		routes.sort(Comparator.comparing(Route::pattern));
		return routes;
	}

	/** The steering parameters a handler reads, directly or through a filter record. */
	static Set<String> parameters(HandlerMethod handler) {
		Set<String> found = new LinkedHashSet<>();
		for (MethodParameter p : handler.getMethodParameters()) {
			if (p.hasParameterAnnotation(PathVariable.class)) {
				continue;
			}
			RequestParam param = p.getParameterAnnotation(RequestParam.class);
			if (param != null) {
				String name = !param.name().isEmpty() ? param.name() : p.getParameterName();
				if (name != null && PARAMETERS.contains(name)) {
					found.add(name);
				}
			}
			else if (p.getParameterType().isRecord()) {
				for (RecordComponent c : p.getParameterType().getRecordComponents()) {
					if (PARAMETERS.contains(c.getName())) {
						found.add(c.getName());
					}
				}
			}
		}
		return found;
	}

	record Route(String pattern, List<String> parameters) {

	}

}
