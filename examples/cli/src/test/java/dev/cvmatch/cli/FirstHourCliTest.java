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

/** What a new user trips on: empty folders, non-CV files, nothing to evaluate, a bad --as-of, -V. */
class FirstHourCliTest {

    private static final String CV = "Hugo Lefèvre\nDéveloppeur Java\nhugo@exemple.fr | 06 11 22 33 44\n\n"
            + "EXPÉRIENCE\nDéveloppeur Java, Datalyse\t2021 - 2024\n\nCOMPÉTENCES\nJava, Spring Boot\n";
    private static final String JOB = "Développeur Java (H/F)\n\nProfil recherché\n- Java\n- Spring Boot\n";

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
    void parseAndRankReportAnEmptyFolder() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("inbox"));
        Path job = Files.writeString(dir.resolve("job.txt"), JOB);
        assertEquals(1, CvMatchCli.run("parse", empty.toString()));
        assertTrue(stderr().contains(empty + ": warning: the folder holds no CV file"), stderr());
        assertTrue(stderr().contains("cvmatch parse: no CV file to read"), stderr());
        assertEquals("", stdout());
        err.reset();
        assertEquals(1, CvMatchCli.run("rank", "--job", job.toString(), empty.toString()));
        assertTrue(stderr().contains("cvmatch rank: no CV file to read"), stderr());
        assertFalse(stdout().contains("#"), "no empty table: " + stdout());
    }

    @Test
    void rankSkipsFilesThatAreNotCvsWithAWarning() throws IOException {
        Path job = Files.writeString(dir.resolve("job.txt"), JOB);
        Path cvs = Files.createDirectories(dir.resolve("cvs"));
        Files.writeString(cvs.resolve("hugo.txt"), CV);
        Files.writeString(cvs.resolve("readme.md"), "# Candidates for the Java position\nSee hugo.txt.\n");
        Files.writeString(cvs.resolve("scores.csv"), "file,score\n");
        assertEquals(0, CvMatchCli.run("rank", "--job", job.toString(), "--format", "json", cvs.toString()));
        JsonNode ranking = new ObjectMapper().readTree(stdout());
        assertEquals(1, ranking.size(), stdout());
        assertTrue(ranking.get(0).get("id").asText().endsWith("hugo.txt"));
        assertTrue(stderr().contains(cvs.resolve("readme.md") + ": warning: skipped, not a CV file"), stderr());
        assertTrue(stderr().contains(cvs.resolve("scores.csv") + ": warning: skipped"), stderr());
        // parse skips them the same way; a file named on the command line is read whatever its name
        out.reset();
        err.reset();
        assertEquals(0, CvMatchCli.run("parse", "--out", dir.resolve("out").toString(), cvs.toString()));
        assertTrue(Files.exists(dir.resolve("out/hugo.json")));
        assertFalse(Files.exists(dir.resolve("out/readme.json")));
        assertEquals(0, CvMatchCli.run("parse", cvs.resolve("readme.md").toString()));
    }

    @Test
    void evalRefusesToReportOnZeroDocuments() throws IOException {
        Path cvs = Files.createDirectories(dir.resolve("cvs"));
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(cvs.resolve("hugo.txt"), CV);
        assertEquals(1, CvMatchCli.run("eval", cvs.toString(), gold.toString()));
        assertTrue(stderr().contains("none of the 1 files in " + cvs + " has a gold file"), stderr());
        assertFalse(stdout().contains("1.000"), "no perfect scores for nothing: " + stdout());
        assertEquals("", stdout());
    }

    @Test
    void aBadAsOfNamesTheOptionInEveryCommand() throws IOException {
        Path cv = Files.writeString(dir.resolve("hugo.txt"), CV);
        Path job = Files.writeString(dir.resolve("job.txt"), JOB);
        String[][] commands = {
            {"parse", "--as-of", "June", cv.toString()},
            {"match", "--as-of", "June", cv.toString(), job.toString()},
            {"rank", "--job", job.toString(), "--as-of", "June", cv.toString()},
            {"eval", "--as-of", "June", dir.toString(), dir.toString()},
        };
        for (String[] command : commands) {
            err.reset();
            assertEquals(2, CvMatchCli.run(command), String.join(" ", command));
            assertTrue(stderr().startsWith("Invalid --as-of (expected YYYY-MM): June"), stderr());
        }
        err.reset();
        assertEquals(2, CvMatchCli.run("parse", "--region", "France", cv.toString()));
        assertTrue(stderr().startsWith("Invalid --region"), stderr());
    }

    @Test
    void dashVPrintsTheVersion() {
        assertEquals(0, CvMatchCli.run("-V"));
        String version = System.getProperty("cvmatch.version", "0.1.0-SNAPSHOT");
        assertTrue(stdout().startsWith("cvmatch " + version + System.lineSeparator()), stdout());
        assertTrue(stdout().contains("Java " + System.getProperty("java.version")), stdout());
        out.reset();
        assertEquals(0, CvMatchCli.run("rank", "-V"));
        assertTrue(stdout().startsWith("cvmatch " + version), stdout());
    }
}
