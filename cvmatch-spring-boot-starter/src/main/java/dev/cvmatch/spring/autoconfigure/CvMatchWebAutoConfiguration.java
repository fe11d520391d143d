package dev.cvmatch.spring.autoconfigure;

import dev.cvmatch.spring.web.CvMatchExceptionHandler;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The web side of cvmatch in a Spring MVC application: cvmatch's document exceptions answered as RFC 9457 problem
 * details by {@link CvMatchExceptionHandler} ({@code cvmatch.web.problem-details}, on by default). Spring's multipart
 * limits follow {@code cvmatch.limits.max-size} through {@link dev.cvmatch.spring.web.CvMatchMultipartLimits}.
 */
@AutoConfiguration(after = CvMatchAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({DispatcherServlet.class, ProblemDetail.class})
@ConditionalOnProperty(prefix = "cvmatch", name = "enabled", havingValue = "true", matchIfMissing = true)
public class CvMatchWebAutoConfiguration {

    /** Creates the configuration. */
    public CvMatchWebAutoConfiguration() {
    }

    /**
     * The problem-details mapping of cvmatch's exceptions.
     *
     * @return the controller advice
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "cvmatch.web", name = "problem-details", havingValue = "true",
            matchIfMissing = true)
    public CvMatchExceptionHandler cvmatchExceptionHandler() {
        return new CvMatchExceptionHandler();
    }
}
