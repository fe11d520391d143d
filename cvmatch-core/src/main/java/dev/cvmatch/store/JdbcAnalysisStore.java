package dev.cvmatch.store;

import dev.cvmatch.embedding.Embedding;
import dev.cvmatch.internal.store.AnalysisCodec;
import dev.cvmatch.internal.store.JdbcMigrations;
import dev.cvmatch.internal.store.PageTokens;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * An {@link AnalysisStore} in a relational database through plain JDBC: PostgreSQL (a shared server for several
 * workers) or H2 (an embedded file, the default for one-machine applications). One row per analysis in
 * {@code cvmatch_analysis}; the parsed CV, job and result as JSON text, the CV embedding as bytes, status, score and
 * timestamps in their own columns for SQL dashboards. Optimistic concurrency is a {@code version} column: an update
 * matches {@code WHERE version = ?}. The schema is created by the migration scripts shipped in the jar
 * ({@code dev/cvmatch/store/jdbc/{postgresql,h2}/V*.sql}), applied by {@link Builder#build()} unless
 * {@link Builder#migrate(boolean) migrate(false)} leaves it to the application's Flyway.
 *
 * <p>Bring your own {@link DataSource} (a pool such as HikariCP in production) and JDBC driver: cvmatch-core
 * depends on neither. Thread-safe.
 *
 * <pre>{@code
 * JdbcDataSource h2 = new JdbcDataSource();                // org.h2.jdbcx
 * h2.setURL("jdbc:h2:file:./data/cvmatch");
 * AnalysisStore analyses = JdbcAnalysisStore.builder().dataSource(h2).build();
 * }</pre>
 */
public final class JdbcAnalysisStore implements AnalysisStore {

    private static final String COLUMNS = "id, owner_id, file_name, document_key, content_hash, status, "
            + "failure_reason, attempts, score, created_at, updated_at, version, job_text, job_json, cv_json, "
            + "result_json, embedding_space, embedding";
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    private JdbcAnalysisStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Starts configuring a store.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Analysis create(Analysis analysis) {
        Objects.requireNonNull(analysis, "analysis");
        if (analysis.version() != 0) {
            throw new IllegalArgumentException("a new analysis has version 0, not " + analysis.version());
        }
        Analysis stored = analysis.withVersion(1);
        String sql = "INSERT INTO cvmatch_analysis (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, stored.id());
            insert.setString(2, stored.owner());
            insert.setString(3, stored.fileName());
            insert.setString(4, stored.documentKey());
            insert.setString(5, stored.contentHash());
            bindState(insert, 6, stored);
            insert.executeUpdate();
            return stored;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new VersionConflictException(analysis.id(), "analysis " + analysis.id() + " exists");
            }
            throw failure("create analysis " + analysis.id(), e);
        }
    }

    @Override
    public Optional<Analysis> get(String owner, String id) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(id, "id");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM cvmatch_analysis WHERE id = ? AND owner_id = ?")) {
            query.setString(1, id);
            query.setString(2, owner);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read analysis " + id, e);
        }
    }

    @Override
    public Analysis update(Analysis analysis) {
        Objects.requireNonNull(analysis, "analysis");
        Analysis stored = analysis.withVersion(analysis.version() + 1);
        String sql = "UPDATE cvmatch_analysis SET status = ?, failure_reason = ?, attempts = ?, score = ?, "
                + "created_at = ?, updated_at = ?, version = ?, job_text = ?, job_json = ?, cv_json = ?, "
                + "result_json = ?, embedding_space = ?, embedding = ? "
                + "WHERE id = ? AND owner_id = ? AND version = ? AND created_at = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            int next = bindState(update, 1, stored);
            update.setString(next, analysis.id());
            update.setString(next + 1, analysis.owner());
            update.setLong(next + 2, analysis.version());
            update.setObject(next + 3, timestamp(analysis.createdAt()));
            if (update.executeUpdate() == 1) {
                return stored;
            }
        } catch (SQLException e) {
            throw failure("update analysis " + analysis.id(), e);
        }
        Optional<Analysis> current = get(analysis.owner(), analysis.id());
        if (current.isPresent() && current.get().version() == analysis.version()) {
            throw new IllegalArgumentException("the creation time of an analysis does not change");
        }
        throw new VersionConflictException(analysis.id(), current.isEmpty()
                ? "analysis " + analysis.id() + " does not exist"
                : "analysis " + analysis.id() + " is at version " + current.get().version() + ", not "
                        + analysis.version());
    }

    @Override
    public AnalysisPage list(String owner, PageRequest page) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(page, "page");
        PageTokens.Position after = page.token() == null ? null : PageTokens.decode(page.token());
        String sql = "SELECT " + COLUMNS + " FROM cvmatch_analysis WHERE owner_id = ?"
                + (after == null ? "" : " AND (created_at < ? OR (created_at = ? AND id < ?))")
                + " ORDER BY created_at DESC, id DESC LIMIT ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            int i = 1;
            query.setString(i++, owner);
            if (after != null) {
                query.setObject(i++, timestamp(after.createdAt()));
                query.setObject(i++, timestamp(after.createdAt()));
                query.setString(i++, after.id());
            }
            query.setInt(i, page.size() + 1);
            List<Analysis> items = new ArrayList<>();
            boolean more = false;
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    if (items.size() == page.size()) {
                        more = true;
                        break;
                    }
                    items.add(read(rs));
                }
            }
            Analysis last = items.isEmpty() ? null : items.get(items.size() - 1);
            return new AnalysisPage(items, more ? PageTokens.encode(last.createdAt(), last.id()) : null);
        } catch (SQLException e) {
            throw failure("list the analyses of an owner", e);
        }
    }

    @Override
    public boolean delete(String owner, String id) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(id, "id");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM cvmatch_analysis WHERE id = ? AND owner_id = ?")) {
            delete.setString(1, id);
            delete.setString(2, owner);
            return delete.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("delete analysis " + id, e);
        }
    }

    /** Binds status to embedding (13 parameters) from {@code index}; returns the next index. */
    private static int bindState(PreparedStatement statement, int index, Analysis a) throws SQLException {
        int i = index;
        statement.setString(i++, a.status().name());
        statement.setString(i++, a.failureReason());
        statement.setInt(i++, a.attempts());
        if (a.result() == null) {
            statement.setNull(i++, Types.DOUBLE);
        } else {
            statement.setDouble(i++, a.result().score());
        }
        statement.setObject(i++, timestamp(a.createdAt()));
        statement.setObject(i++, timestamp(a.updatedAt()));
        statement.setLong(i++, a.version());
        statement.setString(i++, a.jobText());
        statement.setString(i++, a.job() == null ? null : AnalysisCodec.toJson(a.job()));
        statement.setString(i++, a.cv() == null ? null : AnalysisCodec.toJson(a.cv()));
        statement.setString(i++, a.result() == null ? null : AnalysisCodec.toJson(a.result()));
        Embedding embedding = a.cvEmbedding();
        statement.setString(i++, embedding == null ? null : embedding.space());
        if (embedding == null) {
            statement.setNull(i++, Types.VARBINARY);
        } else {
            statement.setBytes(i++, AnalysisCodec.vectorBytes(embedding.vector()));
        }
        return i;
    }

    private static Analysis read(ResultSet rs) throws SQLException {
        String space = rs.getString("embedding_space");
        byte[] vector = rs.getBytes("embedding");
        Embedding embedding = space == null || vector == null ? null
                : new Embedding(space, AnalysisCodec.vector(vector));
        return new Analysis(rs.getString("id"), rs.getString("owner_id"), rs.getString("file_name"),
                rs.getString("document_key"), rs.getString("content_hash"), rs.getString("job_text"),
                AnalysisCodec.job(rs.getString("job_json")), AnalysisCodec.cv(rs.getString("cv_json")),
                AnalysisCodec.result(rs.getString("result_json")), embedding,
                AnalysisStatus.valueOf(rs.getString("status")), rs.getString("failure_reason"),
                rs.getInt("attempts"), instant(rs, "created_at"), instant(rs, "updated_at"), rs.getLong("version"));
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static StoreException failure(String what, SQLException e) {
        return new StoreException("could not " + what + ": " + e.getMessage(), e);
    }

    /** Configures a {@link JdbcAnalysisStore}. */
    public static final class Builder {
        private DataSource dataSource;
        private boolean migrate = true;

        private Builder() {
        }

        /**
         * The database. Required.
         *
         * @param dataSource a PostgreSQL or H2 data source
         * @return this builder
         */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            return this;
        }

        /**
         * Whether {@link #build()} applies the shipped migration scripts (default: true). Switch it off when the
         * application runs Flyway or Liquibase over the same scripts.
         *
         * @param migrate whether to migrate
         * @return this builder
         */
        public Builder migrate(boolean migrate) {
            this.migrate = migrate;
            return this;
        }

        /**
         * Builds the store, migrating the schema first unless told not to.
         *
         * @return the store
         * @throws IllegalStateException if no data source was given, or the database is neither PostgreSQL nor H2
         * @throws StoreException if the database cannot be reached or migrated
         */
        public JdbcAnalysisStore build() {
            if (dataSource == null) {
                throw new IllegalStateException("dataSource is required");
            }
            if (migrate) {
                JdbcMigrations.migrate(dataSource);
            }
            return new JdbcAnalysisStore(dataSource);
        }
    }
}
