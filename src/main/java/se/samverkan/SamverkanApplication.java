package se.samverkan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Samverkan: the working system behind the collaboration agreement between a municipality and its
 * police region (situation picture, action plans, follow-up), first for the City of Stockholm and
 * Police Region Stockholm.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "platform")
public class SamverkanApplication {

	public static void main(String[] args) {
		SpringApplication.run(SamverkanApplication.class, args);
	}
}
