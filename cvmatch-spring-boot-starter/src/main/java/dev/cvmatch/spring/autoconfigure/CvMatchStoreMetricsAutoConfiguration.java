package dev.cvmatch.spring.autoconfigure;

import dev.cvmatch.store.Analysis;
import dev.cvmatch.store.AnalysisDelivery;
import dev.cvmatch.store.AnalysisWorker;
import dev.cvmatch.store.AnalysisWorkerListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer metrics of the analysis worker, when Micrometer is on the classpath and the application has a
 * {@link MeterRegistry} (Spring Boot Actuator provides one): timers {@code cvmatch.analysis.parse} and
 * {@code cvmatch.analysis.match}, and the counter {@code cvmatch.analysis.queue} tagged {@code event} =
 * {@code received}, {@code completed}, {@code failed}, {@code skipped}, {@code retried} or {@code dead-lettered}.
 * The worker of {@link CvMatchStoreAutoConfiguration} picks the listener up.
 */
@AutoConfiguration(before = CvMatchStoreAutoConfiguration.class, afterName = {
    "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
public class CvMatchStoreMetricsAutoConfiguration {

    /**
     * The listener that records the worker's metrics.
     *
     * @param registry the application's registry
     * @return the listener
     */
    @Bean
    @ConditionalOnMissingBean(MicrometerAnalysisWorkerListener.class)
    public MicrometerAnalysisWorkerListener cvmatchAnalysisWorkerMetrics(MeterRegistry registry) {
        return new MicrometerAnalysisWorkerListener(registry);
    }

    /** Records parse and match times and queue events in a {@link MeterRegistry}. */
    public static final class MicrometerAnalysisWorkerListener implements AnalysisWorkerListener {
        private final Timer parse;
        private final Timer match;
        private final Counter received;
        private final Map<AnalysisWorker.Outcome, Counter> outcomes = new EnumMap<>(AnalysisWorker.Outcome.class);

        /**
         * Registers the meters.
         *
         * @param registry the registry
         */
        public MicrometerAnalysisWorkerListener(MeterRegistry registry) {
            parse = Timer.builder("cvmatch.analysis.parse").description("Parsing a CV in the analysis worker")
                    .register(registry);
            match = Timer.builder("cvmatch.analysis.match")
                    .description("Embedding and matching a CV in the analysis worker").register(registry);
            received = queue(registry, "received");
            for (AnalysisWorker.Outcome outcome : AnalysisWorker.Outcome.values()) {
                outcomes.put(outcome, queue(registry, outcome.name().toLowerCase(Locale.ROOT).replace('_', '-')));
            }
        }

        private static Counter queue(MeterRegistry registry, String event) {
            return Counter.builder("cvmatch.analysis.queue").tag("event", event)
                    .description("Queue messages handled by the analysis worker").register(registry);
        }

        @Override
        public void received(AnalysisDelivery delivery) {
            received.increment();
        }

        @Override
        public void parsed(Analysis analysis, Duration took) {
            parse.record(took);
        }

        @Override
        public void matched(Analysis analysis, Duration took) {
            match.record(took);
        }

        @Override
        public void handled(AnalysisDelivery delivery, AnalysisWorker.Outcome outcome) {
            outcomes.get(outcome).increment();
        }
    }
}
