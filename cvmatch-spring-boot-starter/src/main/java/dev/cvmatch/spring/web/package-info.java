/**
 * cvmatch in a Spring MVC application: its document exceptions as RFC 9457 problem details
 * ({@link dev.cvmatch.spring.web.CvMatchExceptionHandler}, {@link dev.cvmatch.spring.web.CvMatchProblemDetails}) and
 * Spring's multipart limits aligned with {@code cvmatch.limits.max-size}
 * ({@link dev.cvmatch.spring.web.CvMatchMultipartLimits}).
 */
package dev.cvmatch.spring.web;
