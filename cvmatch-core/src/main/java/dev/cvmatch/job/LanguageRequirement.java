package dev.cvmatch.job;

import dev.cvmatch.cv.CefrLevel;

/**
 * A spoken language a job requires.
 *
 * @param code ISO 639-1 code
 * @param language English name
 * @param minLevel the minimum CEFR level, or {@code null} when no level is written
 * @param asWritten the requirement as written
 */
public record LanguageRequirement(String code, String language, CefrLevel minLevel, String asWritten) {
}
