package dev.cvmatch.match;

import dev.cvmatch.cv.ParsedCv;
import java.util.Objects;

/**
 * A CV to rank, with the caller's identifier for it (a file name, a database key).
 *
 * @param id the identifier, returned with the result
 * @param cv the parsed CV
 */
public record Candidate(String id, ParsedCv cv) {

    /**
     * Validates.
     *
     * @param id the identifier, returned with the result
     * @param cv the parsed CV
     * @throws NullPointerException if an argument is null
     */
    public Candidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cv, "cv");
    }
}
