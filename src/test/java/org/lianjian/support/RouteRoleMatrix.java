package org.lianjian.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Asserts the full route × role matrix: for every route, what an anonymous visitor and
 * each demo account get. All mismatches are reported together.
 *
 * <pre>
 * matrix.route(GET, "/structure").anonymous(LOGIN).expect(200, "admin", "staff", "secretary", "liaison");
 * matrix.verify();
 * </pre>
 */
public final class RouteRoleMatrix {

	/**
	 * Expected for anonymous visitors of protected pages: a redirect to the login page.
	 */
	public static final int LOGIN = -302;

	private final MockMvc mvc;

	private final Users users;

	private final List<Route> routes = new ArrayList<>();

	public RouteRoleMatrix(MockMvc mvc, Users users) {
		this.mvc = mvc;
		this.users = users;
	}

	public Route route(HttpMethod method, String path) {
		Route route = new Route(method, path);
		this.routes.add(route);
		return route;
	}

	public void verify() throws Exception {
		List<String> failures = new ArrayList<>();
		int checked = 0;
		for (Route route : this.routes) {
			for (Map.Entry<String, Integer> e : route.expected.entrySet()) {
				String who = e.getKey();
				int expected = e.getValue();
				MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(route.method, route.path);
				if (route.method != HttpMethod.GET) {
					request.with(csrf());
				}
				route.params.forEach(request::param);
				if (!who.equals("anonymous")) {
					request.with(this.users.as(who));
				}
				MvcResult result = this.mvc.perform(request).andReturn();
				int status = result.getResponse().getStatus();
				String location = result.getResponse().getRedirectedUrl();
				boolean ok = (expected == LOGIN) ? status == 302 && location != null && location.endsWith("/login")
						: (expected == 302) ? status == 302 : status == expected;
				checked++;
				if (!ok) {
					failures.add(route.method + " " + route.path + " as " + who + ": expected "
							+ (expected == LOGIN ? "login redirect" : expected) + " but got " + status
							+ (location != null ? " -> " + location : ""));
				}
			}
		}
		assertThat(checked).as("cells checked").isPositive();
		assertThat(failures).as("route × role matrix mismatches").isEmpty();
	}

	/**
	 * One route and what each visitor should get.
	 */
	public static final class Route {

		private final HttpMethod method;

		private final String path;

		private final Map<String, Integer> expected = new LinkedHashMap<>();

		private final Map<String, String> params = new LinkedHashMap<>();

		Route(HttpMethod method, String path) {
			this.method = method;
			this.path = path;
		}

		public Route anonymous(int status) {
			this.expected.put("anonymous", status);
			return this;
		}

		public Route expect(int status, String... usernames) {
			for (String u : usernames) {
				this.expected.put(u, status);
			}
			return this;
		}

		public Route param(String name, String value) {
			this.params.put(name, value);
			return this;
		}

	}

}
