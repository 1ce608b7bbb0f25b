package org.lianjian.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Phone numbers and e-mail addresses on a unit's page (the unit's and its liaisons') are
 * tel: and mailto: links, so a phone calls or writes with one tap.
 */
@WebIntegrationTest
class ContactLinksTests {

	/** Mainland numbers: a landline with its area code (021-65123456), or a mobile. */
	private static final Pattern PHONE = Pattern.compile("^(\\+86[ -]?)?(0\\d{2,3}[ -]?\\d{7,8}|1[3-9]\\d{9})$");

	private static final Pattern EMAIL = Pattern.compile("^[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+$");

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Test
	void shouldLinkEveryPhoneNumberAndEmailAddressOnTheUnitPage() throws Exception {
		for (String who : new String[] { "staff", "liaison" }) {
			Long unit = this.users.scopeUnitOf("liaison");
			String html = this.mvc.perform(get("/units/{id}", unit).with(this.users.as(who)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			Document page = Jsoup.parse(html);
			List<String> contacts = new ArrayList<>();
			List<String> unlinked = new ArrayList<>();
			for (Element e : page.select("main *")) {
				for (TextNode t : e.textNodes()) {
					String text = t.text().strip();
					boolean phone = PHONE.matcher(text).matches();
					boolean email = EMAIL.matcher(text).matches();
					if (phone || email) {
						contacts.add(text);
						String href = e.tagName().equals("a") ? e.attr("href") : "";
						String expected = phone ? "tel:" + text.replace(" ", "") : "mailto:" + text;
						if (!href.equals(expected)) {
							unlinked.add(text + " (" + e.tagName() + " href=" + href + ")");
						}
					}
				}
			}
			assertThat(contacts).as("contact details on the unit page as " + who).isNotEmpty();
			assertThat(unlinked).as("contact details that are not tel:/mailto: links, as " + who).isEmpty();
		}
	}

}
