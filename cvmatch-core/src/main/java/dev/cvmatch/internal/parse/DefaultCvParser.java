package dev.cvmatch.internal.parse;

import dev.cvmatch.EmptyDocumentException;
import dev.cvmatch.cv.Certification;
import dev.cvmatch.cv.Contact;
import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.CvSection;
import dev.cvmatch.cv.Education;
import dev.cvmatch.cv.LanguageSkill;
import dev.cvmatch.cv.NormalizedSkill;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.cv.Provenance;
import dev.cvmatch.cv.SectionType;
import dev.cvmatch.cv.SkillMention;
import dev.cvmatch.cv.WorkExperience;
import dev.cvmatch.document.DocumentTextExtractor;
import dev.cvmatch.document.ExtractedDocument;
import dev.cvmatch.internal.io.BoundedReader;
import dev.cvmatch.occupation.NormalizedOccupation;
import dev.cvmatch.occupation.OccupationNormalizer;
import dev.cvmatch.skill.SkillNormalizer;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded rule-based CV parser: sections from headings, then one extractor per section type. Immutable and
 * thread-safe. Internal: obtain it through {@link CvParser#builder()}.
 */
public final class DefaultCvParser implements CvParser {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultCvParser.class);

    private final DocumentTextExtractor extractor;
    private final String defaultRegion;
    private final YearMonth referenceMonth;
    private final Clock clock;
    private final boolean detectLanguage;
    private final SkillNormalizer skillNormalizer;
    private final long maxBytes;
    /** Normalises position titles; {@code null} when occupations are off (the table is then never loaded). */
    private final OccupationNormalizer occupations;

    /**
     * Creates the parser; use {@link CvParser#builder()}.
     *
     * @param extractor the text extractor
     * @param defaultRegion the default phone region
     * @param referenceMonth the month current positions run to, or null for the clock's month
     * @param clock the clock
     * @param detectLanguage whether to detect the CV language
     * @param skillNormalizer the skill normalizer
     */
    public DefaultCvParser(DocumentTextExtractor extractor, String defaultRegion, YearMonth referenceMonth,
            Clock clock, boolean detectLanguage, SkillNormalizer skillNormalizer) {
        this(extractor, defaultRegion, referenceMonth, clock, detectLanguage, skillNormalizer,
                DocumentTextExtractor.DEFAULT_MAX_BYTES, null);
    }

    /**
     * Creates the parser; use {@link CvParser#builder()}.
     *
     * @param extractor the text extractor
     * @param defaultRegion the default phone region
     * @param referenceMonth the month current positions run to, or null for the clock's month
     * @param clock the clock
     * @param detectLanguage whether to detect the CV language
     * @param skillNormalizer the skill normalizer
     * @param maxBytes the largest file or stream read by {@link #parse(Path)} and {@link #parse(InputStream)}
     * @param occupations the normalizer giving positions their occupation, or null for none
     */
    public DefaultCvParser(DocumentTextExtractor extractor, String defaultRegion, YearMonth referenceMonth,
            Clock clock, boolean detectLanguage, SkillNormalizer skillNormalizer, long maxBytes,
            OccupationNormalizer occupations) {
        this.occupations = occupations;
        this.maxBytes = maxBytes;
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.defaultRegion = Objects.requireNonNull(defaultRegion, "defaultRegion");
        this.referenceMonth = referenceMonth;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.detectLanguage = detectLanguage;
        this.skillNormalizer = Objects.requireNonNull(skillNormalizer, "skillNormalizer");
        PhoneWarmUp.start(defaultRegion);
    }

    @Override
    public ParsedCv parse(Path path) {
        return parse(BoundedReader.readAll(path, maxBytes));
    }

    @Override
    public ParsedCv parse(InputStream in) {
        return parse(BoundedReader.readAll(in, maxBytes));
    }

    @Override
    public ParsedCv parse(byte[] content) {
        Objects.requireNonNull(content, "content");
        return parse(extractor.extract(content));
    }

    @Override
    public ParsedCv parse(ExtractedDocument document) {
        Objects.requireNonNull(document, "document");
        if (!document.hasText()) {
            throw new EmptyDocumentException("The document holds no text to parse");
        }
        long started = System.nanoTime();
        List<CvLine> lines = CvLine.prepare(document);
        List<Section> sections = programmingLanguagesAsSkills(new SectionSplitter().split(lines));
        List<String> warnings = new ArrayList<>();

        ContactExtractor.Result contact = new ContactExtractor(defaultRegion).extract(sections, lines);

        List<WorkExperience> experience = new ArrayList<>();
        List<Education> education = new ArrayList<>();
        List<LanguageSkill> languages = new ArrayList<>();
        List<Certification> certifications = new ArrayList<>();
        List<SkillMention> mentions = new ArrayList<>();
        StringBuilder summary = new StringBuilder();
        ExperienceExtractor experienceExtractor = new ExperienceExtractor();
        EducationExtractor educationExtractor = new EducationExtractor();
        LanguageExtractor languageExtractor = new LanguageExtractor();
        CertificationExtractor certificationExtractor = new CertificationExtractor();
        SkillExtractor skillExtractor = new SkillExtractor();
        for (Section section : sections) {
            switch (section.type) {
                case EXPERIENCE:
                    experience.addAll(experienceExtractor.extract(FieldLabels.strip(section.lines)));
                    break;
                case EDUCATION:
                    education.addAll(educationExtractor.extract(FieldLabels.strip(section.lines)));
                    break;
                case LANGUAGES:
                    languages.addAll(languageExtractor.extract(section.lines,
                            section.heading == null ? null : section.heading.text));
                    break;
                case CERTIFICATIONS:
                    certifications.addAll(certificationExtractor.extract(section.lines, lines));
                    break;
                case SKILLS:
                    mentions.addAll(skillExtractor.extract(section.lines, SectionType.SKILLS));
                    break;
                case SUMMARY:
                    for (CvLine line : section.lines) {
                        append(summary, line.text);
                    }
                    break;
                default:
                    break;
            }
        }
        if (languages.isEmpty()) {
            // a theme's header line of language names, without a heading: "Français, Anglais, Malgache"
            for (Section section : sections) {
                if (section.type == SectionType.HEADER) {
                    for (CvLine line : section.lines) {
                        if (languages.isEmpty() && languageExtractor.isLanguageList(line.text)) {
                            languages.addAll(languageExtractor.extract(List.of(line)));
                        }
                    }
                }
            }
        }
        if (summary.length() == 0) {
            for (Section section : sections) {
                if (section.type == SectionType.HEADER) {
                    for (CvLine line : section.lines) {
                        if (Texts.words(line.text) >= 12 && line != contact.nameLine()
                                && line != contact.headlineLine() && !line.text.contains("@")) {
                            append(summary, line.text);
                        }
                    }
                }
            }
        }
        Set<SectionType> found = EnumSet.noneOf(SectionType.class);
        sections.forEach(s -> found.add(s.type));
        if (!found.contains(SectionType.EXPERIENCE)) {
            warnings.add("No work experience section was found");
        } else if (experience.isEmpty()) {
            warnings.add("The work experience section has no dated entries");
        }
        if (!found.contains(SectionType.EDUCATION)) {
            warnings.add("No education section was found");
        }
        if (contact.contact().fullName() == null) {
            warnings.add("The candidate's name was not found");
        }
        if (readByOcr(document)) {
            warnings.add("The text was read by OCR from a scanned image; check names, dates and numbers");
        }
        YearMonth reference = referenceMonth != null ? referenceMonth : YearMonth.now(clock);
        int months = ExperienceExtractor.totalMonths(experience, reference);
        List<NormalizedSkill> skills = new SkillAssembler(skillNormalizer).assemble(sections, experience, mentions,
                reference);
        String language = detectLanguage ? LanguageDetection.detect(document.text()) : null;
        List<CvSection> cvSections = new ArrayList<>();
        for (Section section : sections) {
            List<String> texts = new ArrayList<>();
            List<CvLine> all = new ArrayList<>();
            if (section.heading != null) {
                all.add(section.heading);
            }
            for (CvLine line : section.lines) {
                texts.add(line.text);
                all.add(line);
            }
            if (section.headingTail != null) {
                all.add(section.headingTail);
            }
            String heading = section.heading == null ? null : section.headingTail == null ? section.heading.text
                    : section.heading.text + " " + section.headingTail.text;
            cvSections.add(new CvSection(section.type, heading,
                    texts, CvLine.cover(all, section.type == SectionType.OTHER ? 0.5 : 0.9)));
        }
        Contact c = contact.contact();
        if (c.headline() == null) {
            c = withTargetJob(c, sections);
        }
        double confidence = cvConfidence(c, found, experience, education, skills);
        if (confidence < LOW_CV_CONFIDENCE) {
            warnings.add(String.format(java.util.Locale.ROOT, "The document does not look like a CV (confidence "
                    + "%.2f): few CV sections, contact details or dated positions were found", confidence));
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("Parsed a {} CV in {} ms: {} sections, {} positions, {} degrees", document.format(),
                    (System.nanoTime() - started) / 1_000_000, sections.size(), experience.size(), education.size());
        }
        if (occupations != null) {
            experience = withOccupations(experience);
        }
        return new ParsedCv(document.format(), language, c, summary.length() == 0 ? null : summary.toString(),
                experience, education, languages, certifications, skills, mentions, months, cvSections, warnings,
                confidence);
    }

    /** The positions with the occupation of their title (none for an untitled position or an unsure title). */
    private List<WorkExperience> withOccupations(List<WorkExperience> experience) {
        List<WorkExperience> out = new ArrayList<>(experience.size());
        for (WorkExperience e : experience) {
            NormalizedOccupation occupation = e.title() == null ? null : occupations.normalize(e.title()).orElse(null);
            out.add(new WorkExperience(e.title(), e.employer(), e.location(), e.start(), e.end(), e.current(),
                    e.description(), e.provenance(), occupation));
        }
        return out;
    }

    /**
     * A "Languages" heading inside a skills area often lists programming languages ("Kotlin, Swift, TS"): a
     * languages section that names no spoken language but names skills is read as a skills section.
     */
    private List<Section> programmingLanguagesAsSkills(List<Section> sections) {
        List<Section> out = new ArrayList<>(sections.size());
        for (Section section : sections) {
            if (section.type == SectionType.LANGUAGES && !section.lines.isEmpty()
                    && new LanguageExtractor().extract(section.lines).isEmpty()
                    && section.lines.stream().anyMatch(l -> !skillNormalizer.find(l.text, true).isEmpty())) {
                Section skills = new Section(SectionType.SKILLS, section.heading);
                skills.lines.addAll(section.lines);
                skills.headingTail = section.headingTail;
                out.add(skills);
            } else {
                out.add(section);
            }
        }
        return out;
    }

    /** Below this, a parsed document gets a "does not look like a CV" warning. */
    static final double LOW_CV_CONFIDENCE = 0.5;

    private static final Set<SectionType> CV_SECTIONS = EnumSet.of(SectionType.EXPERIENCE, SectionType.EDUCATION,
            SectionType.SKILLS, SectionType.LANGUAGES, SectionType.CERTIFICATIONS, SectionType.SUMMARY);

    /** The evidence that a document is a CV; see {@link ParsedCv#cvConfidence()}. */
    static double cvConfidence(Contact contact, Set<SectionType> found, List<WorkExperience> experience,
            List<Education> education, List<NormalizedSkill> skills) {
        double score = 0;
        if (contact.email() != null || contact.phone() != null) {
            score += 0.2;
        }
        if (contact.fullName() != null) {
            score += 0.1;
        }
        long sections = found.stream().filter(CV_SECTIONS::contains).count();
        score += Math.min(3, sections) * 0.1;
        if (experience.stream().anyMatch(e -> e.start() != null)) {
            score += 0.2;
        }
        if (!education.isEmpty()) {
            score += 0.1;
        }
        if (skills.size() >= 3) {
            score += 0.1;
        }
        return Math.min(1.0, Math.round(score * 100) / 100.0);
    }

    private static boolean readByOcr(ExtractedDocument document) {
        List<dev.cvmatch.document.TextLine> all = document.lines();
        return !all.isEmpty() && all.stream().allMatch(l -> l.style().isOcr());
    }

    /** Headings of the job a CV applies for (Europass "POSTE VISÉ" / "JOB APPLIED FOR"). */
    private static final java.util.Set<String> TARGET_JOB = java.util.Set.of("poste vise", "poste recherche",
            "job applied for", "position applied for", "desired position");

    /**
     * The contact with, as its headline, the job it applies for when a section names it ("POSTE VISÉ" /
     * "Développeur Android") and the header gave none.
     */
    private static Contact withTargetJob(Contact c, List<Section> sections) {
        for (Section section : sections) {
            if (section.heading != null && !section.lines.isEmpty()
                    && TARGET_JOB.contains(Texts.fold(section.heading.text))) {
                String title = Texts.clean(section.lines.get(0).text);
                if (!title.isEmpty() && Texts.words(title) <= 10 && !title.endsWith(".")) {
                    Map<String, Provenance> provenance = new java.util.LinkedHashMap<>(c.provenance());
                    provenance.put("headline", section.lines.get(0).find(title, 0.7));
                    return new Contact(c.fullName(), title, c.email(), c.phone(), c.phoneE164(), c.city(),
                            c.country(), c.links(), provenance);
                }
            }
        }
        return c;
    }

    private static void append(StringBuilder sb, String text) {
        if (sb.length() > 0) {
            sb.append(' ');
        }
        sb.append(text);
    }
}
