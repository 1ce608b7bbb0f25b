package org.lianjian.structure;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MembershipRepository extends JpaRepository<Membership, Long> {

	@Query("""
			select new org.lianjian.structure.MembershipView(m.id, m.version, o.id, o.name, g.id, g.name, m.role,
			  m.validFrom, m.validTo)
			from Membership m join m.organisation o join m.group g
			where o.id = :id or g.id = :id
			order by m.validFrom desc, g.name, o.name""")
	List<MembershipView> findInvolving(@Param("id") Long id);

	/**
	 * Members of each group on a given day: the effective-dated count for a past year.
	 */
	@Query("""
			select g.id, count(m)
			from Membership m join m.group g
			where m.validFrom <= :day and (m.validTo is null or m.validTo >= :day)
			group by g.id""")
	List<Object[]> countMembersOn(@Param("day") LocalDate day);

	/** An organisation's memberships of one group, latest first. */
	@Query("""
			select m from Membership m
			where m.group.id = :groupId and m.organisation.id = :organisationId
			order by m.validFrom desc, m.id desc""")
	List<Membership> findInGroup(@Param("groupId") Long groupId, @Param("organisationId") Long organisationId);

}
