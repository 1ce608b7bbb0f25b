package org.lianjian;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Lianjian (联建): the regional party-building portal of a sub-district.
 */
@SpringBootApplication
@EnableScheduling
public class LianjianApplication {

	static {
		// One sub-district in Shanghai: "today", due dates and the nightly jobs follow
		// Shanghai time whatever the server's own zone is.
		TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
	}

	public static void main(String[] args) {
		SpringApplication.run(LianjianApplication.class, args);
	}

}
