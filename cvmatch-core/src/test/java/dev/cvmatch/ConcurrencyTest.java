package dev.cvmatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.job.JobDescriptionParser;
import dev.cvmatch.job.JobRequirements;
import dev.cvmatch.match.JobMatcher;
import dev.cvmatch.match.MatchOptions;
import dev.cvmatch.match.MatchResult;
import dev.cvmatch.skill.SkillMatch;
import dev.cvmatch.skill.SkillNormalizer;
import dev.cvmatch.testing.SampleCv;
import dev.cvmatch.testing.SampleCvs;
import dev.cvmatch.testing.SampleDocuments;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One shared parser, normaliser and matcher hammered from many threads give exactly the single-threaded results:
 * nothing heavy is reloaded per call and no state leaks between calls.
 */
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 3;

    @Test
    void sharedComponentsGiveTheSameResultsUnderConcurrency() throws Exception {
        CvParser parser = CvParser.builder().referenceMonth(YearMonth.of(2026, 11)).build();
        SkillNormalizer normalizer = SkillNormalizer.defaults();
        JobMatcher matcher = JobMatcher.builder()
                .options(MatchOptions.builder().referenceMonth(YearMonth.of(2026, 11)).build()).build();
        JobRequirements job = JobDescriptionParser.builder().build().parseText(
                "Senior Java Developer\n\nRequirements\n- Must have: Java, Spring Boot, Kubernetes\n"
                        + "- 5+ years of experience\n\nNice to have\n- Kafka is a plus\n");
        List<byte[]> documents = new ArrayList<>();
        for (SampleCv cv : SampleCvs.all()) {
            for (SampleDocuments.Renderer r : List.of(SampleDocuments.twoColumnPdf(), SampleDocuments.tableDocx(),
                    SampleDocuments.classicDocx())) {
                documents.add(r.render(cv));
            }
        }
        List<ParsedCv> expectedCvs = new ArrayList<>();
        List<List<SkillMatch>> expectedSkills = new ArrayList<>();
        List<MatchResult> expectedMatches = new ArrayList<>();
        for (byte[] document : documents) {
            ParsedCv cv = parser.parse(document);
            expectedCvs.add(cv);
            expectedSkills.add(normalizer.find(String.valueOf(cv.summary()) + " " + cv.sections()));
            expectedMatches.add(matcher.match(cv, job));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    int checked = 0;
                    for (int round = 0; round < ROUNDS; round++) {
                        for (int k = 0; k < documents.size(); k++) {
                            int i = (k + offset * 3) % documents.size();
                            ParsedCv cv = parser.parse(documents.get(i));
                            assertEquals(expectedCvs.get(i), cv, "parse " + i);
                            assertEquals(expectedSkills.get(i),
                                    normalizer.find(String.valueOf(cv.summary()) + " " + cv.sections()));
                            assertEquals(expectedMatches.get(i), matcher.match(cv, job), "match " + i);
                            checked++;
                        }
                    }
                    return checked;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> f : futures) {
                total += f.get();
            }
            assertEquals(THREADS * ROUNDS * documents.size(), total);
        } finally {
            pool.shutdownNow();
        }
    }
}
