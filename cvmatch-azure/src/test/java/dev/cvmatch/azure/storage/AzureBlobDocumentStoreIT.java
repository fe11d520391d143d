package dev.cvmatch.azure.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.blob.models.BlobHttpHeaders;
import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.BlobProperties;
import dev.cvmatch.azure.testing.Azurite;
import dev.cvmatch.internal.store.Hashes;
import dev.cvmatch.store.DocumentStore;
import dev.cvmatch.store.StoreException;
import dev.cvmatch.store.StoredDocument;
import dev.cvmatch.testing.DocumentStoreContract;
import dev.cvmatch.testing.StoreFixtures;
import java.security.MessageDigest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link AzureBlobDocumentStore} on Azurite against the {@link DocumentStoreContract}, and what Blob adds. */
@ExtendWith(Azurite.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AzureBlobDocumentStoreIT extends DocumentStoreContract {

    private final String containerName = "cv-files-" + UUID.randomUUID().toString().substring(0, 8);
    private AzureBlobDocumentStore store;
    private BlobContainerClient raw;

    @BeforeAll
    void connect() {
        store = AzureBlobDocumentStore.builder().connectionString(Azurite.connectionString())
                .containerName(containerName).build();
        raw = new BlobServiceClientBuilder().connectionString(Azurite.connectionString()).buildClient()
                .getBlobContainerClient(containerName);
    }

    @Override
    protected DocumentStore store() {
        return store;
    }

    @Test
    void blobsAreNamedByOwnerHashAndKeyAndCarryTypeAndMd5() throws Exception {
        String owner = "camille@example.org";
        byte[] content = StoreFixtures.sampleDocument(0);
        StoredDocument stored = store.put(owner, "Camille Martin – CV.pdf", "application/pdf", content);
        String name = Hashes.sha256(owner) + "/" + stored.key();
        List<String> names = raw.listBlobs().stream().map(BlobItem::getName)
                .filter(n -> n.startsWith(Hashes.sha256(owner))).toList();
        assertEquals(List.of(name), names, "no owner and no file name in blob names");
        BlobProperties properties = raw.getBlobClient(name).getProperties();
        assertEquals("application/pdf", properties.getContentType());
        assertArrayEquals(MessageDigest.getInstance("MD5").digest(content), properties.getContentMd5());
        assertEquals("Camille+Martin+%E2%80%93+CV.pdf", properties.getMetadata().get("filename"));
    }

    @Test
    void theConnectionCheckSeesTheContainer() {
        store.checkConnection(java.time.Duration.ofSeconds(10));
        AzureBlobDocumentStore missing = AzureBlobDocumentStore.builder().connectionString(Azurite.connectionString())
                .containerName("not-created-" + UUID.randomUUID().toString().substring(0, 8))
                .createContainerIfMissing(false).build();
        StoreException e = assertThrows(StoreException.class,
                () -> missing.checkConnection(java.time.Duration.ofSeconds(10)));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void theContainerIsPrivate() {
        assertNull(raw.getAccessPolicy().getBlobAccessType(), "no anonymous read access");
    }

    @Test
    void aDamagedBlobIsReportedNotReturned() throws Exception {
        String owner = StoreFixtures.owner();
        StoredDocument stored = store.put(owner, "cv.txt", "text/plain", StoreFixtures.sampleDocument(1));
        raw.getBlobClient(Hashes.sha256(owner) + "/" + stored.key()).setHttpHeaders(new BlobHttpHeaders()
                .setContentType("text/plain").setContentMd5(MessageDigest.getInstance("MD5").digest(new byte[1])));
        StoreException e = assertThrows(StoreException.class, () -> store.get(owner, stored.key()));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }

    @Test
    void buildingNeedsAConnection() {
        assertThrows(IllegalStateException.class, () -> AzureBlobDocumentStore.builder().build());
        assertThrows(IllegalStateException.class, () -> AzureBlobDocumentStore.builder()
                .connectionString(Azurite.connectionString()).endpoint("https://x.blob.core.windows.net").build());
        assertFalse(store.containerName().isBlank());
        assertNotNull(store.get("nobody", UUID.randomUUID().toString()));
    }
}
