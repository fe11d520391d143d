package dev.cvmatch.store;

import java.util.Objects;
import java.util.regex.Pattern;

/** Argument checks shared by the document stores. */
final class DocumentStores {

    /** The keys the embedded stores hand out: random UUIDs. */
    static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private DocumentStores() {
    }

    static void checkOwner(String owner) {
        Objects.requireNonNull(owner, "owner");
        if (owner.isBlank()) {
            throw new IllegalArgumentException("owner must not be blank");
        }
    }
}
