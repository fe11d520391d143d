package dev.cvmatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CvMatchCliTest {

    private static final String CV = "Hugo Lefèvre\nDéveloppeur Python\nhugo@exemple.fr | 06 11 22 33 44\n\n"
            + "EXPÉRIENCE\nDéveloppeur Python, Datalyse\t2021 - 2024\n";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void oneFileWithoutOutGoesToStdout() throws IOException {
        Path cv = Files.writeString(dir.resolve("hugo.txt"), CV);
        assertEquals(0, CvMatchCli.run("parse", "--format", "jsonresume", cv.toString()));
        assertTrue(stdout().contains("\"name\" : \"Hugo Lefèvre\""), stdout());
        assertEquals("", stderr());
    }

    @Test
    void skillFormsGoToMetaUnlessAskedInKeywords() throws IOException {
        Path cv = Files.writeString(dir.resolve("hugo.txt"), CV);
        assertEquals(0, CvMatchCli.run("parse", "--format", "jsonresume", cv.toString()));
        assertTrue(stdout().contains("\"skill_surface_forms\""), stdout());
        out.reset();
        assertEquals(0, CvMatchCli.run("parse", "--format", "jsonresume", "--skill-keywords", "surface", cv.toString()));
        assertFalse(stdout().contains("\"skill_surface_forms\""), stdout());
        assertEquals(2, CvMatchCli.run("parse", "--format", "jsonresume", "--skill-keywords", "all", cv.toString()),
                "an unknown value is a usage error");
    }

    @Test
    void outWritesOneFilePerInputAndFailuresAreOneLine() throws IOException {
        Path good = Files.writeString(dir.resolve("hugo.txt"), CV);
        Path bad = Files.write(dir.resolve("photo.pdf"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2});
        Path empty = Files.write(dir.resolve("empty.docx"), new byte[0]);
        Path outDir = dir.resolve("out");
        int code = CvMatchCli.run("parse", "--out", outDir.toString(), good.toString(), bad.toString(),
                empty.toString(), dir.resolve("missing.pdf").toString());
        assertEquals(1, code);
        assertTrue(Files.exists(outDir.resolve("hugo.json")));
        assertTrue(Files.readString(outDir.resolve("hugo.json")).contains("\"schema\" : \"cvmatch/parsed-cv/1\""));
        String[] lines = stderr().strip().split("\\R");
        assertEquals(3, lines.length, stderr());
        assertTrue(lines[0].startsWith(bad + ": ") && lines[0].contains("image"), lines[0]);
        assertTrue(lines[1].startsWith(empty + ": ") && lines[1].contains("empty"), lines[1]);
        assertTrue(lines[2].startsWith(dir.resolve("missing.pdf") + ": file not found"), lines[2]);
        assertFalse(stderr().contains("\tat "), "no stack trace without --verbose");
    }

    @Test
    void sameBaseNameDoesNotOverwrite() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("in"));
        Files.writeString(sub.resolve("cv.txt"), CV);
        Files.writeString(sub.resolve("cv.text"), CV); // same base name, another CV extension
        assertEquals(0, CvMatchCli.run("parse", "--out", dir.resolve("o").toString(), sub.toString()));
        try (var files = Files.list(dir.resolve("o"))) {
            assertEquals(2, files.count());
        }
    }

    @Test
    void occupationsOnPositionsOnlyWhenAsked() throws IOException {
        Path cv = Files.writeString(dir.resolve("lea.txt"), "Léa Moreau\nlea@exemple.fr\n\nEXPÉRIENCE\n"
                + "Comptable, Cabinet Durand\t2021 - 2024\n");
        ObjectMapper mapper = new ObjectMapper();
        assertEquals(0, CvMatchCli.run("parse", cv.toString()));
        JsonNode off = mapper.readTree(out.toString(StandardCharsets.UTF_8));
        assertFalse(off.at("/experience/0").has("occupation"), off.toString());
        out.reset();
        assertEquals(0, CvMatchCli.run("parse", "--occupations", cv.toString()));
        JsonNode on = mapper.readTree(out.toString(StandardCharsets.UTF_8));
        assertTrue(on.at("/experience/0/occupation/id").asText().startsWith("http://data.europa.eu/esco/"),
                on.at("/experience").toString());
        out.reset();
        assertEquals(0, CvMatchCli.run("parse", "--occupations", "--format", "jsonresume", cv.toString()));
        JsonNode resume = mapper.readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(on.at("/experience/0/occupation"), resume.at("/meta/work_occupations/0"));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, CvMatchCli.run("parse"));
        assertEquals(2, CvMatchCli.run("parse", "--format", "xml", "a.pdf"));
        assertEquals(2, CvMatchCli.run("parse", "--as-of", "June", "a.pdf"));
        assertEquals(2, CvMatchCli.run("frobnicate"));
    }
}
