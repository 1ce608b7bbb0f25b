package org.lianjian.matching;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResourceRepository extends JpaRepository<ServiceResource, Long> {

}
