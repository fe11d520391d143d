package dev.cvmatch.internal.match;

import dev.cvmatch.cv.CefrLevel;
import dev.cvmatch.cv.Education;
import dev.cvmatch.cv.LanguageSkill;
import dev.cvmatch.cv.NormalizedSkill;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.cv.SectionType;
import dev.cvmatch.cv.SkillEvidence;
import dev.cvmatch.cv.WorkExperience;
import dev.cvmatch.embedding.Embedding;
import dev.cvmatch.embedding.TextEmbedder;
import dev.cvmatch.internal.occupation.OccupationIndex;
import dev.cvmatch.job.JobRequirements;
import dev.cvmatch.job.JobSkill;
import dev.cvmatch.job.LanguageRequirement;
import dev.cvmatch.match.Candidate;
import dev.cvmatch.match.JobMatcher;
import dev.cvmatch.match.MatchComponent;
import dev.cvmatch.match.MatchOptions;
import dev.cvmatch.match.MatchResult;
import dev.cvmatch.match.MatchedSkill;
import dev.cvmatch.match.MissingSkill;
import dev.cvmatch.match.RankOptions;
import dev.cvmatch.match.RankedCandidate;
import dev.cvmatch.match.ScoreComponent;
import dev.cvmatch.occupation.NormalizedOccupation;
import dev.cvmatch.occupation.OccupationNormalizer;
import dev.cvmatch.skill.Skill;
import dev.cvmatch.skill.SkillTaxonomy;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collector;
import java.util.stream.Stream;

/**
 * The default explainable matcher. Components: required and preferred skill coverage (with partial credit through
 * the taxonomy's "implies" relations, and less credit for a skill only listed or not used for years), years of
 * experience, education level (EQF), spoken languages (CEFR), and semantic similarity of the CV and job texts.
 * Components the job does not ask for are left out and the others share their weight. Immutable and thread-safe.
 * Internal: use {@link JobMatcher#builder()}.
 */
public final class DefaultJobMatcher implements JobMatcher {

    private static final double LISTED_ONLY = 0.9;
    private static final double STALE = 0.85;
    private static final double IMPLIED = 0.8;
    private static final double BUILDS_ON = 0.5;
    private static final int STALE_MONTHS = 60;
    /** Below this mean specificity, a skills explanation says why the component weighs less. */
    private static final double COMMON_SKILLS = 0.5;
    /** TF-IDF cosines of a CV and a job: about 0.02 for unrelated texts, 0.3 and more for the same occupation. */
    private static final double RELEVANCE_FLOOR = 0.02;
    private static final double RELEVANCE_SPAN = 0.28;

    private final MatchOptions options;
    private final TextEmbedder embedder;
    private final SkillTaxonomy taxonomy;
    /** The space of the CV embeddings this matcher compares: the embedder, and whether CVs are redacted first. */
    private final String space;
    /** Implied closures by skill id: the taxonomy is immutable, and ranking asks for the same ids again and again. */
    private final Map<String, List<Skill>> impliedCache = new java.util.concurrent.ConcurrentHashMap<>();
    /** Word vectors of the CVs scored, as long as the caller keeps the CV: ranking one store against many jobs. */
    private final WeakIdentityCache<ParsedCv, LexicalRelevance.Vector> wordsCache = new WeakIdentityCache<>();
    /** Occupations of the CVs' headline and position titles (the order of the titles), kept like the word vectors. */
    private final WeakIdentityCache<ParsedCv, NormalizedOccupation[]> occupationCache = new WeakIdentityCache<>();
    /** The occupation table (0.3 s and 9 MB on first load): only read when the occupation component has weight. */
    private final OccupationNormalizer occupations;

    /**
     * Creates the matcher; use {@link JobMatcher#builder()}.
     *
     * @param options weights and switches
     * @param embedder the embedder for similarity
     * @param taxonomy the taxonomy for relations
     */
    public DefaultJobMatcher(MatchOptions options, TextEmbedder embedder, SkillTaxonomy taxonomy) {
        this.options = Objects.requireNonNull(options, "options");
        this.occupations = options.occupation() > 0 ? OccupationNormalizer.defaults() : null;
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.space = embedder.name() + (options.blind() ? "/blind" : "");
    }

    @Override
    public Embedding embed(ParsedCv cv) {
        Objects.requireNonNull(cv, "cv");
        ParsedCv scored = options.blind() ? CvRedactor.redact(cv) : cv;
        return new Embedding(space, embedder.embed(cvText(scored)));
    }

    /** What is computed once per job. */
    private record PreparedJob(JobRequirements job, Embedding vector, Map<String, List<Skill>> implied,
            List<String> titles, List<LexicalRelevance.Title> titleWords, LexicalRelevance.Vector words,
            List<String> describedAs, List<NormalizedOccupation> occupations, Map<String, Double> specificity,
            double requiredInformation, double preferredInformation) {

        /** The specificity of one of the job's skills ({@link SkillSpecificity}), looked up once per job. */
        double specificity(String id) {
            return specificity.getOrDefault(id, 1.0);
        }

        /**
         * How much a list of the job's skills tells about the candidates: the mean specificity of its skills, 1 for
         * an empty list. A skills component weighs its weight times this, so that a posting that lists only tools
         * nearly every occupation uses (Excel, Outlook, Word) does not rank office workers first for any job,
         * while one that lists Kubernetes or a farm-management package keeps its full weight.
         */
        static double information(Map<String, Double> specificity, List<JobSkill> wanted) {
            double sum = 0;
            for (JobSkill w : wanted) {
                sum += specificity.getOrDefault(w.id(), 1.0);
            }
            return wanted.isEmpty() ? 1 : sum / wanted.size();
        }

        /** The share of a skills component one skill of the job carries: its specificity over the list's. */
        double skillShare(String id, List<JobSkill> wanted) {
            double total = information(specificity, wanted) * wanted.size();
            return total > 0 ? specificity(id) / total : 0;
        }
    }

