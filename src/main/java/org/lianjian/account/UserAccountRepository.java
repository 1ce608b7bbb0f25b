package org.lianjian.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	@Query("select a from UserAccount a where lower(a.username) = lower(:username)")
	Optional<UserAccount> findByUsername(@Param("username") String username);

	@Query("""
			select a from UserAccount a
			where (:q = '' or lower(a.username) like concat('%', :q, '%') or lower(a.displayName) like concat('%', :q, '%'))
			  and (:role is null or a.role = :role)
			  and (:attention = false or (a.enabled and (a.mustChangePassword or a.lockedUntil > :now)))""")
	Page<UserAccount> search(@Param("q") String q, @Param("role") @Nullable Role role,
			@Param("attention") boolean attention, @Param("now") Instant now, Pageable pageable);

	/** Every account's login name and display name, for pages that name actors. */
	@Query("select a.username, a.displayName from UserAccount a")
	List<Object[]> findDisplayNames();

	long countByRole(Role role);

	long countByScopeUnitIdAndEnabledTrue(Long unitId);

}
