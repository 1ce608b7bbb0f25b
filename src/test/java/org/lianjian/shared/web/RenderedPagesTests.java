package org.lianjian.shared.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lianjian.support.KeptPages;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Kept pages: served again only while the database is unchanged, each with its own
 * request's CSRF token, never to another user or scope.
 */
@WebIntegrationTest
class RenderedPagesTests {

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	RenderedPages rendered;

	@Test
	void shouldServeAKeptPageOnlyUntilAnyCommitChangesTheData() throws Exception {
		Long id = this.jdbc.queryForObject("select min(id) from resident_unit where status = 'ACTIVE'", Long.class);
		String name = this.jdbc.queryForObject("select name from resident_unit where id = ?", String.class, id);
		String first = page("/units/" + id, "staff", new MockHttpSession());
		long hits = this.rendered.hits();
		String again = page("/units/" + id, "staff", new MockHttpSession());
		assertThat(this.rendered.hits()).as("the second visit is served the kept page").isEqualTo(hits + 1);
		assertThat(withoutTokens(again)).isEqualTo(withoutTokens(first));
		try {
			// a change that bypasses the application altogether, as psql would
			this.jdbc.update("update resident_unit set name = name || '（更名）' where id = ?", id);
			String changed = page("/units/" + id, "staff", new MockHttpSession());
			assertThat(this.rendered.hits()).as("rendered again after the commit").isEqualTo(hits + 1);
			assertThat(changed).contains(name + "（更名）");
			page("/units/" + id, "staff", new MockHttpSession());
			assertThat(this.rendered.hits()).as("and kept again").isEqualTo(hits + 2);
		}
		finally {
			this.jdbc.update("update resident_unit set name = ? where id = ?", name, id);
		}
		assertThat(page("/units/" + id, "staff", new MockHttpSession())).doesNotContain(name + "（更名）");
	}

	@Test
	void shouldGiveAKeptPageTheTokenOfTheSessionThatAsks() throws Exception {
		Long id = this.jdbc.queryForObject("select min(id) from agreement where status = 'ACTIVE'", Long.class);
		MockHttpSession one = new MockHttpSession();
		MockHttpSession two = new MockHttpSession();
		List<String> first = tokens(page("/agreements/" + id, "staff", one));
		long hits = this.rendered.hits();
		List<String> second = tokens(page("/agreements/" + id, "staff", two));
		assertThat(this.rendered.hits()).isEqualTo(hits + 1);
		assertThat(second).as("forms inside the page and the layout's logout form").hasSizeGreaterThan(1);
		assertThat(second).as("one token throughout").containsOnly(second.get(0));
		assertThat(second.get(0)).isNotEqualTo(first.get(0));
		this.mvc.perform(post("/logout").param("_csrf", second.get(0)).session(two).with(this.users.as("staff")))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void shouldKeepPagesPerUserAndScope() throws Exception {
		String staff = page("/agreements", "staff", new MockHttpSession());
		long hits = this.rendered.hits();
		String liaison = page("/agreements", "liaison", new MockHttpSession());
		page("/agreements", "admin", new MockHttpSession());
		assertThat(this.rendered.hits()).as("no one is served another user's page").isEqualTo(hits);
		assertThat(withoutTokens(liaison)).isNotEqualTo(withoutTokens(staff));
		String home = page("/", "secretary", new MockHttpSession());
		assertThat(page("/", "staff", new MockHttpSession())).isNotEqualTo(home);
		assertThat(this.rendered.hits()).isEqualTo(hits);
	}

	@Test
	void shouldNotLetAHeaderFilterAListThatIsKeptByItsParameters() throws Exception {
		String name = this.jdbc.queryForObject("select min(name) from resident_unit where status = 'ACTIVE'",
				String.class);
		String term = name.substring(0, Math.min(4, name.length()));
		Pattern total = Pattern.compile("共 (\\d+) 家单位");
		KeptPages.renderAfresh(this.jdbc);
		// a header named like a filter field (Spring MVC binds headers too) must not
		// search, or the page kept for plain /units would show the search's result
		String withHeader = this.mvc
			.perform(get("/units").header("Q", term)
				.header("Page", "1")
				.session(new MockHttpSession())
				.with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		KeptPages.renderAfresh(this.jdbc);
		String plain = page("/units", "staff", new MockHttpSession());
		String searched = this.mvc
			.perform(get("/units").param("q", term).session(new MockHttpSession()).with(this.users.as("staff")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(group(total, withHeader)).isEqualTo(group(total, plain));
		assertThat(group(total, searched)).as("the term does narrow the list as a parameter")
			.isNotEqualTo(group(total, plain));
	}

	@Test
	void shouldGreetEachSessionByTheNameItHolds() throws Exception {
		String before = this.jdbc.queryForObject("select display_name from user_account where username = 'staff'",
				String.class);
		RequestPostProcessor earlier = this.users.as("staff");
		try {
			this.jdbc.update("update user_account set display_name = ? where username = 'staff'", before + "乙");
			RequestPostProcessor later = this.users.as("staff");
			// the greeting inside <main>; the layout's user menu is rendered per request
			// anyway
			assertThat(home(earlier)).contains(before + "，您好");
			assertThat(home(later)).as("not the page kept for the other session").contains(before + "乙，您好");
		}
		finally {
			this.jdbc.update("update user_account set display_name = ? where username = 'staff'", before);
		}
	}

	@Test
	void shouldNotKeepPagesInsideATransaction() throws Exception {
		page("/agreements", "staff", new MockHttpSession());
		long hits = this.rendered.hits();
		this.transactions.executeWithoutResult((tx) -> {
			try {
				page("/agreements", "staff", new MockHttpSession());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(this.rendered.hits()).isEqualTo(hits);
	}

	private String page(String path, String user, MockHttpSession session) throws Exception {
		return this.mvc.perform(get(path).session(session).with(this.users.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String home(RequestPostProcessor user) throws Exception {
		return this.mvc.perform(get("/").session(new MockHttpSession()).with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String group(Pattern pattern, String html) {
		Matcher m = pattern.matcher(html);
		assertThat(m.find()).as(pattern.pattern()).isTrue();
		return m.group(1);
	}

	private static List<String> tokens(String html) {
		Matcher m = TOKEN.matcher(html);
		return m.results().map((r) -> r.group(1)).toList();
	}

	private static String withoutTokens(String html) {
		return TOKEN.matcher(html).replaceAll("");
	}

}
