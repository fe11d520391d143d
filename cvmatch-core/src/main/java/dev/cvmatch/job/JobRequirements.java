package dev.cvmatch.job;

import dev.cvmatch.cv.EducationLevel;
import dev.cvmatch.cv.Provenance;
import dev.cvmatch.occupation.NormalizedOccupation;
import java.util.List;
import java.util.Map;

/**
 * What a job description asks for. Immutable.
 *
 * @param title the job title, or {@code null}
 * @param language the description's language (ISO 639-1), or {@code null}
 * @param requiredSkills skills the job requires ("must have", requirements), canonical
 * @param preferredSkills skills that are a plus ("nice to have", "un plus", "souhaité", "apprécié")
 * @param mentionedSkills other skills the description mentions (missions, context)
 * @param minYearsExperience minimum years of experience ("5+ years", "3 ans minimum"), or {@code null}; 0 when
 *     beginners are welcome
 * @param minEducation minimum education level ("Bac+5", "Master's degree"), or {@code null}
 * @param languages required spoken languages with their minimum level
 * @param location the place of work as written, or {@code null}
 * @param workMode on site, hybrid or remote, or {@code null}
 * @param contractType the contract, or {@code null}
 * @param text the whole extracted text (used for semantic similarity)
 * @param provenance where each field was found ({@code title}, {@code minYearsExperience}, {@code minEducation},
 *     {@code location}, {@code workMode}, {@code contractType})
 *     (iterated in field-name order, so that the JSON of a result is the same from run to run)
 * @param warnings what could not be found (e.g. "no skills found")
 * @param occupation the title's occupation, or {@code null} when the parser was not asked for occupations
 *     ({@link JobDescriptionParser.Builder#occupations(dev.cvmatch.occupation.OccupationNormalizer)}), there is no
 *     title, or the normalizer is unsure
 * @param preferredLanguages spoken languages that are a plus ("French is a plus", "l'allemand est un atout"), with
 *     their level when one is written; a language both required and preferred is only in {@code languages}
 */
public record JobRequirements(String title, String language, List<JobSkill> requiredSkills,
        List<JobSkill> preferredSkills, List<JobSkill> mentionedSkills, Integer minYearsExperience,
        EducationLevel minEducation, List<LanguageRequirement> languages, String location, WorkMode workMode,
        ContractType contractType, String text, Map<String, Provenance> provenance, List<String> warnings,
        NormalizedOccupation occupation, List<LanguageRequirement> preferredLanguages) {

    /**
     * Copies collections.
     *
     * @param title the job title, or {@code null}
     * @param language the description's language (ISO 639-1), or {@code null}
     * @param requiredSkills skills the job requires ("must have", requirements), canonical
     * @param preferredSkills skills that are a plus ("nice to have", "un plus", "souhaité", "apprécié")
     * @param mentionedSkills other skills the description mentions (missions, context)
     * @param minYearsExperience minimum years of experience ("5+ years", "3 ans minimum"), or {@code null}; 0 when
     *     beginners are welcome
     * @param minEducation minimum education level ("Bac+5", "Master's degree"), or {@code null}
     * @param languages required spoken languages with their minimum level
     * @param location the place of work as written, or {@code null}
     * @param workMode on site, hybrid or remote, or {@code null}
     * @param contractType the contract, or {@code null}
     * @param text the whole extracted text (used for semantic similarity)
     * @param provenance where each field was found ({@code title}, {@code minYearsExperience}, {@code minEducation},
     *     {@code location}, {@code workMode}, {@code contractType})
     * @param warnings what could not be found (e.g. "no skills found")
     * @param occupation the title's occupation, or {@code null}
     * @param preferredLanguages spoken languages that are a plus; {@code null} reads as none (JSON written before
     *     they existed)
     */
    public JobRequirements {
        preferredLanguages = preferredLanguages == null ? List.of() : List.copyOf(preferredLanguages);
        requiredSkills = List.copyOf(requiredSkills);
        preferredSkills = List.copyOf(preferredSkills);
        mentionedSkills = List.copyOf(mentionedSkills);
        languages = List.copyOf(languages);
        provenance = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(Map.copyOf(provenance)));
        warnings = List.copyOf(warnings);
    }

    /**
     * Requirements without preferred languages, as before they were added (the same as passing an empty list).
     *
     * @param title the job title, or {@code null}
     * @param language the description's language (ISO 639-1), or {@code null}
     * @param requiredSkills skills the job requires
     * @param preferredSkills skills that are a plus
     * @param mentionedSkills other skills the description mentions
     * @param minYearsExperience minimum years of experience, or {@code null}
     * @param minEducation minimum education level, or {@code null}
     * @param languages required spoken languages with their minimum level
     * @param location the place of work as written, or {@code null}
     * @param workMode on site, hybrid or remote, or {@code null}
     * @param contractType the contract, or {@code null}
     * @param text the whole extracted text
     * @param provenance where each field was found
     * @param warnings what could not be found
     * @param occupation the title's occupation, or {@code null}
     */
    public JobRequirements(String title, String language, List<JobSkill> requiredSkills,
            List<JobSkill> preferredSkills, List<JobSkill> mentionedSkills, Integer minYearsExperience,
            EducationLevel minEducation, List<LanguageRequirement> languages, String location, WorkMode workMode,
            ContractType contractType, String text, Map<String, Provenance> provenance, List<String> warnings,
            NormalizedOccupation occupation) {
        this(title, language, requiredSkills, preferredSkills, mentionedSkills, minYearsExperience, minEducation,
                languages, location, workMode, contractType, text, provenance, warnings, occupation, List.of());
    }

    /**
     * Requirements without occupation, as before occupations were added (the same as passing {@code null} as
     * {@code occupation}).
     *
     * @param title the job title, or {@code null}
     * @param language the description's language (ISO 639-1), or {@code null}
     * @param requiredSkills skills the job requires
     * @param preferredSkills skills that are a plus
     * @param mentionedSkills other skills the description mentions
     * @param minYearsExperience minimum years of experience, or {@code null}
     * @param minEducation minimum education level, or {@code null}
     * @param languages required spoken languages with their minimum level
     * @param location the place of work as written, or {@code null}
     * @param workMode on site, hybrid or remote, or {@code null}
     * @param contractType the contract, or {@code null}
     * @param text the whole extracted text
     * @param provenance where each field was found
     * @param warnings what could not be found
     */
    public JobRequirements(String title, String language, List<JobSkill> requiredSkills,
            List<JobSkill> preferredSkills, List<JobSkill> mentionedSkills, Integer minYearsExperience,
            EducationLevel minEducation, List<LanguageRequirement> languages, String location, WorkMode workMode,
            ContractType contractType, String text, Map<String, Provenance> provenance, List<String> warnings) {
        this(title, language, requiredSkills, preferredSkills, mentionedSkills, minYearsExperience, minEducation,
                languages, location, workMode, contractType, text, provenance, warnings, null, List.of());
    }
}
