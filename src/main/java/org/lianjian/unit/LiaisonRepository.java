package org.lianjian.unit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LiaisonRepository extends JpaRepository<Liaison, Long> {

	List<Liaison> findByUnitIdOrderByEndDateDescStartDateDesc(Long unitId);

	@Query("select l from Liaison l where l.unitId in :unitIds and l.primary = true and l.endDate is null")
	List<Liaison> findActivePrimaries(@Param("unitIds") Collection<Long> unitIds);

	@Query("select l from Liaison l where l.unitId = :unitId and l.primary = true and l.endDate is null")
	Optional<Liaison> findActivePrimary(@Param("unitId") Long unitId);

	@Query("select l from Liaison l where l.accountId = :accountId and l.endDate is null")
	List<Liaison> findActiveByAccount(@Param("accountId") Long accountId);

}
