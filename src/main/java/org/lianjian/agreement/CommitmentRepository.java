package org.lianjian.agreement;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CommitmentRepository extends JpaRepository<Commitment, Long> {

	@Query("select c from Commitment c join fetch c.agreement a where a.id in :agreementIds order by a.id, c.sortOrder, c.id")
	List<Commitment> findByAgreementIds(@Param("agreementIds") Collection<Long> agreementIds);

}
