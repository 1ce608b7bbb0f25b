package org.lianjian.unit;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.util.ReflectionUtils;

/**
 * The unit's fields, declared once: each is a {@link UnitForm} component (its
 * {@code property}) with its ledger column (order, width, kind), its input on the form,
 * its row on the unit's page and, if it has one, its column in the unit list. The form,
 * the unit's page and the list draw their rows from this declaration (templates
 * {@code unit/fields.html}), and the ledger's template, export and import use it as their
 * columns ({@link UnitLedger}), so a new field is one constant here (see
 * docs/architecture.md, "Adding a field to units").
 * <p>
 * The constants are in ledger order; the form and the page show each section's fields in
 * this order too. New fields go at the end: a ledger may lack the columns from
 * {@link #EFFECTIVE_FROM} on ({@link #optional()}).
 */
enum UnitField {

	NAME("name", 28, Kind.TEXT, input(Section.IDENTITY, Input.TEXT, "col-12"), show(Show.TEXT, Tab.PROFILE)),

	SHORT_NAME("shortName", 12, Kind.TEXT, input(Section.IDENTITY, Input.TEXT, "col-12 col-md-5"),
			show(Show.TEXT, Tab.PROFILE)),

	CREDIT_CODE("creditCode", 22, Kind.TEXT, input(Section.IDENTITY, Input.TEXT, "col-12 col-md-7"),
			show(Show.CODE, Tab.PROFILE)),

	CATEGORY("category", 12, Kind.TEXT, choice(Section.IDENTITY, "unit.category.", true, "col-12 col-md-4"),
			show(Show.LABEL, Tab.PROFILE)),

	SUB_TYPE("subType", 12, Kind.TEXT, choice(Section.IDENTITY, "unit.subType.", true, "col-12 col-md-4"),
			show(Show.LABEL_IF_SET, Tab.PROFILE)),

	ADMIN_RANK("adminRank", 12, Kind.TEXT, choice(Section.IDENTITY, "unit.rank.", true, "col-12 col-md-4"),
			show(Show.LABEL, Tab.PROFILE)),

	DUAL_MANAGED("dualManaged", 12, Kind.TEXT, input(Section.IDENTITY, Input.CHECK, "col-12"),
			show(Show.YES_NO, Tab.PROFILE)),

	ADDRESS("address", 28, Kind.TEXT, input(Section.LOCATION, Input.TEXT, "col-12"), show(Show.TEXT, Tab.PROFILE)),

	RESIDENTIAL_AREA("residentialAreaId", 28, Kind.TEXT, input(Section.LOCATION, Input.AREA, "col-12 col-md-6"),
			show(Show.ORGANISATION, Tab.PROFILE)),

	GRID_REF("gridRef", 12, Kind.TEXT, input(Section.LOCATION, Input.TEXT, "col-6 col-md-3"),
			show(Show.TEXT, Tab.PROFILE)),

	HEADCOUNT("headcount", 12, Kind.NUMBER, input(Section.LOCATION, Input.NUMBER, "col-6 col-md-3"),
			show(Show.TEXT, Tab.PROFILE)),

	CONTACT_PHONE("contactPhone", 16, Kind.TEXT, input(Section.LOCATION, Input.TEL, "col-12 col-md-6"),
			show(Show.PHONE, Tab.PROFILE)),

	CONTACT_EMAIL("contactEmail", 22, Kind.TEXT, input(Section.LOCATION, Input.EMAIL, "col-12 col-md-6"),
			show(Show.EMAIL, Tab.PROFILE)),

	PARTY_ORG_KIND("partyOrgKind", 12, Kind.TEXT, choice(Section.PARTY, "unit.partyOrgKind.", true, "col-12 col-md-4"),
			show(Show.PARTY_ORG, Tab.PARTY)),

	PARTY_MEMBER_COUNT("partyMemberCount", 12, Kind.NUMBER, input(Section.PARTY, Input.NUMBER, "col-12 col-md-4"),
			show(Show.TEXT, Tab.PARTY)),

	SECTOR_COMMITTEE("sectorCommittee", 28, Kind.TEXT,
			input(Section.PARTY, Input.TEXT, "col-12 col-md-4").hint("unit.form.partyOrgHint"),
			show(Show.TEXT, Tab.PARTY)),

