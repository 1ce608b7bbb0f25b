package org.lianjian;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read-only SQL views that modules publish for other modules to read (see
 * docs/architecture.md, "Views"). Their columns, names and types in order, are the
 * contract: a migration that renames, drops, retypes or reorders one fails here, and is
 * then a deliberate change of the contract and of its readers.
 */
@WebIntegrationTest
class SqlViewContractTests {

	/** The views that modules publish. */
	private static final List<String> VIEWS = List.of("organisation_directory", "coordination_membership",
			"unit_directory");

	@Autowired
	private JdbcTemplate jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "organisation_directory", "coordination_membership", "unit_directory" })
	void theViewKeepsItsColumns(String view) {
		assertThat(columns(view)).as("columns of the view %s", view).containsExactlyElementsOf(expected(view));
	}

	@ParameterizedTest
	@ValueSource(strings = { "organisation_directory", "unit_directory" })
	void nobodyWritesThroughTheView(String view) {
		for (String privilege : List.of("INSERT", "UPDATE", "DELETE", "TRUNCATE")) {
			assertThat(this.jdbc.queryForObject("select has_table_privilege(?, ?)", Boolean.class, view, privilege))
				.as("%s on %s", privilege, view)
				.isFalse();
		}
		assertThat(this.jdbc.queryForObject("select has_table_privilege(?, 'SELECT')", Boolean.class, view)).isTrue();
	}

	@Test
	void everyViewIsAContractListedHere() {
		assertThat(this.jdbc.queryForList("""
				select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where c.relkind = 'v' and n.nspname = current_schema()
				  and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')""",
				String.class))
			.as("views of the schema; a new view is a contract: list it here with its columns")
			.containsExactlyInAnyOrderElementsOf(VIEWS);
	}

	private List<String> columns(String view) {
		return this.jdbc.queryForList("""
				select a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
				from pg_attribute a
				where a.attrelid = cast(? as regclass) and a.attnum > 0 and not a.attisdropped
				order by a.attnum""", String.class, view);
	}

	private static List<String> expected(String view) {
		return switch (view) {
			// structure: the organisations (V95)
			case "organisation_directory" ->
				List.of("id bigint", "type character varying(40)", "structure_role character varying(40)",
						"name character varying(200)", "short_name character varying(60)", "parent_id bigint",
						"status character varying(20)", "retired_on date", "sort_order integer");
			// structure: the coordination committee's roster (V72)
			case "coordination_membership" -> List.of("id bigint", "organisation_id bigint",
					"role character varying(40)", "valid_from date", "valid_to date");
			// unit: the resident units (V96)
			case "unit_directory" -> List.of("id bigint", "name character varying(200)",
					"short_name character varying(60)", "credit_code character varying(18)",
					"category character varying(30)", "admin_rank character varying(20)", "residential_area_id bigint",
					"party_org_id bigint", "party_org_kind character varying(20)", "network_id bigint",
					"headcount integer", "status character varying(20)", "effective_from date", "status_date date");
			default -> throw new IllegalArgumentException(view);
		};
	}

}
