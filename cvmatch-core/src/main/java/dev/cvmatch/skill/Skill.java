package dev.cvmatch.skill;

import java.util.List;
import java.util.Objects;

/**
 * A canonical skill of a {@link SkillTaxonomy}.
 *
 * @param id stable identifier: the ESCO concept URI where there is one, {@code cvmatch:<slug>} for curated skills,
 *     {@code onet:<slug>} for O*NET technologies, or the host application's own scheme
 * @param name the English preferred label (e.g. {@code "Project management"})
 * @param nameFr the French preferred label (e.g. {@code "Gestion de projet"})
 * @param category the kind of skill
 * @param aliases the forms that denote the skill in text, English and French; an alias starting with {@code ~} is
 *     ambiguous ("Go", "R", "Excel") and only counts with context (see {@link SkillNormalizer})
 * @param implies ids of skills this one implies (Spring Boot implies Spring, which implies Java)
 * @param broader ids of broader skills (taxonomy hierarchy)
 */
public record Skill(String id, String name, String nameFr, SkillCategory category, List<String> aliases,
        List<String> implies, List<String> broader) {

    /**
     * Validates and copies.
     *
     * @param id stable identifier: the ESCO concept URI where there is one, {@code cvmatch:<slug>} for curated skills,
     *     {@code onet:<slug>} for O*NET technologies, or the host application's own scheme
     * @param name the English preferred label (e.g. {@code "Project management"})
     * @param nameFr the French preferred label (e.g. {@code "Gestion de projet"})
     * @param category the kind of skill
     * @param aliases the forms that denote the skill in text, English and French; an alias starting with {@code ~} is
     *     ambiguous ("Go", "R", "Excel") and only counts with context (see {@link SkillNormalizer})
     * @param implies ids of skills this one implies (Spring Boot implies Spring, which implies Java)
     * @param broader ids of broader skills (taxonomy hierarchy)
     * @throws NullPointerException if id, name or category is null
     * @throws IllegalArgumentException if id or name is blank
     */
    public Skill {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        if (id.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("a skill needs a non-blank id and name");
        }
        nameFr = nameFr == null || nameFr.isBlank() ? name : nameFr;
        aliases = List.copyOf(aliases);
        implies = List.copyOf(implies);
        broader = List.copyOf(broader);
    }

    /**
     * The preferred label in a language.
     *
     * @param language an ISO 639-1 code; {@code "fr"} gives the French label, anything else the English one
     * @return the label
     */
    public String name(String language) {
        return "fr".equals(language) ? nameFr : name;
    }
}
