package dev.cvmatch.benchmarks;

import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.embedding.CachingTextEmbedder;
import dev.cvmatch.embedding.LexicalTextEmbedder;
import dev.cvmatch.embedding.TextEmbedder;
import dev.cvmatch.job.JobDescriptionParser;
import dev.cvmatch.job.JobRequirements;
import dev.cvmatch.match.Candidate;
import dev.cvmatch.match.JobMatcher;
import dev.cvmatch.match.RankOptions;
import dev.cvmatch.match.RankedCandidate;
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
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ranking pre-parsed CVs against one job on all processors, keeping the top 10. The CVs are the six sample CVs
 * parsed once and varied (each copy has a distinct summary, so each has its own text and embedding). The
 * embeddings of the CVs are cached by content hash, as in a service that ranks its stored CVs against new jobs;
 * the cache holds all 10,000 CVs but not 100,000, so the 100,000 case also measures embedding on the fly.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar MatchBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class MatchBenchmark {

    static final String JOB = String.join("\n", "Senior Java Developer", "Helioscope — Lyon, France (hybrid)", "",
            "What we're looking for", "- At least 5 years of experience in backend development",
            "- Must have: Java, Spring Boot, Kubernetes, PostgreSQL, Kafka",
            "- Master's degree in computer science or equivalent",
            "- Languages: fluent French (C1), professional English (B2)", "", "Nice to have",
            "- Terraform and AWS are a plus");

    /** Number of CVs ranked. */
    @Param({"10000", "100000"})
    public int size;

    private List<Candidate> candidates;
    private JobRequirements job;
    private JobMatcher matcher;

    /** Parses the samples once and builds the candidates. */
    @Setup(Level.Trial)
    public void setUp() {
        CvParser parser = CvParser.builder().build();
        List<ParsedCv> base = new ArrayList<>();
        for (SampleCv cv : SampleCvs.all()) {
            base.add(parser.parse(SampleDocuments.plainText(StandardCharsets.UTF_8).render(cv)));
        }
        candidates = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            ParsedCv p = base.get(i % base.size());
            ParsedCv varied = new ParsedCv(p.format(), p.language(), p.contact(), p.summary() + " #" + i,
                    p.experience(), p.education(), p.languages(), p.certifications(), p.skills(), p.skillMentions(),
                    p.totalExperienceMonths(), p.sections(), p.warnings(), p.cvConfidence());
            candidates.add(new Candidate("cv-" + i, varied));
        }
        job = JobDescriptionParser.builder().build().parseText(JOB);
        TextEmbedder embedder = new CachingTextEmbedder(new LexicalTextEmbedder(SkillNormalizer.defaults()),
                20_000);
        matcher = JobMatcher.builder().embedder(embedder).build();
    }

    /**
     * Ranks all candidates, keeping the best 10.
     *
     * @return the ranking
     */
    @Benchmark
    public List<RankedCandidate> rankTop10() {
        return matcher.rank(candidates, job, new RankOptions(10, 0, 0));
    }
}
