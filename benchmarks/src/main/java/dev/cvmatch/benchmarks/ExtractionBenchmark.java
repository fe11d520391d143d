package dev.cvmatch.benchmarks;

import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.document.DocumentTextExtractor;
import dev.cvmatch.document.ExtractedDocument;
import dev.cvmatch.testing.SampleCvs;
import dev.cvmatch.testing.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
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
 * Side by side on the same generated files: Apache Tika's {@code AutoDetectParser} plain-text extraction, cvmatch's
 * layout-aware extraction, and cvmatch's full structured parse (extraction, sections, fields, skills, language).
 * The headline is {@code cvmatchParse / tikaPlainText}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ExtractionBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractionBenchmark {

    /** Layout of the input. */
    @Param({"two-column-pdf", "single-column-pdf", "table-docx", "classic-docx"})
    public String layout;

    private byte[] bytes;
    private final AutoDetectParser tika = new AutoDetectParser();
    private final DocumentTextExtractor extractor = DocumentTextExtractor.defaults();
    private final CvParser parser = CvParser.builder().build();

    /** Renders the input once (the fictional French CV with two pages of content). */
    @Setup
    public void setUp() {
        bytes = SampleDocuments.all().stream().filter(r -> r.name().equals(layout)).findFirst().orElseThrow()
                .render(SampleCvs.byId("camille-martin"));
    }

    /**
     * Tika plain text.
     *
     * @return the text
     * @throws Exception if Tika fails
     */
    @Benchmark
    public String tikaPlainText() throws Exception {
        BodyContentHandler handler = new BodyContentHandler(-1);
        tika.parse(new ByteArrayInputStream(bytes), handler, new Metadata(), new ParseContext());
        return handler.toString();
    }

    /**
     * cvmatch extraction with layout (lines, positions, fonts, reading order).
     *
     * @return the extracted document
     */
    @Benchmark
    public ExtractedDocument cvmatchExtract() {
        return extractor.extract(bytes);
    }

    /**
     * cvmatch full structured parse.
     *
     * @return the parsed CV
     */
    @Benchmark
    public ParsedCv cvmatchParse() {
        return parser.parse(bytes);
    }
}
