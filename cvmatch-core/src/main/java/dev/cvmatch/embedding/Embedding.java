package dev.cvmatch.embedding;

import java.util.Arrays;
import java.util.Objects;

/**
 * A vector together with the name of the vector space it belongs to, so that a vector computed once (when a CV is
 * analysed and stored) is only ever compared with vectors of the same space. Two embeddings are comparable when
 * their {@link #space()} are equal; the matcher re-embeds the text when they are not.
 *
 * <p>The vector is copied on the way in and on the way out: the record is immutable.
 *
 * @param space the vector space: the embedder's {@link TextEmbedder#name()} and whatever else changes the text that
 *     was embedded (for the matcher, whether the CV was redacted for blind screening), e.g. {@code "lexical"} or
 *     {@code "minilm+lexical/blind"}
 * @param vector the vector
 */
public record Embedding(String space, float[] vector) {

    /**
     * Validates and copies.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the space is blank or the vector empty
     */
    public Embedding {
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(vector, "vector");
        if (space.isBlank()) {
            throw new IllegalArgumentException("space must not be blank");
        }
        if (vector.length == 0) {
            throw new IllegalArgumentException("vector must not be empty");
        }
        vector = vector.clone();
    }

    /**
     * The vector (a copy).
     *
     * @return the vector
     */
    @Override
    public float[] vector() {
        return vector.clone();
    }

    /**
     * The vector length.
     *
     * @return the dimension
     */
    public int dimension() {
        return vector.length;
    }

    /**
     * Cosine similarity with another embedding of the same space.
     *
     * @param other the other embedding
     * @return the cosine, 0 when either vector is zero
     * @throws IllegalArgumentException if the spaces or the dimensions differ
     */
    public double cosine(Embedding other) {
        if (!space.equals(other.space)) {
            throw new IllegalArgumentException("embeddings of different spaces: " + space + " and " + other.space);
        }
        return TextEmbedder.cosine(vector, other.vector);
    }

    /** Equal when the space and every component are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Embedding e && space.equals(e.space) && Arrays.equals(vector, e.vector);
    }

    @Override
    public int hashCode() {
        return 31 * space.hashCode() + Arrays.hashCode(vector);
    }

    @Override
    public String toString() {
        return "Embedding[space=" + space + ", dimension=" + vector.length + "]";
    }
}
