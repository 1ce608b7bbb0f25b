package org.lianjian.agreement;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementChangeRepository extends JpaRepository<AgreementChange, Long> {

	List<AgreementChange> findTop300ByAgreementIdOrderByChangedAtDescIdDesc(Long agreementId);

}
