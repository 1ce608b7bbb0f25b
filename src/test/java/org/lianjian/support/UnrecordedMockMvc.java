package org.lianjian.support;

import java.util.List;

import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A {@link MockMvc} on the shared context of {@link WebIntegrationTest} that does not
 * keep each request and answer to print them should the test fail. The shared
 * {@code MockMvc} does (Boot's default), which is right for a test of a few requests; a
 * test of thousands (the hostile-input tests) would hold every page in memory and format
 * each one. Building this one needs no context of its own, unlike
 * {@code @AutoConfigureMockMvc(print = MockMvcPrint.NONE)}, which is a second context.
 */
public final class UnrecordedMockMvc {

	private UnrecordedMockMvc() {
	}

	/**
	 * Builds it as Boot builds the shared one (the context's filters, Spring Security,
	 * every {@link MockMvcBuilderCustomizer}), without the printing.
	 * @param context the shared context
	 * @param customizers the context's customizers
	 * @return a MockMvc that prints nothing
	 */
	public static MockMvc of(WebApplicationContext context, List<MockMvcBuilderCustomizer> customizers) {
		DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup(context);
		for (MockMvcBuilderCustomizer customizer : customizers) {
			if (customizer instanceof SpringBootMockMvcBuilderCustomizer) {
				SpringBootMockMvcBuilderCustomizer quiet = new SpringBootMockMvcBuilderCustomizer(context);
				quiet.setAddFilters(true);
				quiet.setPrint(MockMvcPrint.NONE);
				quiet.customize(builder);
			}
			else {
				customizer.customize(builder);
			}
		}
		return builder.build();
	}

}
