package dev.cvmatch.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cvmatch.azure.storage.AzureBlobDocumentStore;
import dev.cvmatch.azure.storage.AzureQueueAnalysisQueue;
import dev.cvmatch.store.Analysis;
import dev.cvmatch.store.AnalysisQueue;
import dev.cvmatch.store.AnalysisRequest;
import dev.cvmatch.store.AnalysisService;
import dev.cvmatch.store.AnalysisStatus;
import dev.cvmatch.store.AnalysisStore;
import dev.cvmatch.store.AnalysisWorker;
import dev.cvmatch.store.DocumentStore;
import dev.cvmatch.store.FileSystemDocumentStore;
import dev.cvmatch.store.InMemoryAnalysisStore;
import dev.cvmatch.store.InMemoryDocumentStore;
import dev.cvmatch.store.InProcessAnalysisQueue;
import dev.cvmatch.store.JdbcAnalysisStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CvMatchStoreAutoConfigurationTest {

    private static final String AZURITE = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
            + "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
            + "BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;QueueEndpoint=http://127.0.0.1:1/devstoreaccount1;";

    @TempDir
    Path directory;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CvMatchAutoConfiguration.class,
                        CvMatchStoreAutoConfiguration.class))
                .withPropertyValues("cvmatch.worker.poll-interval=50ms");
    }

    private static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    @Test
    void theEmbeddedFlowRunsWithNothingConfiguredAndNothingWritten() {
        runner().run(context -> {
            assertThat(context.getBean(DocumentStore.class)).isInstanceOf(InMemoryDocumentStore.class);
            assertThat(context.getBean(AnalysisStore.class)).isInstanceOf(InMemoryAnalysisStore.class);
        });
        runner().withPropertyValues("cvmatch.documents.directory=" + directory.resolve("cv-files")).run(context -> {
            assertThat(context).hasSingleBean(AnalysisService.class).hasSingleBean(AnalysisWorker.class);
            assertThat(context.getBean(AnalysisStore.class)).isInstanceOf(InMemoryAnalysisStore.class);
            assertThat(context.getBean(DocumentStore.class)).isInstanceOf(FileSystemDocumentStore.class);
            assertThat(context.getBean(AnalysisQueue.class)).isInstanceOf(InProcessAnalysisQueue.class);
            AnalysisService service = context.getBean(AnalysisService.class);
            Analysis queued = service.submit(AnalysisRequest.builder().owner("user-1").fileName("cv.txt")
                    .content(("Camille Martin\ncamille.martin@example.fr\n\nEXPÉRIENCE\nDéveloppeuse Java, Acme, "
                            + "Lyon, janv. 2019 - déc. 2024\n\nCOMPÉTENCES\nJava, Spring Boot, PostgreSQL")
                            .getBytes(StandardCharsets.UTF_8))
                    .jobText("Développeur Java\nCompétences requises : Java, Spring Boot").build());
            Analysis done = await(service, queued);
            assertThat(done.status()).isEqualTo(AnalysisStatus.COMPLETED);
            assertThat(done.result().score()).isPositive();
        });
    }

    private static Analysis await(AnalysisService service, Analysis queued) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Analysis now = service.get(queued.owner(), queued.id()).orElseThrow();
            if (now.status().isTerminal()) {
                return now;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not completed in 30 s");
    }

    @Test
    void aDataSourceMakesTheStoreJdbcUnlessMemoryIsAskedFor() {
        runner().withBean(DataSource.class, CvMatchStoreAutoConfigurationTest::h2).run(context ->
                assertThat(context.getBean(AnalysisStore.class)).isInstanceOf(JdbcAnalysisStore.class));
        runner().withBean(DataSource.class, CvMatchStoreAutoConfigurationTest::h2)
                .withPropertyValues("cvmatch.store.type=memory").run(context ->
                        assertThat(context.getBean(AnalysisStore.class)).isInstanceOf(InMemoryAnalysisStore.class));
        runner().withPropertyValues("cvmatch.store.type=jdbc").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("needs a DataSource bean"));
    }

    @Test
    void theApplicationsBeansWinAndTheWorkerCanBeSwitchedOff() {
        InMemoryDocumentStore documents = new InMemoryDocumentStore();
        runner().withBean(DocumentStore.class, () -> documents)
                .withPropertyValues("cvmatch.worker.enabled=false").run(context -> {
                    assertThat(context.getBean(DocumentStore.class)).isSameAs(documents);
                    assertThat(context).doesNotHaveBean(AnalysisWorker.class).hasSingleBean(AnalysisService.class);
                });
    }

    @Test
    void blobAndQueueStorageAreChosenByProperties() {
        runner().withPropertyValues("cvmatch.documents.type=blob", "cvmatch.queue.type=azure",
                "cvmatch.documents.blob.connection-string=" + AZURITE, "cvmatch.documents.blob.create-if-missing=false",
                "cvmatch.queue.azure.connection-string=" + AZURITE, "cvmatch.queue.azure.create-if-missing=false",
                "cvmatch.queue.azure.name=jobs", "cvmatch.worker.enabled=false").run(context -> {
                    assertThat(context.getBean(DocumentStore.class)).isInstanceOf(AzureBlobDocumentStore.class);
                    AzureQueueAnalysisQueue queue = (AzureQueueAnalysisQueue) context.getBean(AnalysisQueue.class);
                    assertThat(queue.queueName()).isEqualTo("jobs");
                    assertThat(queue.deadLetterQueueName()).isEqualTo("jobs-poison");
                });
        runner().withPropertyValues("cvmatch.queue.type=azure").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("connection-string"));
    }

    @Test
    void azureChoicesWithoutCvmatchAzureSayWhatIsMissing() {
        runner().withClassLoader(new FilteredClassLoader("dev.cvmatch.azure"))
                .withPropertyValues("cvmatch.store.type=cosmos").run(context ->
                        assertThat(context).getFailure().rootCause()
                                .hasMessageContaining("needs dev.cvmatch:cvmatch-azure"));
        runner().withClassLoader(new FilteredClassLoader("dev.cvmatch.azure", "com.azure")).run(context ->
                assertThat(context).hasSingleBean(AnalysisService.class));
    }

    @Test
    void withAMeterRegistryTheWorkerRecordsParseMatchAndQueueMetrics() {
        io.micrometer.core.instrument.simple.SimpleMeterRegistry registry =
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CvMatchAutoConfiguration.class,
                        CvMatchStoreMetricsAutoConfiguration.class, CvMatchStoreAutoConfiguration.class))
                .withBean(io.micrometer.core.instrument.MeterRegistry.class, () -> registry)
                .withPropertyValues("cvmatch.worker.poll-interval=50ms").run(context -> {
                    AnalysisService service = context.getBean(AnalysisService.class);
                    Analysis ok = service.submit(AnalysisRequest.builder().owner("u").fileName("cv.txt")
                            .content("Camille Martin\n\nCOMPÉTENCES\nJava, Spring Boot".getBytes(
                                    StandardCharsets.UTF_8)).jobText("Java developer").build());
                    Analysis empty = service.submit(AnalysisRequest.builder().owner("u").fileName("empty.pdf")
                            .content(new byte[0]).jobText("Java developer").build());
                    await(service, ok);
                    await(service, empty);
                    Thread.sleep(200); // the outcome is counted just after the store write
                    assertThat(registry.get("cvmatch.analysis.queue").tag("event", "received").counter().count())
                            .isEqualTo(2);
                    assertThat(registry.get("cvmatch.analysis.queue").tag("event", "completed").counter().count())
                            .isEqualTo(1);
                    assertThat(registry.get("cvmatch.analysis.queue").tag("event", "failed").counter().count())
                            .isEqualTo(1);
                    assertThat(registry.get("cvmatch.analysis.parse").timer().count()).isEqualTo(2);
                    assertThat(registry.get("cvmatch.analysis.match").timer().count()).isEqualTo(1);
                });
        runner().run(context -> assertThat(context)
                .doesNotHaveBean(CvMatchStoreMetricsAutoConfiguration.MicrometerAnalysisWorkerListener.class));
    }

    @Test
    void blobAndQueueHealthIndicatorsReportAnUnreachableAccountDown() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CvMatchAutoConfiguration.class,
                        CvMatchStoreAutoConfiguration.class, CvMatchAzureStoreHealthAutoConfiguration.class))
                .withPropertyValues("cvmatch.documents.type=blob", "cvmatch.queue.type=azure",
                        "cvmatch.documents.blob.connection-string=" + AZURITE,
                        "cvmatch.documents.blob.create-if-missing=false",
                        "cvmatch.queue.azure.connection-string=" + AZURITE,
                        "cvmatch.queue.azure.create-if-missing=false", "cvmatch.worker.enabled=false")
                .run(context -> {
                    org.springframework.boot.health.contributor.Health blob = context.getBean(
                            "cvmatchBlobHealthIndicator", org.springframework.boot.health.contributor.HealthIndicator
                                    .class).health();
                    assertThat(blob.getStatus()).isEqualTo(org.springframework.boot.health.contributor.Status.DOWN);
                    assertThat(blob.getDetails()).containsEntry("container", "cv-files");
                    org.springframework.boot.health.contributor.Health queue = context.getBean(
                            "cvmatchQueueHealthIndicator", org.springframework.boot.health.contributor.HealthIndicator
                                    .class).health();
                    assertThat(queue.getStatus()).isEqualTo(org.springframework.boot.health.contributor.Status.DOWN);
                    assertThat(context).doesNotHaveBean("cvmatchCosmosHealthIndicator");
                });
        runner().withConfiguration(AutoConfigurations.of(CvMatchAzureStoreHealthAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean("cvmatchBlobHealthIndicator")
                        .doesNotHaveBean("cvmatchQueueHealthIndicator"));
    }
}
