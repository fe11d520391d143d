package dev.cvmatch.benchmarks;

import dev.cvmatch.document.DocumentLimits;
import dev.cvmatch.document.DocumentTextExtractor;
import dev.cvmatch.document.ExtractedDocument;
import dev.cvmatch.internal.io.LimitGuard;
import dev.cvmatch.internal.pdf.PdfStreamBudget;
import dev.cvmatch.testing.SampleCvs;
import dev.cvmatch.testing.SampleDocuments;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
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
 * What the PDF stream budget costs: the pre-decoding of every stream into a counting sink ({@code budget}) beside
 * the whole extraction it guards ({@code extract}), on a sample CV (standard fonts) and on a CV page with two fully
 * embedded TrueType fonts and a 600 x 800 photo (Flate), the shape of PDFs exported by Word or a résumé builder.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar StreamBudgetBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StreamBudgetBenchmark {

    /** Which PDF. */
    @Param({"sample-two-column", "embedded-fonts-and-photo"})
    public String pdf;

    private byte[] bytes;
    private final DocumentTextExtractor extractor = DocumentTextExtractor.createDefault();

    /** Renders the input once. */
    @Setup
    public void setUp() throws IOException {
        if ("sample-two-column".equals(pdf)) {
            bytes = SampleDocuments.all().stream().filter(r -> r.name().equals("two-column-pdf")).findFirst()
                    .orElseThrow().render(SampleCvs.byId("camille-martin"));
        } else {
            bytes = embeddedFontsAndPhoto();
        }
    }

    /** The budget check alone. */
    @Benchmark
    public LimitGuard budget() {
        LimitGuard guard = new LimitGuard(DocumentLimits.defaults());
        PdfStreamBudget.checkFile(bytes, guard);
        return guard;
    }

    /** The whole extraction, the budget check included. */
    @Benchmark
    public ExtractedDocument extract() {
        return extractor.extract(bytes);
    }

    private static byte[] embeddedFontsAndPhoto() throws IOException {
        Path regular = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        Path bold = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");
        if (!Files.exists(regular) || !Files.exists(bold)) {
            throw new IllegalStateException("needs the DejaVu fonts (Debian: fonts-dejavu-core)");
        }
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType0Font body = PDType0Font.load(document, regular.toFile()); // subset of a 700 KB font
            PDType0Font heading = PDType0Font.load(document, bold.toFile());
            BufferedImage photo = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
            Random random = new Random(1);
            for (int y = 0; y < 800; y++) {
                for (int x = 0; x < 600; x++) {
                    photo.setRGB(x, y, (x * 3 + y * 5 + random.nextInt(24)) & 0xFFFFFF);
                }
            }
            PDImageXObject image = LosslessFactory.createFromImage(document, photo);
            try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                cs.drawImage(image, 450, 650, 90, 120);
                cs.beginText();
                cs.setFont(heading, 18);
                cs.newLineAtOffset(50, 740);
                cs.showText("Camille Martin – Ingénieure données");
                cs.setFont(body, 10);
                for (int i = 0; i < 50; i++) {
                    cs.newLineAtOffset(0, -13);
                    cs.showText("Expérience " + i + " : pipelines Spark, Kafka et Airflow pour l’équipe données, Lyon");
                }
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
