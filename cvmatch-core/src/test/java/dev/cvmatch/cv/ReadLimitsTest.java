package dev.cvmatch.cv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvmatch.DocumentNotFoundException;
import dev.cvmatch.LimitExceededException;
import dev.cvmatch.document.DocumentLimits;
import dev.cvmatch.document.DocumentTextExtractor;
import dev.cvmatch.job.JobDescriptionParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files and streams are read under the configured limits, and a missing file is a typed exception. */
class ReadLimitsTest {

    private static final DocumentLimits ONE_KIB = DocumentLimits.defaults().withMaxBytes(1024);
    private static final String CV = "Camille Martin\ncamille.martin@example.fr\n\nEXPÉRIENCE\n"
            + "Développeuse Java, Acme, Lyon, janv. 2019 - déc. 2024\n";

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** 2 KiB of a real CV: under the default 32 MiB, over the configured 1 KiB. */
    private static String twoKib() {
        return CV + " ".repeat(2048);
    }

    @Test
    void cvParserAppliesTheConfiguredMaxBytesToFilesAndStreams() throws IOException {
        CvParser parser = CvParser.builder().limits(ONE_KIB).detectLanguage(false).build();
        Path big = file("big.txt", twoKib());
        LimitExceededException fromFile = assertThrows(LimitExceededException.class, () -> parser.parse(big));
        assertEquals("maxBytes", fromFile.limit());
        assertTrue(fromFile.getMessage().contains("1 KiB"), fromFile.getMessage());
        LimitExceededException fromStream = assertThrows(LimitExceededException.class,
                () -> parser.parse(new ByteArrayInputStream(twoKib().getBytes(StandardCharsets.UTF_8))));
        assertEquals("maxBytes", fromStream.limit());
        // under the limit, the same parser reads
        assertEquals("Camille Martin", parser.parse(file("small.txt", CV)).contact().fullName());
        // without limits: the defaults (32 MiB) let the same file through
        assertEquals("Camille Martin", CvParser.builder().detectLanguage(false).build().parse(big)
                .contact().fullName());
    }

    @Test
    void theLimitBoundsReadingEvenWithAnExtractorOfYourOwn() {
        AtomicInteger calls = new AtomicInteger();
        DocumentTextExtractor counting = content -> {
            calls.incrementAndGet();
            return DocumentTextExtractor.defaults().extract(content);
        };
        CvParser parser = CvParser.builder().extractor(counting).limits(ONE_KIB).detectLanguage(false).build();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };
        assertThrows(LimitExceededException.class, () -> parser.parse(endless));
        assertEquals(0, calls.get(), "the extractor never sees an oversized document");
    }

    @Test
    void jobDescriptionParserAppliesTheConfiguredMaxBytes() throws IOException {
        JobDescriptionParser parser = JobDescriptionParser.builder().limits(ONE_KIB).build();
        String job = "Développeur Java (H/F)\nCompétences requises : Java, Spring Boot\n";
        Path big = file("job.txt", job + " ".repeat(2048));
        assertEquals("maxBytes", assertThrows(LimitExceededException.class, () -> parser.parse(big)).limit());
        assertThrows(LimitExceededException.class, () -> parser.parse(Files.newInputStream(big)));
        assertEquals("Développeur Java (H/F)",
                parser.parse(new ByteArrayInputStream(job.getBytes(StandardCharsets.UTF_8))).title());
    }

    @Test
    void aMissingFileOrADirectoryIsDocumentNotFound() {
        Path missing = dir.resolve("nobody.pdf");
        DocumentNotFoundException cv = assertThrows(DocumentNotFoundException.class,
                () -> CvParser.builder().detectLanguage(false).build().parse(missing));
        assertEquals(missing.toString(), cv.path());
        assertTrue(cv.getMessage().contains("nobody.pdf"), cv.getMessage());
        assertThrows(DocumentNotFoundException.class, () -> JobDescriptionParser.builder().build().parse(missing));
        assertThrows(DocumentNotFoundException.class, () -> DocumentTextExtractor.defaults().extract(missing));
        DocumentNotFoundException directory = assertThrows(DocumentNotFoundException.class,
                () -> CvParser.builder().detectLanguage(false).build().parse(dir));
        assertTrue(directory.getMessage().contains("directory"), directory.getMessage());
    }
}
