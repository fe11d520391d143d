package dev.cvmatch.match;

import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.embedding.Embedding;
import java.util.Objects;

/**
 * A CV to rank, with the caller's identifier for it (a file name, a database key) and, optionally, the CV's
 * embedding computed when it was analysed ({@link JobMatcher#embed(ParsedCv)}), so that ranking many stored CVs
 * does not embed each of them again. An embedding of another space than the matcher's (another embedder, or blind
 * screening switched since) is ignored and the CV is embedded again.
 *
 * @param id the identifier, returned with the result
 * @param cv the parsed CV
 * @param embedding the CV's stored embedding, or {@code null} to have the matcher compute it
 */
public record Candidate(String id, ParsedCv cv, Embedding embedding) {

    /**
     * Validates.
     *
     * @param id the identifier, returned with the result
     * @param cv the parsed CV
     * @param embedding the CV's stored embedding, or {@code null}
     * @throws NullPointerException if the id or the CV is null
     */
    public Candidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cv, "cv");
    }

    /**
     * A candidate whose embedding the matcher computes.
     *
     * @param id the identifier, returned with the result
     * @param cv the parsed CV
     * @throws NullPointerException if an argument is null
     */
    public Candidate(String id, ParsedCv cv) {
        this(id, cv, null);
    }
}
