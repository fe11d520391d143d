package dev.cvmatch.azure.storage;

/**
 * Finds the service's exception in what the Azure SDK throws: with a timeout, its synchronous clients wrap it in a
 * {@code RuntimeException} around an {@code ExecutionException}.
 */
final class StorageErrors {

    private StorageErrors() {
    }

    static <E extends Throwable> E find(Throwable thrown, Class<E> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
