package dev.cvmatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cvmatch.internal.store.JdbcMigrations;
import dev.cvmatch.testing.AnalysisStoreContract;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@link JdbcAnalysisStore} on the local PostgreSQL against the {@link AnalysisStoreContract}, in a schema of its
 * own created and dropped by the test, so the shipped migration runs on an empty database. The server is
 * {@code CVMATCH_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test}, user {@code CVMATCH_PG_USER},
 * default {@code postgres}); it must be running: this test does not skip.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresAnalysisStoreIT extends AnalysisStoreContract {

    private final String schema = "cvmatch_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private PGSimpleDataSource dataSource;
    private AnalysisStore store;

    @BeforeAll
    void createSchema() throws SQLException {
        PGSimpleDataSource admin = dataSource(null);
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        dataSource = dataSource(schema);
        store = JdbcAnalysisStore.builder().dataSource(dataSource).build();
    }

    @AfterAll
    void dropSchema() throws SQLException {
        try (Connection c = dataSource(null).getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private static PGSimpleDataSource dataSource(String currentSchema) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(System.getenv().getOrDefault("CVMATCH_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test"));
        ds.setUser(System.getenv().getOrDefault("CVMATCH_PG_USER", "postgres"));
        if (currentSchema != null) {
            ds.setCurrentSchema(currentSchema);
        }
        return ds;
    }

    @Override
    protected AnalysisStore store() {
        return store;
    }

    @Test
    void migratingAgainAppliesNothing() {
        assertEquals(0, JdbcMigrations.migrate(dataSource));
    }
}
