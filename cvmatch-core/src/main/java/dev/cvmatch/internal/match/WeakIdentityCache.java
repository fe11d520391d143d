package dev.cvmatch.internal.match;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values computed from an object, kept as long as the object itself is alive, looked up by identity (a
 * {@code ParsedCv} record's own {@code hashCode} walks the whole CV). Thread-safe. Internal.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class WeakIdentityCache<K, V> {

    private final ConcurrentHashMap<Key<K>, V> map = new ConcurrentHashMap<>();
    private final ReferenceQueue<K> queue = new ReferenceQueue<>();

    /**
     * @param key the object
     * @param compute computes the value the first time
     * @return the value for this very object
     */
    V get(K key, Function<K, V> compute) {
        expunge();
        V value = map.get(new Key<>(key, null));
        if (value == null) {
            value = compute.apply(key);
            map.putIfAbsent(new Key<>(key, queue), value);
        }
        return value;
    }

    int size() {
        expunge();
        return map.size();
    }

    private void expunge() {
        Reference<? extends K> cleared;
        while ((cleared = queue.poll()) != null) {
            map.remove(cleared);
        }
    }

    private static final class Key<K> extends WeakReference<K> {
        private final int hash;

        Key(K referent, ReferenceQueue<K> queue) {
            super(referent, queue);
            this.hash = System.identityHashCode(referent);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Key<?> key) || key.hash != hash) {
                return false;
            }
            Object referent = get();
            return referent != null && referent == key.get();
        }
    }
}
