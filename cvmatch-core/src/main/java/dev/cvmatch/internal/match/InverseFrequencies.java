package dev.cvmatch.internal.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Inverse document frequencies of a fixed background collection, read from a bundled resource written by
 * {@code BuildBackgroundFrequencies}: a {@code #documents<TAB>N} line, then {@code key<TAB>df} lines. Internal.
 *
 * @param unseen the inverse frequency of a key no document has, the highest
 * @param idfs {@code log((N + 1) / (df + 0.5))} by key
 */
record InverseFrequencies(double unseen, Map<String, Double> idfs) {

    /**
     * @param key a word or a skill id
     * @return its inverse frequency; {@link #unseen()} when the background never saw it
     */
    double idf(String key) {
        Double idf = idfs.get(key);
        return idf == null ? unseen : idf;
    }

    /**
     * @param resource the classpath resource
     * @return its frequencies
     * @throws IllegalStateException if the resource is missing
     */
    static InverseFrequencies load(String resource) {
        InputStream in = InverseFrequencies.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int documents = Integer.parseInt(reader.readLine().trim().split("\t")[1]);
            Map<String, Double> idfs = new HashMap<>(16_384);
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.lastIndexOf('\t');
                if (tab > 0) {
                    int df = Integer.parseInt(line.substring(tab + 1));
                    idfs.put(line.substring(0, tab), Math.log((documents + 1.0) / (df + 0.5)));
                }
            }
            return new InverseFrequencies(Math.log((documents + 1.0) / 0.5), idfs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
