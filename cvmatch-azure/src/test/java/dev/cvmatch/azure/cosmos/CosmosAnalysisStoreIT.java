package dev.cvmatch.azure.cosmos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.azure.cosmos.CosmosClient;
import com.azure.cosmos.models.PartitionKey;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvmatch.azure.testing.CosmosEmulator;
import dev.cvmatch.store.Analysis;
import dev.cvmatch.store.AnalysisStore;
import dev.cvmatch.testing.AnalysisStoreContract;
import dev.cvmatch.testing.StoreFixtures;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link CosmosAnalysisStore} on the Cosmos DB gateway emulator against the {@link AnalysisStoreContract}. */
@ExtendWith(CosmosEmulator.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CosmosAnalysisStoreIT extends AnalysisStoreContract {

    private CosmosClient client;
    private CosmosAnalysisStore store;
    private final String database = "cv-analysis-db-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    void connect() {
        client = CosmosEmulator.client();
        store = CosmosAnalysisStore.builder().client(client).databaseName(database).build();
    }

    @AfterAll
    void close() {
        client.getDatabase(database).delete();
        client.close();
    }

    @Override
    protected AnalysisStore store() {
        return store;
    }

    @Test
    void itemsArePartitionedByUserIdAsTheSeedsContainerIs() {
        Analysis created = store.create(StoreFixtures.queued("user-7", Instant.parse("2026-12-02T10:00:00Z")));
        ObjectNode item = client.getDatabase(database).getContainer(CosmosAnalysisStore.DEFAULT_CONTAINER)
                .readItem(created.id(), new PartitionKey("user-7"), ObjectNode.class).getItem();
        assertEquals("user-7", item.get("user_id").asText());
        assertEquals(created.createdAt().toEpochMilli(), item.get("created_at_ms").asLong());
        assertEquals("QUEUED", item.get("status").asText());
        assertEquals("/user_id", client.getDatabase(database).getContainer(CosmosAnalysisStore.DEFAULT_CONTAINER)
                .read().getProperties().getPartitionKeyDefinition().getPaths().get(0));
    }

    @Test
    void theConnectionCheckReadsTheContainer() {
        store.checkConnection();
        assertEquals(CosmosAnalysisStore.DEFAULT_CONTAINER, store.containerName());
    }

    @Test
    void buildingNeedsAConnection() {
        assertThrows(IllegalStateException.class, () -> CosmosAnalysisStore.builder().build());
    }
}
