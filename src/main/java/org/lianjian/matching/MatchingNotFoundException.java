package org.lianjian.matching;

import org.lianjian.shared.web.NotFoundException;

/**
 * No need, resource, order or category with that id, or not one the current user may see.
 */
public class MatchingNotFoundException extends NotFoundException {

	MatchingNotFoundException(String what, Long id) {
		super(what + " " + id);
	}

	static MatchingNotFoundException need(Long id) {
		return new MatchingNotFoundException("need", id);
	}

	static MatchingNotFoundException resource(Long id) {
		return new MatchingNotFoundException("resource", id);
	}

	static MatchingNotFoundException order(Long id) {
		return new MatchingNotFoundException("order", id);
	}

	static MatchingNotFoundException category(Long id) {
		return new MatchingNotFoundException("category", id);
	}

}
