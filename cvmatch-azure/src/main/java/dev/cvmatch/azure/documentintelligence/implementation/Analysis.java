package dev.cvmatch.azure.documentintelligence.implementation;

import com.azure.ai.documentintelligence.DocumentIntelligenceClient;
import com.azure.ai.documentintelligence.DocumentIntelligenceClientBuilder;
import com.azure.ai.documentintelligence.models.AnalyzeDocumentOptions;
import com.azure.ai.documentintelligence.models.AnalyzeOperationDetails;
import com.azure.ai.documentintelligence.models.AnalyzeResult;
import com.azure.core.credential.KeyCredential;
import com.azure.core.credential.TokenCredential;
import com.azure.core.exception.HttpResponseException;
import com.azure.core.http.HttpClient;
import com.azure.core.util.polling.LongRunningOperationStatus;
import com.azure.core.util.polling.PollResponse;
import com.azure.core.util.polling.SyncPoller;
import dev.cvmatch.LimitExceededException;
import java.time.Duration;

/** Runs one analysis to its end within a timeout, and builds clients. Internal. */
public final class Analysis {

    private Analysis() {
    }

    /**
     * Starts an analysis and polls it until it ends, the service's {@code Retry-After} respected.
     *
     * @param client the client
     * @param modelId the model
     * @param options the request
     * @param pollInterval the shortest wait between polls
     * @param timeout the longest wait in all
     * @return the result
     * @throws LimitExceededException when the timeout passes
     * @throws RuntimeException a cvmatch exception for document errors, else the SDK's
     */
    public static AnalyzeResult run(DocumentIntelligenceClient client, String modelId, AnalyzeDocumentOptions options,
            Duration pollInterval, Duration timeout) {
        long started = System.nanoTime();
        try {
            SyncPoller<AnalyzeOperationDetails, AnalyzeResult> poller = client.beginAnalyzeDocument(modelId, options);
            poller.setPollInterval(pollInterval);
            PollResponse<AnalyzeOperationDetails> last = poller.poll();
            while (!last.getStatus().isComplete()) {
                Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
                if (elapsed.compareTo(timeout) >= 0) {
                    throw new LimitExceededException("time", "Document Intelligence did not finish the analysis in "
                            + timeout.toSeconds() + " s");
                }
                Duration wait = last.getRetryAfter() != null && last.getRetryAfter().compareTo(pollInterval) > 0
                        ? last.getRetryAfter() : pollInterval;
                sleep(wait.compareTo(timeout.minus(elapsed)) < 0 ? wait : timeout.minus(elapsed));
                last = poller.poll();
            }
            if (last.getStatus() != LongRunningOperationStatus.SUCCESSFULLY_COMPLETED) {
                throw ServiceErrors.failedOperation(last.getStatus(), last.getValue());
            }
            return poller.getFinalResult();
        } catch (HttpResponseException e) {
            throw ServiceErrors.translate(e);
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(Math.max(1, d.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LimitExceededException("time", "Interrupted while waiting for Document Intelligence");
        }
    }

    /**
     * A client for an endpoint and a key or token credential.
     *
     * @param endpoint the endpoint
     * @param key the key, or null
     * @param token the token credential, used without a key
     * @param httpClient the HTTP client, or null for the SDK's default
     * @return the client
     */
    public static DocumentIntelligenceClient client(String endpoint, KeyCredential key, TokenCredential token,
            HttpClient httpClient) {
        DocumentIntelligenceClientBuilder b = new DocumentIntelligenceClientBuilder().endpoint(endpoint);
        if (key != null) {
            b.credential(key);
        } else {
            b.credential(token);
        }
        if (httpClient != null) {
            b.httpClient(httpClient);
        }
        return b.buildClient();
    }
}
