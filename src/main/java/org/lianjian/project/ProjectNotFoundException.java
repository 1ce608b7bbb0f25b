package org.lianjian.project;

import org.lianjian.shared.web.NotFoundException;

/** A project that does not exist or lies outside the current user's scope. */
public class ProjectNotFoundException extends NotFoundException {

	ProjectNotFoundException(Long id) {
		super("project " + id);
	}

	static ProjectNotFoundException forId(Long id) {
		return new ProjectNotFoundException(id);
	}

}
