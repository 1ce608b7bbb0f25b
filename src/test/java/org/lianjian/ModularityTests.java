package org.lianjian;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module rules: every module declares the modules it may depend on, and
 * {@code verify()} rejects a dependency that is not declared as well as a cycle. The
 * documentation of the modules in {@code docs/modules} is generated here.
 */
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(LianjianApplication.class);

	/**
	 * Every module and the modules it may use, bottom up. A new module is added here and
	 * in its {@code package-info.java}; a new dependency in both places too.
	 */
	private static final Map<String, List<String>> ALLOWED = Map.ofEntries(Map.entry("shared", List.of()),
			Map.entry("structure", List.of("shared")), Map.entry("account", List.of("shared", "structure")),
			Map.entry("job", List.of("shared", "account")),
			Map.entry("unit", List.of("shared", "structure", "account", "job")),
			Map.entry("agreement", List.of("shared", "structure", "account", "unit")),
			Map.entry("project", List.of("shared", "structure", "account", "unit", "agreement")),
			Map.entry("activity", List.of("shared", "structure", "account", "unit", "agreement", "project")),
			Map.entry("report", List.of("shared", "structure", "account", "unit", "agreement")),
			Map.entry("dashboard", List.of("shared", "structure", "account", "unit", "agreement", "activity")),
			Map.entry("demo",
					List.of("shared", "structure", "account", "unit", "agreement", "project", "activity", "report")));

	private static final Path DOCS = Path.of("docs", "modules");

	@Test
	void shouldKeepModuleBoundaries() {
		MODULES.verify();
	}

	@Test
	void shouldHaveExactlyTheListedModules() {
		assertThat(MODULES.stream().map((m) -> m.getIdentifier().toString()))
			.containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
	}

	@Test
	void shouldDeclareTheAllowedDependenciesOfEveryModule() {
		Map<String, List<String>> declared = new TreeMap<>();
		MODULES.forEach((m) -> {
			ApplicationModule annotation = packageAnnotation(m.getBasePackage().getName());
			assertThat(annotation).as("@ApplicationModule on %s", m.getBasePackage().getName()).isNotNull();
			assertThat(annotation.allowedDependencies()).as("%s declares its allowed dependencies", m.getIdentifier())
				.doesNotContain(ApplicationModule.OPEN_TOKEN);
			declared.put(m.getIdentifier().toString(), List.of(annotation.allowedDependencies()));
		});
		assertThat(declared).isEqualTo(new TreeMap<>(ALLOWED));
	}

	@Test
	void shouldUseEveryDeclaredDependency() {
		// a declared dependency that nothing uses would let one in unseen later
		MODULES.forEach((m) -> {
			TreeSet<String> used = m.getDirectDependencies(MODULES)
				.uniqueModules()
				.map((d) -> d.getIdentifier().toString())
				.collect(Collectors.toCollection(TreeSet::new));
			TreeSet<String> declared = new TreeSet<>(ALLOWED.get(m.getIdentifier().toString()));
			declared.remove("shared");
			used.remove("shared");
			assertThat(used).as("modules that %s uses", m.getIdentifier()).isEqualTo(declared);
		});
	}

	@Test
	void shouldWriteTheModuleDocumentation() throws IOException {
		// written into docs/modules, which docs/architecture.md links: a change of the
		// module graph shows up as a change of these files
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases()
			.writeAggregatingDocument();
		List<String> written = new ArrayList<>();
		try (Stream<Path> files = Files.list(DOCS)) {
			files.forEach((f) -> written.add(f.getFileName().toString()));
		}
		assertThat(written).contains("components.puml", "all-docs.adoc");
		ALLOWED.keySet().forEach((m) -> assertThat(written).contains("module-" + m + ".puml", "module-" + m + ".adoc"));
	}

	private static ApplicationModule packageAnnotation(String packageName) {
		try {
			return Class.forName(packageName + ".package-info").getAnnotation(ApplicationModule.class);
		}
		catch (ClassNotFoundException ex) {
			return null;
		}
	}

}
