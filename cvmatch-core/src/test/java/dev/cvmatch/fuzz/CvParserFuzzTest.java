package dev.cvmatch.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.document.AutoDetectTextExtractor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the parser entry point, {@link CvParser#parse(byte[])}: format detection, every extractor (OCR off), and
 * the section, contact, date, experience, education, language and skill extraction on damaged CVs and on arbitrary
 * text. Besides the typed-outcome contract, a parsed CV must satisfy its own invariants.
 */
class CvParserFuzzTest {

    private static final CvParser PARSER = CvParser.builder()
            .extractor(AutoDetectTextExtractor.builder().limits(FuzzInputs.LIMITS).ocr(null).build())
            .referenceMonth(java.time.YearMonth.of(2026, 11)).build();
    private static final List<byte[]> SEEDS = seeds();

    /**
     * Entry point of the standalone Jazzer driver used for long runs.
     *
     * @param data the fuzzer's data
     */
    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        byte[] input = data.consumeBoolean()
                ? data.consumeRemainingAsString().getBytes(StandardCharsets.UTF_8)
                : FuzzInputs.bytes(data, SEEDS);
        FuzzInputs.expectTypedOutcome(bytes -> check(PARSER.parse(bytes)), input);
    }

    private static void check(ParsedCv cv) {
        if (cv.totalExperienceMonths() < 0) {
            throw new IllegalStateException("negative experience: " + cv.totalExperienceMonths());
        }
        if (cv.cvConfidence() < 0 || cv.cvConfidence() > 1) {
            throw new IllegalStateException("confidence out of range: " + cv.cvConfidence());
        }
    }

    @FuzzTest(maxDuration = "10s")
    void fuzz(FuzzedDataProvider data) {
        fuzzerTestOneInput(data);
    }

    private static List<byte[]> seeds() {
        List<byte[]> all = new ArrayList<>(FuzzInputs.TEXTS);
        all.addAll(FuzzInputs.PDFS);
        all.addAll(FuzzInputs.DOCXS);
        all.addAll(FuzzInputs.ODTS);
        return List.copyOf(all);
    }
}
