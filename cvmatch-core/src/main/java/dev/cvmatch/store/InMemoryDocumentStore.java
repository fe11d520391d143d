package dev.cvmatch.store;

import dev.cvmatch.internal.store.Hashes;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link DocumentStore} in the heap: for tests, demos and single-process tools. Everything is lost when the JVM
 * stops. Thread-safe.
 */
public final class InMemoryDocumentStore implements DocumentStore {

    private final Map<String, Map<String, byte[]>> byOwner = new ConcurrentHashMap<>();
    private final Clock clock;

    /** An empty store on the system clock. */
    public InMemoryDocumentStore() {
        this(Clock.systemUTC());
    }

    /**
     * An empty store.
     *
     * @param clock the clock of {@link StoredDocument#storedAt()}
     */
    public InMemoryDocumentStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public StoredDocument put(String owner, String fileName, String contentType, byte[] content) {
        DocumentStores.checkOwner(owner);
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
        String key = UUID.randomUUID().toString();
        byOwner.computeIfAbsent(owner, o -> new ConcurrentHashMap<>()).put(key, content.clone());
        return new StoredDocument(owner, key, fileName, contentType, content.length, Hashes.sha256(content),
                clock.instant());
    }

    @Override
    public Optional<byte[]> get(String owner, String key) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(key, "key");
        Map<String, byte[]> documents = byOwner.get(owner);
        byte[] content = documents == null ? null : documents.get(key);
        return content == null ? Optional.empty() : Optional.of(content.clone());
    }

    @Override
    public boolean delete(String owner, String key) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(key, "key");
        Map<String, byte[]> documents = byOwner.get(owner);
        return documents != null && documents.remove(key) != null;
    }
}
