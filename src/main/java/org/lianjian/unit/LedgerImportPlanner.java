package org.lianjian.unit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.lianjian.structure.StructureService;
import org.lianjian.unit.LedgerReader.Row;
import org.lianjian.unit.LedgerReader.Sheet;

import org.springframework.stereotype.Component;

/**
 * Plans an import: matches each row to an existing unit (by credit code, else by exact
 * name), turns it into a form, checks it with the form's rules and for duplicates within
 * the file. Runs inside the caller's transaction and writes nothing. Problems are
 * collected bounded ({@link ImportErrors}).
 */
@Component
class LedgerImportPlanner {

	private final UnitService units;

	private final StructureService structure;

	private final UnitLedger ledger;

	private final LedgerRowMapper mapper;

	private final Validator validator;

	@PersistenceContext
	private @Nullable EntityManager em;

	LedgerImportPlanner(UnitService units, StructureService structure, UnitLedger ledger, LedgerRowMapper mapper,
			Validator validator) {
		this.units = units;
		this.structure = structure;
		this.ledger = ledger;
		this.mapper = mapper;
		this.validator = validator;
	}

	/** A row turned into a form, with the unit it matches (or null for a new one). */
	record Planned(int row, UnitForm form, @Nullable Long unitId, boolean valid) {

	}

	/**
	 * The plan of a whole file.
	 *
	 * @param rows every row, valid or not
	 * @param errors the problems, bounded
	 * @param matched the existing units the rows match, by id (managed entities)
	 */
	record Plan(List<Planned> rows, ImportErrors errors, Map<Long, ResidentUnit> matched) {

	}

	Plan plan(Sheet sheet) {
		Map<Long, ResidentUnit> matched = new HashMap<>();
		Map<Integer, ResidentUnit> matchOf = new HashMap<>();
		Map<Integer, Integer> ambiguous = new HashMap<>();
		match(sheet, matched, matchOf, ambiguous);
		Set<Long> currentOrgs = new HashSet<>();
		for (ResidentUnit u : matched.values()) {
			if (u.getResidentialAreaId() != null) {
				currentOrgs.add(u.getResidentialAreaId());
			}
			if (u.getNetworkId() != null) {
				currentOrgs.add(u.getNetworkId());
			}
		}
		UnitChoices choices = this.units.choices();
		LedgerRowMapper.Lookups lookups = new LedgerRowMapper.Lookups(this.structure.names(currentOrgs),
				index(choices.areas()), index(choices.networks()));
		Duplicates duplicates = new Duplicates();
		ImportErrors errors = new ImportErrors();
		List<Planned> planned = new ArrayList<>();
		for (Row row : sheet.rows()) {
			ResidentUnit match = matchOf.get(row.number());
			List<ImportRowError> rowErrors = new ArrayList<>();
			Set<UnitField> bad = new HashSet<>();
			Integer sameName = ambiguous.get(row.number());
			if (sameName != null) {
				rowErrors.add(this.mapper.error(row, UnitField.NAME, "unit.import.error.ambiguousName", sameName));
				bad.add(UnitField.NAME);
			}
			UnitForm form = this.mapper.toForm(row, match, lookups, rowErrors, bad);
			validate(row, form, rowErrors, bad);
			duplicates.check(row, match, rowErrors, bad);
			errors.addRow(rowErrors);
			planned.add(new Planned(row.number(), form, match == null ? null : match.getId(), rowErrors.isEmpty()));
		}
		return new Plan(planned, errors, matched);
	}

