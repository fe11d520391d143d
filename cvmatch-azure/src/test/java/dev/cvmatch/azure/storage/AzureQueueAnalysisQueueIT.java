package dev.cvmatch.azure.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azure.storage.queue.QueueClient;
import com.azure.storage.queue.QueueClientBuilder;
import com.azure.storage.queue.models.QueueMessageItem;
import dev.cvmatch.azure.testing.Azurite;
import dev.cvmatch.store.Analysis;
import dev.cvmatch.store.AnalysisMessage;
import dev.cvmatch.store.AnalysisQueue;
import dev.cvmatch.store.AnalysisRequest;
import dev.cvmatch.store.AnalysisService;
import dev.cvmatch.store.AnalysisStatus;
import dev.cvmatch.store.AnalysisWorker;
import dev.cvmatch.store.InMemoryAnalysisStore;
import dev.cvmatch.testing.AnalysisQueueContract;
import dev.cvmatch.testing.RecordingAnalysisStore;
import dev.cvmatch.testing.StoreFixtures;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link AzureQueueAnalysisQueue} on Azurite against the {@link AnalysisQueueContract}, and what Queue adds. */
@ExtendWith(Azurite.class)
class AzureQueueAnalysisQueueIT extends AnalysisQueueContract {

    @Override
    protected AzureQueueAnalysisQueue newQueue() {
        return AzureQueueAnalysisQueue.builder().connectionString(Azurite.connectionString())
                .queueName("cv-analysis-" + UUID.randomUUID().toString().substring(0, 8)).build();
    }

    private static QueueClient raw(String name) {
        return new QueueClientBuilder().connectionString(Azurite.connectionString()).queueName(name).buildClient();
    }

    @Test
    void messagesAreBase64JsonAsTheFunctionsTriggerExpects() {
        AzureQueueAnalysisQueue queue = newQueue();
        queue.send(new AnalysisMessage("user-1", "a-1"));
        QueueMessageItem item = raw(queue.queueName()).receiveMessage();
        String json = new String(Base64.getDecoder().decode(item.getBody().toString()), StandardCharsets.UTF_8);
        assertEquals("{\"owner\":\"user-1\",\"analysisId\":\"a-1\"}", json);
        queue.send(new AnalysisMessage("user-1", "a-2"));
        assertEquals(2, queue.approximateMessageCount(Duration.ofSeconds(10)), "hidden messages count too");
        assertEquals(0, queue.approximateDeadLetterCount(Duration.ofSeconds(10)));
        assertEquals(queue.queueName() + "-poison", queue.deadLetterQueueName());
    }

    @Test
    void aMessageThatIsNotAnAnalysisGoesToThePoisonQueue() {
        AzureQueueAnalysisQueue queue = newQueue();
        raw(queue.queueName()).sendMessage(Base64.getEncoder().encodeToString(
                "hello".getBytes(StandardCharsets.UTF_8)));
        queue.send(new AnalysisMessage("user-2", "a-2"));
        List<dev.cvmatch.store.AnalysisDelivery> received = queue.receive(32, Duration.ofSeconds(30));
        assertEquals(1, received.size());
        assertEquals("a-2", received.get(0).message().analysisId());
        assertEquals(1, raw(queue.deadLetterQueueName()).peekMessages(32, null, null).stream().count());
    }

    @Test
    void theWorkerDrainsTheQueueAndBlobStorage() {
        AnalysisQueue queue = newQueue();
        AzureBlobDocumentStore documents = AzureBlobDocumentStore.builder()
                .connectionString(Azurite.connectionString())
                .containerName("cv-files-" + UUID.randomUUID().toString().substring(0, 8)).build();
        RecordingAnalysisStore analyses = new RecordingAnalysisStore(new InMemoryAnalysisStore());
        AnalysisService service = AnalysisService.builder().documentStore(documents).analysisStore(analyses)
                .queue(queue).build();
        List<Analysis> submitted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            submitted.add(service.submit(AnalysisRequest.builder().owner("recruiter").fileName("cv-" + i + ".txt")
                    .content(StoreFixtures.sampleDocument(i)).jobText(StoreFixtures.JOB_TEXT).build()));
        }
        submitted.add(service.submit(AnalysisRequest.builder().owner("recruiter").fileName("empty.pdf")
                .content(new byte[0]).jobText(StoreFixtures.JOB_TEXT).build()));
        try (AnalysisWorker worker = AnalysisWorker.builder().documentStore(documents).analysisStore(analyses)
                .queue(queue).matcher(StoreFixtures.MATCHER).visibilityTimeout(Duration.ofSeconds(30)).build()) {
            assertEquals(4, worker.drain());
        }
        for (int i = 0; i < 3; i++) {
            Analysis done = service.get("recruiter", submitted.get(i).id()).orElseThrow();
            assertEquals(AnalysisStatus.COMPLETED, done.status());
            assertEquals(1, analyses.completions(done.id()));
        }
        Analysis empty = service.get("recruiter", submitted.get(3).id()).orElseThrow();
        assertEquals(AnalysisStatus.FAILED, empty.status());
        assertTrue(queue.receive(32, Duration.ofSeconds(1)).isEmpty());
    }
}
