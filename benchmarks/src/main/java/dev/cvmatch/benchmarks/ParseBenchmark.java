package dev.cvmatch.benchmarks;

import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.document.DocumentTextExtractor;
import dev.cvmatch.document.ExtractedDocument;
import dev.cvmatch.testing.SampleCv;
import dev.cvmatch.testing.SampleCvs;
import dev.cvmatch.testing.SampleDocuments;
import java.nio.charset.StandardCharsets;
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
 * Warm single-thread cost of turning one CV into structured data: extraction only, parsing of an already
 * extracted document, and the full path from bytes. Inputs are generated from the fictional sample CVs.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ParseBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {

    /** Layout of the input document. */
    @Param({"two-column-pdf", "single-column-pdf", "table-docx", "text-utf-8"})
    public String layout;

    /** Which fictional CV. */
    @Param({"camille-martin", "hannah-whitfield"})
    public String cv;

    private byte[] bytes;
    private ExtractedDocument extracted;
    private final DocumentTextExtractor extractor = DocumentTextExtractor.defaults();
    private final CvParser parser = CvParser.builder().build();

    /** Renders the input once. */
    @Setup
    public void setUp() {
        SampleCv sample = SampleCvs.byId(cv);
        SampleDocuments.Renderer renderer = SampleDocuments.all().stream()
                .filter(r -> r.name().equals(layout)).findFirst()
                .orElseGet(() -> SampleDocuments.plainText(StandardCharsets.UTF_8));
        bytes = renderer.render(sample);
        extracted = extractor.extract(bytes);
    }

    /** Text extraction with layout analysis. */
    @Benchmark
    public ExtractedDocument extract() {
        return extractor.extract(bytes);
    }

    /** Parsing an already extracted document. */
    @Benchmark
    public ParsedCv parseExtracted() {
        return parser.parse(extracted);
    }

    /** The whole path: bytes to parsed CV. */
    @Benchmark
    public ParsedCv parseBytes() {
        return parser.parse(bytes);
    }
}
