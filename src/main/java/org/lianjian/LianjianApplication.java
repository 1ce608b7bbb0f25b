package org.lianjian;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Lianjian (联建): the regional party-building portal of a sub-district.
 */
@SpringBootApplication
@EnableScheduling
public class LianjianApplication {

	public static void main(String[] args) {
		SpringApplication.run(LianjianApplication.class, args);
	}

}
