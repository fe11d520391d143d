package dev.cvmatch.benchmarks;

import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.testing.SampleCv;
import dev.cvmatch.testing.SampleCvs;
import dev.cvmatch.testing.SampleDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * CVs parsed per second by one shared {@link CvParser}, over a mix of 24 files (6 fictional CVs, French and
 * English, as two-column PDF, single-column PDF, table DOCX and classic DOCX), on 1 and on 2 threads.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ThroughputBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ThroughputBenchmark {

    private final List<byte[]> files = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private final CvParser parser = CvParser.builder().build();

    /** Renders the mix once. */
    @Setup
    public void setUp() {
        for (SampleCv cv : SampleCvs.all()) {
            for (SampleDocuments.Renderer r : List.of(SampleDocuments.twoColumnPdf(), SampleDocuments.singleColumnPdf(),
                    SampleDocuments.tableDocx(), SampleDocuments.classicDocx())) {
                files.add(r.render(cv));
            }
        }
    }

    /**
     * One CV of the mix, single thread.
     *
     * @return the parsed CV
     */
    @Benchmark
    @Threads(1)
    public ParsedCv parseOneThread() {
        return parser.parse(files.get(Math.floorMod(next.getAndIncrement(), files.size())));
    }

    /**
     * One CV of the mix, two threads sharing the parser.
     *
     * @return the parsed CV
     */
    @Benchmark
    @Threads(2)
    public ParsedCv parseTwoThreads() {
        return parser.parse(files.get(Math.floorMod(next.getAndIncrement(), files.size())));
    }
}
