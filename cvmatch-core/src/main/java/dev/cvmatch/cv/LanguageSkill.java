package dev.cvmatch.cv;

import java.util.Map;

/**
 * A spoken language and the candidate's level in it.
 *
 * @param language the language name in English (e.g. {@code "French"}) or as printed when unknown
 * @param code the ISO 639-1 code (e.g. {@code "fr"}), or {@code null} when the language is not recognised
 * @param levelAsWritten the level as printed (e.g. {@code "TOEIC 850"}, {@code "courant"}), or {@code null}
 * @param level the CEFR level derived from what is written, or {@code null} when nothing is written
 * @param nativeSpeaker whether the CV says it is a mother tongue
 * @param provenance where the language was found ({@code language}, {@code level})
 *     (iterated in field-name order, so that the JSON of a result is the same from run to run)
 */
public record LanguageSkill(String language, String code, String levelAsWritten, CefrLevel level,
        boolean nativeSpeaker, Map<String, Provenance> provenance) {

    /**
     * Copies collections.
     *
     * @param language the language name in English (e.g. {@code "French"}) or as printed when unknown
     * @param code the ISO 639-1 code (e.g. {@code "fr"}), or {@code null} when the language is not recognised
     * @param levelAsWritten the level as printed (e.g. {@code "TOEIC 850"}, {@code "courant"}), or {@code null}
     * @param level the CEFR level derived from what is written, or {@code null} when nothing is written
     * @param nativeSpeaker whether the CV says it is a mother tongue
     * @param provenance where the language was found ({@code language}, {@code level})
     */
    public LanguageSkill {
        provenance = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(Map.copyOf(provenance)));
    }
}
