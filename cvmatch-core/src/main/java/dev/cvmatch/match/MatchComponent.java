package dev.cvmatch.match;

import java.util.Objects;

/**
 * The components of a score, in the order of {@link MatchResult#breakdown()}. {@link #key()} is the
 * {@link ScoreComponent#name()} of the component, and its name in JSON and in the weights of
 * {@link MatchOptions}.
 *
 * <pre>{@code
 * double skills = result.component(MatchComponent.REQUIRED_SKILLS).score();
 * }</pre>
 */
public enum MatchComponent {
    /** The "must have" skills found in the CV. */
    REQUIRED_SKILLS("requiredSkills"),
    /** The "nice to have" skills found in the CV. */
    PREFERRED_SKILLS("preferredSkills"),
    /** The CV's total experience against the minimum years asked. */
    EXPERIENCE("experience"),
    /** The highest degree's level against the minimum asked. */
    EDUCATION("education"),
    /** Each language asked, at its CEFR level. */
    LANGUAGES("languages"),
    /** How close the CV's wording is to the job's (embeddings). */
    SIMILARITY("similarity"),
    /** How much of the job title (or an alternative title it lists) the CV's headline or position titles cover. */
    TITLE("title"),
    /** The words the CV shares with the job text, weighted by rarity (TF-IDF). */
    RELEVANCE("relevance"),
    /** The job title's and the CV's titles normalised to the same or related occupations (ESCO, ISCO groups). */
    OCCUPATION("occupation");

    private final String key;

    MatchComponent(String key) {
        this.key = key;
    }

    /**
     * The name of the component in {@link ScoreComponent#name()} and in JSON.
     *
     * @return {@code "requiredSkills"}, {@code "preferredSkills"}, {@code "experience"}, {@code "education"},
     *     {@code "languages"}, {@code "similarity"}, {@code "title"} or {@code "relevance"}
     */
    public String key() {
        return key;
    }

    /**
     * The component of a key.
     *
     * @param key a {@link #key()}
     * @return the component
     * @throws IllegalArgumentException if no component has this key
     */
    public static MatchComponent ofKey(String key) {
        Objects.requireNonNull(key, "key");
        for (MatchComponent component : values()) {
            if (component.key.equals(key)) {
                return component;
            }
        }
        throw new IllegalArgumentException("no score component " + key);
    }
}
