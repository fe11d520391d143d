package dev.cvmatch.skill;

import java.util.Locale;

/** The kind of a skill. */
public enum SkillCategory {
    /** Java, Python, SQL. */
    PROGRAMMING_LANGUAGE,
    /** Spring Boot, React, Django. */
    FRAMEWORK,
    /** pandas, Redux. */
    LIBRARY,
    /** Git, Jira, Postman, SAP. */
    TOOL,
    /** AWS, Azure, Firebase. */
    CLOUD,
    /** PostgreSQL, MongoDB. */
    DATABASE,
    /** Docker, Kubernetes, CI/CD. */
    DEVOPS,
    /** Machine learning, statistics, Spark. */
    DATA,
    /** Scrum, TDD, REST APIs. */
    METHODOLOGY,
    /** Figma, UX design, accessibility. */
    DESIGN,
    /** Excel, PowerPoint. */
    OFFICE,
    /** Communication, teamwork, adaptability. */
    SOFT_SKILL,
    /** Accounting, negotiation, patient care, SEO. */
    DOMAIN_KNOWLEDGE,
    /** Anything else. */
    OTHER;

    /**
     * Parses a category name, case-insensitively ({@code "soft_skill"}, {@code "Soft skill"}).
     *
     * @param text the name
     * @return the category, {@link #OTHER} when unknown or null
     */
    public static SkillCategory parse(String text) {
        if (text == null || text.isBlank()) {
            return OTHER;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return OTHER;
        }
    }
}
