package org.lianjian;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lianjian.support.LatinWords;
import org.lianjian.support.LinkCrawler;
import org.lianjian.support.LinkCrawler.Crawl;
import org.lianjian.support.UnrecordedMockMvc;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every demo account follows every link it is shown, from its home page on: none answers
 * 403, 404 or 500 (a name the reader may not open is plain text, not a link), every
 * download answers 200, and no Chinese page shows a Latin-only word that is not data (a
 * raw code, an English detail, a login name, a build version). One crawl per role serves
 * both checks.
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageCrawlTests {

	private static final Logger log = LoggerFactory.getLogger(PageCrawlTests.class);

	@Autowired
	WebApplicationContext context;

	@Autowired
	List<MockMvcBuilderCustomizer> customizers;

	@Autowired
	Users users;

	private final Map<String, Crawl> crawls = new ConcurrentHashMap<>();

	@ParameterizedTest
	@ValueSource(strings = { "admin", "staff", "secretary", "liaison", "liaison2" })
	void shouldAnswerEveryLinkShown(String who) throws Exception {
		Crawl crawl = crawl(who);
		assertThat(crawl.pages()).as("pages reached by " + who).hasSizeGreaterThan(20);
		assertThat(crawl.failures()).as("links shown to " + who + " that fail").isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin", "staff", "secretary", "liaison", "liaison2" })
	void shouldShowNoRawIdentifierOnChinesePages(String who) throws Exception {
		List<String> found = new ArrayList<>();
		for (Map.Entry<String, Document> page : crawl(who).pages().entrySet()) {
			for (String word : LatinWords.notData(page.getValue())) {
				found.add(word + "  on " + page.getKey());
			}
		}
		assertThat(found).as("Latin-only words that are not data, on the Chinese pages " + who + " reaches").isEmpty();
	}

	private Crawl crawl(String who) throws Exception {
		Crawl crawl = this.crawls.get(who);
		if (crawl == null) {
			long start = System.nanoTime();
			crawl = new LinkCrawler(UnrecordedMockMvc.of(this.context, this.customizers), 300, 3, 6)
				.crawl(this.users.as(who));
			log.info("Crawl as {}: {} links requested, {} pages read, {} links of a shape met often enough, {} ms", who,
					crawl.answers().size(), crawl.pages().size(), crawl.skipped(),
					(System.nanoTime() - start) / 1_000_000);
			this.crawls.put(who, crawl);
		}
		return crawl;
	}

}
