package dev.cvmatch.testing;

import java.text.Normalizer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The known facts of one sample CV of a fictional person: what a parser should find in any document rendered from it
 * by {@link SampleDocuments}.
 *
 * <p>Texts are stored exactly as they are printed ({@code printedDates}, {@code level}, {@code printedTitle}...), next
 * to the normalised values a parser is expected to derive from them ({@code start}/{@code end} as {@code YYYY-MM} or
 * {@code YYYY}, E.164 phone, ISO codes). All collections are unmodifiable copies; the skill map keeps its insertion
 * order.
 *
 * @param language       language of the CV, {@code "fr"} or {@code "en"}
 * @param person         identity and contact details
 * @param summary        profile / summary paragraph
 * @param jobs           work experience, most recent first
 * @param education      degrees, most recent first
 * @param languages      spoken languages
 * @param certifications certifications, may be empty
 * @param skills         skill group name to the skills of that group, in printing order
 * @param headings       section headings printed in the documents
 */
public record SampleCv(
        String language,
        Person person,
        String summary,
        List<Job> jobs,
        List<Education> education,
        List<LanguageSkill> languages,
        List<Certification> certifications,
        Map<String, List<String>> skills,
        Headings headings) {

    /** Pattern of a normalised date: {@code YYYY} or {@code YYYY-MM}. */
    private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2]))?");

    /**
     * Validates and copies the components.
     *
     * @param language language of the CV, {@code "fr"} or {@code "en"}
     * @param person identity and contact details
     * @param summary profile / summary paragraph
     * @param jobs work experience, most recent first
     * @param education degrees, most recent first
     * @param languages spoken languages
     * @param certifications certifications, may be empty
     * @param skills skill group name to the skills of that group, in printing order
     * @param headings section headings printed in the documents
     */
    public SampleCv {
        if (!"fr".equals(language) && !"en".equals(language)) {
            throw new IllegalArgumentException("language must be \"fr\" or \"en\": " + language);
        }
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(summary, "summary");
        jobs = List.copyOf(jobs);
        education = List.copyOf(education);
        languages = List.copyOf(languages);
        certifications = List.copyOf(certifications);
        Map<String, List<String>> skillCopy = new LinkedHashMap<>();
        skills.forEach((group, items) -> skillCopy.put(Objects.requireNonNull(group, "skill group"),
                List.copyOf(items)));
        skills = Collections.unmodifiableMap(skillCopy);
        Objects.requireNonNull(headings, "headings");
    }

    /**
     * Returns a file-name friendly identifier derived from the person's name, e.g. {@code camille-martin}.
     *
     * @return lower-case ASCII slug
     */
    public String id() {
        return slug(person.givenName() + " " + person.familyName());
    }

    /**
     * Returns the base name used for files rendered from this CV, e.g. {@code camille-martin-fr}.
     *
     * @return the slug followed by the language
     */
    public String fileBaseName() {
        return id() + "-" + language;
    }

    /**
     * Returns the locale matching {@link #language()}.
     *
     * @return {@link Locale#FRENCH} or {@link Locale#ENGLISH}
     */
    public Locale locale() {
        return "fr".equals(language) ? Locale.FRENCH : Locale.ENGLISH;
    }

    /**
     * Computes the total professional experience a parser should report, in months.
     *
     * <p>Rules: the periods of all jobs are merged so that overlapping months count once; both ends are inclusive
     * (January to March is three months); a year-only start means January and a year-only end means December; a
     * current job (no end) runs until {@code referenceDate}; months after {@code referenceDate} are ignored.
     *
     * @param referenceDate the month considered "now"
     * @return number of distinct months covered by at least one job
     */
    public int expectedExperienceMonths(YearMonth referenceDate) {
        Objects.requireNonNull(referenceDate, "referenceDate");
        long reference = monthIndex(referenceDate);
        List<long[]> periods = new ArrayList<>();
        for (Job job : jobs) {
            long from = monthIndex(job.startMonth());
            long to = Math.min(monthIndex(job.endMonth(referenceDate)), reference);
            if (from <= to) {
                periods.add(new long[] {from, to});
            }
        }
        periods.sort(Comparator.comparingLong(p -> p[0]));
        long total = 0;
        long currentFrom = Long.MIN_VALUE;
        long currentTo = Long.MIN_VALUE;
        for (long[] p : periods) {
            if (currentTo != Long.MIN_VALUE && p[0] <= currentTo + 1) {
                currentTo = Math.max(currentTo, p[1]);
            } else {
                if (currentTo != Long.MIN_VALUE) {
                    total += currentTo - currentFrom + 1;
                }
                currentFrom = p[0];
                currentTo = p[1];
            }
        }
        if (currentTo != Long.MIN_VALUE) {
            total += currentTo - currentFrom + 1;
        }
        return Math.toIntExact(total);
    }

    /**
     * Creates an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates a builder pre-filled with this CV, to derive variants in tests.
     *
     * @return a new builder holding copies of all components
     */
    public Builder toBuilder() {
        Builder b = new Builder()
                .language(language)
                .person(person)
                .summary(summary)
                .headings(headings);
        b.jobs.addAll(jobs);
        b.education.addAll(education);
        b.languages.addAll(languages);
        b.certifications.addAll(certifications);
        b.skills.putAll(skills);
        return b;
    }

    /**
     * Lower-cases, strips accents and replaces every run of non-alphanumeric characters by one hyphen.
     *
     * @param text any text
     * @return the slug, e.g. {@code lea-moreau} for {@code Léa Moreau}
     */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static long monthIndex(YearMonth month) {
        return month.getYear() * 12L + month.getMonthValue() - 1;
    }

    private static String requireDate(String value, String name, boolean nullable) {
        if (value == null) {
            if (nullable) {
                return null;
            }
            throw new NullPointerException(name);
        }
        if (!PARTIAL_DATE.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be YYYY or YYYY-MM: " + value);
        }
        return value;
    }

    private static YearMonth toMonth(String value, boolean endOfYear) {
        if (value.length() == 4) {
            return YearMonth.of(Integer.parseInt(value), endOfYear ? 12 : 1);
        }
        return YearMonth.parse(value);
    }

    /**
     * Identity and contact details of the fictional person.
     *
     * @param givenName   first name, e.g. {@code Julien}
     * @param familyName  last name with its accents, e.g. {@code Lefèvre}
     * @param printedName the name as printed at the top of the CV, e.g. {@code LEFÈVRE Julien}
     * @param headline    job title line printed under the name
     * @param email       e-mail address (reserved example domains only)
     * @param phonePrinted phone number as printed, e.g. {@code 06 39 98 42 17}
     * @param phoneE164   the same number in E.164, e.g. {@code +33639984217}
     * @param city        city of residence
     * @param countryCode ISO 3166-1 alpha-2 code of the country of residence
     * @param linkedinUrl canonical LinkedIn profile URL ({@code https://www.linkedin.com/in/...}), or {@code null};
     *                    some layouts print it without the {@code https://www.} prefix
     * @param githubUrl   canonical GitHub profile URL, or {@code null}
     */
    public record Person(
            String givenName,
            String familyName,
            String printedName,
            String headline,
            String email,
            String phonePrinted,
            String phoneE164,
            String city,
            String countryCode,
            String linkedinUrl,
            String githubUrl) {

        /**
         * Validates the mandatory components.
         *
         * @param givenName first name, e.g. {@code Julien}
         * @param familyName last name with its accents, e.g. {@code Lefèvre}
         * @param printedName the name as printed at the top of the CV, e.g. {@code LEFÈVRE Julien}
         * @param headline job title line printed under the name
         * @param email e-mail address (reserved example domains only)
         * @param phonePrinted phone number as printed, e.g. {@code 06 39 98 42 17}
         * @param phoneE164 the same number in E.164, e.g. {@code +33639984217}
         * @param city city of residence
         * @param countryCode ISO 3166-1 alpha-2 code of the country of residence
         * @param linkedinUrl canonical LinkedIn profile URL ({@code https://www.linkedin.com/in/...}), or
         *        {@code null}; some layouts print it without the {@code https://www.} prefix
         * @param githubUrl canonical GitHub profile URL, or {@code null}
         */
        public Person {
            Objects.requireNonNull(givenName, "givenName");
            Objects.requireNonNull(familyName, "familyName");
            Objects.requireNonNull(printedName, "printedName");
            Objects.requireNonNull(headline, "headline");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(phonePrinted, "phonePrinted");
            if (!phoneE164.matches("\\+[1-9]\\d{6,14}")) {
                throw new IllegalArgumentException("not an E.164 number: " + phoneE164);
            }
            Objects.requireNonNull(city, "city");
            if (!countryCode.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: " + countryCode);
            }
        }

        /**
         * Returns given name and family name in natural order, e.g. {@code Julien Lefèvre}.
         *
         * @return the full name
         */
        public String fullName() {
            return givenName + " " + familyName;
        }
    }

    /**
     * One position held.
     *
     * @param title        job title as printed
     * @param employer     employer name as printed (fictional)
     * @param location     place of work, or {@code null} when not printed
     * @param start        first month, {@code YYYY-MM}, or {@code YYYY} when only the year is printed
     * @param end          last month in the same format, or {@code null} for the current job
     * @param printedDates the date range exactly as printed, e.g. {@code sept. 2018 à juin 2020}
     * @param bullets      achievement / responsibility lines
     */
    public record Job(
            String title,
            String employer,
            String location,
            String start,
            String end,
            String printedDates,
            List<String> bullets) {

        /**
         * Validates the dates and copies the bullets.
         *
         * @param title job title as printed
         * @param employer employer name as printed (fictional)
         * @param location place of work, or {@code null} when not printed
         * @param start first month, {@code YYYY-MM}, or {@code YYYY} when only the year is printed
         * @param end last month in the same format, or {@code null} for the current job
         * @param printedDates the date range exactly as printed, e.g. {@code sept. 2018 à juin 2020}
         * @param bullets achievement / responsibility lines
         */
        public Job {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(employer, "employer");
            requireDate(start, "start", false);
            requireDate(end, "end", true);
            Objects.requireNonNull(printedDates, "printedDates");
            bullets = List.copyOf(bullets);
            if (end != null && toMonth(end, true).isBefore(toMonth(start, false))) {
                throw new IllegalArgumentException("end before start: " + start + " / " + end);
            }
        }

        /**
         * Tells whether this is a current position (printed as "Present", "aujourd'hui", "en cours", "depuis"...).
         *
         * @return {@code true} when {@link #end()} is {@code null}
         */
        public boolean isCurrent() {
            return end == null;
        }

        /**
         * Returns the first month of the job; a year-only start means January.
         *
         * @return the start month
         */
        public YearMonth startMonth() {
            return toMonth(start, false);
        }

        /**
         * Returns the last month of the job; a year-only end means December, a current job ends at the reference.
         *
         * @param referenceDate the month considered "now"
         * @return the end month
         */
        public YearMonth endMonth(YearMonth referenceDate) {
            return end == null ? referenceDate : toMonth(end, true);
        }
    }

    /**
     * One degree or diploma.
     *
     * @param institution  school or university (fictional)
     * @param degree       degree as written, e.g. {@code Master 2}, {@code BTS}, {@code MSc}, {@code BSc (Hons)}
     * @param field        field of study, or {@code null}
     * @param printedTitle the whole degree line as printed, e.g. {@code MSc Data Science (Distinction)}
     * @param start        first year or month ({@code YYYY} / {@code YYYY-MM}), or {@code null} when not printed
     * @param end          graduation year or month, or {@code null} when still studying
     * @param printedDates the dates exactly as printed
     */
    public record Education(
            String institution,
            String degree,
            String field,
            String printedTitle,
            String start,
            String end,
            String printedDates) {

        /**
         * Validates the components.
         *
         * @param institution school or university (fictional)
         * @param degree degree as written, e.g. {@code Master 2}, {@code BTS}, {@code MSc}, {@code BSc (Hons)}
         * @param field field of study, or {@code null}
         * @param printedTitle the whole degree line as printed, e.g. {@code MSc Data Science (Distinction)}
         * @param start first year or month ({@code YYYY} / {@code YYYY-MM}), or {@code null} when not printed
         * @param end graduation year or month, or {@code null} when still studying
         * @param printedDates the dates exactly as printed
         */
        public Education {
            Objects.requireNonNull(institution, "institution");
            Objects.requireNonNull(degree, "degree");
            Objects.requireNonNull(printedTitle, "printedTitle");
            requireDate(start, "start", true);
            requireDate(end, "end", true);
            Objects.requireNonNull(printedDates, "printedDates");
        }
    }

    /**
     * A spoken language.
     *
     * @param name    language name as printed, e.g. {@code Anglais}
     * @param isoCode ISO 639-1 code of the language, e.g. {@code en}, or ISO 639-3 when there is no two-letter code
     *                (e.g. {@code fsl} for French Sign Language)
     * @param level   level as printed, e.g. {@code courant}, {@code TOEIC 850}, {@code Native}
     */
    public record LanguageSkill(String name, String isoCode, String level) {

        /**
         * Validates the components.
         *
         * @param name language name as printed, e.g. {@code Anglais}
         * @param isoCode ISO 639-1 code of the language, e.g. {@code en}, or ISO 639-3 when there is no two-letter
         *        code (e.g. {@code fsl} for French Sign Language)
         * @param level level as printed, e.g. {@code courant}, {@code TOEIC 850}, {@code Native}
         */
        public LanguageSkill {
            Objects.requireNonNull(name, "name");
            if (!isoCode.matches("[a-z]{2,3}")) {
                throw new IllegalArgumentException("not an ISO 639 code: " + isoCode);
            }
            Objects.requireNonNull(level, "level");
        }
    }

    /**
     * A certification or short professional training.
     *
     * @param name        certification name as printed
     * @param issuer      issuing body as printed
     * @param date        date obtained, {@code YYYY-MM} or {@code YYYY}
     * @param printedDate the date as printed, e.g. {@code mai 2023}
     */
    public record Certification(String name, String issuer, String date, String printedDate) {

        /**
         * Validates the components.
         *
         * @param name certification name as printed
         * @param issuer issuing body as printed
         * @param date date obtained, {@code YYYY-MM} or {@code YYYY}
         * @param printedDate the date as printed, e.g. {@code mai 2023}
         */
        public Certification {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(issuer, "issuer");
            requireDate(date, "date", false);
            Objects.requireNonNull(printedDate, "printedDate");
        }
    }

    /**
     * The section headings printed in the rendered documents, in their natural case (layouts may print them upper
     * case or in small capitals).
     *
     * @param summary        heading of the profile paragraph
     * @param experience     heading of the work experience section
     * @param education      heading of the education section
     * @param skills         heading of the skills section
     * @param languages      heading of the languages section
     * @param certifications heading of the certifications section
     * @param contact        heading of the contact block (used by sidebar layouts)
     */
    public record Headings(
            String summary,
            String experience,
            String education,
            String skills,
            String languages,
            String certifications,
            String contact) {

        /**
         * Validates the components.
         *
         * @param summary heading of the profile paragraph
         * @param experience heading of the work experience section
         * @param education heading of the education section
         * @param skills heading of the skills section
         * @param languages heading of the languages section
         * @param certifications heading of the certifications section
         * @param contact heading of the contact block (used by sidebar layouts)
         */
        public Headings {
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(experience, "experience");
            Objects.requireNonNull(education, "education");
            Objects.requireNonNull(skills, "skills");
            Objects.requireNonNull(languages, "languages");
            Objects.requireNonNull(certifications, "certifications");
            Objects.requireNonNull(contact, "contact");
        }

        /**
         * Returns the most common French headings.
         *
         * @return Profil, Expériences professionnelles, Formation, Compétences, Langues, Certifications, Contact
         */
        public static Headings french() {
            return new Headings("Profil", "Expériences professionnelles", "Formation", "Compétences", "Langues",
                    "Certifications", "Contact");
        }

        /**
         * Returns the most common English headings.
         *
         * @return Profile, Experience, Education, Skills, Languages, Certifications, Contact
         */
        public static Headings english() {
            return new Headings("Profile", "Experience", "Education", "Skills", "Languages", "Certifications",
                    "Contact");
        }
    }

    /** Mutable builder of {@link SampleCv}; lists keep insertion order. */
    public static final class Builder {

        private String language;
        private Person person;
        private String summary;
        private final List<Job> jobs = new ArrayList<>();
        private final List<Education> education = new ArrayList<>();
        private final List<LanguageSkill> languages = new ArrayList<>();
        private final List<Certification> certifications = new ArrayList<>();
        private final Map<String, List<String>> skills = new LinkedHashMap<>();
        private Headings headings;

        private Builder() {
        }

        /**
         * Sets the CV language and, unless set explicitly later, the default headings of that language.
         *
         * @param language {@code "fr"} or {@code "en"}
         * @return this builder
         */
        public Builder language(String language) {
            this.language = language;
            if (headings == null) {
                headings = "fr".equals(language) ? Headings.french() : Headings.english();
            }
            return this;
        }

        /**
         * Sets the person.
         *
         * @param person identity and contact details
         * @return this builder
         */
        public Builder person(Person person) {
            this.person = person;
            return this;
        }

        /**
         * Sets the summary paragraph.
         *
         * @param summary the text
         * @return this builder
         */
        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        /**
         * Appends a job.
         *
         * @param job the job
         * @return this builder
         */
        public Builder job(Job job) {
            jobs.add(Objects.requireNonNull(job, "job"));
            return this;
        }

        /**
         * Removes all jobs (to replace them in a variant).
         *
         * @return this builder
         */
        public Builder clearJobs() {
            jobs.clear();
            return this;
        }

        /**
         * Appends a degree.
         *
         * @param degree the degree
         * @return this builder
         */
        public Builder education(Education degree) {
            education.add(Objects.requireNonNull(degree, "degree"));
            return this;
        }

        /**
         * Appends a spoken language.
         *
         * @param name    language name as printed
         * @param isoCode ISO 639-1 code (ISO 639-3 when there is none)
         * @param level   level as printed
         * @return this builder
         */
        public Builder spokenLanguage(String name, String isoCode, String level) {
            languages.add(new LanguageSkill(name, isoCode, level));
            return this;
        }

        /**
         * Appends a certification.
         *
         * @param certification the certification
         * @return this builder
         */
        public Builder certification(Certification certification) {
            certifications.add(Objects.requireNonNull(certification, "certification"));
            return this;
        }

        /**
         * Appends (or replaces) a skill group.
         *
         * @param group group name as printed, e.g. {@code Langages}
         * @param items skills of the group in printing order
         * @return this builder
         */
        public Builder skills(String group, String... items) {
            skills.put(group, List.of(items));
            return this;
        }

        /**
         * Sets the section headings.
         *
         * @param headings the headings
         * @return this builder
         */
        public Builder headings(Headings headings) {
            this.headings = headings;
            return this;
        }

        /**
         * Builds the immutable CV.
         *
         * @return the CV
         */
        public SampleCv build() {
            return new SampleCv(language, person, summary, jobs, education, languages, certifications, skills,
                    headings);
        }
    }
}
