package org.lianjian.unit;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Builder;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.validation.PlainText;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Staff create or edit a unit. Also the row of a ledger import, so import and form share
 * one set of rules.
 *
 * @param coordinationMember whether the unit belongs to the coordination committee (the
 * committee's members are units' party organisations, so it needs one)
 * @param coordinationMemberSince the day it joined, not later than today; blank keeps the
 * stored day of a member, or is today for a unit joining now
 * @param effectiveFrom the day the unit moved in or joined, not later than today; blank
 * keeps the stored day, or is the day of registration for a new unit
 *
 * Built by property name ({@link #builder()}, {@link #toBuilder()}), so that a new field
 * needs no change in the code that builds forms.
 */
@ValidUnitForm
@Builder(toBuilder = true)
public record UnitForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.size.max}") @PlainText @Nullable String name,
		@Size(max = 60, message = "{validation.size.max}") @PlainText @Nullable String shortName,
		@ValidCreditCode @Nullable String creditCode,
		@NotNull(message = "{validation.required}") @Nullable UnitCategory category, @Nullable InstitutionType subType,
		@NotNull(message = "{validation.required}") @Nullable AdminRank adminRank, boolean dualManaged,
		@Size(max = 200, message = "{validation.size.max}") @PlainText @Nullable String address,
		@Nullable Long residentialAreaId,
		@Size(max = 40, message = "{validation.size.max}") @PlainText @Nullable String gridRef,
		@NotNull(message = "{count.required}") @Min(value = 0, message = "{validation.min}") @Max(value = 1_000_000,
				message = "{validation.max}") @Nullable Integer headcount,
		@Size(max = 40, message = "{validation.size.max}") @Pattern(regexp = "[0-9+()\\- ]*",
				message = "{unit.phone.invalid}") @Nullable String contactPhone,
		@Size(max = 120, message = "{validation.size.max}") @Email(
				message = "{unit.email.invalid}") @Nullable String contactEmail,
		@Nullable PartyOrgKind partyOrgKind,
		@NotNull(message = "{count.required}") @Min(value = 0, message = "{validation.min}") @Max(value = 1_000_000,
				message = "{validation.max}") @Nullable Integer partyMemberCount,
		@Size(max = 200, message = "{validation.size.max}") @PlainText @Nullable String sectorCommittee,
		@Nullable Long networkId, boolean coordinationMember,
		@PastOrPresent(message = "{validation.date.future}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate coordinationMemberSince,
		@NotNull(message = "{validation.required}") @Nullable UnitStatus status,
		@PastOrPresent(message = "{validation.date.future}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate statusDate,
		@PastOrPresent(message = "{validation.date.future}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate effectiveFrom,
		@Nullable Long version) {

	static UnitForm empty() {
		return builder().name("")
			.shortName("")
			.creditCode("")
			.adminRank(AdminRank.NONE)
			.address("")
			.gridRef("")
			.headcount(0)
			.contactPhone("")
			.contactEmail("")
			.partyMemberCount(0)
			.sectorCommittee("")
			.status(UnitStatus.ACTIVE)
			.build();
	}

	/**
	 * A stored unit as its form: each component takes the unit's property of the same
	 * name, so the one mapping from unit to form needs no change for a new field. The
	 * coordination committee membership is not a property of the unit.
	 * @param u the unit
	 * @param memberSince the first day of its coordination committee membership, or null
	 * @return the form, with the unit's version
	 */
	static UnitForm of(ResidentUnit u, @Nullable LocalDate memberSince) {
		BeanWrapper unit = PropertyAccessorFactory.forBeanPropertyAccess(u);
		RecordComponent[] components = UnitForm.class.getRecordComponents();
		@Nullable Object[] values = new Object[components.length];
		for (int i = 0; i < components.length; i++) {
			String name = components[i].getName();
			values[i] = switch (name) {
				case "coordinationMember" -> memberSince != null;
				case "coordinationMemberSince" -> memberSince;
				default -> unit.getPropertyValue(name);
			};
		}
		return BeanUtils.instantiateClass(BeanUtils.getResolvableConstructor(UnitForm.class), values);
	}

}
