package dev.cvmatch.benchmarks;

import dev.cvmatch.skill.SkillNormalizer;
import dev.cvmatch.skill.SkillTaxonomy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cold cost of the first use of skills in a process: reading the bundled taxonomy and building the default
 * normaliser's index. One shot per fresh JVM, so nothing is cached or warmed up.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar TaxonomyLoadBenchmark}
 */
public class TaxonomyLoadBenchmark {

    /**
     * First use of the bundled taxonomy and default normaliser.
     *
     * @return the number of skills
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(10)
    public int firstUse() {
        SkillNormalizer normalizer = SkillNormalizer.defaults();
        return SkillTaxonomy.defaults().size() + normalizer.find("Java").size();
    }
}
