package dev.cvmatch.benchmarks;

import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.embedding.LexicalTextEmbedder;
import dev.cvmatch.job.JobDescriptionParser;
import dev.cvmatch.job.JobRequirements;
import dev.cvmatch.match.JobMatcher;
import dev.cvmatch.match.MatchResult;
import dev.cvmatch.match.RankOptions;
import dev.cvmatch.match.RankedCandidate;
import dev.cvmatch.skill.SkillNormalizer;
import dev.cvmatch.store.Analysis;
import dev.cvmatch.store.AnalysisQueue;
import dev.cvmatch.store.AnalysisService;
import dev.cvmatch.store.InMemoryAnalysisStore;
import dev.cvmatch.store.InMemoryDocumentStore;
import dev.cvmatch.store.InProcessAnalysisQueue;
import dev.cvmatch.testing.SampleCv;
import dev.cvmatch.testing.SampleCvs;
import dev.cvmatch.testing.SampleDocuments;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
 * Ranking stored analyses against a new job, as an ATS does: {@link AnalysisService#rank} streams an owner's
 * completed analyses from the store page by page and scores them with the CV embeddings stored when they were
 * analysed, so no CV is parsed or embedded again (compare {@link MatchBenchmark}, whose 100,000 CVs are embedded on
 * the fly). The analyses are the six sample CVs parsed once and varied as in {@link MatchBenchmark}, each completed
 * with its own match result and embedding (lexical embedder), in an {@link InMemoryAnalysisStore}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar StoredRankingBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public class StoredRankingBenchmark {

    /** Number of stored analyses ranked. */
    @Param({"10000", "100000"})
    public int size;

    private AnalysisService service;
    private JobRequirements job;
    private JobMatcher matcher;

    /** Parses the samples once, completes {@code size} analyses with their embeddings and stores them. */
    @Setup(Level.Trial)
    public void setUp() {
        CvParser parser = CvParser.builder().build();
        List<ParsedCv> base = new ArrayList<>();
        for (SampleCv cv : SampleCvs.all()) {
            base.add(parser.parse(SampleDocuments.plainText(StandardCharsets.UTF_8).render(cv)));
        }
        job = JobDescriptionParser.builder().build().parseText(MatchBenchmark.JOB);
        matcher = JobMatcher.builder().embedder(new LexicalTextEmbedder(SkillNormalizer.createDefault())).build();
        InMemoryAnalysisStore analyses = new InMemoryAnalysisStore();
        Instant t0 = Instant.parse("2026-12-01T00:00:00Z");
        for (int i = 0; i < size; i++) {
            ParsedCv p = base.get(i % base.size());
            ParsedCv varied = new ParsedCv(p.format(), p.language(), p.contact(), p.summary() + " #" + i,
                    p.experience(), p.education(), p.languages(), p.certifications(), p.skills(), p.skillMentions(),
                    p.totalExperienceMonths(), p.sections(), p.warnings(), p.cvConfidence());
            Analysis queued = analyses.create(Analysis.queued("a-" + i, "recruiter", "cv-" + i + ".pdf",
                    "k-" + i, "0".repeat(64), MatchBenchmark.JOB, t0.plusMillis(i)));
            MatchResult result = matcher.match(varied, job);
            analyses.update(queued.processing(t0).completed(job, varied, result, matcher.embed(varied), t0));
        }
        AnalysisQueue queue = InProcessAnalysisQueue.builder().build();
        service = AnalysisService.builder().documentStore(new InMemoryDocumentStore()).analysisStore(analyses)
                .queue(queue).build();
    }

    /**
     * Ranks every stored analysis of the owner, keeping the best 10.
     *
     * @return the ranking
     */
    @Benchmark
    public List<RankedCandidate> rankStoredTop10() {
        return service.rank("recruiter", job, matcher, new RankOptions(10, 0, 0));
    }
}
