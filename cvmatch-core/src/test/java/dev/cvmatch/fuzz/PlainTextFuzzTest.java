package dev.cvmatch.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cvmatch.document.DocumentTextExtractor;
import dev.cvmatch.document.PlainTextExtractor;

/**
 * Fuzzes the plain-text extractor (charset detection): any outcome but a document or a typed {@link dev.cvmatch.CvMatchException} is a finding.
 * See {@code cvmatch-core/src/test/fuzz/README.md} for the short run in the build and the long run.
 */
class PlainTextFuzzTest {

    private static final DocumentTextExtractor EXTRACTOR = new PlainTextExtractor(FuzzInputs.LIMITS);

    /**
     * Entry point of the standalone Jazzer driver used for long runs.
     *
     * @param data the fuzzer's data
     */
    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        FuzzInputs.expectTypedOutcome(EXTRACTOR::extract, FuzzInputs.bytes(data, FuzzInputs.TEXTS));
    }

    @FuzzTest(maxDuration = "10s")
    void fuzz(FuzzedDataProvider data) {
        fuzzerTestOneInput(data);
    }
}
