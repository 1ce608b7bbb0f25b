package org.lianjian.agreement;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.lianjian.shared.export.XlsxTable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the agreement list, as filtered on the page, to an .xlsx workbook: one header
 * row, then one row per agreement in the user's scope.
 */
@Component
class AgreementExporter {

	/** The columns: message key of the header. */
	static final List<String> HEADERS = List.of("agreement.number", "agreement.title", "agreement.level",
			"agreement.status", "agreement.communityOrg", "agreement.units", "agreement.termStart", "agreement.termEnd",
			"agreement.rag");

	private final AgreementSearch agreements;

	private final MessageSource messages;

	AgreementExporter(AgreementSearch agreements, MessageSource messages) {
		this.agreements = agreements;
		this.messages = messages;
	}

	byte[] export(AgreementFilter filter, Locale locale) {
		List<AgreementViews.Summary> rows = this.agreements.exportRows(filter);
		List<String> headers = HEADERS.stream().map((key) -> msg(key, locale)).toList();
		try (XlsxTable table = new XlsxTable(msg("agreement.export.sheet", locale), headers,
				new int[] { 16, 40, 12, 10, 30, 40, 12, 12, 14 })) {
			for (AgreementViews.Summary s : rows) {
				table.row(s.number(), s.title(), msg(s.level().messageKey(), locale),
						msg(s.status().messageKey(), locale), s.communityOrgName(),
						s.units().stream().map(AgreementViews.Ref::name).collect(Collectors.joining("、")),
						s.termStart(), s.termEnd(), msg(s.rag().messageKey(), locale));
			}
			return table.toBytes();
		}
	}

	private String msg(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
