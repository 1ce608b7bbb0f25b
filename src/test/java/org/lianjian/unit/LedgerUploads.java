package org.lianjian.unit;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.lianjian.support.Users;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Drives the ledger import pages through MockMvc as one user with one browser session:
 * upload, the preview the upload leads to, commit and the progress until done.
 */
final class LedgerUploads {

	private final MockMvc mvc;

	private final Users users;

	private final String user;

	final MockHttpSession session = new MockHttpSession();

	LedgerUploads(MockMvc mvc, Users users, String user) {
		this.mvc = mvc;
		this.users = users;
		this.user = user;
	}

	MvcResult upload(String fileName, byte[] bytes) throws Exception {
		return this.mvc
			.perform(multipart("/units/import")
				.file(new MockMultipartFile("file", fileName, "application/octet-stream", bytes))
				.session(this.session)
				.with(this.users.as(this.user))
				.with(csrf()))
			.andReturn();
	}

	/** Uploads and returns the location of the preview the upload redirects to. */
	String uploadForPreview(String fileName, byte[] bytes) throws Exception {
		MvcResult result = upload(fileName, bytes);
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/units/import/");
		return location;
	}

	MvcResult page(String location) throws Exception {
		return this.mvc.perform(get(location).session(this.session).with(this.users.as(this.user)))
			.andExpect(status().isOk())
			.andReturn();
	}

	/** Uploads and returns the preview the redirect leads to. */
	ImportPreview preview(String fileName, byte[] bytes) throws Exception {
		return previewAt(uploadForPreview(fileName, bytes));
	}

	ImportPreview previewAt(String location) throws Exception {
		return (ImportPreview) page(location).getModelAndView().getModel().get("preview");
	}

	/** Commits a previewed upload and waits for the background import to finish. */
	ImportProgress commit(ImportPreview preview) throws Exception {
		return commit(preview.token());
	}

	ImportProgress commit(String token) throws Exception {
		String location = this.mvc
			.perform(post("/units/import/{t}/commit", token).session(this.session)
				.with(this.users.as(this.user))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).isEqualTo("/units/import/" + token + "/progress");
		AtomicReference<ImportProgress> last = new AtomicReference<>();
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100)).until(() -> {
			ImportProgress progress = (ImportProgress) page(location).getModelAndView().getModel().get("progress");
			last.set(progress);
			return progress.finished();
		});
		return last.get();
	}

}
