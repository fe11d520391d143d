package dev.cvmatch.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.cvmatch.azure.testing.Azurite;
import dev.cvmatch.azure.testing.CosmosEmulator;
import dev.cvmatch.store.AnalysisQueue;
import dev.cvmatch.store.AnalysisStore;
import dev.cvmatch.store.DocumentStore;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The {@code azure} profile: uploads in Blob Storage, messages on Queue Storage (both Azurite) and analyses in Cosmos
 * DB (the gateway test server), all through the starter's properties; accounts stay in the application's database
 * (H2 here).
 */
@ExtendWith({Azurite.class, CosmosEmulator.class})
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:demo-azure;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles("azure")
class AzureProfileIT {

    static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);

    @DynamicPropertySource
    static void azure(DynamicPropertyRegistry registry) {
        registry.add("AZURE_STORAGE_CONNECTION_STRING", Azurite::connectionString);
        registry.add("AZURE_COSMOS_ENDPOINT", CosmosEmulator::endpoint);
        registry.add("AZURE_COSMOS_KEY", CosmosEmulator::key);
        registry.add("cvmatch.store.cosmos.gateway-mode", () -> "true");
        registry.add("cvmatch.store.cosmos.database", () -> "cv-analysis-db-" + SUFFIX);
        registry.add("cvmatch.documents.blob.container", () -> "cv-files-" + SUFFIX);
        registry.add("cvmatch.queue.azure.name", () -> "cv-analysis-queue-" + SUFFIX);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    AnalysisStore analyses;
    @Autowired
    DocumentStore documents;
    @Autowired
    AnalysisQueue queue;

    @Test
    void analysisGoesThroughBlobQueueAndCosmos() throws Exception {
        assertThat(analyses.getClass().getSimpleName()).isEqualTo("CosmosAnalysisStore");
        assertThat(documents.getClass().getSimpleName()).isEqualTo("AzureBlobDocumentStore");
        assertThat(queue.getClass().getSimpleName()).isEqualTo("AzureQueueAnalysisQueue");
        String token = Accounts.registerAndLogin(mvc, "azure@example.com");
        String id = com.jayway.jsonpath.JsonPath.read(mvc.perform(multipart("/cv/upload")
                .file(DemoApiTest.sample("cv_file", "priya-raman-en.docx")).param("job_description", DemoApiTest.JOB)
                .header("Authorization", token)).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.summary.id");
        mvc.perform(get("/analyses").header("Authorization", token)).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].status").value("completed"));
        mvc.perform(get("/analyses/" + id + "/document").header("Authorization", token)).andExpect(status().isOk());
        mvc.perform(delete("/analyses/" + id).header("Authorization", token)).andExpect(status().isNoContent());
        mvc.perform(get("/analyses/" + id).header("Authorization", token)).andExpect(status().isNotFound());
    }
}
