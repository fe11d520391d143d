package dev.cvmatch.cv;

import dev.cvmatch.document.DocumentFormat;
import java.util.List;

/**
 * The structured content of a CV. Immutable; serialise it with {@link dev.cvmatch.json.CvJson}.
 *
 * @param format the format the CV was read from
 * @param language the CV's language as an ISO 639-1 code ({@code "fr"}, {@code "en"}...), or {@code null} when
 *     undetermined
 * @param contact name, headline and contact details
 * @param summary the profile or summary paragraph, or {@code null}
 * @param experience the work history in the order printed
 * @param education degrees in the order printed
 * @param languages spoken languages
 * @param certifications certifications and licences
 * @param skills skills normalised to the taxonomy, with evidence, months of use and last use; skills-section items
 *     the taxonomy does not know are kept with a {@code null} id
 * @param skillMentions the items of the skills sections as written, before normalisation
 * @param totalExperienceMonths months of professional experience: the union of all dated positions (overlaps
 *     counted once, months inclusive, a current position running to the reference date, year-only dates from
 *     January to December)
 * @param sections every section found, in reading order, including those the parser did not interpret
 * @param warnings problems found while parsing that did not prevent it (e.g. "no work experience section found",
 *     "the text was read by OCR")
 * @param cvConfidence how much the document looks like a CV, from 0 to 1: the sum of the evidence found (contact
 *     details 0.2, a name 0.1, recognised CV section headings up to 0.3, dated positions 0.2, a degree 0.1, three or
 *     more skills 0.1). Sample CVs score 0.8 to 1; letters, invoices, articles and job ads score 0.4 or less, and a
 *     score under 0.5 adds a warning. Use it to route uploads that are not CVs to a human.
 */
public record ParsedCv(DocumentFormat format, String language, Contact contact, String summary,
        List<WorkExperience> experience, List<Education> education, List<LanguageSkill> languages,
        List<Certification> certifications, List<NormalizedSkill> skills, List<SkillMention> skillMentions,
        int totalExperienceMonths,
        List<CvSection> sections, List<String> warnings, double cvConfidence) {

    /**
     * Copies collections and checks the confidence.
     *
     * @param format the format the CV was read from
     * @param language the CV's language as an ISO 639-1 code ({@code "fr"}, {@code "en"}...), or {@code null} when
     *     undetermined
     * @param contact name, headline and contact details
     * @param summary the profile or summary paragraph, or {@code null}
     * @param experience the work history in the order printed
     * @param education degrees in the order printed
     * @param languages spoken languages
     * @param certifications certifications and licences
     * @param skills skills normalised to the taxonomy, with evidence, months of use and last use; skills-section items
     *     the taxonomy does not know are kept with a {@code null} id
     * @param skillMentions the items of the skills sections as written, before normalisation
     * @param totalExperienceMonths months of professional experience: the union of all dated positions (overlaps
     *     counted once, months inclusive, a current position running to the reference date, year-only dates from
     *     January to December)
     * @param sections every section found, in reading order, including those the parser did not interpret
     * @param warnings problems found while parsing that did not prevent it (e.g. "no work experience section found",
     *     "the text was read by OCR")
     * @param cvConfidence how much the document looks like a CV, from 0 to 1: the sum of the evidence found (contact
     *     details 0.2, a name 0.1, recognised CV section headings up to 0.3, dated positions 0.2, a degree 0.1, three or
     *     more skills 0.1). Sample CVs score 0.8 to 1; letters, invoices, articles and job ads score 0.4 or less, and a
     *     score under 0.5 adds a warning. Use it to route uploads that are not CVs to a human.
     * @throws IllegalArgumentException if cvConfidence is outside [0, 1]
     */
    public ParsedCv {
        if (!(cvConfidence >= 0 && cvConfidence <= 1)) {
            throw new IllegalArgumentException("cvConfidence must be within [0, 1]: " + cvConfidence);
        }
        experience = List.copyOf(experience);
        education = List.copyOf(education);
        languages = List.copyOf(languages);
        certifications = List.copyOf(certifications);
        skills = List.copyOf(skills);
        skillMentions = List.copyOf(skillMentions);
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
    }

    /**
     * A copy without personal data, as blind screening sees it: no contact block (name, e-mail, phone, address,
     * links; the headline is kept), no header or contact section, no line stating age, date of birth, gender,
     * marital status, nationality or a photo, and the candidate's name replaced wherever it remains. What
     * {@link dev.cvmatch.match.MatchOptions#blind()} scores. Positions keep their title and occupation.
     *
     * @return the redacted copy
     */
    public ParsedCv withoutPersonalData() {
        return dev.cvmatch.internal.match.CvRedactor.redact(this);
    }
}
