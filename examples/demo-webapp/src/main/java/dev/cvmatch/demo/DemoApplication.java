package dev.cvmatch.demo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The demo "CV Analysis" web application: a recruiter registers, analyses one CV or up to ten against a job
 * description, finds every past analysis in a history and sees a dashboard. Everything cvmatch-specific comes from
 * {@code cvmatch-spring-boot-starter}: the parsers, the matcher, the stores, the queue and the worker.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DemoApplication {

    /**
     * Starts the application.
     *
     * @param args Spring Boot arguments ({@code --server.port=9090}, {@code --spring.profiles.active=postgres}...)
     */
    public static void main(String[] args) {
        SpringApplication.run(DemoApplication.class, args);
    }
}
