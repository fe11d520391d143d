package dev.cvmatch.benchmarks;

import dev.cvmatch.skill.SkillMatch;
import dev.cvmatch.skill.SkillNormalizer;
import dev.cvmatch.testing.SampleCv;
import dev.cvmatch.testing.SampleCvs;
import dev.cvmatch.testing.SampleDocuments;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
 * Skill normalisation of a 1,000-word CV text, warm. The cold load of the taxonomy is measured by
 * {@link TaxonomyLoadBenchmark}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SkillBenchmark}
 */
@State(Scope.Benchmark)
public class SkillBenchmark {

    private List<String> lines;
    private SkillNormalizer normalizer;

    /** Builds a text of about 1,000 words from the sample CVs, one line per CV line. */
    @Setup
    public void setUp() {
        normalizer = SkillNormalizer.defaults();
        lines = new ArrayList<>();
        int words = 0;
        outer:
        while (true) {
            for (SampleCv cv : SampleCvs.all()) {
                String text = new String(SampleDocuments.plainText(StandardCharsets.UTF_8).render(cv),
                        StandardCharsets.UTF_8);
                for (String line : text.split("\n")) {
                    int n = line.isBlank() ? 0 : line.trim().split("\\s+").length;
                    if (words + n > 1000) {
                        break outer;
                    }
                    words += n;
                    lines.add(line);
                }
            }
        }
    }

    /**
     * Normalises every line of a 1,000-word CV (prose mode).
     *
     * @return the number of matches
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(1)
    public int normalize1000Words() {
        int count = 0;
        for (String line : lines) {
            List<SkillMatch> matches = normalizer.find(line);
            count += matches.size();
        }
        return count;
    }
}
