package dev.cvmatch.spring.autoconfigure;

import com.azure.core.credential.AzureKeyCredential;
import com.azure.core.credential.TokenCredential;
import com.azure.cosmos.CosmosClientBuilder;
import dev.cvmatch.azure.cosmos.CosmosAnalysisStore;
import dev.cvmatch.azure.storage.AzureBlobDocumentStore;
import dev.cvmatch.azure.storage.AzureQueueAnalysisQueue;
import dev.cvmatch.store.AnalysisQueue;
import dev.cvmatch.store.AnalysisStore;
import dev.cvmatch.store.DocumentStore;
import org.springframework.beans.factory.BeanFactory;

/**
 * The Azure stores and queue from the properties; only loaded when cvmatch-azure is on the classpath and an Azure
 * type is chosen, so that {@link CvMatchStoreAutoConfiguration} works without it.
 */
final class AzureStores {

    private AzureStores() {
    }

    static AnalysisStore cosmos(CvMatchStoreProperties.Cosmos cosmos, BeanFactory credential) {
        if (blank(cosmos.getEndpoint())) {
            throw new IllegalStateException("cvmatch.store.type=cosmos needs cvmatch.store.cosmos.endpoint");
        }
        CosmosClientBuilder client = new CosmosClientBuilder().endpoint(cosmos.getEndpoint());
        if (!blank(cosmos.getKey())) {
            client.credential(new AzureKeyCredential(cosmos.getKey()));
        } else {
            client.credential(required(credential, "cvmatch.store.cosmos.key"));
        }
        if (cosmos.isGatewayMode()) {
            client.gatewayMode();
        }
        return CosmosAnalysisStore.builder().client(client.buildClient()).databaseName(cosmos.getDatabase())
                .containerName(cosmos.getContainer()).createIfMissing(cosmos.isCreateIfMissing()).build();
    }

    static DocumentStore blob(CvMatchStoreProperties.Blob blob, BeanFactory credential) {
        AzureBlobDocumentStore.Builder builder = AzureBlobDocumentStore.builder().containerName(blob.getContainer())
                .createContainerIfMissing(blob.isCreateIfMissing());
        if (!blank(blob.getConnectionString())) {
            builder.connectionString(blob.getConnectionString());
        } else if (!blank(blob.getEndpoint())) {
            builder.endpoint(blob.getEndpoint()).credential(required(credential,
                    "cvmatch.documents.blob.connection-string"));
        } else {
            throw new IllegalStateException("cvmatch.documents.type=blob needs cvmatch.documents.blob."
                    + "connection-string or cvmatch.documents.blob.endpoint");
        }
        return builder.build();
    }

    static AnalysisQueue queue(CvMatchStoreProperties.AzureQueue queue, BeanFactory credential) {
        AzureQueueAnalysisQueue.Builder builder = AzureQueueAnalysisQueue.builder().queueName(queue.getName())
                .createQueuesIfMissing(queue.isCreateIfMissing());
        if (!blank(queue.getDeadLetterName())) {
            builder.deadLetterQueueName(queue.getDeadLetterName());
        }
        if (!blank(queue.getConnectionString())) {
            builder.connectionString(queue.getConnectionString());
        } else if (!blank(queue.getEndpoint())) {
            builder.endpoint(queue.getEndpoint()).credential(required(credential,
                    "cvmatch.queue.azure.connection-string"));
        } else {
            throw new IllegalStateException("cvmatch.queue.type=azure needs cvmatch.queue.azure.connection-string "
                    + "or cvmatch.queue.azure.endpoint");
        }
        return builder.build();
    }

    private static TokenCredential required(BeanFactory credential, String alternative) {
        TokenCredential c = credential.getBeanProvider(TokenCredential.class).getIfAvailable();
        if (c == null) {
            throw new IllegalStateException("set " + alternative + ", or define a TokenCredential bean");
        }
        return c;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
