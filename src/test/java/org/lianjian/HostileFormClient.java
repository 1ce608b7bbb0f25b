package org.lianjian;

import java.net.URI;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.lianjian.HostileForm.CannotHandle;
import org.lianjian.HostileForm.FormSource;
import org.lianjian.HostileForm.Kind;
import org.lianjian.HostileForm.Outcome;
import org.lianjian.HostileForm.Route;
import org.lianjian.support.Users;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The browser side of {@link HostileInputTests}: finds the form routes in the request
 * mappings and the page that renders each form, and posts forms as a user, telling the
 * outcome from the answer.
 */
final class HostileFormClient {

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}:]+)(?::(?:[^{}]|\\{[^}]*})*)?}");

	private final MockMvc mvc;

	private final Users users;

	private final NamedParameterJdbcTemplate jdbc;

	private final Map<String, RequestPostProcessor> logins = new LinkedHashMap<>();

	HostileFormClient(MockMvc mvc, Users users, NamedParameterJdbcTemplate jdbc) {
		this.mvc = mvc;
		this.users = users;
		this.jdbc = jdbc;
	}

	/** The poster's login, loaded once per user rather than once per request. */
	RequestPostProcessor as(String user) {
		return this.logins.computeIfAbsent(user, this.users::as);
	}

	/** A page as the user sees it, in Chinese. */
	MvcResult page(String page, String user) throws Exception {
		return this.mvc.perform(get(page).with(as(user)).header("Accept-Language", "zh-CN")).andReturn();
	}

	/** The names of the path variables of a route. */
	static List<String> variables(Route route) {
		List<String> variables = new ArrayList<>();
		Matcher m = PATH_VARIABLE.matcher(route.pattern());
		while (m.find()) {
			variables.add(m.group(1));
		}
		return variables;
	}

	// --- finding the form routes ---

	static List<Route> discover(RequestMappingHandlerMapping mappings) {
		List<Route> routes = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
			Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
			for (RequestMethod method : methods) {
				if ((method == RequestMethod.POST || method == RequestMethod.PUT) && takesForm(e.getValue())) {
					for (String pattern : e.getKey().getPatternValues()) {
						routes.add(new Route(method.name(), pattern, e.getValue()));
					}
				}
			}
		}
		routes.sort(Comparator.comparing(Route::key));
		return routes;
	}

	private static boolean takesForm(HandlerMethod handler) {
		for (MethodParameter p : handler.getMethodParameters()) {
			if (p.hasParameterAnnotation(ModelAttribute.class)) {
				return true;
			}
			if (p.getParameterType().isRecord() && !p.hasParameterAnnotation(RequestParam.class)
					&& !p.hasParameterAnnotation(PathVariable.class) && !p.hasParameterAnnotation(RequestBody.class)
					&& !p.hasParameterAnnotation(AuthenticationPrincipal.class)) {
				return true;
			}
		}
		return false;
	}

	@Nullable FormSource findForm(Route route, String user, List<String> variables, String sql, List<String> tried)
			throws Exception {
		Map<String, Object> ids = Map.of();
		if (!variables.isEmpty()) {
			List<Map<String, Object>> rows = this.jdbc.queryForList(sql, Map.of("user", user));
			if (rows.isEmpty()) {
				tried.add(user + ": no ids");
				return null;
			}
			ids = rows.get(0);
		}
		String path = expand(route.pattern(), ids);
		for (String page : candidatePages(path)) {
			MvcResult res = page(page, user);
			if (res.getResponse().getStatus() != 200) {
				tried.add(user + " GET " + page + " " + res.getResponse().getStatus());
				continue;
			}
			Document doc = Jsoup.parse(res.getResponse().getContentAsString(), "http://localhost" + page);
			for (FormElement form : doc.forms()) {
				if ("post".equalsIgnoreCase(form.attr("method")) && path.equals(actionPath(form))) {
					return new FormSource(route, user, path, page, form);
				}
			}
			tried.add(user + " GET " + page + " has no form posting to " + path);
			// a first step that picks what to fill in (such as the field of a change
			// request): a link to the same page with a query
			for (Element link : doc.select("a[href]")) {
				URI target = URI.create(link.absUrl("href"));
				if (page.equals(target.getPath()) && target.getRawQuery() != null
						&& !target.getRawQuery().startsWith("lang=")) {
					String step = page + "?" + target.getRawQuery();
					MvcResult picked = this.mvc
						.perform(get(URI.create(step)).with(as(user)).header("Accept-Language", "zh-CN"))
						.andReturn();
					Document pickedDoc = Jsoup.parse(picked.getResponse().getContentAsString(),
							"http://localhost" + step);
					for (FormElement form : pickedDoc.forms()) {
						if ("post".equalsIgnoreCase(form.attr("method")) && path.equals(actionPath(form))) {
							return new FormSource(route, user, path, step, form);
						}
					}
					tried.add(user + " GET " + step + " has no form posting to " + path);
					break;
				}
			}
		}
		return null;
	}

	private static String expand(String pattern, Map<String, Object> ids) {
		Matcher m = PATH_VARIABLE.matcher(pattern);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			Object id = ids.get(m.group(1));
			if (id == null) {
				id = ids.get(m.group(1).toLowerCase(Locale.ROOT));
			}
			if (id == null) {
				throw new CannotHandle("the id query gives no column " + m.group(1));
			}
			m.appendReplacement(out, Matcher.quoteReplacement(id.toString()));
		}
		m.appendTail(out);
		return out.toString();
	}

	/**
	 * The path itself, its /new and /edit children, then its ancestors and their /edit.
	 */
	private static List<String> candidatePages(String path) {
		Set<String> pages = new LinkedHashSet<>();
		pages.add(path);
		pages.add(path + "/new");
		pages.add(path + "/edit");
		String p = path;
		while (p.lastIndexOf('/') > 0) {
			p = p.substring(0, p.lastIndexOf('/'));
			pages.add(p);
			pages.add(p + "/edit");
		}
		return List.copyOf(pages);
	}

	private static String actionPath(FormElement form) {
		String action = form.hasAttr("action") ? form.absUrl("action") : form.baseUri();
		if (action.isEmpty()) {
			action = form.baseUri();
		}
		return URI.create(action).getPath();
	}

	// --- posting ---

	Outcome post(FormSource source, Map<String, List<String>> params) throws Exception {
		MockHttpServletRequestBuilder req = request(HttpMethod.valueOf(source.route.method()), source.path).with(csrf())
			.with(as(source.user))
			.header("Accept-Language", "zh-CN");
		// as a browser does, a field without a value (an unchecked checkbox) is not sent
		// at
		// all, rather than sent with no values
		params.forEach((name, values) -> {
			if (!values.isEmpty()) {
				req.param(name, values.toArray(String[]::new));
			}
		});
		MvcResult res;
		try {
			res = this.mvc.perform(req).andReturn();
		}
		catch (Exception ex) {
			return new Outcome(Kind.SERVER_ERROR, "unhandled " + HostileForm.rootMessage(ex), null, List.of());
		}
		int status = res.getResponse().getStatus();
		if (status >= 500) {
			return new Outcome(Kind.SERVER_ERROR, "status " + status, null, List.of());
		}
		if (status >= 300 && status < 400) {
			String location = res.getResponse().getRedirectedUrl();
			if (location == null || location.contains("/login")) {
				return new Outcome(Kind.SERVER_ERROR, "redirect to " + location, null, List.of());
			}
			Object error = res.getFlashMap().get("error");
			if (error != null) {
				return new Outcome(Kind.REJECTED, "flash error " + error, location, List.of());
			}
			return new Outcome(Kind.SAVED, "redirect " + location, location, List.of());
		}
		if (status >= 400) {
			return new Outcome(Kind.REFUSED, "status " + status, null, List.of());
		}
		Document doc = Jsoup.parse(res.getResponse().getContentAsString());
		List<String> invalid = doc.select(".is-invalid[name]").eachAttr("name");
		String messages = String.join(" | ", doc.select(".invalid-feedback, .alert-danger").eachText());
		if (!invalid.isEmpty() || !messages.isEmpty()) {
			return new Outcome(Kind.REJECTED, messages + " " + invalid, null, invalid, ownErrors(res));
		}
		return new Outcome(Kind.SAVED, "status " + status, null, List.of());
	}

	/**
	 * The fields whose errors all come from their own value: a value that did not
	 * convert, or a constraint declared on the field itself. An error that a rule of the
	 * whole form (a class-level constraint) or a controller put on a field may be about
	 * another field's value, so such a field is not among them.
	 */
	static Set<String> ownErrors(MvcResult res) {
		if (res.getModelAndView() == null) {
			return Set.of();
		}
		Set<String> own = new HashSet<>();
		Set<String> other = new HashSet<>();
		for (Object value : res.getModelAndView().getModel().values()) {
			if (value instanceof BindingResult binding) {
				for (FieldError error : binding.getFieldErrors()) {
					(ownValue(error) ? own : other).add(error.getField());
				}
			}
		}
		own.removeAll(other);
		return own;
	}

	private static boolean ownValue(FieldError error) {
		if (error.isBindingFailure()) {
			return true;
		}
		if (!error.contains(ConstraintViolation.class)) {
			return false;
		}
		ConstraintViolation<?> violation = error.unwrap(ConstraintViolation.class);
		Object bean = violation.getLeafBean();
		Class<? extends Annotation> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
		Path.Node leaf = null;
		for (Path.Node node : violation.getPropertyPath()) {
			leaf = node;
		}
		return bean != null && leaf != null && leaf.getKind() == ElementKind.PROPERTY
				&& !bean.getClass().isAnnotationPresent(constraint);
	}

}
