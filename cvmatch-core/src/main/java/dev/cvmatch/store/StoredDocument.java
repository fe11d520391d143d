package dev.cvmatch.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A document kept by a {@link DocumentStore}: its key and what is known of it, without the bytes.
 *
 * @param owner who the document belongs to
 * @param key the store's key for it, unique per owner; opaque to callers
 * @param fileName the name it was uploaded with (display only; never part of a path or URL)
 * @param contentType its media type, e.g. {@code application/pdf}
 * @param size its length in bytes
 * @param contentHash SHA-256 of its bytes, lower-case hex
 * @param storedAt when it was stored, to the millisecond
 */
public record StoredDocument(String owner, String key, String fileName, String contentType, long size,
        String contentHash, Instant storedAt) {

    /**
     * Validates.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the size is negative
     * @param owner the record component {@code owner} (see the class description)
     * @param key the record component {@code key} (see the class description)
     * @param fileName the record component {@code fileName} (see the class description)
     * @param contentType the record component {@code contentType} (see the class description)
     * @param size the record component {@code size} (see the class description)
     * @param contentHash the record component {@code contentHash} (see the class description)
     * @param storedAt the record component {@code storedAt} (see the class description)
     */
    public StoredDocument {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(storedAt, "storedAt");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
        storedAt = storedAt.truncatedTo(ChronoUnit.MILLIS);
    }
}
