package dev.cvmatch.store;

import dev.cvmatch.testing.AnalysisQueueContract;
import dev.cvmatch.testing.AnalysisStoreContract;
import dev.cvmatch.testing.DocumentStoreContract;
import java.nio.file.Path;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The embedded stores and queue against their contracts (PostgreSQL: {@code PostgresAnalysisStoreIT}). */
class StoreContractTests {

    @Nested
    class InMemoryDocuments extends DocumentStoreContract {
        private final DocumentStore store = new InMemoryDocumentStore();

        @Override
        protected DocumentStore store() {
            return store;
        }
    }

    @Nested
    class FileSystemDocuments extends DocumentStoreContract {
        @TempDir
        Path directory;

        @Override
        protected DocumentStore store() {
            return FileSystemDocumentStore.builder().directory(directory.resolve("cv-files")).build();
        }
    }

    @Nested
    class InMemoryAnalyses extends AnalysisStoreContract {
        private final AnalysisStore store = new InMemoryAnalysisStore();

        @Override
        protected AnalysisStore store() {
            return store;
        }
    }

    /** An H2 database file, migrated once for the class, as an embedded application would use it. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class JdbcAnalysesOnH2File extends AnalysisStoreContract {
        private AnalysisStore store;

        @BeforeAll
        void open(@TempDir Path directory) {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:file:" + directory.resolve("cvmatch") + ";DB_CLOSE_DELAY=10");
            store = JdbcAnalysisStore.builder().dataSource(dataSource).build();
        }

        @Override
        protected AnalysisStore store() {
            return store;
        }
    }

    @Nested
    class InProcessQueue extends AnalysisQueueContract {
        @Override
        protected AnalysisQueue newQueue() {
            return InProcessAnalysisQueue.builder().build();
        }
    }
}
