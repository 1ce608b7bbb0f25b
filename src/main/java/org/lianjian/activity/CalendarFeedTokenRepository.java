package org.lianjian.activity;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarFeedTokenRepository extends JpaRepository<CalendarFeedToken, Long> {

	Optional<CalendarFeedToken> findByTokenHash(String tokenHash);

}
