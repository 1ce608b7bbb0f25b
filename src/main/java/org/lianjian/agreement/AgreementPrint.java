package org.lianjian.agreement;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the printed agreement shows (the print page and both PDFs), with labels already
 * resolved, and the print style.
 */
final class AgreementPrint {

	private AgreementPrint() {
	}

	/**
	 * The print style: the portal's working layout, or the national official-document
	 * layout (公文, GB/T 9704), chosen with {@code ?style=gongwen}.
	 */
	enum Style {

		STANDARD, GONGWEN;

		/**
		 * The style a request parameter names; anything else is the standard one.
		 * @param param the {@code style} parameter
		 * @return the style
		 */
		static Style of(@Nullable String param) {
			return "gongwen".equals(param) ? GONGWEN : STANDARD;
		}

	}

	/**
	 * Everything the printed agreement shows.
	 *
	 * @param id the agreement
	 * @param number its number
	 * @param title its title
	 * @param issuer the issuing body for the 公文 header: the name of the structure's core
	 * organisation (e.g. the sub-district Party Working Committee), null if none is set
	 * @param level the level's label
	 * @param status the status's label
	 * @param signed whether it has been approved (signed) at some point
	 * @param parties community side first, then the units
	 * @param term "start to end"
	 * @param signedOn the signed date, formatted
	 * @param areas the areas of cooperation, joined
	 * @param summary the free-text summary
	 * @param rows the commitments
	 */
	public record PrintView(Long id, String number, String title, @Nullable String issuer, String level, String status,
			boolean signed, List<Party> parties, String term, @Nullable String signedOn, String areas,
			@Nullable String summary, List<Row> rows) {

	}

	/**
	 * A signatory.
	 *
	 * @param label 甲方, 乙方 …
	 * @param side community side or unit side
	 * @param name the organisation's or unit's name
	 * @param partyOrg the unit's party organisation (branch level)
	 * @param sectorCommittee the unit's sector committee, 大口党委 (sub-district level)
	 */
	public record Party(String label, String side, String name, @Nullable String partyOrg,
			@Nullable String sectorCommittee) {

	}

	/**
	 * A commitment row.
	 *
	 * @param no its number, from 1
	 * @param description what is promised
	 * @param responsible who delivers it
	 * @param area the area's label
	 * @param target the target, e.g. "4 场/年"
	 */
	public record Row(int no, String description, String responsible, String area, String target) {

	}

}
