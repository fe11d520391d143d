package dev.cvmatch.benchmarks;

import dev.cvmatch.cv.CvParser;
import dev.cvmatch.job.JobDescriptionParser;
import dev.cvmatch.job.JobRequirements;
import dev.cvmatch.match.Candidate;
import dev.cvmatch.match.JobMatcher;
import dev.cvmatch.match.RankOptions;
import dev.cvmatch.match.RankedCandidate;
import dev.cvmatch.testing.SampleCv;
import dev.cvmatch.testing.SampleCvs;
import dev.cvmatch.testing.SampleDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The seed application's bulk case: 10 CV files (PDF and DOCX, French and English) and one job description,
 * parsed and matched in parallel with the embedded default embedder (all-MiniLM-L6-v2 + lexical when the model is
 * on the classpath, as in this module). Wall time per bulk upload, in a warm service; the model is loaded once.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar BulkBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BulkBenchmark {

    private final List<byte[]> files = new ArrayList<>();
    private CvParser parser;
    private JobDescriptionParser jobParser;
    private JobMatcher matcher;
    private ExecutorService pool;
    private int round;

    /** Renders 10 CV files and builds the components once. */
    @Setup
    public void setUp() {
        List<SampleDocuments.Renderer> renderers = List.of(SampleDocuments.twoColumnPdf(),
                SampleDocuments.tableDocx(), SampleDocuments.singleColumnPdf(), SampleDocuments.classicDocx());
        int i = 0;
        while (files.size() < 10) {
            SampleCv cv = SampleCvs.all().get(i % SampleCvs.all().size());
            files.add(renderers.get(i % renderers.size()).render(cv));
            i++;
        }
        parser = CvParser.builder().build();
        jobParser = JobDescriptionParser.builder().build();
        matcher = JobMatcher.builder().build();
        pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    }

    /** Stops the pool. */
    @TearDown
    public void tearDown() {
        pool.shutdownNow();
    }

    /**
     * Parses 10 CVs and one job, and ranks the CVs with explanations. The job text varies per call so that its
     * embedding is computed each time, as for a new job.
     *
     * @return the ranking
     * @throws Exception if a task fails
     */
    @Benchmark
    public List<RankedCandidate> tenCvsOneJob() throws Exception {
        List<Future<Candidate>> futures = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            byte[] file = files.get(i);
            String id = "cv-" + i;
            futures.add(pool.submit(() -> new Candidate(id, parser.parse(file))));
        }
        JobRequirements job = jobParser.parseText(MatchBenchmark.JOB + "\n- Reference " + (round++));
        List<Candidate> candidates = new ArrayList<>();
        for (Future<Candidate> f : futures) {
            candidates.add(f.get());
        }
        return matcher.rank(candidates, job, RankOptions.defaults());
    }
}
