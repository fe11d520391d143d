package dev.cvmatch.benchmarks;

import dev.cvmatch.embedding.LexicalTextEmbedder;
import dev.cvmatch.embedding.MiniLmTextEmbedder;
import dev.cvmatch.embedding.TextEmbedder;
import dev.cvmatch.skill.SkillNormalizer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Embedding one job-description-sized text (about 150 words), uncached: all-MiniLM-L6-v2 on ONNX Runtime and the
 * lexical embedder.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar EmbeddingBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EmbeddingBenchmark {

    private TextEmbedder miniLm;
    private TextEmbedder lexical;
    private String text;

    /** Loads the model once. */
    @Setup
    public void setUp() {
        miniLm = new MiniLmTextEmbedder();
        lexical = new LexicalTextEmbedder(SkillNormalizer.defaults());
        text = MatchBenchmark.JOB + "\nWe build payment services used by millions of people across Europe, with a "
                + "team of forty engineers who care about quality, observability and continuous delivery.";
    }

    /**
     * MiniLM.
     *
     * @return the vector
     */
    @Benchmark
    public float[] miniLm() {
        return miniLm.embed(text);
    }

    /**
     * Lexical.
     *
     * @return the vector
     */
    @Benchmark
    public float[] lexical() {
        return lexical.embed(text);
    }
}
