package dev.cvmatch.deploy.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The deployment guide (docs/azure.md, docs/azure.fr.md) names only parameters and outputs the template has, and
 * documents all of them; and the Functions app's host.json, when present, agrees with the template on the number of
 * deliveries before the poison queue.
 */
class DeploymentGuideTest {

    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `(\\w+)` \\|");
    private static final Pattern HEADING = Pattern.compile("^#+ (.*)$");
    private static final Pattern OUTPUT_READ = Pattern.compile("\\$\\(out (\\w+)\\)|outputs\\.(\\w+)\\.value");

    @ParameterizedTest
    @ValueSource(strings = {"azure.md", "azure.fr.md"})
    void guideDocumentsEveryParameter(String guide) throws IOException {
        assertEquals(names(Fixtures.template().path("parameters")), tableRows(guide, "Parameters|Paramètres"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"azure.md", "azure.fr.md"})
    void guideDocumentsEveryOutput(String guide) throws IOException {
        assertEquals(names(Fixtures.template().path("outputs")), tableRows(guide, "Outputs|Sorties"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"azure.md", "azure.fr.md"})
    void guideReadsOnlyOutputsTheTemplateHas(String guide) throws IOException {
        Set<String> outputs = names(Fixtures.template().path("outputs"));
        Matcher m = OUTPUT_READ.matcher(Files.readString(docs().resolve(guide)));
        int reads = 0;
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            assertTrue(outputs.contains(name), guide + " reads output " + name + ", which the template lacks");
            reads++;
        }
        assertTrue(reads >= 5, guide + " should read the outputs it uses");
    }

    @Test
    void bothLanguagesLinkToEachOther() throws IOException {
        assertTrue(Files.readString(docs().resolve("azure.md")).contains("(azure.fr.md)"));
        assertTrue(Files.readString(docs().resolve("azure.fr.md")).contains("(azure.md)"));
    }

    @Test
    void hostJsonRetriesAsManyTimesAsTheTemplateSays() throws IOException {
        Path functions = Fixtures.repository().resolve("examples/azure-functions");
        assumeTrue(Files.isDirectory(functions), "the Functions module is not in this checkout");
        List<Path> hostJsons;
        try (Stream<Path> files = Files.walk(functions)) {
            hostJsons = files.filter(p -> p.getFileName().toString().equals("host.json"))
                    .filter(p -> !p.toString().contains("/target/")).toList();
        }
        assumeTrue(!hostJsons.isEmpty(), "no host.json in examples/azure-functions");
        for (Path hostJson : hostJsons) {
            JsonNode queues = ArmTemplate.read(hostJson).at("/extensions/queues");
            assertEquals(TemplateChecks.MAX_DELIVERIES, queues.path("maxDequeueCount").asString(),
                    hostJson + ": maxDequeueCount must equal CVMATCH_MAX_DELIVERIES");
        }
    }

    /** The first-column names of the tables under the headings matching a pattern. */
    private static Set<String> tableRows(String guide, String heading) throws IOException {
        Set<String> rows = new TreeSet<>();
        boolean inSection = false;
        for (String line : Files.readAllLines(docs().resolve(guide))) {
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                inSection = h.group(1).strip().matches(heading);
            } else if (inSection) {
                Matcher row = TABLE_ROW.matcher(line);
                if (row.find()) {
                    rows.add(row.group(1));
                }
            }
        }
        return rows;
    }

    private static Set<String> names(JsonNode object) {
        return new TreeSet<>(object.propertyNames());
    }

    private static Path docs() {
        return Fixtures.repository().resolve("docs");
    }
}
