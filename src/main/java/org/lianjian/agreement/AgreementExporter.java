package org.lianjian.agreement;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.lianjian.shared.export.XlsxColumn;
import org.lianjian.shared.export.XlsxTable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import static org.lianjian.shared.export.XlsxColumn.message;

/**
 * Writes the agreement list, as filtered on the page, to an .xlsx workbook: one header
 * row, then one row per agreement in the user's scope.
 */
@Component
class AgreementExporter {

	/** The columns, in file order. */
	static final List<XlsxColumn<AgreementViews.Summary>> COLUMNS = List.of(
			XlsxColumn.of("agreement.number", 16, AgreementViews.Summary::number),
			XlsxColumn.of("agreement.title", 40, AgreementViews.Summary::title),
			XlsxColumn.of("agreement.level", 12, (s) -> message(s.level().messageKey())),
			XlsxColumn.of("agreement.status", 10, (s) -> message(s.status().messageKey())),
			XlsxColumn.of("agreement.communityOrg", 30, AgreementViews.Summary::communityOrgName),
			XlsxColumn.of("agreement.units", 40,
					(s) -> s.units().stream().map(AgreementViews.Ref::name).collect(Collectors.joining("、"))),
			XlsxColumn.of("agreement.termStart", 12, AgreementViews.Summary::termStart),
			XlsxColumn.of("agreement.termEnd", 12, AgreementViews.Summary::termEnd),
			XlsxColumn.of("agreement.rag", 14, (s) -> message(s.rag().messageKey())));

	private final AgreementSearch agreements;

	private final MessageSource messages;

	AgreementExporter(AgreementSearch agreements, MessageSource messages) {
		this.agreements = agreements;
		this.messages = messages;
	}

	byte[] export(AgreementFilter filter, Locale locale) {
		return XlsxTable.write("agreement.export.sheet", COLUMNS, (row) -> this.agreements.export(filter, row),
				this.messages, locale);
	}

}
