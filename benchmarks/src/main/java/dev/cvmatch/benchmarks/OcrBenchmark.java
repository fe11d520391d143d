package dev.cvmatch.benchmarks;

import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.document.OcrEngine;
import dev.cvmatch.testing.SampleCvs;
import dev.cvmatch.testing.SampleDocuments;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A scanned CV from bytes to {@code ParsedCv} through Tesseract (one page, 200 dpi scan with noise, rendered at
 * 300 dpi for OCR). Needs Tesseract installed (tesseract-ocr, tesseract-ocr-fra, tesseract-ocr-eng); fails at setup
 * otherwise.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar OcrBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class OcrBenchmark {

    /** Layout of the scanned document. */
    @Param({"single-column-pdf", "two-column-pdf"})
    public String layout;

    private byte[] scan;
    private final CvParser parser = CvParser.builder().build();

    /** Scans the input once and checks OCR is there. */
    @Setup
    public void setUp() {
        if (OcrEngine.findDefault().isEmpty()) {
            throw new IllegalStateException(OcrEngine.unavailableReason());
        }
        SampleDocuments.Renderer source = "two-column-pdf".equals(layout) ? SampleDocuments.twoColumnPdf()
                : SampleDocuments.singleColumnPdf();
        scan = SampleDocuments.scannedPdf(source, 200).render(SampleCvs.byId("hannah-whitfield"));
    }

    /**
     * Bytes of a scanned PDF to a parsed CV.
     *
     * @return the parsed CV
     */
    @Benchmark
    public ParsedCv scannedPdf() {
        return parser.parse(scan);
    }
}
