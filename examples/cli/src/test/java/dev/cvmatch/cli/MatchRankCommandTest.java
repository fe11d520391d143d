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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchRankCommandTest {

    private static final String JOB = "Backend Java Developer\n\nRequirements\n- Must have: Java, Spring Boot, "
            + "PostgreSQL\n- 3+ years of experience\n\nNice to have\n- Kafka is a plus\n";
    private static final String JAVA_CV = "Hugo Lefèvre\nDéveloppeur Java\nhugo@exemple.fr | 06 11 22 33 44\n\n"
            + "EXPÉRIENCE\nDéveloppeur Java, Datalyse\t2019 - 2024\n  • API en Spring Boot sur PostgreSQL\n\n"
            + "COMPÉTENCES\nJava, Spring Boot, PostgreSQL, Kafka\n";
    private static final String NURSE_CV = "Zoé Marchand\nInfirmière\nzoe@exemple.fr\n\nEXPÉRIENCE\n"
            + "Infirmière, Clinique du Parc\t2018 - 2024\n  • Soins aux patients, pose de perfusions\n";

    @BeforeAll
    static void lexicalOnly() {
        System.setProperty("cvmatch.embedding.lexicalOnly", "true"); // keep the unit tests fast
    }

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

    @Test
    void matchExplainsTheScore() throws IOException {
        Path job = Files.writeString(dir.resolve("job.txt"), JOB);
        Path cv = Files.writeString(dir.resolve("hugo.txt"), JAVA_CV);
        assertEquals(0, CvMatchCli.run("match", "--as-of", "2025-06", cv.toString(), job.toString()));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("requiredSkills") && text.contains("Matched skills"), text);
        out.reset();
        assertEquals(0, CvMatchCli.run("match", "--format", "json", cv.toString(), job.toString()));
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("cvmatch/ranked-candidate/1", json.get("schema").asText());
        assertEquals(cv.toString(), json.get("id").asText());
        assertTrue(json.at("/result/score").asDouble() > 50, json.toString());
        assertEquals("requiredSkills", json.at("/result/breakdown/0/name").asText(), json.toString());
    }

    @Test
    void occupationsOfTheJobAreShownOnlyWhenAsked() throws IOException {
        Path job = Files.writeString(dir.resolve("job.txt"), "Comptable (H/F)\n\nProfil recherché\n"
                + "- 3 ans d'expérience minimum\n- Excel, SAP\n");
        Path cv = Files.writeString(dir.resolve("hugo.txt"), JAVA_CV);
        assertEquals(0, CvMatchCli.run("match", "--as-of", "2025-06", cv.toString(), job.toString()));
        assertFalse(out.toString(StandardCharsets.UTF_8).contains("Job occupation"));
        out.reset();
        assertEquals(0, CvMatchCli.run("match", "--occupations", "--as-of", "2025-06", cv.toString(),
                job.toString()));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Job occupation: accountant / comptable (ISCO 2411")
                && text.contains("http://data.europa.eu/esco/occupation/"), text);
        out.reset();
        assertEquals(0, CvMatchCli.run("rank", "--occupations", "--job", job.toString(), cv.toString()));
        text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Job occupation: accountant / comptable (ISCO 2411"), text);
    }

    @Test
    void rankSortsByScoreAndReportsBadFilesOnOneLine() throws IOException {
        Path job = Files.writeString(dir.resolve("job.txt"), JOB);
        Path cvs = Files.createDirectories(dir.resolve("cvs"));
        Files.writeString(cvs.resolve("nurse.txt"), NURSE_CV);
        Files.writeString(cvs.resolve("java.txt"), JAVA_CV);
        Files.write(cvs.resolve("broken.pdf"), "%PDF-1.7 truncated".getBytes(StandardCharsets.US_ASCII));
        int code = CvMatchCli.run("rank", "--job", job.toString(), "--format", "json", cvs.toString());
        assertEquals(1, code, "a file failed");
        JsonNode array = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(2, array.size());
        assertTrue(array.get(0).get("id").asText().endsWith("java.txt"));
        assertEquals(1, array.get(0).get("rank").asInt());
        assertTrue(array.get(0).at("/result/score").asDouble() >= array.get(1).at("/result/score").asDouble());
        for (String field : new String[] {"score", "breakdown", "matchedSkills", "missingSkills", "suggestions"}) {
            assertTrue(array.get(0).get("result").has(field), field);
        }
        String[] errors = err.toString(StandardCharsets.UTF_8).strip().split("\\R");
        assertEquals(1, errors.length, err.toString(StandardCharsets.UTF_8));
        assertTrue(errors[0].contains("broken.pdf: "));
    }

    @Test
    void rankTopMinScoreCsvAndBlind() throws IOException {
        Path job = Files.writeString(dir.resolve("job.txt"), JOB);
        Path java = Files.writeString(dir.resolve("hugo-lefevre.txt"), JAVA_CV);
        Path nurse = Files.writeString(dir.resolve("zoe-marchand.txt"), NURSE_CV);
        assertEquals(0, CvMatchCli.run("rank", "--job", job.toString(), "--top", "1", "--format", "csv",
                "--blind", java.toString(), nurse.toString()));
        String csv = out.toString(StandardCharsets.UTF_8);
        String[] lines = csv.strip().split("\\R");
        assertEquals(2, lines.length, csv);
        assertTrue(lines[1].startsWith("1,candidate-1,"), csv);
        assertFalse(csv.contains("hugo") || csv.contains("Hugo") || csv.contains("Lefèvre"), csv);
        out.reset();
        assertEquals(0, CvMatchCli.run("rank", "--job", job.toString(), "--min-score", "99", java.toString()));
        assertEquals(2, CvMatchCli.run("rank", "--job", job.toString(), "--top", "-1", java.toString()));
        assertEquals(2, CvMatchCli.run("rank", java.toString()), "--job is required");
    }
}
