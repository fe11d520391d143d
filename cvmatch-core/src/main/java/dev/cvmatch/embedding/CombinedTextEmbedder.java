package dev.cvmatch.embedding;

import java.util.List;
import java.util.Objects;

/**
 * Concatenates the L2-normalised vectors of two embedders, each scaled by the square root of its weight, so that
 * the cosine of two combined vectors is the weighted mean of the two cosines. Thread-safe.
 */
public final class CombinedTextEmbedder implements TextEmbedder {

    private final TextEmbedder first;
    private final TextEmbedder second;
    private final float firstScale;
    private final float secondScale;

    /**
     * Combines two embedders.
     *
     * @param first an embedder
     * @param firstWeight its weight (0-1)
     * @param second another embedder
     * @throws IllegalArgumentException if the weight is outside 0-1
     */
    public CombinedTextEmbedder(TextEmbedder first, double firstWeight, TextEmbedder second) {
        this.first = Objects.requireNonNull(first, "first");
        this.second = Objects.requireNonNull(second, "second");
        if (firstWeight < 0 || firstWeight > 1) {
            throw new IllegalArgumentException("weight must be within 0-1: " + firstWeight);
        }
        this.firstScale = (float) Math.sqrt(firstWeight);
        this.secondScale = (float) Math.sqrt(1 - firstWeight);
    }

    @Override
    public float[] embed(String text) {
        return join(first.embed(text), second.embed(text));
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<float[]> a = first.embedAll(texts);
        List<float[]> b = second.embedAll(texts);
        return java.util.stream.IntStream.range(0, texts.size()).mapToObj(i -> join(a.get(i), b.get(i))).toList();
    }

    private float[] join(float[] a, float[] b) {
        float[] out = new float[a.length + b.length];
        double na = norm(a);
        double nb = norm(b);
        for (int i = 0; i < a.length; i++) {
            out[i] = na == 0 ? 0 : (float) (a[i] / na) * firstScale;
        }
        for (int i = 0; i < b.length; i++) {
            out[a.length + i] = nb == 0 ? 0 : (float) (b[i] / nb) * secondScale;
        }
        return out;
    }

    private static double norm(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    @Override
    public int dimension() {
        return first.dimension() + second.dimension();
    }

    @Override
    public String name() {
        return first.name() + "+" + second.name();
    }
}