    /** Lines in which a posting lists other names of the job ("Also titled: Attorney, Legal Counsel"). */
    private static final java.util.regex.Pattern OTHER_TITLES = java.util.regex.Pattern.compile(
            "(?im)^\\s*(?:also titled|also known as|other titles?|alternative titles?|alternate titles?"
                    + "|aussi appel[ée]e?s?|autres? intitul[ée]s?|autres? appellations?)\\s*:\\s*(.+)$");

    private static List<String> titles(JobRequirements job) {
        List<String> titles = new ArrayList<>();
        if (job.title() != null && !job.title().isBlank()) {
            titles.add(job.title());
        }
        java.util.regex.Matcher m = OTHER_TITLES.matcher(job.text() == null ? "" : job.text());
        while (m.find()) {
            for (String t : m.group(1).split("[,;/|]")) {
                if (!t.isBlank()) {
                    titles.add(t.strip());
                }
            }
        }
        return titles;
    }

    private PreparedJob prepare(JobRequirements job) {
        Map<String, List<Skill>> implied = new HashMap<>();
        for (JobSkill s : job.requiredSkills()) {
            implied.put(s.id(), implied(s.id()));
        }
        for (JobSkill s : job.preferredSkills()) {
            implied.put(s.id(), implied(s.id()));
        }
        List<String> titles = titles(job);
        Map<String, Double> specificity = new HashMap<>();
        for (JobSkill s : job.requiredSkills()) {
            specificity.put(s.id(), SkillSpecificity.bundled().of(s.id()));
        }
        for (JobSkill s : job.preferredSkills()) {
            specificity.put(s.id(), SkillSpecificity.bundled().of(s.id()));
        }
        List<NormalizedOccupation> described = options.relevance() > 0 ? describedOccupations(titles) : List.of();
        return new PreparedJob(job, new Embedding(space, embedder.embed(job.text())), implied, titles,
                LexicalRelevance.titles(titles),
                LexicalRelevance.vector(withOccupationText(job.text(), described, job.language())),
                described.stream().map(o -> french(job.language()) && o.labelFr() != null ? o.labelFr() : o.labelEn())
                        .toList(),
                jobOccupations(titles), specificity, PreparedJob.information(specificity, job.requiredSkills()),
                PreparedJob.information(specificity, job.preferredSkills()));
    }

    /** Below this confidence a job title's occupation does not add its words to the job's. */
    private static final double DESCRIBED_CONFIDENCE = 0.8;