	NETWORK("networkId", 28, Kind.TEXT, input(Section.PARTY, Input.NETWORK, "col-12"),
			show(Show.ORGANISATION, Tab.PROFILE, Tab.PARTY)),

	COORDINATION_MEMBER("coordinationMember", 16, Kind.TEXT,
			input(Section.PARTY, Input.CHECK, "col-12 col-md-6 align-self-end"), show(Show.MEMBER, Tab.PARTY)),

	COORDINATION_MEMBER_SINCE("coordinationMemberSince", 16, Kind.DATE,
			input(Section.PARTY, Input.DATE, "col-12 col-md-6").hint("unit.form.coordinationHint"), show(Show.NONE)),

	STATUS("status", 12, Kind.TEXT, choice(Section.STATUS, "unit.status.", false, "col-12 col-md-4"),
			show(Show.STATUS, Tab.PROFILE)),

	STATUS_DATE("statusDate", 12, Kind.DATE,
			input(Section.STATUS, Input.DATE, "col-12 col-md-4").hint("unit.form.effectiveFromHint",
					"unit.form.statusHint"),
			show(Show.NONE)),

	// the form asks for the start first in its section
	EFFECTIVE_FROM("effectiveFrom", 16, Kind.TEXT,
			input(Section.STATUS, Input.DATE, "col-12 col-md-4").firstInSection(), show(Show.DATE, Tab.PROFILE));

	/** The {@link UnitForm} component (and the unit's property) of the same name. */
	final String property;

	/** The ledger column's width in characters. */
	final int width;

	/** What the ledger column's cells hold (its default style in the workbook). */
	final Kind kind;

	private final FormInput input;

	private final PageRow row;

	private final @Nullable ListColumn column;

	UnitField(String property, int width, Kind kind, FormInput input, PageRow row) {
		this(property, width, kind, input, row, null);
	}

	UnitField(String property, int width, Kind kind, FormInput input, PageRow row, @Nullable ListColumn column) {
		this.property = property;
		this.width = width;
		this.kind = kind;
		this.input = input;
		this.row = row;
		this.column = column;
	}

	/** What a ledger column's cells hold. */
	enum Kind {

		TEXT, NUMBER, DATE

	}

	/** The fieldsets of the unit form, in order, with their legend's message key. */
	enum Section {

		IDENTITY("unit.form.identity"), LOCATION("unit.form.location"), PARTY("unit.form.party"),
		STATUS("unit.form.statusSection");

		private final String legendKey;

		Section(String legendKey) {
			this.legendKey = legendKey;
		}

		public String legendKey() {
			return this.legendKey;
		}

		/**
		 * The section's fields, in form order.
		 * @return the fields
		 */
		public List<UnitField> fields() {
			return Arrays.stream(UnitField.values())
				.filter((f) -> f.input.section() == this)
				.sorted(Comparator.comparing((UnitField f) -> !f.input.first()))
				.toList();
		}

	}

	/**
	 * How the form asks for a field: an input of that type, a drop-down of the
	 * component's enum values, of the residential areas or of the networks, or a tick
	 * box.
	 */
	enum Input {

		TEXT, TEL, EMAIL, NUMBER, DATE, CHOICE, AREA, NETWORK, CHECK;

		/**
		 * The type of an {@code input} element.
		 * @return the type, lowercase
		 */
		public String type() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/** The tabs of the unit's page that show fields. */
	enum Tab {

		PROFILE, PARTY;

		/**
		 * The tab's fields, in order.
		 * @return the fields
		 */
		public List<UnitField> fields() {
			return Arrays.stream(UnitField.values()).filter((f) -> f.row.tabs().contains(this)).toList();
		}

	}

	/**
	 * How the unit's page shows a field: as text ('—' when empty), as a code, as its
	 * label (a row only when set), as 是/否, as an organisation's link, as a phone or mail
	 * link, as a date; the status with its date, the party organisation's kind with its
	 * node, the coordination membership with its first day; or not at all (a field shown
	 * with another).
	 */
	enum Show {

		TEXT, CODE, LABEL, LABEL_IF_SET, YES_NO, ORGANISATION, PHONE, EMAIL, DATE, STATUS, PARTY_ORG, MEMBER, NONE

	}

