package org.lianjian.activity;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityChangeRepository extends JpaRepository<ActivityChange, Long> {

	List<ActivityChange> findTop300ByActivityIdOrderByChangedAtDescIdDesc(Long activityId);

}
