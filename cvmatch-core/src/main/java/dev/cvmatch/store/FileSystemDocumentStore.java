package dev.cvmatch.store;

import dev.cvmatch.internal.store.Hashes;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A {@link DocumentStore} in a directory: one sub-directory per owner (named by the SHA-256 of the owner, so no
 * owner name ever becomes a path), one file per document (named by its random key). A document is written to a
 * temporary file and moved into place, so a reader never sees half a document and a crash leaves none. Thread-safe,
 * and safe for several processes sharing the directory.
 *
 * <pre>{@code
 * DocumentStore documents = FileSystemDocumentStore.builder().directory(Path.of("data/cv-files")).build();
 * }</pre>
 */
public final class FileSystemDocumentStore implements DocumentStore {

    private final Path root;
    private final Clock clock;

    private FileSystemDocumentStore(Path root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    /**
     * Starts configuring a store.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public StoredDocument put(String owner, String fileName, String contentType, byte[] content) {
        DocumentStores.checkOwner(owner);
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
        String key = UUID.randomUUID().toString();
        Path directory = ownerDirectory(owner);
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, ".upload-", ".tmp");
            try {
                Files.write(temporary, content);
                try {
                    Files.move(temporary, directory.resolve(key), StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, directory.resolve(key));
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new StoreException("could not store the document in " + directory, e);
        }
        return new StoredDocument(owner, key, fileName, contentType, content.length, Hashes.sha256(content),
                clock.instant());
    }

    @Override
    public Optional<byte[]> get(String owner, String key) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(key, "key");
        if (!DocumentStores.KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        Path file = ownerDirectory(owner).resolve(key);
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StoreException("could not read the document " + file, e);
        }
    }

    @Override
    public boolean delete(String owner, String key) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(key, "key");
        if (!DocumentStores.KEY.matcher(key).matches()) {
            return false;
        }
        Path file = ownerDirectory(owner).resolve(key);
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StoreException("could not delete the document " + file, e);
        }
    }

    /**
     * The directory documents are kept in.
     *
     * @return the root directory
     */
    public Path directory() {
        return root;
    }

    private Path ownerDirectory(String owner) {
        return root.resolve(Hashes.sha256(owner));
    }

    /** Configures a {@link FileSystemDocumentStore}. */
    public static final class Builder {
        private Path directory;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * The directory to keep documents in; created if missing. Required.
         *
         * @param directory the directory
         * @return this builder
         */
        public Builder directory(Path directory) {
            this.directory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * The clock of {@link StoredDocument#storedAt()} (default: the system's, UTC).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the store, creating the directory.
         *
         * @return the store
         * @throws IllegalStateException if no directory was given
         * @throws StoreException if the directory cannot be created
         */
        public FileSystemDocumentStore build() {
            if (directory == null) {
                throw new IllegalStateException("directory is required");
            }
            Path root = directory.toAbsolutePath().normalize();
            try {
                Files.createDirectories(root);
            } catch (IOException e) {
                throw new StoreException("could not create the document directory " + root, e);
            }
            return new FileSystemDocumentStore(root, clock);
        }
    }
}
