package dev.cvmatch.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The host.json the app ships agrees with the worker's settings and packages offline. */
class HostJsonTest {

    private static JsonNode hostJson() throws IOException {
        return new ObjectMapper().readTree(Path.of("host.json").toFile());
    }

    @Test
    void theHostGivesUpOnAMessageWhenTheWorkerDoes() throws IOException {
        JsonNode queues = hostJson().path("extensions").path("queues");
        assertEquals(FunctionSettings.DEFAULT_MAX_DELIVERIES, queues.path("maxDequeueCount").asInt(),
                "host.json maxDequeueCount must equal CVMATCH_MAX_DELIVERIES' default");
        assertEquals("base64", queues.path("messageEncoding").asText(),
                "AzureQueueAnalysisQueue sends base64 messages");
    }

    @Test
    void anExtensionBundleLetsThePluginPackageWithoutCoreTools() throws IOException {
        JsonNode host = hostJson();
        assertEquals("2.0", host.path("version").asText());
        assertEquals("Microsoft.Azure.Functions.ExtensionBundle", host.path("extensionBundle").path("id").asText());
        assertTrue(host.path("extensionBundle").path("version").asText().startsWith("[4."),
                "bundle 4.x carries the Storage Queues extension 5.x (identity-based connections)");
    }
}
