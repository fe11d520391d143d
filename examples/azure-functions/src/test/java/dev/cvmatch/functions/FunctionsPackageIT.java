package dev.cvmatch.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What {@code mvn package} wrote under target/azure-functions: the folder that is zipped and deployed. */
class FunctionsPackageIT {

    private static final Path APP = Path.of(System.getProperty("cvmatch.functions.app",
            "target/azure-functions/cvmatch-functions"));

    @Test
    void theQueueTriggerIsBoundToTheAnalysisQueueAndItsPoisonQueue() throws IOException {
        JsonNode function = new ObjectMapper().readTree(APP.resolve(AnalyseCvFunction.NAME).resolve("function.json")
                .toFile());
        assertEquals(AnalyseCvFunction.class.getName() + ".run", function.path("entryPoint").asText());
        JsonNode trigger = function.path("bindings").get(0);
        assertEquals("queueTrigger", trigger.path("type").asText());
        assertEquals("%CVMATCH_QUEUE_NAME%", trigger.path("queueName").asText());
        assertEquals("CVMATCH_QUEUE", trigger.path("connection").asText());
        JsonNode poison = function.path("bindings").get(1);
        assertEquals("queue", poison.path("type").asText());
        assertEquals("out", poison.path("direction").asText());
        assertEquals("%CVMATCH_QUEUE_NAME%-poison", poison.path("queueName").asText());
        String jar = function.path("scriptFile").asText();
        assertTrue(Files.isRegularFile(APP.resolve(AnalyseCvFunction.NAME).resolve(jar).normalize()), jar);
    }

    @Test
    void theHostJsonAndTheLibrariesAreStagedWithoutTheWorkersOwnClasses() throws IOException {
        assertEquals(Files.readString(Path.of("host.json")), Files.readString(APP.resolve("host.json")));
        List<String> libs;
        try (Stream<Path> files = Files.list(APP.resolve("lib"))) {
            libs = files.map(p -> p.getFileName().toString()).toList();
        }
        assertTrue(libs.stream().anyMatch(n -> n.startsWith("cvmatch-core-")), libs.toString());
        assertTrue(libs.stream().anyMatch(n -> n.startsWith("azure-identity-")), libs.toString());
        assertTrue(libs.stream().noneMatch(n -> n.startsWith("azure-functions-java-core-library")),
                "the Java worker provides ExecutionContext and OutputBinding: a second copy would clash");
    }
}
