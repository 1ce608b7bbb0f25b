package org.lianjian.structure;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster of the community party-building coordination committee (the holder of
 * {@link StructureRole#NETWORK_COORDINATION}): the one record of which resident units
 * belong to it, as dated memberships of their party organisations. The unit form writes
 * it through {@link #set}, and the unit pages, the ledger and the annual report read it;
 * the structure pages show and edit the same rows. SQL readers use the view
 * {@code coordination_membership} (V72) with {@link MembershipOnDay}.
 */
@Service
public class CoordinationRoster {

	private final MembershipRepository memberships;

	private final OrganisationRepository organisations;

	private final NamedParameterJdbcTemplate jdbc;

	CoordinationRoster(MembershipRepository memberships, OrganisationRepository organisations,
			NamedParameterJdbcTemplate jdbc) {
		this.memberships = memberships;
		this.organisations = organisations;
		this.jdbc = jdbc;
	}

	/**
	 * One membership's period.
	 *
	 * @param from its first day
	 * @param to its last day, or null while open
	 */
	public record Period(LocalDate from, @Nullable LocalDate to) {

		/**
		 * Whether the period covers a day ({@link MembershipOnDay}).
		 * @param day the day
		 * @return true on the first day, the last day and every day between
		 */
		public boolean covers(LocalDate day) {
			return MembershipOnDay.current(this.from, this.to, day);
		}

	}

	/**
	 * The latest coordination membership (by first day) of each given organisation, in
	 * one statement.
	 * @param organisationIds organisations, usually units' party organisations
	 * @return organisation id to its latest membership; organisations never on the roster
	 * are missing
	 */
	@Transactional(readOnly = true)
	public Map<Long, Period> latest(Collection<Long> organisationIds) {
		Map<Long, Period> result = new HashMap<>();
		if (organisationIds.isEmpty()) {
			return result;
		}
		this.jdbc.query("""
				select distinct on (cm.organisation_id) cm.organisation_id, cm.valid_from, cm.valid_to
				from coordination_membership cm where cm.organisation_id = any(:ids)
				order by cm.organisation_id, cm.valid_from desc, cm.id desc""",
				new MapSqlParameterSource("ids", organisationIds.toArray(Long[]::new)), (rs) -> {
					result.put(rs.getLong("organisation_id"), new Period(rs.getObject("valid_from", LocalDate.class),
							rs.getObject("valid_to", LocalDate.class)));
				});
		return result;
	}

	/**
	 * The latest coordination membership of one organisation.
	 * @param organisationId the organisation
	 * @return its latest membership, if it was ever on the roster
	 */
	@Transactional(readOnly = true)
	public Optional<Period> latest(Long organisationId) {
		return Optional.ofNullable(latest(List.of(organisationId)).get(organisationId));
	}

	/**
	 * Puts an organisation on the roster for a period, or takes it off: its latest
	 * membership is moved to the period (or a new one is added when the latest ended
	 * before {@code from}); a period that ends before it starts removes that membership,
	 * as it never took effect.
	 * @param organisationId the organisation (a unit's party organisation)
	 * @param from the first day of membership, or null to end the latest membership on
	 * {@code lastDay} (if it lasts longer)
	 * @param lastDay the last day of membership, or null for an open one
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	public void set(Long organisationId, @Nullable LocalDate from, @Nullable LocalDate lastDay) {
		Organisation committee = this.organisations.findByStructureRole(StructureRole.NETWORK_COORDINATION)
			.orElseThrow(() -> new IllegalStateException("no coordination committee"));
		Membership latest = this.memberships.findInGroup(committee.getId(), organisationId)
			.stream()
			.findFirst()
			.orElse(null);
		if (from == null) {
			if (latest != null && lastDay != null
					&& (latest.getValidTo() == null || latest.getValidTo().isAfter(lastDay))) {
				end(latest, lastDay);
			}
			return;
		}
		if (latest != null && (latest.getValidTo() == null || !latest.getValidTo().isBefore(from))) {
			latest.setValidFrom(from);
			end(latest, lastDay);
			return;
		}
		if (lastDay == null || !lastDay.isBefore(from)) {
			Organisation member = this.organisations.findById(organisationId)
				.orElseThrow(() -> OrganisationNotFoundException.forId(organisationId));
			Membership m = new Membership(member, committee, MembershipRole.MEMBER, from);
			m.setValidTo(lastDay);
			this.memberships.save(m);
		}
	}

	private void end(Membership m, @Nullable LocalDate lastDay) {
		if (lastDay != null && lastDay.isBefore(m.getValidFrom())) {
			this.memberships.delete(m);
		}
		else {
			m.setValidTo(lastDay);
		}
	}

}
