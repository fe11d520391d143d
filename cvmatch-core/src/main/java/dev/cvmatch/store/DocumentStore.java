package dev.cvmatch.store;

import java.util.Optional;

/**
 * Keeps the original bytes of uploaded documents, by owner. A document is only ever read back with the owner it was
 * stored under: another owner asking for the same key gets nothing. Keys are chosen by the store and are opaque;
 * file names are kept for display and never become part of a path or a URL.
 *
 * <p>Embedded implementations: {@link InMemoryDocumentStore} (tests, demos) and {@link FileSystemDocumentStore}
 * (one machine). {@code cvmatch-azure} provides Blob Storage. Implementations are thread-safe; their contract is
 * tested by {@code DocumentStoreContract} in the core test-jar.
 */
public interface DocumentStore {

    /**
     * Stores a document under a new key.
     *
     * @param owner who the document belongs to
     * @param fileName the name it was uploaded with
     * @param contentType its media type, e.g. {@code application/pdf}
     * @param content its bytes (copied or written before the method returns)
     * @return what was stored, with its key and SHA-256
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the owner is blank
     * @throws StoreException if the document could not be stored
     */
    StoredDocument put(String owner, String fileName, String contentType, byte[] content);

    /**
     * Reads a document's bytes.
     *
     * @param owner who the document belongs to
     * @param key the key {@link #put} returned
     * @return the bytes, or empty if there is no such document for this owner (a key the store could not have
     *     returned is also empty)
     * @throws StoreException if the store could not be read
     */
    Optional<byte[]> get(String owner, String key);

    /**
     * Deletes a document.
     *
     * @param owner who the document belongs to
     * @param key its key
     * @return whether a document was deleted
     * @throws StoreException if the store could not be written
     */
    boolean delete(String owner, String key);
}
