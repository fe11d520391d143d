package dev.cvmatch.internal.parse;

import dev.cvmatch.EmptyDocumentException;
import dev.cvmatch.cv.CefrLevel;
import dev.cvmatch.cv.EducationLevel;
import dev.cvmatch.cv.Provenance;
import dev.cvmatch.document.DocumentTextExtractor;
import dev.cvmatch.document.ExtractedDocument;
import dev.cvmatch.job.ContractType;
import dev.cvmatch.job.JobDescriptionParser;
import dev.cvmatch.job.JobRequirements;
import dev.cvmatch.job.JobSkill;
import dev.cvmatch.job.LanguageRequirement;
import dev.cvmatch.job.WorkMode;
import dev.cvmatch.skill.SkillMatch;
import dev.cvmatch.internal.io.BoundedReader;
import dev.cvmatch.skill.SkillNormalizer;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded rule-based job description parser. Lines are assigned to parts of the ad from their headings
 * (missions, requirements, nice to have, benefits, company) in English and French; a line that says "a plus",
 * "un plus", "souhaité", "apprécié", "nice to have", "idéalement" is preferred wherever it is. Skills come from the
 * {@link SkillNormalizer}; when an ad has no requirements part, every skill it names is required. Internal: use
 * {@link JobDescriptionParser#builder()}.
 */
public final class DefaultJobDescriptionParser implements JobDescriptionParser {

    private enum Part { HEADER, MISSIONS, REQUIREMENTS, PREFERRED, OTHER }

    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s[–—|-]\\s");
    private static final Pattern REQUIREMENTS_HEADING = Pattern.compile("(?iu)^(what we.re looking for|requirements|"
            + "required|qualifications|your profile|about you|who you are|must.have|skills|key skills|"
            + "profil recherch[ée]|votre profil|profil|comp[ée]tences( requises| techniques| attendues)?|"
            + "pr[ée]requis|ce que nous recherchons|qui [êe]tes.vous|exigences|savoir.faire)\\b.{0,30}$");
    private static final Pattern PREFERRED_HEADING = Pattern.compile("(?iu)^(nice to have|nice.to.haves|bonus( points)?|"
            + "preferred( qualifications| skills)?|pluses|desirable|atouts?|les plus|un plus|serait un plus|"
            + "souhait[ée]s?|appr[ée]ci[ée]s?|id[ée]alement)\\b.{0,30}$");
    private static final Pattern MISSIONS_HEADING = Pattern.compile("(?iu)^(what you.ll do|responsibilities|"
            + "your (role|missions?|responsibilities)|the role|role|missions?|vos missions|votre r[ôo]le|le poste|"
            + "descriptif du poste|description du poste|ce que vous ferez|au quotidien)\\b.{0,30}$");
    private static final Pattern OTHER_HEADING = Pattern.compile("(?iu)^(about us|about the company|who we are|"
            + "benefits|perks|what we offer|why join us|company|[àa] propos( de nous)?|qui sommes.nous|"
            + "l.entreprise|avantages|nous offrons|ce que nous offrons|pourquoi nous rejoindre|process|"
            + "processus de recrutement|salary|r[ée]mun[ée]ration)\\b.{0,30}$");
    private static final Pattern PREFERRED_MARKER = Pattern.compile("(?iu)\\b(nice to have|(is|are|would be) a "
            + "(plus|bonus|strong plus)|a plus|bonus|preferred|preferably|ideally|desirable|advantageous|"
            + "un plus|un atout|serait appr[ée]ci[ée]e?|appr[ée]ci[ée]e?s?|souhait[ée]e?s?|souhaitable|"
            + "id[ée]alement|optionnel(le)?|optional)\\b");
    private static final Pattern REQUIRED_MARKER = Pattern.compile("(?iu)\\b(must.have|required|mandatory|"
            + "essential|indispensable|obligatoire|requis(e|es)?|exig[ée]e?s?|ma[iî]trise)\\b");
    private static final Pattern YEARS = Pattern.compile("(?iu)(?:(?:at least|minimum( of)?|min\\.?|over|more than|"
            + "au moins|minimum|plus de|au minimum)\\s+)?(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|"
            + "un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\\s*(?:\\+|\\s?(?:-|–|à|to)\\s?\\d{1,2})?\\s*"
            + "(?:years?|yrs?|ans?|années?)\\b(?:\\s+(?:minimum|au moins))?(?:\\s+(?:of|d['’]|de)\\s*"
            + "(?:relevant\\s+|professional\\s+|hands-on\\s+)?(?:experience|exp[ée]rience|pratique))?");
    private static final Pattern BEGINNERS = Pattern.compile("(?iu)\\b(graduates? welcome|entry.level|no experience "
            + "(required|needed)|d[ée]butants? accept[ée]s?|jeunes? dipl[ôo]m[ée]s? (accept[ée]s?|bienvenue?s?)|"
            + "premi[èe]re exp[ée]rience|sans exp[ée]rience)\\b");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("un", 1), Map.entry("une", 1), Map.entry("deux", 2), Map.entry("trois", 3),
            Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("sept", 7), Map.entry("huit", 8),
            Map.entry("neuf", 9), Map.entry("dix", 10));
    private static final Pattern REMOTE = Pattern.compile("(?iu)\\b(full(y)? remote|100\\s?%\\s?(remote|t[ée]l[ée]travail)|"
            + "remote.first|t[ée]l[ée]travail (complet|total)|remote)\\b");
    private static final Pattern HYBRID = Pattern.compile("(?iu)\\b(hybrid|hybride|t[ée]l[ée]travail partiel|"
            + "\\d\\s?(days?|jours?)( of| de)? (remote|t[ée]l[ée]travail)|t[ée]l[ée]travail)\\b");
    private static final Pattern ON_SITE = Pattern.compile("(?iu)\\b(on.site|onsite|in.office|sur site|"
            + "pr[ée]sentiel)\\b");
    private static final Object[][] CONTRACTS = {
        {Pattern.compile("(?iu)\\b(alternance|apprentissage|apprenticeship|work.study)\\b"), ContractType.APPRENTICESHIP},
        {Pattern.compile("(?iu)\\b(stage|internship|intern|stagiaire)\\b"), ContractType.INTERNSHIP},
        {Pattern.compile("(?iu)\\b(freelance|contractor|ind[ée]pendant|portage)\\b"), ContractType.FREELANCE},
        {Pattern.compile("(?iu)\\b(cdd|fixed.term|temporary|contrat [àa] dur[ée]e d[ée]termin[ée]e|interim|int[ée]rim)\\b"),
            ContractType.FIXED_TERM},
        {Pattern.compile("(?iu)\\b(cdi|permanent|contrat [àa] dur[ée]e ind[ée]termin[ée]e)\\b"), ContractType.PERMANENT},
    };
    /** Work modes said in a sentence of the body, not only in the header's keywords. */
    private static final Pattern HYBRID_PHRASE = Pattern.compile("(?iu)\\b(hybrid (work|working|role|position|model|"
            + "schedule|setup|organi[sz]ation)|(travail|mode|organisation|poste) (en )?hybride|\\d\\s?(days?|jours?)"
            + "( per week| a week| par semaine)?( of| de| en)? (remote|t[ée]l[ée]travail|work from home|working from "
            + "home)|t[ée]l[ée]travail (partiel|possible))\\b");
    private static final Pattern REMOTE_PHRASE = Pattern.compile("(?iu)\\b(fully remote|full remote|100\\s?%\\s?"
            + "(remote|t[ée]l[ée]travail)|remote.first|(this|the) (position|role|job) is (fully )?remote|remote "
            + "(position|role|job)|t[ée]l[ée]travail (complet|total|int[ée]gral))\\b");
    private static final Pattern ON_SITE_PHRASE = Pattern.compile("(?iu)\\b(on.site (position|role|job)|(this|the) "
            + "(position|role|job) is on.site|100\\s?%\\s?(on.site|pr[ée]sentiel)|(poste|travail) (100 ?% )?en "
            + "pr[ée]sentiel)\\b");
    /** A town after the words that name where a job is: "in Lyon", "based in Paris", "basé à Nantes". */
    private static final Pattern PLACE_OF_WORK = Pattern.compile("(?u)\\b(?:[Ii]n|[Bb]ased in|[Ll]ocated in|à|[Bb]asée? à|"
            + "[Ss]ituée? à|[Ss]ur)\\s+(\\p{Lu}[\\p{L}'’-]+(?:[ -]\\p{Lu}[\\p{L}'’-]+){0,2})");

    /** The work mode a text names, hybrid first ("remote two days a week" is hybrid), or {@code null}. */
    private static WorkMode workMode(String text, Pattern hybrid, Pattern remote, Pattern onSite) {
        return hybrid.matcher(text).find() ? WorkMode.HYBRID : remote.matcher(text).find() ? WorkMode.REMOTE
                : onSite.matcher(text).find() ? WorkMode.ON_SITE : null;
    }

    /** The first known town named as where the job is in a sentence of the description, or {@code null}. */
    static String placeOfWork(String text) {
        Matcher m = PLACE_OF_WORK.matcher(text);
        while (m.find()) {
            String[] words = m.group(1).split("[ ]");
            for (int n = words.length; n >= 1; n--) {
                String candidate = String.join(" ", java.util.Arrays.copyOf(words, n));
                if (Lexicons.get().city(candidate) != null) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** Contract phrases clear enough to be read on any line, not only in the header or a "Contract:" line. */
    private static final Object[][] CONTRACT_PHRASES = {
        {Pattern.compile("(?iu)\\b(apprenticeship|contrat d.apprentissage|en alternance|work.study (contract|position|"
                + "programme|program))\\b"), ContractType.APPRENTICESHIP},
        {Pattern.compile("(?iu)\\b((this|an?|the) internship|internship (position|offer|of \\d)|stage de (fin d.[ée]tudes|"
                + "\\d+ mois)|offre de stage)\\b"), ContractType.INTERNSHIP},
        {Pattern.compile("(?iu)\\b(freelance (contract|mission|position|role)|mission (de )?freelance|contractor "
                + "(role|position))\\b"), ContractType.FREELANCE},
        {Pattern.compile("(?iu)\\b(fixed.term (contract|position|role)|temporary (contract|position)|\\bcdd\\b|contrat "
                + "[àa] dur[ée]e d[ée]termin[ée]e)"), ContractType.FIXED_TERM},
        {Pattern.compile("(?iu)\\b(permanent (contract|position|role|job|post|employment|full.time)|full.time,? "
                + "permanent|\\bcdi\\b|contrat [àa] dur[ée]e ind[ée]termin[ée]e)"), ContractType.PERMANENT},
    };
    /** "Degree in Computer Science or a related field": the field named there is a subject, not a skill asked. */
    private static final Pattern FIELD_OF_STUDY = Pattern.compile("(?iu)\\b(degree|diploma|bachelor.?s?|master.?s?|"
            + "ph\\.?d|doctorate|b\\.?sc|m\\.?sc|msc|bsc|licence|dipl[ôo]me|formation|bac\\s*\\+\\s*\\d|[ée]cole "
            + "d.ing[ée]nieur|engineering school)\\b[^,;.]{0,20}?\\b(in|en|of|de|d.)\\s+([^,;.()]+)");
    private static final Pattern FIELD_END = Pattern.compile("(?iu)\\s(and|with|plus|et|avec)\\s");

    private static final Pattern LANGUAGE_LINE = Pattern.compile("(?iu)\\b(languages?|langues?|speak|spoken|"
            + "parl[ée]e?s?|written and spoken|[àa] l.[ée]crit|[àa] l.oral)\\b");
    private static final Pattern CONTRACT_LINE = Pattern.compile("(?iu)^(contract|contrat|type de contrat|job type|"
            + "employment type)\\s*:");

    private final DocumentTextExtractor extractor;
    private final SkillNormalizer normalizer;
    private final long maxBytes;
    /** Normalises the title; {@code null} when occupations are off (the table is then never loaded). */
    private final dev.cvmatch.occupation.OccupationNormalizer occupations;
    private final Lexicons lexicons = Lexicons.get();

    /**
     * Creates the parser; use {@link JobDescriptionParser#builder()}.
     *
     * @param extractor the text extractor
     * @param normalizer the skill normalizer
     */
    public DefaultJobDescriptionParser(DocumentTextExtractor extractor, SkillNormalizer normalizer) {
        this(extractor, normalizer, DocumentTextExtractor.DEFAULT_MAX_BYTES, null);
    }

    /**
     * Creates the parser; use {@link JobDescriptionParser#builder()}.
     *
     * @param extractor the text extractor
     * @param normalizer the skill normalizer
     * @param maxBytes the largest file or stream read by {@link #parse(Path)} and {@link #parse(InputStream)}
     * @param occupations the normalizer giving the title its occupation, or null for none
     */
    public DefaultJobDescriptionParser(DocumentTextExtractor extractor, SkillNormalizer normalizer, long maxBytes,
            dev.cvmatch.occupation.OccupationNormalizer occupations) {
        this.occupations = occupations;
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.maxBytes = maxBytes;
    }

    @Override
    public JobRequirements parse(Path path) {
        return parse(BoundedReader.readAll(path, maxBytes));
    }

    @Override
    public JobRequirements parse(InputStream in) {
        return parse(BoundedReader.readAll(in, maxBytes));
    }

    @Override
    public JobRequirements parse(byte[] content) {
        Objects.requireNonNull(content, "content");
        return parse(extractor.extract(content));
    }

    @Override
    public JobRequirements parse(ExtractedDocument document) {
        Objects.requireNonNull(document, "document");
        if (!document.hasText()) {
            throw new EmptyDocumentException("The job description holds no text");
        }
        List<CvLine> lines = CvLine.prepare(document);
        Map<String, Provenance> provenance = new HashMap<>();
        List<String> warnings = new ArrayList<>();
        Part part = Part.HEADER;
        Part[] parts = new Part[lines.size()];
        boolean hasRequirements = false;
        for (int i = 0; i < lines.size(); i++) {
            CvLine line = lines.get(i);
            String t = line.text.endsWith(":") ? line.text.substring(0, line.text.length() - 1).trim() : line.text;
            Part heading = Texts.words(t) <= 7 && !line.bullet ? headingPart(t) : null;
            if (heading != null) {
                part = heading;
                hasRequirements |= heading == Part.REQUIREMENTS || heading == Part.PREFERRED;
                parts[i] = null;
            } else {
                parts[i] = part;
            }
        }
        // title: the first short line of the header that is not a company/location/contract line
        String title = null;
        for (int i = 0; i < lines.size() && parts[i] == Part.HEADER; i++) {
            CvLine line = lines.get(i);
            if (Texts.words(line.text) <= 12 && !CONTRACT_LINE.matcher(line.text).find() && line.text.indexOf(':') < 0) {
                title = Texts.clean(Texts.firstPart(TITLE_SEPARATOR, line.text));
                provenance.put("title", line.find(title, 0.8));
                break;
            }
        }
        Map<String, JobSkill> required = new LinkedHashMap<>();
        Map<String, JobSkill> preferred = new LinkedHashMap<>();
        Map<String, JobSkill> mentioned = new LinkedHashMap<>();
        Integer minYears = null;
        EducationLevel minEducation = null;
        List<LanguageRequirement> languages = new ArrayList<>();
        List<LanguageRequirement> preferredLanguages = new ArrayList<>();
        WorkMode mode = null;
        ContractType contract = null;
        String location = null;
        ContactExtractor locator = new ContactExtractor("FR");
        for (int i = 0; i < lines.size(); i++) {
            Part p = parts[i];
            if (p == null) {
                continue;
            }
            CvLine line = lines.get(i);
            String text = line.text;
            boolean preferredLine = p == Part.PREFERRED || PREFERRED_MARKER.matcher(text).find()
                    && !REQUIRED_MARKER.matcher(text).find();
            boolean requirementLine = p == Part.REQUIREMENTS || !hasRequirements && p != Part.OTHER;
            if (p != Part.OTHER) {
                // "Must have: Swift, Kotlin, SAP" and one-skill bullets of a requirements list are lists
                boolean list = (p == Part.REQUIREMENTS || p == Part.PREFERRED) && (text.indexOf(':') > 0
                        || Texts.words(text) <= 5 || text.chars().filter(c -> c == ',').count() >= 2);
                int[] field = fieldOfStudy(text);
                List<SkillMatch> found = normalizer.find(text, list);
                List<List<String>> alternatives = alternatives(text, found);
                for (int k = 0; k < found.size(); k++) {
                    SkillMatch m = found.get(k);
                    boolean subject = field != null && m.start() >= field[0] && m.end() <= field[1];
                    JobSkill skill = new JobSkill(m.skill().id(), m.skill().name(), m.skill().nameFr(),
                            m.surfaceForm(), line.span(m.start(), m.end(), m.confidence()), alternatives.get(k));
                    Map<String, JobSkill> target = subject ? mentioned : preferredLine ? preferred
                            : requirementLine ? required : mentioned;
                    target.putIfAbsent(m.skill().id(), skill);
                }
            }
            if (p == Part.REQUIREMENTS || p == Part.PREFERRED || p == Part.HEADER || !hasRequirements) {
                Integer years = years(text);
                if (years != null && (minYears == null || years > minYears) && !preferredLine) {
                    minYears = years;
                    provenance.put("minYearsExperience", line.span(0, text.length(), 0.8));
                } else if (minYears == null && BEGINNERS.matcher(text).find()) {
                    minYears = 0;
                    provenance.put("minYearsExperience", line.span(0, text.length(), 0.6));
                }
                EducationLevel level = educationLevel(text);
                if (level != null && !preferredLine && (minEducation == null || level.eqfLevel() < minEducation.eqfLevel())) {
                    minEducation = level;
                    provenance.put("minEducation", line.span(0, text.length(), 0.8));
                }
                for (String clause : text.split("[;.]\\s+|\\s[–—-]\\s|,\\s+(?=[\\p{Lu}])")) {
                    // "Fluent English; French is a plus": each clause is required or preferred on its own
                    boolean preferredClause = p == Part.PREFERRED || PREFERRED_MARKER.matcher(clause).find()
                            && !REQUIRED_MARKER.matcher(clause).find();
                    languages(clause, preferredClause ? preferredLanguages : languages, preferredClause);
                }
            }
            if (p == Part.HEADER || CONTRACT_LINE.matcher(text).find()) {
                if (mode == null) {
                    mode = workMode(text, HYBRID, REMOTE, ON_SITE);
                    if (mode != null) {
                        provenance.put("workMode", line.span(0, text.length(), 0.8));
                    }
                }
                if (contract == null) {
                    for (Object[] rule : CONTRACTS) {
                        if (((Pattern) rule[0]).matcher(text).find()) {
                            contract = (ContractType) rule[1];
                            provenance.put("contractType", line.span(0, text.length(), 0.8));
                            break;
                        }
                    }
                }
                if (location == null && p == Part.HEADER) {
                    String[] found = locator.location(text.replaceAll("\\([^)]*\\)", " "));
                    if (found != null && found[0] != null) {
                        location = found[0];
                        provenance.put("location", line.find(location, 0.7));
                    }
                }
            }
        }
        for (int i = 0; i < lines.size() && contract == null; i++) {
            CvLine line = lines.get(i);
            for (Object[] rule : CONTRACT_PHRASES) {
                if (((Pattern) rule[0]).matcher(line.text).find()) {
                    contract = (ContractType) rule[1];
                    provenance.put("contractType", line.span(0, line.text.length(), 0.7));
                    break;
                }
            }
        }
        // "Hybrid work, 2 days remote." or "We are hiring ... in Lyon." in the body: only clear phrasings
        for (int i = 0; i < lines.size() && mode == null; i++) {
            String text = lines.get(i).text;
            mode = workMode(text, HYBRID_PHRASE, REMOTE_PHRASE, ON_SITE_PHRASE);
            if (mode != null) {
                provenance.put("workMode", lines.get(i).span(0, text.length(), 0.7));
            }
        }
        for (int i = 0; i < lines.size() && location == null; i++) {
            if (parts[i] == Part.REQUIREMENTS || parts[i] == Part.PREFERRED) {
                continue; // "experience with clients in London" is no place of work
            }
            location = placeOfWork(lines.get(i).text);
            if (location != null) {
                provenance.put("location", lines.get(i).find(location, 0.6));
            }
        }
        if (required.isEmpty() && preferred.isEmpty()) {
            warnings.add("No skills were found in the job description");
        }
        if (title == null) {
            warnings.add("No job title was found");
        }
        preferred.keySet().removeAll(required.keySet());
        mentioned.keySet().removeAll(required.keySet());
        mentioned.keySet().removeAll(preferred.keySet());
        preferredLanguages.removeIf(p -> languages.stream().anyMatch(l -> l.code().equals(p.code())));
        String language = LanguageDetection.detect(document.text());
        return new JobRequirements(title, language, new ArrayList<>(required.values()),
                new ArrayList<>(preferred.values()), new ArrayList<>(mentioned.values()), minYears, minEducation,
                languages, location, mode, contract, document.text(), provenance, warnings,
                occupations == null || title == null ? null : occupations.normalize(title).orElse(null),
                preferredLanguages);
    }

    private static Part headingPart(String text) {
        if (PREFERRED_HEADING.matcher(text).find()) {
            return Part.PREFERRED;
        }
        if (REQUIREMENTS_HEADING.matcher(text).find()) {
            return Part.REQUIREMENTS;
        }
        if (MISSIONS_HEADING.matcher(text).find()) {
            return Part.MISSIONS;
        }
        if (OTHER_HEADING.matcher(text).find()) {
            return Part.OTHER;
        }
        return null;
    }

    static Integer years(String text) {
        Matcher m = YEARS.matcher(text);
        while (m.find()) {
            String whole = m.group();
            boolean experience = whole.toLowerCase().matches("(?s).*(exp[ée]rience|pratique).*")
                    || text.toLowerCase().matches("(?s).*(exp[ée]rience|experience).*");
            if (!experience) {
                continue;
            }
            String n = m.group(2).toLowerCase();
            Integer value = NUMBER_WORDS.get(n);
            if (value == null) {
                try {
                    value = Integer.parseInt(n);
                } catch (NumberFormatException e) {
                    continue;
                }
            }
            if (value <= 30) {
                return value;
            }
        }
        return null;
    }

    /**
     * What may stand between two skills the job accepts one of: "or", "ou", "and/or", "et/ou". A slash alone is not
     * one: "PostgreSQL/MySQL" is either, but "HTML/CSS" and "React/Redux" are both.
     */
    private static final Pattern EITHER = Pattern.compile("(?iu)\\s*(?:,\\s*)?(?:or|ou|and\\s*/\\s*or|et\\s*/\\s*ou)\\s+");
    /** The longest comma list ending in "or" read as one choice. */
    private static final int MAX_CHOICE = 3;

    /** Where the skills joined by "or" at the end of a run start: after its last comma. */
    private static int lastChoiceStart(String text, List<SkillMatch> found, int start, int end) {
        int first = end;
        while (first > start && EITHER.matcher(text.substring(found.get(first - 1).end(),
                found.get(first).start())).matches()) {
            first--;
        }
        return first;
    }

    /** A comma between two skills of one list. */
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

    /**
     * For each skill found on a line (in order), the ids of the other skills of the same alternative list: "Tableau
     * or Power BI", "Java and/or Kotlin", "AWS, GCP ou Azure" (commas then a last "or"). Skills asked for together ("Java,
     * Spring and Docker") have none.
     *
     * @param text the line
     * @param found the skills found on it, in order
     * @return one list per skill, empty when it has no alternative
     */
    static List<List<String>> alternatives(String text, List<SkillMatch> found) {
        int n = found.size();
        List<List<String>> out = new ArrayList<>(java.util.Collections.nCopies(n, List.of()));
        int start = 0;
        while (start < n) {
            // a run of skills joined by commas, "or" or "/"; an alternative list when its last join is an "or"
            int end = start;
            boolean either = false;
            while (end + 1 < n) {
                int from = found.get(end).end();
                int to = found.get(end + 1).start();
                if (to < from) {
                    break;
                }
                String gap = text.substring(from, to);
                if (EITHER.matcher(gap).matches()) {
                    either = true;
                } else if (COMMA.matcher(gap).matches()) {
                    either = false; // a comma after an "or" starts another list: only a last "or" makes one
                } else {
                    break;
                }
                end++;
            }
            if (either && end > start) {
                // "AWS, GCP or Azure" is one choice; in a longer list ("Java, Spring, Docker or Kubernetes") only
                // the skills around the "or" are
                int first = end - start + 1 > MAX_CHOICE ? lastChoiceStart(text, found, start, end) : start;
                for (int k = first; k <= end; k++) {
                    List<String> others = new ArrayList<>();
                    for (int o = first; o <= end; o++) {
                        String id = found.get(o).skill().id();
                        if (o != k && !id.equals(found.get(k).skill().id()) && !others.contains(id)) {
                            others.add(id);
                        }
                    }
                    out.set(k, List.copyOf(others));
                }
            }
            start = end + 1;
        }
        return out;
    }

    /** The span of the subject a degree is asked in ("in Computer Science or a related field"), or null. */
    private static int[] fieldOfStudy(String text) {
        Matcher m = FIELD_OF_STUDY.matcher(text);
        if (!m.find()) {
            return null;
        }
        int start = m.start(3);
        int end = m.end(3);
        Matcher stop = FIELD_END.matcher(text).region(start, end);
        if (stop.find()) {
            end = stop.start();
        }
        return new int[] {start, end};
    }

    private static EducationLevel educationLevel(String text) {
        String lower = text.toLowerCase();
        if (!lower.matches("(?s).*(degree|diploma|dipl[ôo]m|education|formation|bac|master|bachelor|licence|phd|"
                + "doctorat|bts|dut|mba|ing[ée]nieur|hnd|associate|qualification|niveau).*")) {
            return null;
        }
        EducationLevel lowest = null;
        for (String piece : text.split("(?iu)\\s(?:or|ou)\\s|,|/")) {
            EducationLevel level = Degrees.level(piece);
            if (level != null && (lowest == null || level.eqfLevel() < lowest.eqfLevel())) {
                lowest = level;
            }
        }
        return lowest;
    }

    private void languages(String text, List<LanguageRequirement> out, boolean preferredClause) {
        // "French is a plus", "l'allemand est un atout": the marker makes it a language line of its own
        boolean languageLine = LANGUAGE_LINE.matcher(text).find() || preferredClause;
        List<int[]> spans = new ArrayList<>();
        List<Lexicons.Language> found = new ArrayList<>();
        Matcher words = Pattern.compile("[\\p{L}]+").matcher(text);
        while (words.find()) {
            String word = words.group();
            Lexicons.Language language = lexicons.language(word);
            // lower-case names count on a language line ("Langues : français courant, anglais B2")
            if (language != null && (languageLine || Character.isUpperCase(word.codePointAt(0)))) {
                spans.add(new int[] {words.start(), words.end()});
                found.add(language);
            }
        }
        for (int k = 0; k < found.size(); k++) {
            Lexicons.Language language = found.get(k);
            if (out.stream().anyMatch(l -> l.code().equals(language.code()))) {
                continue;
            }
            // the level is written around the name, up to the neighbouring languages
            int from = k == 0 ? 0 : spans.get(k - 1)[1];
            int to = k + 1 < found.size() ? spans.get(k + 1)[0] : text.length();
            String own = text.substring(spans.get(k)[0], to);
            LanguageExtractor.Level level = LanguageExtractor.level(own);
            if (level == null) {
                level = LanguageExtractor.level(text.substring(from, spans.get(k)[0]));
            }
            if (level != null || languageLine) {
                out.add(new LanguageRequirement(language.code(), language.englishName(),
                        level == null ? null : level.level(), Texts.clean(own)));
            }
        }
    }
}
