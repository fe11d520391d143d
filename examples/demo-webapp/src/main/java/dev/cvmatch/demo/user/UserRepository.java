package dev.cvmatch.demo.user;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code app_user} table (created by Flyway, {@code db/migration}). */
@Repository
public class UserRepository {

    /**
     * An account.
     *
     * @param id the user's id, the owner of their analyses
     * @param email the e-mail, lower case
     * @param passwordHash the bcrypt hash
     */
    public record User(String id, String email, String passwordHash) {
    }

    private final JdbcTemplate jdbc;

    /**
     * Creates the repository.
     *
     * @param jdbc the application's database
     */
    public UserRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Creates an account.
     *
     * @param email the e-mail, lower case
     * @param passwordHash the bcrypt hash
     * @return the account, or empty if the e-mail is taken
     */
    public Optional<User> create(String email, String passwordHash) {
        String id = UUID.randomUUID().toString();
        try {
            jdbc.update("INSERT INTO app_user (id, email, password_hash, created_at) VALUES (?, ?, ?, ?)", id, email,
                    passwordHash, Timestamp.from(Instant.now()));
        } catch (DuplicateKeyException taken) {
            return Optional.empty();
        }
        return Optional.of(new User(id, email, passwordHash));
    }

    /**
     * Finds an account.
     *
     * @param email the e-mail, lower case
     * @return the account, if any
     */
    public Optional<User> findByEmail(String email) {
        return jdbc.query("SELECT id, email, password_hash FROM app_user WHERE email = ?",
                (rs, n) -> new User(rs.getString(1), rs.getString(2), rs.getString(3)), email).stream().findFirst();
    }
}
