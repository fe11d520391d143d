/**
 * Spring Boot auto-configuration of cvmatch: the parsers, matcher and their parts as beans configured under
 * {@code cvmatch.*} ({@link dev.cvmatch.spring.autoconfigure.CvMatchProperties}), the Azure adapters when
 * {@code cvmatch-azure} is present, and the web side in a Spring MVC application.
 */
package dev.cvmatch.spring.autoconfigure;
