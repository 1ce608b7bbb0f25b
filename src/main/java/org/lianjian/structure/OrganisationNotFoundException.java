package org.lianjian.structure;

import org.lianjian.shared.web.NotFoundException;

/**
 * No organisation with that id.
 */
public class OrganisationNotFoundException extends NotFoundException {

	OrganisationNotFoundException(Long id) {
		super("organisation " + id);
	}

	static OrganisationNotFoundException forId(Long id) {
		return new OrganisationNotFoundException(id);
	}

}
