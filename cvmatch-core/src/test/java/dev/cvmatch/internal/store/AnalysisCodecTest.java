package dev.cvmatch.internal.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.job.JobDescriptionParser;
import dev.cvmatch.job.JobRequirements;
import dev.cvmatch.match.MatchResult;
import dev.cvmatch.store.Analysis;
import dev.cvmatch.store.AnalysisMessage;
import dev.cvmatch.store.StoreException;
import dev.cvmatch.testing.SampleCv;
import dev.cvmatch.testing.SampleCvs;
import dev.cvmatch.testing.SampleDocuments;
import dev.cvmatch.testing.StoreFixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the stores write is read back equal: every sample CV in every born-digital layout, jobs, results. */
class AnalysisCodecTest {

    @Test
    void parsedCvsJobsAndResultsRoundTripExactly() {
        CvParser parser = CvParser.builder().build();
        JobRequirements job = JobDescriptionParser.builder().build().parseText(StoreFixtures.JOB_TEXT);
        assertEquals(job, AnalysisCodec.job(AnalysisCodec.toJson(job)));
        int checked = 0;
        for (SampleDocuments.Renderer renderer : new SampleDocuments.Renderer[] {SampleDocuments.twoColumnPdf(),
            SampleDocuments.singleColumnPdf(), SampleDocuments.tableDocx(), SampleDocuments.classicDocx()}) {
            for (SampleCv sample : SampleCvs.all()) {
                ParsedCv cv = parser.parse(renderer.render(sample));
                assertEquals(cv, AnalysisCodec.cv(AnalysisCodec.toJson(cv)), sample.id() + " " + renderer);
                MatchResult result = StoreFixtures.MATCHER.match(cv, job);
                assertEquals(result, AnalysisCodec.result(AnalysisCodec.toJson(result)), sample.id());
                checked++;
            }
        }
        assertEquals(24, checked);
    }

    @Test
    void aWholeAnalysisRoundTripsWithItsEmbedding() {
        Analysis completed = StoreFixtures.completed(
                StoreFixtures.queued("owner", Instant.parse("2026-12-01T10:15:30.456Z")), 2,
                Instant.parse("2026-12-01T10:15:31Z"));
        String json = AnalysisCodec.toJson(completed);
        assertEquals(completed, AnalysisCodec.analysis(json));
        assertTrue(json.contains("\"space\":\"lexical\""), json.substring(0, 200));
    }

    @Test
    void vectorsAreLittleEndianFloats() {
        float[] vector = {1.0f, -0.5f, Float.MIN_VALUE, 3.4e38f};
        byte[] bytes = AnalysisCodec.vectorBytes(vector);
        assertEquals(16, bytes.length);
        assertEquals(0x3f, bytes[3] & 0xff, "1.0f = 0x3f800000, little-endian");
        assertArrayEquals(vector, AnalysisCodec.vector(bytes));
        assertThrows(StoreException.class, () -> AnalysisCodec.vector(new byte[5]));
    }

    @Test
    void messagesAndDamagedJson() {
        AnalysisMessage message = new AnalysisMessage("u", "a");
        assertEquals(message, AnalysisCodec.message(AnalysisCodec.toJson(message)));
        assertThrows(StoreException.class, () -> AnalysisCodec.message("{\"owner\":"));
        assertThrows(StoreException.class, () -> AnalysisCodec.cv("[1, 2]"));
    }
}