	/**
	 * A field's input on the form.
	 *
	 * @param section its fieldset
	 * @param input what kind of input
	 * @param columns its grid column's classes
	 * @param prefix the message key prefix of a drop-down's values
	 * @param blank whether a drop-down offers a blank choice
	 * @param hints message keys of the hints shown after it
	 * @param first whether it comes first in its section
	 */
	record FormInput(Section section, Input input, String columns, String prefix, boolean blank, List<String> hints,
			boolean first) {

		FormInput hint(String... keys) {
			return new FormInput(this.section, this.input, this.columns, this.prefix, this.blank, List.of(keys),
					this.first);
		}

		FormInput firstInSection() {
			return new FormInput(this.section, this.input, this.columns, this.prefix, this.blank, this.hints, true);
		}

	}

	/**
	 * A field's row on the unit's page.
	 *
	 * @param show how it is shown
	 * @param tabs the tabs it is on
	 */
	record PageRow(Show show, List<Tab> tabs) {

	}

	/**
	 * A field's column in the unit list, after the primary liaison's.
	 *
	 * @param classes the classes of its header and cells (which screens show it)
	 */
	record ListColumn(String classes) {

	}

	private static FormInput input(Section section, Input input, String columns) {
		return new FormInput(section, input, columns, "", true, List.of(), false);
	}

	private static FormInput choice(Section section, String prefix, boolean blank, String columns) {
		return new FormInput(section, Input.CHOICE, columns, prefix, blank, List.of(), false);
	}

	private static PageRow show(Show show, Tab... tabs) {
		return new PageRow(show, List.of(tabs));
	}

	private static ListColumn list(String classes) {
		return new ListColumn(classes);
	}

	/**
	 * The fields with a column in the unit list, in order.
	 * @return the fields
	 */
	static List<UnitField> listed() {
		return Arrays.stream(values()).filter((f) -> f.column != null).toList();
	}

	public String property() {
		return this.property;
	}

	/**
	 * The field's label: {@code unit.<property>}.
	 * @return the message key
	 */
	public String labelKey() {
		return UnitConflict.LABEL_PREFIX + this.property;
	}

	public FormInput input() {
		return this.input;
	}

	public PageRow row() {
		return this.row;
	}

	public @Nullable ListColumn column() {
		return this.column;
	}

	/**
	 * The values of a drop-down of enum values: the constants of the form component's
	 * type.
	 * @return the values
	 */
	public Object[] choices() {
		Object[] values = component().getType().getEnumConstants();
		return (values != null) ? values : new Object[0];
	}

	/**
	 * The field's value in a form, or in any record with a component of its name (a list
	 * row).
	 * @param record the form or row
	 * @return the value
	 */
	public @Nullable Object of(Record record) {
		for (RecordComponent c : record.getClass().getRecordComponents()) {
			if (c.getName().equals(this.property)) {
				return ReflectionUtils.invokeMethod(c.getAccessor(), record);
			}
		}
		throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + this.property);
	}

	/**
	 * How a value of the field reads as text ({@code unit/fields :: value}): EMPTY ('—'),
	 * LABEL (an enum's label), BOOLEAN (是/否), DATE or TEXT.
	 * @param value the value
	 * @return the kind
	 */
	public String kindOf(@Nullable Object value) {
		if (value == null || (value instanceof String s && s.isBlank())) {
			return "EMPTY";
		}
		if (value instanceof Enum<?>) {
			return "LABEL";
		}
		if (value instanceof Boolean) {
			return "BOOLEAN";
		}
		return (value instanceof LocalDate) ? "DATE" : "TEXT";
	}

	private RecordComponent component() {
		return Arrays.stream(UnitForm.class.getRecordComponents())
			.filter((c) -> c.getName().equals(this.property))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("UnitForm has no " + this.property));
	}

	String headerKey() {
		return "unit.ledger.column." + this.property;
	}

	/**
	 * A column a ledger may lack: files written before the column existed still import.
	 * These are the columns added after the ledger's first layout, from
	 * {@link #EFFECTIVE_FROM} on (a blank or missing start keeps the stored one, and a
	 * missing later column keeps the stored value); new columns go at the end.
	 */
	boolean optional() {
		return ordinal() >= EFFECTIVE_FROM.ordinal();
	}

	static @Nullable UnitField ofProperty(String property) {
		for (UnitField c : values()) {
			if (c.property.equals(property)) {
				return c;
			}
		}
		return null;
	}

}
