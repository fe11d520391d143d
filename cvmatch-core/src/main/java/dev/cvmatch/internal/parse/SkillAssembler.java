package dev.cvmatch.internal.parse;

import dev.cvmatch.cv.NormalizedSkill;
import dev.cvmatch.cv.PartialDate;
import dev.cvmatch.cv.Provenance;
import dev.cvmatch.cv.SectionType;
import dev.cvmatch.cv.SkillEvidence;
import dev.cvmatch.cv.SkillMention;
import dev.cvmatch.cv.WorkExperience;
import dev.cvmatch.skill.Skill;
import dev.cvmatch.skill.SkillCategory;
import dev.cvmatch.skill.SkillMatch;
import dev.cvmatch.skill.SkillNormalizer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns skill mentions found anywhere in the CV into normalised skills with evidence: skills lists are read as
 * lists (ambiguous aliases count), other sections as prose; a mention inside a dated position gives months of use
 * and the date of last use. Skills-list items the taxonomy does not know are kept as written. Internal.
 */
final class SkillAssembler {

    /** Short items, or items separated by commas, bullets, bars or semicolons; not a sentence. */
    static boolean listLike(String text) {
        int words = Texts.words(text);
        if (words <= 6) {
            return true;
        }
        int separators = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '|' || c == '•' || c == '·' || c == '/' || c == '\t') {
                separators++;
            }
        }
        return words <= 4 * (separators + 1);
    }

    /** Sections whose words are not skills of the candidate: spoken languages, hobbies, references, contact. */
    private static final Set<SectionType> SKIPPED = EnumSet.of(SectionType.LANGUAGES, SectionType.INTERESTS,
            SectionType.REFERENCES, SectionType.CONTACT);

    private static final java.util.regex.Pattern LABELLED = java.util.regex.Pattern.compile("^[^:]{2,40}:\\s*\\S");

    /**
     * In an education section a degree's field ("BSc Computer Science") is not a skill claim, but a list of tools
     * is ("Software Applications: Excel, Word, Access", "Coursework: Java, SQL and UML"): a line counts when it
     * names three skills, or two after a label.
     */
    private static boolean toolListInEducation(String text, List<SkillMatch> matches) {
        long distinct = matches.stream().map(m -> m.skill().id()).distinct().count();
        return distinct >= 3 || distinct >= 2 && LABELLED.matcher(text).find();
    }

    private final SkillNormalizer normalizer;

    SkillAssembler(SkillNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    private static final class Acc {
        final Skill skill;
        final String rawName;
        final Set<String> forms = new LinkedHashSet<>();
        final List<SkillEvidence> evidence = new ArrayList<>();
        final Set<Integer> entries = new LinkedHashSet<>();
        double confidence;

        Acc(Skill skill, String rawName) {
            this.skill = skill;
            this.rawName = rawName;
        }
    }

    List<NormalizedSkill> assemble(List<Section> sections, List<WorkExperience> experience, List<SkillMention> mentions,
            YearMonth reference) {
        Map<String, Acc> bySkill = new LinkedHashMap<>();
        java.util.BitSet coveredOffsets = new java.util.BitSet(); // document offsets (never negative)
        // skills sections first, so the order of the result follows the candidate's own list
        List<Section> ordered = new ArrayList<>();
        sections.stream().filter(s -> s.type == SectionType.SKILLS).forEach(ordered::add);
        sections.stream().filter(s -> s.type != SectionType.SKILLS).forEach(ordered::add);
        for (Section section : ordered) {
            if (SKIPPED.contains(section.type)) {
                continue;
            }
            // certification names are titles, not prose: "Spring Certified Professional" names Spring
            boolean listSection = section.type == SectionType.SKILLS || section.type == SectionType.CERTIFICATIONS;
            for (CvLine line : section.lines) {
                // a sentence inside a skills section ("Deliver output in less time") is prose, not a list
                boolean list = listSection && listLike(line.text);
                int entry = section.type == SectionType.EXPERIENCE ? entryOf(line, experience) : -1;
                boolean lineList = list || section.type == SectionType.EDUCATION && listLike(line.text);
                List<SkillMatch> matches = normalizer.find(lineList ? blankDurations(line.text) : line.text,
                        lineList);
                if (section.type == SectionType.EDUCATION && !toolListInEducation(line.text, matches)) {
                    continue;
                }
                for (SkillMatch match : matches) {
                    Provenance where = line.span(match.start(), match.end(), match.confidence());
                    Acc acc = bySkill.computeIfAbsent(match.skill().id(), k -> new Acc(match.skill(), null));
                    acc.forms.add(match.surfaceForm());
                    acc.evidence.add(new SkillEvidence(match.surfaceForm(), section.type, entry, where));
                    acc.confidence = Math.max(acc.confidence, match.confidence());
                    if (entry >= 0) {
                        acc.entries.add(entry);
                    }
                    coveredOffsets.set(where.start(), where.end());
                }
            }
        }
        // skills-list items that no taxonomy skill covers are kept as written
        for (SkillMention mention : mentions) {
            Provenance p = mention.provenance();
            int coveredAt = coveredOffsets.nextSetBit(p.start());
            if (coveredAt >= 0 && coveredAt < p.end()) {
                continue;
            }
            // an item wrapped over two lines ("Contrôle" / "budgétaire") is only whole in the mention
            List<SkillMatch> whole = normalizer.find(mention.name(), true);
            for (SkillMatch match : whole) {
                Acc acc = bySkill.computeIfAbsent(match.skill().id(), k -> new Acc(match.skill(), null));
                acc.forms.add(match.surfaceForm());
                acc.evidence.add(new SkillEvidence(match.surfaceForm(), mention.section(), -1, p));
                acc.confidence = Math.max(acc.confidence, Math.min(match.confidence(), p.confidence()));
            }
            if (whole.isEmpty()) {
                String key = "raw:" + Texts.fold(mention.name());
                Acc acc = bySkill.computeIfAbsent(key, k -> new Acc(null, mention.name()));
                acc.forms.add(mention.name());
                acc.evidence.add(new SkillEvidence(mention.name(), mention.section(), -1, p));
                acc.confidence = Math.max(acc.confidence, 0.5);
            }
        }
        List<NormalizedSkill> result = new ArrayList<>();
        for (Acc acc : bySkill.values()) {
            int months = 0;
            PartialDate last = null;
            if (!acc.entries.isEmpty()) {
                List<WorkExperience> used = new ArrayList<>();
                for (int i : acc.entries) {
                    WorkExperience e = experience.get(i);
                    used.add(e);
                    PartialDate end = e.current() ? PartialDate.of(reference.getYear(), reference.getMonthValue())
                            : e.end() != null ? e.end() : e.start();
                    if (end != null && (last == null || end.latest().isAfter(last.latest()))) {
                        last = end;
                    }
                }
                months = ExperienceExtractor.totalMonths(used, reference);
            }
            Skill s = acc.skill;
            result.add(new NormalizedSkill(s == null ? null : s.id(), s == null ? acc.rawName : s.name(),
                    s == null ? acc.rawName : s.nameFr(), s == null ? SkillCategory.OTHER : s.category(),
                    new ArrayList<>(acc.forms), acc.evidence, months, last, acc.confidence));
        }
        return result;
    }

    /**
     * "C++ (Less than 1 year), SQL (10+ years)": job-board exports follow each skill with a duration, whose words
     * ("Less") must not be read as skills. Blanked with spaces, so offsets stay those of the line.
     */
    static String blankDurations(String text) {
        java.util.regex.Matcher m = DURATION.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        } while (m.find());
        return sb.toString();
    }

    private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile(
            "(?iu)\\(\\s*(?:less than|more than|over|under|about|moins d['’]|moins de|plus de|environ)?\\s*"
            + "(?:\\d+\\+?|an?|one|un|une)\\s*(?:years?|yrs?|ans?|année|années|months?|mois)\\s*\\)");

    private static int entryOf(CvLine line, List<WorkExperience> experience) {
        int offset = line.source.offset() + line.shift;
        for (int i = 0; i < experience.size(); i++) {
            Provenance entry = experience.get(i).provenance().get("entry");
            if (entry != null && offset >= entry.start() && offset <= entry.end()) {
                return i;
            }
        }
        return -1;
    }
}
