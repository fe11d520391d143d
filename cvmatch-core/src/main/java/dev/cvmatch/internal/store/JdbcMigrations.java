package dev.cvmatch.internal.store;

import dev.cvmatch.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Applies the SQL scripts shipped in the jar under {@code dev/cvmatch/store/jdbc/<dialect>/}, in version order, and
 * records each in {@code cvmatch_schema_history} (version, description, time), in the manner of Flyway (whose file
 * names the scripts follow, so an application that runs Flyway can apply them itself instead). Each script runs in
 * one transaction; on PostgreSQL, concurrent migrators are serialised by an advisory lock, elsewhere the history's
 * primary key makes the loser roll back and see the script applied. Internal.
 */
public final class JdbcMigrations {

    /** The dialects scripts exist for. */
    public enum Dialect {
        /** PostgreSQL 12 and later. */
        POSTGRESQL("postgresql"),
        /** H2 2.x. */
        H2("h2");

        private final String directory;

        Dialect(String directory) {
            this.directory = directory;
        }

        /**
         * The dialect of a database.
         *
         * @param connection a connection to it
         * @return the dialect
         * @throws SQLException if the metadata cannot be read
         * @throws IllegalStateException if no scripts exist for this database
         */
        public static Dialect of(Connection connection) throws SQLException {
            String product = connection.getMetaData().getDatabaseProductName();
            String name = product.toLowerCase(Locale.ROOT);
            if (name.contains("postgresql")) {
                return POSTGRESQL;
            }
            if (name.equals("h2")) {
                return H2;
            }
            throw new IllegalStateException("JdbcAnalysisStore supports PostgreSQL and H2, not " + product);
        }
    }

    /** The scripts, in order: version and name (the file is {@code V<version>__<name>.sql}). */
    private static final List<String> SCRIPTS = List.of("V1__create_analysis");

    /** An arbitrary constant identifying cvmatch's migration lock among the database's advisory locks. */
    private static final long LOCK_KEY = 0x63766d6174636831L;

    private JdbcMigrations() {
    }

    /**
     * Brings the schema up to date.
     *
     * @param dataSource the database
     * @return how many scripts were applied
     * @throws StoreException if a script fails
     */
    public static int migrate(DataSource dataSource) {
        int applied = 0;
        try (Connection connection = dataSource.getConnection()) {
            Dialect dialect = Dialect.of(connection);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS cvmatch_schema_history (version INTEGER NOT NULL "
                        + "PRIMARY KEY, description VARCHAR(200) NOT NULL, installed_at TIMESTAMP WITH TIME ZONE "
                        + "NOT NULL)");
            }
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                for (String script : SCRIPTS) {
                    int version = Integer.parseInt(script.substring(1, script.indexOf("__")));
                    if (apply(connection, dialect, version, script)) {
                        applied++;
                    }
                }
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreException("could not migrate the cvmatch schema: " + e.getMessage(), e);
        }
        return applied;
    }

    private static boolean apply(Connection connection, Dialect dialect, int version, String script)
            throws SQLException {
        try {
            if (dialect == Dialect.POSTGRESQL) {
                try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, LOCK_KEY);
                    lock.execute();
                }
            }
            if (applied(connection, version)) {
                connection.rollback();
                return false;
            }
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements(read(dialect, script))) {
                    statement.execute(sql);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO cvmatch_schema_history (version, description, installed_at) VALUES (?, ?, ?)")) {
                insert.setInt(1, version);
                insert.setString(2, script.substring(script.indexOf("__") + 2).replace('_', ' '));
                insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
                insert.executeUpdate();
            }
            connection.commit();
            return true;
        } catch (SQLException e) {
            connection.rollback();
            if (applied(connection, version)) {
                return false; // another process applied it meanwhile
            }
            throw e;
        }
    }

    private static boolean applied(Connection connection, int version) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM cvmatch_schema_history WHERE version = ?")) {
            query.setInt(1, version);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String read(Dialect dialect, String script) {
        String resource = "/dev/cvmatch/store/jdbc/" + dialect.directory + "/" + script + ".sql";
        try (InputStream in = JdbcMigrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing migration script " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration script " + resource, e);
        }
    }

    /** Splits a script on semicolons ending a line; drops {@code --} comment lines. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(line).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString());
        }
        return out;
    }
}
