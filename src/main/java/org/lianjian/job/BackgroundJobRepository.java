package org.lianjian.job;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface BackgroundJobRepository extends JpaRepository<BackgroundJob, UUID> {

}
