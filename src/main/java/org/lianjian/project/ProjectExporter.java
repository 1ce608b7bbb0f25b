package org.lianjian.project;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.lianjian.shared.export.XlsxTable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The project list as an xlsx workbook, with the list's filters and scope. */
@Component
class ProjectExporter {

	static final List<String> HEADERS = List.of("project.name", "project.brand", "project.status", "project.leadOrg",
			"project.partners", "project.startDate", "project.endDate", "project.beneficiaryTarget",
			"project.milestones");

	private final ProjectService projects;

	private final MessageSource messages;

	ProjectExporter(ProjectService projects, MessageSource messages) {
		this.projects = projects;
		this.messages = messages;
	}

	byte[] export(ProjectFilter filter, Locale locale) {
		List<ProjectViews.Summary> rows = this.projects.exportRows(filter);
		List<String> headers = HEADERS.stream().map((key) -> msg(key, locale)).toList();
		try (XlsxTable table = new XlsxTable(msg("project.export.sheet", locale), headers,
				new int[] { 40, 12, 10, 30, 50, 12, 12, 12, 10 })) {
			for (ProjectViews.Summary s : rows) {
				table.row(s.name(), s.brand().name(), msg(s.status().messageKey(), locale), s.leadOrg().name(),
						s.partners().stream().map(ProjectViews.Ref::name).collect(Collectors.joining("、")),
						s.startDate(), s.endDate(), s.beneficiaryTarget(),
						s.milestonesDone() + "/" + s.milestonesTotal());
			}
			return table.toBytes();
		}
	}

	private String msg(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
