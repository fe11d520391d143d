package dev.cvmatch.match;

/**
 * A skill of the job that the CV does not show.
 *
 * @param id taxonomy id
 * @param name canonical name
 * @param required true for a required skill, false for a preferred one
 */
public record MissingSkill(String id, String name, boolean required) {
}
