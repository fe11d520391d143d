package dev.cvmatch.embedding;

import java.util.Arrays;
import java.util.Objects;

/**
 * A vector together with the name of the vector space it belongs to, so that a vector computed once (when a CV is
 * analysed and stored) is only ever compared with vectors of the same space. Two embeddings are comparable when
 * their {@link #space()} are equal; the matcher re-embeds the text when they are not.
 *
 * <p>Immutable: the vector is copied on the way in and on the way out. Its norm, and for a sparse vector (such as
 * {@link LexicalTextEmbedder}'s) the positions of its non-zero components, are computed once, so that
 * {@link #cosine(Embedding)} costs the number of non-zero components of the sparser vector rather than the
 * dimension: what makes ranking many stored CVs cheap. The result is the same, to the last bit, as
 * {@link TextEmbedder#cosine(float[], float[])}.
 */
public final class Embedding {

    private final String space;
    private final float[] vector;
    private final double squaredNorm;
    /** Positions of the non-zero components in ascending order, or {@code null} when the vector is dense. */
    private final int[] nonZero;

    /**
     * Creates an embedding.
     *
     * @param space the vector space: the embedder's {@link TextEmbedder#name()} and whatever else changes the text
     *     that was embedded (for the matcher, whether the CV was redacted for blind screening), e.g.
     *     {@code "lexical"} or {@code "minilm+lexical/blind"}
     * @param vector the vector (copied)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the space is blank or the vector empty
     */
    public Embedding(String space, float[] vector) {
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(vector, "vector");
        if (space.isBlank()) {
            throw new IllegalArgumentException("space must not be blank");
        }
        if (vector.length == 0) {
            throw new IllegalArgumentException("vector must not be empty");
        }
        this.space = space;
        this.vector = vector.clone();
        double sum = 0;
        int count = 0;
        for (float v : this.vector) {
            sum += v * v;
            if (v != 0) {
                count++;
            }
        }
        this.squaredNorm = sum;
        if (count <= this.vector.length / 4) {
            int[] positions = new int[count];
            for (int i = 0, j = 0; i < this.vector.length; i++) {
                if (this.vector[i] != 0) {
                    positions[j++] = i;
                }
            }
            this.nonZero = positions;
        } else {
            this.nonZero = null;
        }
    }

    /**
     * The vector space.
     *
     * @return its name
     */
    public String space() {
        return space;
    }

    /**
     * The vector (a copy).
     *
     * @return the vector
     */
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
        if (vector.length != other.vector.length) {
            throw new IllegalArgumentException("dimensions differ: " + vector.length + " and "
                    + other.vector.length);
        }
        if (squaredNorm == 0 || other.squaredNorm == 0) {
            return 0;
        }
        double dot = 0;
        int[] positions = nonZero == null ? other.nonZero
                : other.nonZero == null || nonZero.length <= other.nonZero.length ? nonZero : other.nonZero;
        if (positions == null) {
            for (int i = 0; i < vector.length; i++) {
                dot += vector[i] * other.vector[i];
            }
        } else {
            for (int i : positions) {
                dot += vector[i] * other.vector[i];
            }
        }
        return dot / Math.sqrt(squaredNorm * other.squaredNorm);
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
