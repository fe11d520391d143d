package dev.cvmatch.testing;

import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.embedding.Embedding;
import dev.cvmatch.embedding.LexicalTextEmbedder;
import dev.cvmatch.job.JobDescriptionParser;
import dev.cvmatch.job.JobRequirements;
import dev.cvmatch.match.JobMatcher;
import dev.cvmatch.match.MatchOptions;
import dev.cvmatch.match.MatchResult;
import dev.cvmatch.skill.SkillNormalizer;
import dev.cvmatch.store.Analysis;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/**
 * Real analyses for the store contracts and tests: sample CVs rendered as text, parsed, matched against a job with
 * the lexical embedder (deterministic, no model), so that what a store writes and reads back is the full shape of a
 * completed analysis (provenance, evidence, dates, breakdown, embedding).
 */
public final class StoreFixtures {

    /** A job every sample CV can be matched against. */
    public static final String JOB_TEXT = """
            Senior Java developer (CDI), Lyon, hybrid
            Must have: Java, Spring Boot, PostgreSQL, Docker, 5+ years of experience.
            Nice to have: Kubernetes, Kafka. English B2.
            """;

    /** The matcher the fixtures use: lexical embedder, a fixed reference month. */
    public static final JobMatcher MATCHER = JobMatcher.builder()
            .embedder(new LexicalTextEmbedder(SkillNormalizer.createDefault()))
            .options(MatchOptions.builder().referenceMonth(YearMonth.of(2026, 11)).build()).build();

    private static final CvParser PARSER = CvParser.builder().build();

    private StoreFixtures() {
    }

    /**
     * A sample CV as UTF-8 text bytes.
     *
     * @param index any number; picks one of the six samples
     * @return the document
     */
    public static byte[] sampleDocument(int index) {
        SampleCv cv = SampleCvs.all().get(Math.floorMod(index, SampleCvs.all().size()));
        return SampleDocuments.plainText(StandardCharsets.UTF_8).render(cv);
    }

    /** Parsed once: the parse of each sample, and the job. */
    private static final class Parsed {
        static final ParsedCv[] CVS = SampleCvs.all().stream()
                .map(cv -> PARSER.parse(SampleDocuments.plainText(StandardCharsets.UTF_8).render(cv)))
                .toArray(ParsedCv[]::new);
        static final JobRequirements JOB = JobDescriptionParser.builder().build().parseText(JOB_TEXT);
    }

    /**
     * A new queued analysis (version 0).
     *
     * @param owner the owner
     * @param createdAt its creation time
     * @return the analysis, with a random id
     */
    public static Analysis queued(String owner, Instant createdAt) {
        return Analysis.queued(UUID.randomUUID().toString(), owner, "cv.pdf", UUID.randomUUID().toString(),
                "0".repeat(64), JOB_TEXT, createdAt);
    }

    /**
     * The given analysis completed with the parse and match of a sample CV.
     *
     * @param analysis the analysis to complete (keeps its version)
     * @param index which sample
     * @param now the completion time
     * @return the completed copy
     */
    public static Analysis completed(Analysis analysis, int index, Instant now) {
        ParsedCv cv = Parsed.CVS[Math.floorMod(index, Parsed.CVS.length)];
        MatchResult result = MATCHER.match(cv, Parsed.JOB);
        Embedding embedding = MATCHER.embed(cv);
        return analysis.processing(now).completed(Parsed.JOB, cv, result, embedding, now);
    }

    /**
     * A random owner, so that tests sharing a store do not see each other's analyses.
     *
     * @return the owner
     */
    public static String owner() {
        return "owner-" + UUID.randomUUID();
    }
}
