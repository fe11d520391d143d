package dev.cvmatch.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The {@code postgres} profile on the local PostgreSQL (127.0.0.1:5432, database {@code test}), in a schema of its
 * own: Flyway creates the accounts table, cvmatch's store its analyses table, and an analysis goes all the way
 * through.
 */
@SpringBootTest(properties = {"cvmatch.documents.type=memory"})
@AutoConfigureMockMvc
@ActiveProfiles("postgres")
class PostgresIT {

    static final String URL = System.getProperty("demo.it.postgres", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String SCHEMA = "demo_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        try (Connection c = DriverManager.getConnection(URL, "postgres", "")) {
            c.createStatement().execute("CREATE SCHEMA " + SCHEMA);
        }
        registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> "postgres");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void accountsAndAnalysesLiveInPostgres() throws Exception {
        String token = Accounts.registerAndLogin(mvc, "pg@example.com");
        mvc.perform(multipart("/cv/upload").file(DemoApiTest.sample("cv_file", "lea-moreau-fr.docx"))
                .param("job_description", DemoApiTest.JOB).header("Authorization", token))
                .andExpect(status().isCreated());
        mvc.perform(get("/analyses").header("Authorization", token)).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].status").value("completed"));
        assertThat(jdbc.queryForObject("SELECT current_schema()", String.class)).isEqualTo(SCHEMA);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM app_user", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM cvmatch_analysis WHERE status = 'COMPLETED'",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM demo_schema_history WHERE success", Integer.class))
                .isPositive();
        jdbc.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
    }
}
