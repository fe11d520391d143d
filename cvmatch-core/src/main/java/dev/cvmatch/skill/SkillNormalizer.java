package dev.cvmatch.skill;

import dev.cvmatch.internal.skill.AliasMatcher;
import java.util.List;
import java.util.Objects;

/**
 * Finds skill mentions in text and maps them to canonical skills of a {@link SkillTaxonomy}.
 *
 * <p>Matching ignores case, accents and punctuation, keeps the characters that make names ({@code C++}, {@code C#},
 * {@code .NET}, {@code Node.js}, {@code CI/CD}), prefers the longest alias ("Spring Boot" over "Spring"), accepts
 * simple plurals, and reads through French elisions ("maîtrise d'Excel"). Ambiguous aliases (marked {@code ~} in
 * the taxonomy: "Go", "R", "C", "Swift", "Excel", "Rest"...) only count when written with a capital and with
 * context: in a skills list, or on a line that names another skill; "excel at", "go to", "the rest" never count.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface SkillNormalizer {

    /**
     * Finds the skills mentioned in a piece of prose (a sentence, a bullet, a line).
     *
     * @param text the text
     * @return the matches, in text order, never overlapping
     */
    default List<SkillMatch> find(String text) {
        return find(text, false);
    }

    /**
     * Finds the skills mentioned in a text.
     *
     * @param text the text
     * @param listContext whether the text is an item or line of a skills list (ambiguous aliases then count)
     * @return the matches, in text order, never overlapping
     */
    List<SkillMatch> find(String text, boolean listContext);

    /**
     * The taxonomy the normalizer maps to.
     *
     * @return the taxonomy
     */
    SkillTaxonomy taxonomy();

    /**
     * A normalizer over a taxonomy.
     *
     * @param taxonomy the taxonomy
     * @return a thread-safe normalizer
     */
    static SkillNormalizer of(SkillTaxonomy taxonomy) {
        Objects.requireNonNull(taxonomy, "taxonomy");
        // the bundled taxonomy's index is built (or read precomputed) once
        return taxonomy == SkillTaxonomy.defaults() ? AliasMatcher.bundled() : new AliasMatcher(taxonomy);
    }

    /**
     * The normalizer over the bundled taxonomy ({@link SkillTaxonomy#defaults()}).
     *
     * @return the shared default normalizer
     */
    static SkillNormalizer defaults() {
        return AliasMatcher.bundled();
    }

    /**
     * The normalizer over the bundled taxonomy.
     *
     * @return {@link #defaults()}
     * @deprecated use {@link #defaults()}, the name every cvmatch default has; kept so that code written for
     *     0.1 compiles
     */
    @Deprecated(since = "0.2")
    static SkillNormalizer createDefault() {
        return defaults();
    }
}
