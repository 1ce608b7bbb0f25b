package org.lianjian.agreement;

import org.lianjian.shared.sql.ScopeClause;

/**
 * The data scope of agreements, as SQL: those signed by one of the user's organisations
 * (the community side), and those their unit is a party to. The list, the colour filter,
 * the dashboard's red list and the annual report apply this one clause.
 */
public final class AgreementScope {

	/** The agreements a user may see, on {@code agreement a}. */
	public static final ScopeClause AGREEMENTS = ScopeClause.linked("a.community_org_id", "agreement_party",
			"agreement_id", "a.id");

	private AgreementScope() {
	}

}