    /**
     * The occupations the job's title and alternative titles name with confidence, without repeats: their words
     * complete the job's for the relevance component.
     */
    private List<NormalizedOccupation> describedOccupations(List<String> titles) {
        if (titles.isEmpty()) {
            return List.of();
        }
        OccupationNormalizer normalizer = occupations != null ? occupations : OccupationNormalizer.defaults();
        List<NormalizedOccupation> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String t : titles) {
            normalizer.normalize(t).filter(o -> o.confidence() >= DESCRIBED_CONFIDENCE && seen.add(o.id()))
                    .ifPresent(out::add);
        }
        return out;
    }

    /**
     * The job's text followed by what the occupation taxonomy says of the occupations its titles name: ESCO's
     * English description for a job in English ("Lawyers provide legal advice and representation to clients..."),
     * the French label for a job in French (ESCO's sources here have no French descriptions). A posting built from
     * a title and a list of tools ("Lawyers", "Also titled: Attorney", Excel, Outlook) then shares the words a
     * lawyer's CV uses (court, clients, legal, litigation) although it never wrote them.
     */
    private static String withOccupationText(String text, List<NormalizedOccupation> described, String language) {
        if (described.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text == null ? "" : text);
        for (NormalizedOccupation o : described) {
            String words = french(language) ? o.labelFr() : OccupationIndex.description(o.id());
            if (words != null) {
                sb.append('\n').append(words);
            }
        }
        return sb.toString();
    }

    private static boolean french(String language) {
        return "fr".equalsIgnoreCase(language);
    }

    /** The occupations of the job's title and alternative titles, without repeats; none when zero-weight. */
    private List<NormalizedOccupation> jobOccupations(List<String> titles) {
        List<NormalizedOccupation> out = new ArrayList<>();
        if (options.occupation() <= 0) {
            return out;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String t : titles) {
            occupations.normalize(t).filter(o -> seen.add(o.id())).ifPresent(out::add);
        }
        return out;
    }

    @Override
    public MatchResult match(ParsedCv cv, JobRequirements job) {
        Objects.requireNonNull(cv, "cv");
        Objects.requireNonNull(job, "job");
        return score(cv, null, prepare(job), true);
    }

    @Override
    public List<RankedCandidate> rank(Stream<Candidate> candidates, JobRequirements job, RankOptions rankOptions) {
        Objects.requireNonNull(candidates, "candidates");
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(rankOptions, "rankOptions");
        PreparedJob prepared = prepare(job);
        int threads = rankOptions.parallelism() == 0 ? Runtime.getRuntime().availableProcessors()
                : rankOptions.parallelism();
        int topK = rankOptions.topK();
        Comparator<Scored> best = Comparator.comparingDouble((Scored s) -> s.result.score()).reversed()
                .thenComparing(s -> s.id);
        List<Scored> scored;
        if (topK == 0) {
            // every candidate is returned: explain each as it is scored
            scored = inPool(threads, () -> candidates.parallel()
                    .map(c -> new Scored(c.id(), score(c.cv(), c.embedding(), prepared, true)))
                    .filter(s -> s.result.score() >= rankOptions.minScore())
                    .collect(best(best, 0)));
        } else {
            // score every candidate without building its explanation, keep the best k, explain only those (the
            // score is the same number either way): ranking 100,000 stored CVs builds 10 explanations, not 100,000
            List<Scored> top = inPool(threads, () -> candidates.parallel()
                    .map(c -> {
                        Embedding vector = vector(c, prepared);
                        return new Scored(c.id(), score(c.cv(), vector, prepared, false), c.cv(), vector);
                    })
                    .filter(s -> s.result.score() >= rankOptions.minScore())
                    .collect(best(best, topK)));
            scored = new ArrayList<>(top.size());
            for (Scored s : top) {
                scored.add(new Scored(s.id, score(s.cv, s.vector, prepared, true)));
            }
            scored.sort(best);
        }
        List<RankedCandidate> ranked = new ArrayList<>(scored.size());
        for (int i = 0; i < scored.size(); i++) {
            ranked.add(new RankedCandidate(i + 1, scored.get(i).id, scored.get(i).result));
        }
        return ranked;
    }

    /** Keeps the best {@code topK} (all when 0) in a bounded heap per thread, and returns them best first. */
    private static Collector<Scored, PriorityQueue<Scored>, List<Scored>> best(Comparator<Scored> best, int topK) {
        return Collector.of(
                () -> new PriorityQueue<>(best.reversed()),
                (queue, s) -> {
                    queue.add(s);
                    if (topK > 0 && queue.size() > topK) {
                        queue.poll();
                    }
                },
                (a, b) -> {
                    for (Scored s : b) {
                        a.add(s);
                        if (topK > 0 && a.size() > topK) {
                            a.poll();
                        }
                    }
                    return a;
                },
                queue -> {
                    List<Scored> list = new ArrayList<>(queue);
                    list.sort(best);
                    return list;
                });
    }

    /** Runs a parallel stream pipeline on its own pool of {@code threads}. */
    private static <T> T inPool(int threads, java.util.concurrent.Callable<T> pipeline) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(pipeline).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ranking interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * A scored candidate; its CV and vector are kept while its explanation is still to be built, so that the CV is
     * not embedded a second time (a remote embedder would be called twice for each of the top k).
     */
    private record Scored(String id, MatchResult result, ParsedCv cv, Embedding vector) {
        Scored(String id, MatchResult result) {
            this(id, result, null, null);
        }
    }

    /** Whether a stored vector is of this matcher's embedding space and size, so that the CV need not be embedded. */
    private boolean usable(Embedding stored, PreparedJob prepared) {
        return stored != null && stored.space().equals(space) && stored.dimension() == prepared.vector.dimension();
    }

    /** The candidate's vector as {@link #score} would use it: the stored one, or the (blind) CV embedded now. */
    private Embedding vector(Candidate c, PreparedJob prepared) {
        if (usable(c.embedding(), prepared)) {
            return c.embedding();
        }
        ParsedCv cv = options.blind() ? CvRedactor.redact(c.cv()) : c.cv();
        return new Embedding(space, embedder.embed(cvText(cv)));
    }

    /**
     * Scores a CV. With {@code explain} false only {@link MatchResult#score()} is filled (the breakdown, skills and
     * suggestions are left empty, and no explanation text is built): the same number, for ranking many CVs of which
     * only the best are returned.
     */
    private MatchResult score(ParsedCv original, Embedding stored, PreparedJob prepared, boolean explain) {
        ParsedCv cv = options.blind() ? CvRedactor.redact(original) : original;
        JobRequirements job = prepared.job;
        YearMonth reference = options.referenceMonth() != null ? options.referenceMonth() : YearMonth.now();
        Map<String, NormalizedSkill> cvSkills = new HashMap<>();
        Map<String, NormalizedSkill> impliedByCv = new HashMap<>();
        for (NormalizedSkill s : cv.skills()) {
            if (s.id() != null) {
                cvSkills.put(s.id(), s);
            }
        }
        for (NormalizedSkill s : cv.skills()) {
            if (s.id() != null) {
                for (Skill implied : implied(s.id())) {
                    impliedByCv.putIfAbsent(implied.id(), s);
                }
            }
        }
        List<MatchedSkill> matched = new ArrayList<>();
        List<MissingSkill> missing = new ArrayList<>();
        List<JobSkill> requiredSkills = oneOfEach(job.requiredSkills(), cvSkills, impliedByCv);
        List<JobSkill> preferredSkills = oneOfEach(job.preferredSkills(), cvSkills, impliedByCv);
        double requiredScore = coverage(requiredSkills, true, cvSkills, impliedByCv, prepared, reference,
                matched, missing, explain);
        double preferredScore = coverage(preferredSkills, false, cvSkills, impliedByCv, prepared, reference,
                matched, missing, explain);

        double years = cv.totalExperienceMonths() / 12.0;
        Integer minYears = job.minYearsExperience();
        double experienceScore = minYears == null ? 0 : minYears == 0 ? 1 : Math.min(1, years / minYears);

        int highest = 0;
        for (Education e : cv.education()) {
            if (e.level() != null) {
                highest = Math.max(highest, e.level().eqfLevel());
            }
        }
        double educationScore = 0;
        if (job.minEducation() != null) {
            int gap = job.minEducation().eqfLevel() - highest;
            educationScore = highest == 0 ? 0 : gap <= 0 ? 1 : gap == 1 ? 0.5 : 0;
        }

        List<String> languageGaps = new ArrayList<>();
        List<String> languagesAssumed = new ArrayList<>();
        // each required language counts fully, each preferred one ("French is a plus") half as much
        double languageWeights = job.languages().size() + PREFERRED_LANGUAGE * job.preferredLanguages().size();
        double languageScore = 0;
        for (LanguageRequirement required : job.languages()) {
            languageScore += languageLevel(cv, required, false, languageGaps, languagesAssumed, explain)
                    / languageWeights;
        }
        for (LanguageRequirement preferred : job.preferredLanguages()) {
            languageScore += PREFERRED_LANGUAGE
                    * languageLevel(cv, preferred, true, languageGaps, languagesAssumed, explain) / languageWeights;
        }

        Embedding cvVector = usable(stored, prepared) ? stored : new Embedding(space, embedder.embed(cvText(cv)));
        double cosine = prepared.vector.cosine(cvVector);
        double similarityScore = Math.max(0, Math.min(1, (cosine - 0.05) / 0.45));

        String bestTitle = null;
        double titleScore = 0;
        double recency = 1;
        List<String> cvTitles = new ArrayList<>();
        if (cv.contact().headline() != null) {
            cvTitles.add(cv.contact().headline());
        }
        for (WorkExperience e : cv.experience()) {
            cvTitles.add(e.title());
        }
        for (int i = 0; options.title() > 0 && i < cvTitles.size(); i++) { // a weight of 0 is not computed
            // the headline and the latest position count fully, each older position a tenth less (down to 0.6)
            double weight = i == 0 || i == 1 && cv.contact().headline() != null ? 1 : Math.max(0.6, recency);
            if (i > 0 && !(i == 1 && cv.contact().headline() != null)) {
                recency -= 0.1;
            }
            double s = weight * LexicalRelevance.titleCoverage(prepared.titleWords, cvTitles.get(i));
            if (s > titleScore) {
                titleScore = s;
                bestTitle = cvTitles.get(i);
            }
        }
        String occupationTitle = null;
        NormalizedOccupation occupationCv = null;
        NormalizedOccupation occupationJob = null;
        double occupationScore = 0;
        if (options.occupation() > 0 && !prepared.occupations.isEmpty()) { // a weight of 0 is not computed
            NormalizedOccupation[] found = occupationCache.get(original, c -> {
                NormalizedOccupation[] o = new NormalizedOccupation[cvTitles.size()];
                for (int i = 0; i < o.length; i++) {
                    o[i] = occupations.normalize(cvTitles.get(i)).orElse(null);
                }
                return o;
            });
            double occRecency = 1;
            boolean headline = cv.contact().headline() != null;
            for (int i = 0; i < found.length; i++) {
                double weight = i == 0 || i == 1 && headline ? 1 : Math.max(0.6, occRecency);
                if (i > 0 && !(i == 1 && headline)) {
                    occRecency -= 0.1;
                }
                if (found[i] == null) {
                    continue;
                }
                for (NormalizedOccupation j : prepared.occupations) {
                    double s = weight * found[i].closeness(j) * found[i].confidence();
                    if (s > occupationScore) {
                        occupationScore = s;
                        occupationTitle = cvTitles.get(i);
                        occupationCv = found[i];
                        occupationJob = j;
                    }
                }
            }
        }
        double relevanceCosine = options.relevance() > 0 && !prepared.words.weights().isEmpty()
                ? LexicalRelevance.cosine(prepared.words,
                        wordsCache.get(original, c -> LexicalRelevance.vector(allText(cv))))
                : 0;
        double relevanceScore = Math.max(0, Math.min(1, (relevanceCosine - RELEVANCE_FLOOR) / RELEVANCE_SPAN));

        boolean[] applicable = {!job.requiredSkills().isEmpty(), !job.preferredSkills().isEmpty(), minYears != null,
            job.minEducation() != null, languageWeights > 0, true, !prepared.titles.isEmpty(),
            !prepared.words.weights().isEmpty() && sameLanguage(cv.language(), job.language()),
            options.occupation() == 0 || !prepared.occupations.isEmpty()};
        double[] configured = {options.requiredSkills(), options.preferredSkills(), options.experience(),
            options.education(), options.languages(), options.similarity(), options.title(), options.relevance(),
            options.occupation()};
        // the skills components weigh less when the job's skills are ones most occupations use (information)
        double[] weights = {options.requiredSkills() * prepared.requiredInformation,
            options.preferredSkills() * prepared.preferredInformation, options.experience(),
            options.education(), options.languages(), options.similarity(), options.title(), options.relevance(),
            options.occupation()};
        double[] scores = {requiredScore, preferredScore, experienceScore, educationScore, languageScore,
            similarityScore, titleScore, relevanceScore, occupationScore};
        double[] contributions = contributions(weights, applicable, scores);
        // missing requirements lower the whole score, not only their own component's points: a CV without the
        // required skills of a specific job, or without the years asked, cannot make up for it with the rest
        double skillsFactor = applicable[0]
                ? 1 - options.missingSkillsPenalty() * prepared.requiredInformation * (1 - requiredScore) : 1;
        double experienceFactor = applicable[2] ? 1 - options.missingExperiencePenalty() * (1 - experienceScore) : 1;
        double factor = skillsFactor * experienceFactor;
        double additive = 0;
        for (int i = 0; i < contributions.length; i++) {
            additive += contributions[i];
            contributions[i] *= factor;
        }
        if (!explain) {
            double unexplained = 0;
            for (double c : contributions) {
                unexplained += c;
            }
            return new MatchResult(round(unexplained), List.of(), List.of(), List.of(), List.of());
        }
        MatchComponent[] components = MatchComponent.values(); // the order of the arrays above
        String[] explanations = {
            skillsExplanation(matched, missing, true, requiredSkills.size(), prepared.requiredInformation)
                + penaltyExplanation(skillsFactor, "Missing required skills"),
            skillsExplanation(matched, missing, false, preferredSkills.size(), prepared.preferredInformation),
            minYears == null ? "The job states no minimum experience."
                : String.format(Locale.ROOT, "%.1f years of experience for %d required.", years, minYears)
                    + penaltyExplanation(experienceFactor, "Missing years of experience"),
            job.minEducation() == null ? "The job states no minimum education."
                : "Highest education EQF " + (highest == 0 ? "unknown" : highest) + " for EQF "
                    + job.minEducation().eqfLevel() + " (" + job.minEducation() + ") required.",
            languageWeights == 0 ? "The job requires no language."
                : (languageGaps.isEmpty() ? "All required languages at the required level."
                    : "Below requirement: " + String.join(", ", languageGaps) + ".")
                    + (languagesAssumed.isEmpty() ? "" : " " + String.join(", ", languagesAssumed) + " taken as "
                        + OWN_LANGUAGE_LEVEL + ": the CV is written in it and states no level."),
            String.format(Locale.ROOT, "Text similarity %.2f (%s embedding).", cosine, embedder.name()),
            prepared.titles.isEmpty() ? "The job has no title."
                : options.title() == 0 ? "Not scored (weight 0)."
                : bestTitle == null ? "No title of the CV matches the job title (" + prepared.titles.get(0) + ")."
                    : String.format(Locale.ROOT, "Closest title in the CV: \"%s\" for \"%s\" (%.0f%%).",
                        bestTitle, prepared.titles.get(0), 100 * titleScore),
            options.relevance() == 0 ? "Not scored (weight 0)."
                : sameLanguage(cv.language(), job.language())
                ? String.format(Locale.ROOT, "Word overlap with the job text %.2f (TF-IDF cosine)%s.", relevanceCosine,
                        prepared.describedAs.isEmpty() ? ""
                            : "; the job's words include those the occupation taxonomy gives "
                                + String.join(", ", prepared.describedAs))
                : "The CV and the job are in different languages: words are not compared (skills are).",
            occupationExplanation(prepared, occupationTitle, occupationCv, occupationJob)};
        double total = total(weights, applicable);
        List<ScoreComponent> breakdown = new ArrayList<>();
        double score = 0;
        for (int i = 0; i < weights.length; i++) {
            double share = applicable[i] && total > 0 ? weights[i] / total : 0;
            score += contributions[i];
            breakdown.add(new ScoreComponent(components[i].key(), configured[i], round3(share), round3(scores[i]),
                    round(contributions[i]), applicable[i], explanations[i]));
        }
        Penalties penalties = new Penalties(additive, skillsFactor, experienceFactor,
                applicable[0] ? options.missingSkillsPenalty() * prepared.requiredInformation : 0);
        List<String> suggestions = suggestions(breakdown, matched, missing, years, minYears, prepared, highest,
                languageGaps, penalties, requiredSkills, preferredSkills);
        return new MatchResult(round(score), breakdown, matched, missing, suggestions);
    }

    /** How much a preferred language ("French is a plus") counts beside a required one. */
    private static final double PREFERRED_LANGUAGE = 0.5;

    /**
     * The level a CV shows in the language it is written in when it states none: a CV is a professional text, and
     * native speakers rarely list their own language (an English CV without "English" met "Fluent English" with
     * nothing before).
     */
    private static final CefrLevel OWN_LANGUAGE_LEVEL = CefrLevel.C1;

    /**
     * How well the CV meets one language requirement, 0-1: full when met, 60 % one CEFR level below, 30 % two
     * below; a gap is noted for the explanation. A CV written in the language and stating no level for it (not
     * listed, or listed without a level) counts as {@link #OWN_LANGUAGE_LEVEL}; a level it states is taken as
     * stated.
     */
    private static double languageLevel(ParsedCv cv, LanguageRequirement wanted, boolean preferred,
            List<String> gaps, List<String> assumed, boolean explain) {
        LanguageSkill has = cv.languages().stream().filter(l -> wanted.code().equals(l.code())).findFirst()
                .orElse(null);
        String name = wanted.language() + (preferred ? " (a plus)" : "");
        CefrLevel level = has == null ? null : has.nativeSpeaker() ? CefrLevel.C2 : has.level();
        if (level == null && wanted.code().equalsIgnoreCase(cv.language() == null ? "" : cv.language())) {
            level = OWN_LANGUAGE_LEVEL;
            if (explain) {
                assumed.add(wanted.language());
            }
        } else if (has == null) {
            if (explain) {
                gaps.add(name + (wanted.minLevel() == null ? "" : " " + wanted.minLevel()));
            }
            return 0;
        }
        if (wanted.minLevel() == null) {
            return 1;
        }
        int gap = level == null ? 2 : wanted.minLevel().ordinal() - level.ordinal();
        if (gap > 0 && explain) {
            gaps.add(name + " " + wanted.minLevel() + " (CV: " + (level == null ? "no level stated" : level) + ")");
        }
        return gap <= 0 ? 1 : gap == 1 ? 0.6 : gap == 2 ? 0.3 : 0;
    }

    /** " Missing required skills lower the whole score by 35%." when a penalty applies, else nothing. */
    private static String penaltyExplanation(double factor, String what) {
        long percent = Math.round(100 * (1 - factor));
        return percent < 1 ? "" : " " + what + " lower the whole score by " + percent + "%.";
    }

    /** The sum of the weights of the applicable components. */
    private static double total(double[] weights, boolean[] applicable) {
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            if (applicable[i]) {
                total += weights[i];
            }
        }
        return total;
    }

    /** Each component's points out of 100: its share of the applicable weights times its score. */
    private static double[] contributions(double[] weights, boolean[] applicable, double[] scores) {
        double total = total(weights, applicable);
        double[] out = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            double share = applicable[i] && total > 0 ? weights[i] / total : 0;
            out[i] = 100 * share * scores[i];
        }
        return out;
    }

    private List<Skill> implied(String id) {
        return impliedCache.computeIfAbsent(id, taxonomy::implied);
    }

    /**
     * The skills a CV is scored on: each skill asked for on its own, and one skill per alternative list ("Tableau or
     * Power BI"), the one the CV shows (exactly before implied); a list the CV shows none of is one missing
     * requirement, named by its skills. The job's lists are returned as they are when they hold no alternatives.
     */
    static List<JobSkill> oneOfEach(List<JobSkill> wanted, Map<String, NormalizedSkill> cvSkills,
            Map<String, NormalizedSkill> impliedByCv) {
        boolean any = false;
        for (JobSkill w : wanted) {
            any |= !w.alternatives().isEmpty();
        }
        if (!any) {
            return wanted;
        }
        Map<String, JobSkill> listed = new HashMap<>();
        for (JobSkill w : wanted) {
            if (!w.alternatives().isEmpty()) {
                listed.putIfAbsent(w.id(), w);
            }
        }
        java.util.Set<String> done = new java.util.HashSet<>();
        List<JobSkill> out = new ArrayList<>(wanted.size());
        for (JobSkill w : wanted) {
            if (w.alternatives().isEmpty()) {
                out.add(w);
                continue;
            }
            if (!done.add(w.id())) {
                continue;
            }
            List<JobSkill> group = new ArrayList<>();
            group.add(w);
            for (String id : w.alternatives()) {
                JobSkill other = listed.get(id);
                if (other != null && done.add(id)) {
                    group.add(other);
                }
            }
            JobSkill best = null;
            int rank = 0;
            for (JobSkill g : group) {
                int r = cvSkills.containsKey(g.id()) ? 2 : impliedByCv.containsKey(g.id()) ? 1 : 0;
                if (r > rank) {
                    rank = r;
                    best = g;
                }
            }
            if (best == null && group.size() > 1) {
                best = new JobSkill(w.id(), String.join(" or ", group.stream().map(JobSkill::name).toList()),
                        String.join(" ou ", group.stream().map(g -> g.nameFr() == null ? g.name() : g.nameFr())
                                .toList()), w.surfaceForm(), w.provenance(), w.alternatives());
            }
            out.add(best == null ? w : best);
        }
        return out;
    }

    private double coverage(List<JobSkill> wanted, boolean required, Map<String, NormalizedSkill> cvSkills,
            Map<String, NormalizedSkill> impliedByCv, PreparedJob prepared, YearMonth reference,
            List<MatchedSkill> matched, List<MissingSkill> missing, boolean explain) {
        if (wanted.isEmpty()) {
            return 0;
        }
        double sum = 0;
        double total = 0;
        for (JobSkill want : wanted) {
            double weight = prepared.specificity(want.id());
            total += weight;
            NormalizedSkill exact = cvSkills.get(want.id());
            if (exact != null) {
                double credit = 1;
                boolean listedOnly = exact.monthsOfUse() == 0 && exact.evidence().stream()
                        .allMatch(e -> e.section() == SectionType.SKILLS);
                if (listedOnly) {
                    credit *= LISTED_ONLY;
                }
                boolean stale = false;
                if (exact.lastUsed() != null) {
                    int age = (reference.getYear() - exact.lastUsed().year()) * 12
                            + reference.getMonthValue() - exact.lastUsed().latest().getMonthValue();
                    stale = age > STALE_MONTHS;
                    if (stale) {
                        credit *= STALE;
                    }
                }
                sum += weight * credit;
                if (!explain) {
                    continue;
                }
                StringBuilder reason = new StringBuilder();
                long positions = exact.evidence().stream().mapToInt(SkillEvidence::experienceIndex)
                        .filter(i -> i >= 0).distinct().count();
                if (listedOnly) {
                    reason.append("listed in the skills section, not shown in a dated position");
                } else if (positions > 0) {
                    reason.append(positions).append(positions == 1 ? " position, " : " positions, ")
                            .append(exact.monthsOfUse()).append(" months");
                } else {
                    reason.append("mentioned in the ").append(exact.evidence().get(0).section().name()
                            .toLowerCase(Locale.ROOT));
                }
                if (exact.lastUsed() != null) {
                    reason.append(", last used ").append(exact.lastUsed());
                    if (stale) {
                        reason.append(" (more than 5 years ago)");
                    }
                }
                matched.add(new MatchedSkill(want.id(), want.name(), required, round(credit), reason.toString(),
                        exact.name(), exact.evidence(), exact.monthsOfUse(), exact.lastUsed()));
                continue;
            }
            NormalizedSkill implying = impliedByCv.get(want.id());
            if (implying != null) {
                if (explain) {
                    matched.add(new MatchedSkill(want.id(), want.name(), required, IMPLIED,
                            "implied by " + implying.name(), implying.name(), implying.evidence(),
                            implying.monthsOfUse(), implying.lastUsed()));
                }
                sum += weight * IMPLIED;
                continue;
            }
            NormalizedSkill foundation = null;
            for (Skill base : prepared.implied.getOrDefault(want.id(), List.of())) {
                foundation = cvSkills.get(base.id());
                if (foundation != null) {
                    break;
                }
            }
            if (foundation != null) {
                if (explain) {
                    matched.add(new MatchedSkill(want.id(), want.name(), required, BUILDS_ON,
                            want.name() + " builds on " + foundation.name() + ", which the CV shows",
                            foundation.name(), foundation.evidence(), foundation.monthsOfUse(), foundation.lastUsed()));
                    missing.add(new MissingSkill(want.id(), want.name(), required));
                }
                sum += weight * BUILDS_ON;
                continue;
            }
            if (explain) {
                missing.add(new MissingSkill(want.id(), want.name(), required));
            }
        }
        return total > 0 ? sum / total : 0;
    }

    private String occupationExplanation(PreparedJob prepared, String cvTitle, NormalizedOccupation cv,
            NormalizedOccupation job) {
        if (options.occupation() == 0) {
            return "Not scored (weight 0).";
        }
        if (prepared.occupations.isEmpty()) {
            return prepared.titles.isEmpty() ? "The job has no title."
                    : "The job title (" + prepared.titles.get(0) + ") names no known occupation.";
        }
        NormalizedOccupation first = prepared.occupations.get(0);
        if (cv == null) {
            return "The job is " + first.labelEn() + " (ISCO " + first.iscoCode()
                    + "); no title of the CV names the same or a related occupation.";
        }
        double closeness = cv.closeness(job);
        String how = closeness == 1 ? "the same occupation"
                : closeness >= 0.7 ? "the same ISCO unit group " + job.iscoCode()
                : "the same ISCO minor group " + job.iscoCode().substring(0, 3);
        return String.format(Locale.ROOT, "The job is %s (ISCO %s); \"%s\" in the CV is %s (ISCO %s, confidence"
                + " %.2f): %s.", job.labelEn(), job.iscoCode(), cvTitle, cv.labelEn(), cv.iscoCode(),
                cv.confidence(), how);
    }

    private static String skillsExplanation(List<MatchedSkill> matched, List<MissingSkill> missing, boolean required,
            int total, double information) {
        String kind = required ? "required" : "preferred";
        if (total == 0) {
            return "The job lists no " + kind + " skills.";
        }
        long found = matched.stream().filter(m -> m.required() == required && m.credit() >= IMPLIED).count();
        List<String> absent = missing.stream().filter(m -> m.required() == required).map(MissingSkill::name).toList();
        return found + " of " + total + " " + kind + " skills shown" + (absent.isEmpty() ? "."
                : "; missing: " + String.join(", ", absent) + ".") + (information >= COMMON_SKILLS ? ""
                : String.format(Locale.ROOT, " Most occupations use these skills: they count for %.0f%% of the"
                        + " component's weight.", 100 * information));
    }

    /**
     * The score before the missing-requirement penalties ({@code additive}, 0-100), the two factors applied to it,
     * and how much the skills factor rises per unit of required-skills score ({@code skillsRate}): what a
     * suggestion's gain needs, since showing a required skill or the years asked also lifts the penalty.
     */
    private record Penalties(double additive, double skillsFactor, double experienceFactor, double skillsRate) {

        /** The points gained when the required-skills score rises by {@code delta} (0-1) with this share. */
        double requiredGain(double share, double delta) {
            return (skillsFactor + skillsRate * delta) * experienceFactor * (additive + 100 * share * delta)
                    - skillsFactor * experienceFactor * additive;
        }

        /** The points gained when the experience score rises from {@code score} to 1. */
        double experienceGain(double share, double score) {
            return skillsFactor * (additive + 100 * share * (1 - score)) - skillsFactor * experienceFactor * additive;
        }

        /** The points gained when another component's score rises by {@code delta}. */
        double otherGain(double share, double delta) {
            return skillsFactor * experienceFactor * 100 * share * delta;
        }
    }

    private static List<String> suggestions(List<ScoreComponent> breakdown, List<MatchedSkill> matched,
            List<MissingSkill> missing, double years, Integer minYears, PreparedJob prepared, int highest,
            List<String> languageGaps, Penalties penalties, List<JobSkill> requiredSkills,
            List<JobSkill> preferredSkills) {
        JobRequirements job = prepared.job;
        record Suggestion(double gain, String text) {
        }
        List<Suggestion> out = new ArrayList<>();
        ScoreComponent required = breakdown.get(0);
        ScoreComponent preferred = breakdown.get(1);
        for (MissingSkill m : missing) {
            ScoreComponent c = m.required() ? required : preferred;
            double delta = prepared.skillShare(m.id(), m.required() ? requiredSkills : preferredSkills);
            double gain = m.required() ? penalties.requiredGain(c.share(), delta)
                    : penalties.otherGain(c.share(), delta);
            out.add(new Suggestion(gain, String.format(Locale.ROOT, "Show %s (%s skill) in a position or project: "
                    + "up to +%.1f points.", m.name(), m.required() ? "required" : "preferred", gain)));
        }
        for (MatchedSkill m : matched) {
            if (m.credit() < 1 && m.credit() >= LISTED_ONLY * STALE) {
                ScoreComponent c = m.required() ? required : preferred;
                double delta = (1 - m.credit()) * prepared.skillShare(m.id(), m.required()
                        ? requiredSkills : preferredSkills);
                double gain = m.required() ? penalties.requiredGain(c.share(), delta)
                        : penalties.otherGain(c.share(), delta);
                out.add(new Suggestion(gain, String.format(Locale.ROOT, "Describe recent use of %s in a dated "
                        + "position: +%.1f points.", m.name(), gain)));
            }
        }
        ScoreComponent experience = breakdown.get(2);
        if (minYears != null && minYears > 0 && years < minYears) {
            out.add(new Suggestion(penalties.experienceGain(experience.share(), experience.score()),
                    String.format(Locale.ROOT,
                    "The job asks for %d years of experience; the CV shows %.1f.", minYears, years)));
        }
        ScoreComponent education = breakdown.get(3);
        if (job.minEducation() != null && education.score() < 1) {
            out.add(new Suggestion(penalties.otherGain(education.share(), 1 - education.score()), "The job asks for "
                    + job.minEducation() + " (EQF " + job.minEducation().eqfLevel() + "); the CV shows "
                    + (highest == 0 ? "no recognised degree" : "EQF " + highest) + "."));
        }
        if (!languageGaps.isEmpty()) {
            ScoreComponent languages = breakdown.get(4);
            out.add(new Suggestion(penalties.otherGain(languages.share(), 1 - languages.score()),
                    "State the level of " + String.join(", ", languageGaps) + "."));
        }
        out.sort(Comparator.comparingDouble(Suggestion::gain).reversed().thenComparing(Suggestion::text));
        List<String> texts = new ArrayList<>();
        for (Suggestion s : out) {
            if (s.gain() > 0.05) {
                texts.add(s.text());
            }
        }
        return texts;
    }

    /** Words are compared within one language only; an unknown language is taken to be the same. */
    private static boolean sameLanguage(String cv, String job) {
        return cv == null || job == null || cv.equalsIgnoreCase(job);
    }

    /** The CV's whole text, every section's lines, for the lexical relevance. */
    static String allText(ParsedCv cv) {
        StringBuilder sb = new StringBuilder();
        if (cv.contact().headline() != null) {
            sb.append(cv.contact().headline()).append('\n');
        }
        if (cv.summary() != null) {
            sb.append(cv.summary()).append('\n');
        }
        for (dev.cvmatch.cv.CvSection section : cv.sections()) {
            if (section.type() == SectionType.HEADER || section.type() == SectionType.CONTACT) {
                continue; // name and contact details: not relevance
            }
            for (String line : section.lines()) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    /** The CV text compared with the job text: headline, summary, positions, degrees and skills. */
    static String cvText(ParsedCv cv) {
        StringBuilder sb = new StringBuilder();
        if (cv.contact().headline() != null) {
            sb.append(cv.contact().headline()).append('\n');
        }
        if (cv.summary() != null) {
            sb.append(cv.summary()).append('\n');
        }
        for (WorkExperience e : cv.experience()) {
            if (e.title() != null) {
                sb.append(e.title()).append('\n');
            }
            for (String line : e.description()) {
                sb.append(line).append('\n');
            }
        }
        for (Education e : cv.education()) {
            if (e.degree() != null) {
                sb.append(e.degree()).append(' ');
            }
            if (e.fieldOfStudy() != null) {
                sb.append(e.fieldOfStudy());
            }
            sb.append('\n');
        }
        for (NormalizedSkill s : cv.skills()) {
            sb.append(s.name()).append('\n');
        }
        return sb.toString();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static double round3(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
