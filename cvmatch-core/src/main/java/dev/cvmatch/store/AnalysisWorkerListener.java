package dev.cvmatch.store;

import java.time.Duration;

/**
 * What an {@link AnalysisWorker} reports as it works, for metrics and tracing (the Spring Boot starter binds it to
 * Micrometer). Every method has an empty default; a listener that throws is logged and ignored, never allowed to
 * break the worker. Called from the worker's threads: implementations are thread-safe and quick.
 */
public interface AnalysisWorkerListener {

    /**
     * A delivery was received.
     *
     * @param delivery the delivery
     */
    default void received(AnalysisDelivery delivery) {
    }

    /**
     * A CV was parsed (successfully or not).
     *
     * @param analysis the analysis being processed
     * @param took how long the parse took
     */
    default void parsed(Analysis analysis, Duration took) {
    }

    /**
     * A CV was embedded and matched against its job.
     *
     * @param analysis the analysis being processed
     * @param took how long embedding and matching took
     */
    default void matched(Analysis analysis, Duration took) {
    }

    /**
     * A delivery was handled.
     *
     * @param delivery the delivery
     * @param outcome what happened to it
     */
    default void handled(AnalysisDelivery delivery, AnalysisWorker.Outcome outcome) {
    }
}
