package dev.cvmatch.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvmatch.internal.store.Hashes;
import dev.cvmatch.store.DocumentStore;
import dev.cvmatch.store.StoredDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DocumentStore} must do: extend this class in the provider's tests and return the store under
 * test (in-memory and file system in cvmatch-core, Blob Storage in cvmatch-azure). Tests use random owners, so the
 * store may be shared between tests.
 */
public abstract class DocumentStoreContract {

    /**
     * The store under test.
     *
     * @return the store
     */
    protected abstract DocumentStore store();

    @Test
    void putThenGetGivesTheBytesBack() {
        DocumentStore store = store();
        String owner = StoreFixtures.owner();
        byte[] content = StoreFixtures.sampleDocument(0);
        StoredDocument stored = store.put(owner, "camille-martin.txt", "text/plain", content);
        assertEquals(owner, stored.owner());
        assertEquals("camille-martin.txt", stored.fileName());
        assertEquals("text/plain", stored.contentType());
        assertEquals(content.length, stored.size());
        assertEquals(Hashes.sha256(content), stored.contentHash());
        assertArrayEquals(content, store.get(owner, stored.key()).orElseThrow());
    }

    @Test
    void emptyAndBinaryDocumentsAreKeptByteForByte() {
        DocumentStore store = store();
        String owner = StoreFixtures.owner();
        byte[] binary = new byte[70_000];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31 + 7);
        }
        StoredDocument empty = store.put(owner, "empty.pdf", "application/pdf", new byte[0]);
        StoredDocument large = store.put(owner, "scan.pdf", "application/pdf", binary);
        assertArrayEquals(new byte[0], store.get(owner, empty.key()).orElseThrow());
        assertArrayEquals(binary, store.get(owner, large.key()).orElseThrow());
    }

    @Test
    void anotherOwnerNeitherReadsNorDeletes() {
        DocumentStore store = store();
        String owner = StoreFixtures.owner();
        StoredDocument stored = store.put(owner, "cv.txt", "text/plain", StoreFixtures.sampleDocument(1));
        String intruder = StoreFixtures.owner();
        assertTrue(store.get(intruder, stored.key()).isEmpty());
        assertFalse(store.delete(intruder, stored.key()));
        assertTrue(store.get(owner, stored.key()).isPresent());
    }

    @Test
    void deleteRemovesOnce() {
        DocumentStore store = store();
        String owner = StoreFixtures.owner();
        StoredDocument stored = store.put(owner, "cv.txt", "text/plain", StoreFixtures.sampleDocument(2));
        assertTrue(store.delete(owner, stored.key()));
        assertTrue(store.get(owner, stored.key()).isEmpty());
        assertFalse(store.delete(owner, stored.key()));
    }

    @Test
    void everyPutGetsItsOwnKeyAndFileNamesAreNotPaths() {
        DocumentStore store = store();
        String owner = StoreFixtures.owner();
        byte[] content = StoreFixtures.sampleDocument(3);
        StoredDocument a = store.put(owner, "../../etc/passwd", "text/plain", content);
        StoredDocument b = store.put(owner, "../../etc/passwd", "text/plain", content);
        assertNotEquals(a.key(), b.key());
        assertFalse(a.key().contains("/") || a.key().contains(".."), a.key());
        assertTrue(store.delete(owner, a.key()));
        assertArrayEquals(content, store.get(owner, b.key()).orElseThrow());
    }

    @Test
    void unknownAndForgedKeysAreEmpty() {
        DocumentStore store = store();
        String owner = StoreFixtures.owner();
        StoredDocument stored = store.put(owner, "cv.txt", "text/plain", StoreFixtures.sampleDocument(4));
        assertTrue(store.get(owner, "00000000-0000-0000-0000-000000000000").isEmpty());
        assertTrue(store.get(owner, "../" + stored.key()).isEmpty());
        assertTrue(store.get(owner, "").isEmpty());
        assertFalse(store.delete(owner, "../" + stored.key()));
    }

    @Test
    void ownersWithPathCharactersAreKeptApart() {
        DocumentStore store = store();
        String suffix = StoreFixtures.owner();
        StoredDocument a = store.put("a/" + suffix, "cv.txt", "text/plain", new byte[] {1});
        StoredDocument b = store.put("a_" + suffix, "cv.txt", "text/plain", new byte[] {2});
        assertArrayEquals(new byte[] {1}, store.get("a/" + suffix, a.key()).orElseThrow());
        assertTrue(store.get("a_" + suffix, a.key()).isEmpty());
        assertTrue(store.get("a/" + suffix, b.key()).isEmpty());
    }

    @Test
    void badArgumentsAreRefused() {
        DocumentStore store = store();
        assertThrows(IllegalArgumentException.class, () -> store.put(" ", "cv.txt", "text/plain", new byte[1]));
        assertThrows(NullPointerException.class, () -> store.put(null, "cv.txt", "text/plain", new byte[1]));
        assertThrows(NullPointerException.class, () -> store.put("o", "cv.txt", "text/plain", null));
        assertThrows(NullPointerException.class, () -> store.get("o", null));
    }

    @Test
    void concurrentPutsAreAllKept() throws Exception {
        DocumentStore store = store();
        String owner = StoreFixtures.owner();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<StoredDocument>> futures = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                byte[] content = ("document " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                futures.add(pool.submit(() -> store.put(owner, "cv.txt", "text/plain", content)));
            }
            Set<String> keys = new HashSet<>();
            for (Future<StoredDocument> f : futures) {
                StoredDocument d = f.get();
                keys.add(d.key());
                assertEquals(Hashes.sha256(store.get(owner, d.key()).orElseThrow()), d.contentHash());
            }
            assertEquals(24, keys.size());
        } finally {
            pool.shutdownNow();
        }
    }
}