	/** Finds the unit of each row: by credit code, else by a name only one unit has. */
	private void match(Sheet sheet, Map<Long, ResidentUnit> matched, Map<Integer, ResidentUnit> matchOf,
			Map<Integer, Integer> ambiguous) {
		Set<String> codes = new HashSet<>();
		Set<String> names = new HashSet<>();
		for (Row row : sheet.rows()) {
			if (!row.get(UnitField.CREDIT_CODE).isEmpty()) {
				codes.add(row.get(UnitField.CREDIT_CODE));
			}
			if (!row.get(UnitField.NAME).isEmpty()) {
				names.add(row.get(UnitField.NAME));
			}
		}
		Map<String, ResidentUnit> byCode = new HashMap<>();
		for (ResidentUnit u : load("u.creditCode", codes)) {
			byCode.put(u.getCreditCode(), u);
		}
		Map<String, List<ResidentUnit>> byName = new HashMap<>();
		for (ResidentUnit u : load("u.name", names)) {
			byName.computeIfAbsent(u.getName(), (k) -> new ArrayList<>()).add(u);
		}
		for (Row row : sheet.rows()) {
			String code = row.get(UnitField.CREDIT_CODE);
			String name = row.get(UnitField.NAME);
			ResidentUnit match = code.isEmpty() ? null : byCode.get(code);
			if (match == null && !name.isEmpty()) {
				List<ResidentUnit> same = byName.getOrDefault(name, List.of());
				if (same.size() == 1) {
					match = same.get(0);
				}
				else if (same.size() > 1) {
					ambiguous.put(row.number(), same.size());
				}
			}
			if (match != null) {
				matched.put(match.getId(), match);
				matchOf.put(row.number(), match);
			}
		}
		// the coordination roster of the matched units, in one statement
		this.units.readCoordination(matched.values());
	}

	private void validate(Row row, UnitForm form, List<ImportRowError> rowErrors, Set<UnitField> bad) {
		for (ConstraintViolation<UnitForm> v : this.validator.validate(form)) {
			UnitField column = UnitField.ofProperty(v.getPropertyPath().toString());
			if (column != null && bad.contains(column)) {
				continue;
			}
			String message = v.getMessage();
			if (column == UnitField.CREDIT_CODE) {
				message = this.mapper.creditCodeMessage(row.get(UnitField.CREDIT_CODE), message);
			}
			rowErrors.add(new ImportRowError(row.number(), column == null ? "" : this.ledger.header(column), message));
			if (column != null) {
				bad.add(column);
			}
		}
	}

	/** Codes, units and new names already seen in the file, for the duplicate checks. */
	private final class Duplicates {

		private final Map<String, Integer> codes = new HashMap<>();

		private final Map<Long, Integer> units = new HashMap<>();

		private final Map<String, Integer> newNames = new HashMap<>();

		void check(Row row, @Nullable ResidentUnit match, List<ImportRowError> rowErrors, Set<UnitField> bad) {
			LedgerRowMapper mapper = LedgerImportPlanner.this.mapper;
			String code = row.get(UnitField.CREDIT_CODE);
			if (!code.isEmpty() && !bad.contains(UnitField.CREDIT_CODE)) {
				Integer first = this.codes.putIfAbsent(code, row.number());
				if (first != null) {
					rowErrors.add(mapper.error(row, UnitField.CREDIT_CODE, "unit.import.error.duplicateCode", first));
					bad.add(UnitField.CREDIT_CODE);
				}
			}
			if (match != null) {
				Integer first = this.units.putIfAbsent(match.getId(), row.number());
				if (first != null && !bad.contains(UnitField.CREDIT_CODE)) {
					rowErrors.add(mapper.error(row, UnitField.NAME, "unit.import.error.duplicateUnit", first));
				}
			}
			else if (!row.get(UnitField.NAME).isEmpty() && !bad.contains(UnitField.NAME)) {
				Integer first = this.newNames.putIfAbsent(row.get(UnitField.NAME), row.number());
				if (first != null) {
					rowErrors.add(mapper.error(row, UnitField.NAME, "unit.import.error.duplicateName", first));
				}
			}
		}

	}

	private List<ResidentUnit> load(String path, Set<String> values) {
		EntityManager em = Objects.requireNonNull(this.em);
		List<ResidentUnit> result = new ArrayList<>();
		List<String> all = new ArrayList<>(values);
		for (int i = 0; i < all.size(); i += 1000) {
			result
				.addAll(em.createQuery("select u from ResidentUnit u where " + path + " in :values", ResidentUnit.class)
					.setParameter("values", all.subList(i, Math.min(all.size(), i + 1000)))
					.getResultList());
		}
		return result;
	}

	private static Map<String, List<Long>> index(Collection<UnitChoice> options) {
		Map<String, List<Long>> result = new HashMap<>();
		for (UnitChoice o : options) {
			List<Long> ids = result.computeIfAbsent(o.name().trim(), (k) -> new ArrayList<>());
			if (!ids.contains(o.id())) {
				ids.add(o.id());
			}
		}
		return result;
	}

}
