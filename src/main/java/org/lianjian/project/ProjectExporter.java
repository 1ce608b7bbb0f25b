package org.lianjian.project;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.lianjian.shared.export.XlsxColumn;
import org.lianjian.shared.export.XlsxTable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import static org.lianjian.shared.export.XlsxColumn.message;

/** The project list as an xlsx workbook, with the list's filters and scope. */
@Component
class ProjectExporter {

	/** The columns, in file order. */
	static final List<XlsxColumn<ProjectViews.Summary>> COLUMNS = List.of(
			XlsxColumn.of("project.name", 40, ProjectViews.Summary::name),
			XlsxColumn.of("project.brand", 12, (s) -> s.brand().name()),
			XlsxColumn.of("project.status", 10, (s) -> message(s.status().messageKey())),
			XlsxColumn.of("project.leadOrg", 30, (s) -> s.leadOrg().name()),
			XlsxColumn.of("project.partners", 50,
					(s) -> s.partners().stream().map(ProjectViews.Ref::name).collect(Collectors.joining("、"))),
			XlsxColumn.of("project.startDate", 12, ProjectViews.Summary::startDate),
			XlsxColumn.of("project.endDate", 12, ProjectViews.Summary::endDate),
			XlsxColumn.of("project.beneficiaryTarget", 12, ProjectViews.Summary::beneficiaryTarget),
			XlsxColumn.of("project.milestones", 10, (s) -> s.milestonesDone() + "/" + s.milestonesTotal()));

	private final ProjectService projects;

	private final MessageSource messages;

	ProjectExporter(ProjectService projects, MessageSource messages) {
		this.projects = projects;
		this.messages = messages;
	}

	byte[] export(ProjectFilter filter, Locale locale) {
		return XlsxTable.write("project.export.sheet", COLUMNS, (row) -> this.projects.exportRows(filter, row),
				this.messages, locale);
	}

}
