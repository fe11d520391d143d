package dev.cvmatch.spring.autoconfigure;

import dev.cvmatch.azure.cosmos.CosmosAnalysisStore;
import dev.cvmatch.azure.storage.AzureBlobDocumentStore;
import dev.cvmatch.azure.storage.AzureQueueAnalysisQueue;
import dev.cvmatch.store.AnalysisQueue;
import dev.cvmatch.store.AnalysisStore;
import dev.cvmatch.store.DocumentStore;
import java.time.Duration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Actuator health indicators of the Azure stores chosen by the properties: {@code cvmatchBlob} (the container
 * answers and exists), {@code cvmatchQueue} (the queue answers; details: approximate messages and dead letters) and
 * {@code cvmatchCosmos} (the container can be read). Each check waits at most 5 seconds. Only with Spring Boot's
 * health module and cvmatch-azure on the classpath.
 */
@AutoConfiguration(after = CvMatchStoreAutoConfiguration.class)
@ConditionalOnClass({HealthIndicator.class, AzureBlobDocumentStore.class})
public class CvMatchAzureStoreHealthAutoConfiguration {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** Blob Storage, when {@code cvmatch.documents.type=blob}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "cvmatch.documents", name = "type", havingValue = "blob")
    static class Blob {
        @Bean
        @ConditionalOnMissingBean(name = "cvmatchBlobHealthIndicator")
        HealthIndicator cvmatchBlobHealthIndicator(DocumentStore documents) {
            return () -> {
                if (!(documents instanceof AzureBlobDocumentStore blob)) {
                    return Health.unknown().withDetail("store", documents.getClass().getName()).build();
                }
                try {
                    blob.checkConnection(TIMEOUT);
                    return Health.up().withDetail("container", blob.containerName()).build();
                } catch (RuntimeException e) {
                    return Health.down(e).withDetail("container", blob.containerName()).build();
                }
            };
        }
    }

    /** Queue Storage, when {@code cvmatch.queue.type=azure}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "cvmatch.queue", name = "type", havingValue = "azure")
    static class Queue {
        @Bean
        @ConditionalOnMissingBean(name = "cvmatchQueueHealthIndicator")
        HealthIndicator cvmatchQueueHealthIndicator(AnalysisQueue queue) {
            return () -> {
                if (!(queue instanceof AzureQueueAnalysisQueue azure)) {
                    return Health.unknown().withDetail("queue", queue.getClass().getName()).build();
                }
                try {
                    return Health.up().withDetail("queue", azure.queueName())
                            .withDetail("approximateMessages", azure.approximateMessageCount(TIMEOUT))
                            .withDetail("approximateDeadLetters", azure.approximateDeadLetterCount(TIMEOUT)).build();
                } catch (RuntimeException e) {
                    return Health.down(e).withDetail("queue", azure.queueName()).build();
                }
            };
        }
    }

    /** Cosmos DB, when {@code cvmatch.store.type=cosmos}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "cvmatch.store", name = "type", havingValue = "cosmos")
    static class Cosmos {
        @Bean
        @ConditionalOnMissingBean(name = "cvmatchCosmosHealthIndicator")
        HealthIndicator cvmatchCosmosHealthIndicator(AnalysisStore analyses) {
            return () -> {
                if (!(analyses instanceof CosmosAnalysisStore cosmos)) {
                    return Health.unknown().withDetail("store", analyses.getClass().getName()).build();
                }
                try {
                    cosmos.checkConnection();
                    return Health.up().withDetail("container", cosmos.containerName()).build();
                } catch (RuntimeException e) {
                    return Health.down(e).withDetail("container", cosmos.containerName()).build();
                }
            };
        }
    }
}
