package org.lianjian.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Form posts shared by the web-layer reliability tests: a complete, valid unit form, and
 * the optimistic-lock version read back from a rendered edit form.
 */
public final class FormPosts {

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	private FormPosts() {
	}

	/**
	 * A valid unit form (new or edit) with CSRF.
	 * @param path {@code /units/new} or {@code /units/{id}/edit}
	 * @param name the unit's name
	 * @param address the address (the field the tests change)
	 * @param area the residential area id
	 * @param version the version from the edit form, or null for a new unit
	 * @return the request
	 */
	public static MockHttpServletRequestBuilder unit(String path, String name, String address, Long area,
			@Nullable Long version) {
		MockHttpServletRequestBuilder request = post(path).with(csrf())
			.param("name", name)
			.param("shortName", "")
			.param("creditCode", "")
			.param("category", "SOCIAL_ORGANISATION")
			.param("adminRank", "NONE")
			.param("address", address)
			.param("residentialAreaId", area.toString())
			.param("gridRef", "")
			.param("headcount", "10")
			.param("contactPhone", "")
			.param("contactEmail", "")
			.param("partyOrgKind", "")
			.param("partyMemberCount", "0")
			.param("sectorCommittee", "")
			.param("networkId", "")
			.param("_dualManaged", "on")
			.param("_coordinationMember", "on")
			.param("status", "ACTIVE");
		if (version != null) {
			request.param("version", version.toString());
		}
		return request;
	}

	/**
	 * The hidden {@code version} field of a rendered edit form.
	 * @param html the page
	 * @return the version
	 */
	public static long versionIn(String html) {
		Matcher m = VERSION.matcher(html);
		assertThat(m.find()).as("version field in the edit form").isTrue();
		return Long.parseLong(m.group(1));
	}

}
