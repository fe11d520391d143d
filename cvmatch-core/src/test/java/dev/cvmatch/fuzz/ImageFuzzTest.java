package dev.cvmatch.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cvmatch.document.BoundingBox;
import dev.cvmatch.document.DocumentTextExtractor;
import dev.cvmatch.document.ImageTextExtractor;
import dev.cvmatch.document.OcrEngine;
import dev.cvmatch.document.OcrLine;
import dev.cvmatch.testing.SampleCvs;
import dev.cvmatch.testing.SampleDocuments;
import java.util.List;

/**
 * Fuzzes the image extractor's header check, decoding and subsampling (Java ImageIO on PNG and JPEG). Recognition is
 * not what is fuzzed here: the engine reports one line per image, sized to the decoded image, so the whole path to
 * the extracted document runs without Tesseract.
 */
class ImageFuzzTest {

    private static final OcrEngine ONE_LINE_PER_IMAGE = (image, dpi) -> List.of(new OcrLine("Image "
            + image.getWidth() + "x" + image.getHeight(), new BoundingBox(0, 0, image.getWidth(), image.getHeight()),
            1f, 0, List.of()));
    private static final DocumentTextExtractor EXTRACTOR = new ImageTextExtractor(FuzzInputs.LIMITS,
            ONE_LINE_PER_IMAGE);
    private static final List<byte[]> IMAGES = List.of(
            SampleDocuments.pageImage(SampleDocuments.singleColumnPdf(), 20, "png").render(SampleCvs.all().get(0)),
            SampleDocuments.pageImage(SampleDocuments.twoColumnPdf(), 20, "jpg").render(SampleCvs.all().get(1)));

    /**
     * Entry point of the standalone Jazzer driver used for long runs.
     *
     * @param data the fuzzer's data
     */
    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        FuzzInputs.expectTypedOutcome(EXTRACTOR::extract, FuzzInputs.bytes(data, IMAGES));
    }

    @FuzzTest(maxDuration = "10s")
    void fuzz(FuzzedDataProvider data) {
        fuzzerTestOneInput(data);
    }
}
