package dev.cvmatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    private static final String CV = "Hugo Lefèvre\nDéveloppeur Java\nhugo@exemple.fr | 06 11 22 33 44 | 69003 Lyon\n\n"
            + "EXPÉRIENCE\nDéveloppeur Java, Datalyse\t01/2019 - 12/2024\n  • API en Spring Boot\n\n"
            + "FORMATION\nMaster 2 Informatique, Université de Lyon, 2018\n\nLANGUES\nAnglais : C1\n";
    private static final String GOLD = "{\"basics\": {\"name\": \"Hugo Lefèvre\", \"label\": \"Développeur Java\","
            + " \"email\": \"hugo@exemple.fr\", \"phone\": \"06 11 22 33 44\", \"location\": {\"city\": \"Lyon\"}},"
            + " \"work\": [{\"name\": \"Datalyse\", \"position\": \"Développeur Java\", \"startDate\": \"2019-01\","
            + " \"endDate\": \"2024-12\"}],"
            + " \"education\": [{\"institution\": \"Université de Lyon\", \"studyType\": \"Master 2\","
            + " \"endDate\": \"2018\"}],"
            + " \"languages\": [{\"language\": \"English\"}],"
            + " \"meta\": {\"lang\": \"fr\", \"ref_date\": \"2025-06\", \"experience_months\": 72,"
            + " \"skills\": [\"Java\", \"Spring Boot\", \"Kubernetes\"]}}";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream originalOut;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
    }

    @Test
    void scoresEachFieldAgainstTheGold() throws IOException {
        Files.writeString(dir.resolve("hugo.txt"), CV);
        Files.writeString(dir.resolve("hugo.json"), GOLD);
        assertEquals(0, CvMatchCli.run("eval", "--format", "json", dir.toString(), dir.toString()));
        JsonNode root = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        JsonNode fields = root.at("/overall/fields");
        for (String field : List.of("name", "email", "phone", "location", "companies", "positions",
                "institutions", "degrees", "grad_years", "languages")) {
            assertEquals(1.0, fields.path(field).path("f1").asDouble(), field + ": " + fields.path(field));
        }
        JsonNode skills = fields.path("skills");
        assertEquals(3, skills.path("gold").asInt());
        assertEquals(2, skills.path("truePositives").asInt(), "Kubernetes is not in the CV");
        assertEquals(1, root.at("/overall/totalExperience/within3Months").asInt());
        assertTrue(root.at("/byLanguage/fr/documents").asInt() == 1);
        assertTrue(root.at("/byFileType/txt/documents").asInt() == 1);
        assertEquals("hugo.txt", root.at("/lowest/0/file").asText());
    }

    @Test
    void tolerantMatchingRules() {
        assertTrue(FieldMatching.same("phone", "+33 6 11 22 33 44", "06 11 22 33 44"));
        assertTrue(FieldMatching.same("languages", "Anglais", "English"));
        assertTrue(FieldMatching.same("degrees", "B.E.", "BE"));
        assertTrue(FieldMatching.same("companies", "Société Générale SA", "societe generale"));
        assertTrue(FieldMatching.same("location", "Lyon", "Lyon, France"));
        assertTrue(!FieldMatching.same("skills", "CSS3", "CSS"));
    }
}
