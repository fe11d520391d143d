package dev.cvmatch.spring.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.unit.DataSize;

/**
 * Aligns Spring's multipart limits with {@code cvmatch.limits.max-size}, so that a CV the application accepts is not
 * refused first by Spring's 1 MB default for one uploaded file.
 *
 * <p>When {@code cvmatch.limits.max-size} is set, and {@code cvmatch.web.multipart-limits} is not {@code false}:
 * <ul>
 *   <li>{@code spring.servlet.multipart.max-file-size} defaults to {@code cvmatch.limits.max-size};</li>
 *   <li>{@code spring.servlet.multipart.max-request-size} defaults to the larger of Spring's 10 MB and
 *       {@code max-size} + 1 MB (room for the multipart headers and the form's other fields).</li>
 * </ul>
 * They are defaults only, added as the environment's last property source: a {@code spring.servlet.multipart.*}
 * value the application sets anywhere wins. When {@code cvmatch.limits.max-size} is not set, Spring's defaults stay
 * as they are (an upload over 1 MB gets 413 before cvmatch sees it).
 *
 * <p>Registered in {@code META-INF/spring.factories}; runs after the application's configuration files are loaded.
 */
public class CvMatchMultipartLimits implements EnvironmentPostProcessor, Ordered {

    /** The name of the property source this adds. */
    public static final String PROPERTY_SOURCE = "cvmatchMultipartLimits";

    static final String MAX_FILE_SIZE = "spring.servlet.multipart.max-file-size";
    static final String MAX_REQUEST_SIZE = "spring.servlet.multipart.max-request-size";
    private static final DataSize SPRING_DEFAULT_REQUEST_SIZE = DataSize.ofMegabytes(10);
    private static final DataSize REQUEST_OVERHEAD = DataSize.ofMegabytes(1);

    /** Creates the post-processor. */
    public CvMatchMultipartLimits() {
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Binder binder = Binder.get(environment);
        if (!binder.bind("cvmatch.web.multipart-limits", Boolean.class).orElse(true)
                || !binder.bind("cvmatch.enabled", Boolean.class).orElse(true)) {
            return;
        }
        DataSize maxSize = binder.bind("cvmatch.limits.max-size", Bindable.of(DataSize.class)).orElse(null);
        if (maxSize == null) {
            return;
        }
        Map<String, Object> defaults = new LinkedHashMap<>();
        if (!binder.bind(MAX_FILE_SIZE, Bindable.of(DataSize.class)).isBound()) {
            defaults.put(MAX_FILE_SIZE, maxSize.toBytes() + "B");
        }
        if (!binder.bind(MAX_REQUEST_SIZE, Bindable.of(DataSize.class)).isBound()) {
            long request = Math.max(SPRING_DEFAULT_REQUEST_SIZE.toBytes(),
                    maxSize.toBytes() + REQUEST_OVERHEAD.toBytes());
            defaults.put(MAX_REQUEST_SIZE, request + "B");
        }
        if (!defaults.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE, defaults));
        }
    }

    /** After the configuration files are loaded ({@code ConfigDataEnvironmentPostProcessor}). */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
