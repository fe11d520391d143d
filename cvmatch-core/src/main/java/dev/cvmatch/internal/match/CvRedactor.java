package dev.cvmatch.internal.match;

import dev.cvmatch.cv.Contact;
import dev.cvmatch.cv.CvSection;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.cv.SectionType;
import dev.cvmatch.cv.WorkExperience;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes personal data from a parsed CV for blind screening: the contact block (name, e-mail, phone, address,
 * links), the header and contact sections, lines stating age, date of birth, gender, marital status, nationality
 * or a photo, and every occurrence of the candidate's name in the remaining text. Internal.
 */
public final class CvRedactor {

    private static final Pattern PERSONAL = Pattern.compile("(?iu)\\b(date of birth|born( on| in)?|d\\.?o\\.?b\\.?|"
            + "n[ée]e? le|n[ée]e? en|date de naissance|\\d{2}\\s?(ans|years old|yrs old)\\b|[âa]ge\\s*:|age\\s*:|"
            + "nationalit[yé]|citizenship|married|mari[ée]e?|c[ée]libataire|single|divorc[ée]e?|pacs[ée]e?|"
            + "gender|sexe|\\bhomme\\b|\\bfemme\\b|\\bmale\\b|\\bfemale\\b|enfants?|children|photo|"
            + "situation familiale|marital status|religion)");
    private static final String PLACEHOLDER = "[candidate]";

    private CvRedactor() {
    }

    /**
     * A copy of the CV without personal data.
     *
     * @param cv the parsed CV
     * @return the redacted copy
     */
    public static ParsedCv redact(ParsedCv cv) {
        List<String> names = nameTokens(cv.contact().fullName());
        Contact contact = new Contact(null, cv.contact().headline(), null, null, null, null, null, List.of(),
                Map.of());
        List<CvSection> sections = new ArrayList<>();
        for (CvSection section : cv.sections()) {
            if (section.type() == SectionType.HEADER || section.type() == SectionType.CONTACT) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            for (String line : section.lines()) {
                if (!PERSONAL.matcher(line).find()) {
                    lines.add(scrub(line, names));
                }
            }
            sections.add(new CvSection(section.type(), section.heading(), lines, section.provenance()));
        }
        List<WorkExperience> experience = new ArrayList<>();
        for (WorkExperience e : cv.experience()) {
            List<String> description = new ArrayList<>();
            for (String line : e.description()) {
                if (!PERSONAL.matcher(line).find()) {
                    description.add(scrub(line, names));
                }
            }
            // the occupation is not personal data: blind copies keep it
            experience.add(new WorkExperience(e.title(), e.employer(), e.location(), e.start(), e.end(), e.current(),
                    description, e.provenance(), e.occupation()));
        }
        String summary = cv.summary() == null ? null : scrub(cv.summary(), names);
        return new ParsedCv(cv.format(), cv.language(), contact, summary, experience, cv.education(), cv.languages(),
                cv.certifications(), cv.skills(), cv.skillMentions(), cv.totalExperienceMonths(), sections,
                cv.warnings(), cv.cvConfidence());
    }

    /**
     * Whether a text contains a line stating personal data, or one of the name's words.
     *
     * @param text the text
     * @param fullName the candidate's name, or null
     * @return true when something personal remains
     */
    public static boolean containsPersonalData(String text, String fullName) {
        for (String token : nameTokens(fullName)) {
            if (Pattern.compile("(?iu)\\b" + Pattern.quote(token) + "\\b").matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    private static List<String> nameTokens(String fullName) {
        List<String> tokens = new ArrayList<>();
        if (fullName != null) {
            for (String t : fullName.split("[\\s\\-]+")) {
                if (t.replace(".", "").length() >= 2) {
                    tokens.add(t.replace(".", ""));
                }
            }
        }
        return tokens;
    }

    private static String scrub(String text, List<String> names) {
        String out = text;
        for (String token : names) {
            out = Pattern.compile("(?iu)\\b" + Pattern.quote(token) + "\\b").matcher(out).replaceAll(PLACEHOLDER);
        }
        return out;
    }
}
