package org.lianjian;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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
			Map.entry("job", List.of("shared", "account")), Map.entry("holiday", List.of("shared", "account")),
			Map.entry("unit", List.of("shared", "structure", "account", "job")),
			Map.entry("agreement", List.of("shared", "structure", "account", "unit")),
			Map.entry("project", List.of("shared", "structure", "account", "unit", "agreement")),
			Map.entry("activity", List.of("shared", "structure", "account", "unit", "agreement", "project")),
			Map.entry("matching",
					List.of("shared", "structure", "account", "unit", "agreement", "project", "activity", "holiday")),
			Map.entry("report", List.of("shared", "structure", "account", "job", "unit", "agreement", "matching")),
			Map.entry("dashboard",
					List.of("shared", "structure", "account", "unit", "agreement", "activity", "report", "matching")),
			Map.entry("demo", List.of("shared", "structure", "account", "unit", "agreement", "project", "activity",
					"report", "matching")));

	/**
	 * Modules lower in the graph first (the longest path down to shared), then by name.
	 */
	private static final Comparator<String> BOTTOM_UP = Comparator.comparingInt(ModularityTests::depth)
		.thenComparing(Comparator.naturalOrder());

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
		sortRelations();
		writeAllowedDependencies();
		List<String> written = new ArrayList<>();
		try (Stream<Path> files = Files.list(DOCS)) {
			files.forEach((f) -> written.add(f.getFileName().toString()));
		}
		assertThat(written).contains("components.puml", "all-docs.adoc", "allowed-dependencies.md");
		ALLOWED.keySet().forEach((m) -> assertThat(written).contains("module-" + m + ".puml", "module-" + m + ".adoc"));
	}

	/**
	 * The modules and the dependencies each declares, as Modulith reads them from the
	 * {@code package-info.java} files, in Markdown with a Mermaid graph (the Documenter
	 * writes PlantUML only).
	 */
	private static void writeAllowedDependencies() throws IOException {
		List<String> lines = new ArrayList<>(List.of("# Modules and their allowed dependencies", "",
				"Generated by `ModularityTests` from Spring Modulith's `ApplicationModules` (the",
				"`allowedDependencies` of each module's `package-info.java`); do not edit. `verify()` rejects",
				"any other dependency, and every dependency listed here is in use. The Documenter's diagrams",
				"and module canvases are in this folder too (`components.puml`, `module-*.puml`,",
				"`module-*.adoc`, `all-docs.adoc`).", "", "| module | base package | may depend on |",
				"|---|---|---|"));
		List<String> graph = new ArrayList<>(List.of("", "```mermaid", "flowchart BT"));
		MODULES.stream()
			.sorted(Comparator.comparing(
					(org.springframework.modulith.core.ApplicationModule m) -> m.getIdentifier().toString(), BOTTOM_UP))
			.forEach((m) -> {
				String id = m.getIdentifier().toString();
				List<String> targets = m.getAllowedDependencies(MODULES)
					.stream()
					.map((d) -> d.getTargetModule().getIdentifier().toString())
					.filter((t) -> !t.equals(id))
					.distinct()
					.sorted(BOTTOM_UP)
					.toList();
				lines.add("| `" + id + "` | `" + m.getBasePackage().getName() + "` | "
						+ (targets.isEmpty() ? "nothing"
								: targets.stream().map((t) -> "`" + t + "`").collect(Collectors.joining(", ")))
						+ (m.isOpen() ? " (OPEN: every module may use all of it)" : "") + " |");
				targets.stream()
					.filter((t) -> !t.equals("shared"))
					.forEach((t) -> graph.add("    " + id + " --> " + t));
			});
		graph.add("```");
		graph.add("");
		graph.add("An arrow `a --> b` means that `a` may depend on `b`; every module may use `shared`.");
		lines.addAll(graph);
		Files.write(DOCS.resolve("allowed-dependencies.md"), lines);
	}

	/**
	 * The Documenter writes a diagram's components and relations in no fixed order;
	 * sorted, a file changes only when the modules or their dependencies do.
	 */
	private static void sortRelations() throws IOException {
		try (Stream<Path> files = Files.list(DOCS)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".puml")).toList()) {
				List<String> lines = Files.readAllLines(file);
				List<String> sorted = new ArrayList<>();
				List<String> run = new ArrayList<>();
				String runKind = null;
				for (String line : lines) {
					String kind = kind(line);
					if (runKind != null && !runKind.equals(kind)) {
						run.sort(null);
						sorted.addAll(run);
						run.clear();
					}
					runKind = kind;
					if (kind == null) {
						sorted.add(line);
					}
					else {
						run.add(line);
					}
				}
				run.sort(null);
				sorted.addAll(run);
				Files.write(file, sorted);
			}
		}
	}

	private static String kind(String line) {
		String trimmed = line.strip();
		for (String kind : List.of("Rel(", "Component(", "Container(")) {
			if (trimmed.startsWith(kind)) {
				return kind;
			}
		}
		return null;
	}

	private static int depth(String module) {
		return ALLOWED.get(module).stream().mapToInt((d) -> depth(d) + 1).max().orElse(0);
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
