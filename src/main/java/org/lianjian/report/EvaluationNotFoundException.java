package org.lianjian.report;

import org.lianjian.shared.web.NotFoundException;

/**
 * No round for that year, or a unit outside the current user's scope.
 */
public class EvaluationNotFoundException extends NotFoundException {

	EvaluationNotFoundException(String what) {
		super(what);
	}

	static EvaluationNotFoundException forYear(int year) {
		return new EvaluationNotFoundException("evaluation round " + year);
	}

	static EvaluationNotFoundException forUnit(int year, Long unitId) {
		return new EvaluationNotFoundException("evaluation of unit " + unitId + " in " + year);
	}

}
