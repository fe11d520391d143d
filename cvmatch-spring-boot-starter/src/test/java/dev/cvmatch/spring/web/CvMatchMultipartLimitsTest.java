package dev.cvmatch.spring.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvmatch.spring.autoconfigure.CvMatchAutoConfiguration;
import dev.cvmatch.spring.autoconfigure.CvMatchWebAutoConfiguration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class CvMatchMultipartLimitsTest {

    private static StandardEnvironment process(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application", properties));
        new CvMatchMultipartLimits().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void cvmatchMaxSizeBecomesTheMultipartDefault() {
        StandardEnvironment environment = process(Map.of("cvmatch.limits.max-size", "10MB"));
        assertThat(environment.getProperty(CvMatchMultipartLimits.MAX_FILE_SIZE)).isEqualTo("10485760B");
        assertThat(environment.getProperty(CvMatchMultipartLimits.MAX_REQUEST_SIZE)).isEqualTo("11534336B");
    }

    @Test
    void theRequestLimitNeverDropsBelowSpringsDefault() {
        StandardEnvironment environment = process(Map.of("cvmatch.limits.max-size", "2MB"));
        assertThat(environment.getProperty(CvMatchMultipartLimits.MAX_FILE_SIZE)).isEqualTo("2097152B");
        assertThat(environment.getProperty(CvMatchMultipartLimits.MAX_REQUEST_SIZE)).isEqualTo("10485760B");
    }

    @Test
    void springsOwnSettingsWin() {
        StandardEnvironment environment = process(Map.of("cvmatch.limits.max-size", "10MB",
                "spring.servlet.multipart.max-file-size", "5MB", "spring.servlet.multipart.max-request-size", "6MB"));
        assertThat(environment.getProperty(CvMatchMultipartLimits.MAX_FILE_SIZE)).isEqualTo("5MB");
        assertThat(environment.getProperty(CvMatchMultipartLimits.MAX_REQUEST_SIZE)).isEqualTo("6MB");
        assertThat(environment.getPropertySources().contains(CvMatchMultipartLimits.PROPERTY_SOURCE)).isFalse();
    }

    @Test
    void nothingChangesWithoutCvmatchMaxSizeOrWhenSwitchedOff() {
        assertThat(process(Map.of()).getPropertySources().contains(CvMatchMultipartLimits.PROPERTY_SOURCE))
                .isFalse();
        assertThat(process(Map.of("cvmatch.limits.max-size", "10MB", "cvmatch.web.multipart-limits", "false"))
                .getProperty(CvMatchMultipartLimits.MAX_FILE_SIZE)).isNull();
        assertThat(process(Map.of("cvmatch.limits.max-size", "10MB", "cvmatch.enabled", "false"))
                .getProperty(CvMatchMultipartLimits.MAX_FILE_SIZE)).isNull();
    }

    @Test
    void theHandlerIsRegisteredInServletApplicationsUnlessSwitchedOff() {
        AutoConfigurations configurations = AutoConfigurations.of(CvMatchAutoConfiguration.class,
                CvMatchWebAutoConfiguration.class);
        new WebApplicationContextRunner().withConfiguration(configurations)
                .run(context -> assertThat(context).hasSingleBean(CvMatchExceptionHandler.class));
        new WebApplicationContextRunner().withConfiguration(configurations)
                .withPropertyValues("cvmatch.web.problem-details=false")
                .run(context -> assertThat(context).doesNotHaveBean(CvMatchExceptionHandler.class));
        new ApplicationContextRunner().withConfiguration(configurations)
                .run(context -> assertThat(context).doesNotHaveBean(CvMatchExceptionHandler.class));
    }
}
