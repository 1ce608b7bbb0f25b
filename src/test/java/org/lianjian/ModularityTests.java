package org.lianjian;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(LianjianApplication.class);

	@Test
	void shouldKeepModuleBoundaries() {
		this.modules.verify();
	}

	@Test
	void shouldHaveTheFeatureModules() {
		assertThat(this.modules.stream().map((m) -> m.getIdentifier().toString())).contains("structure", "account",
				"unit", "shared", "dashboard", "demo");
	}

	@Test
	void shouldWriteModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
