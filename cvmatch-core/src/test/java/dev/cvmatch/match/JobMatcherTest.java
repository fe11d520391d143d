package dev.cvmatch.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cvmatch.EmptyDocumentException;
import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.EducationLevel;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.job.JobDescriptionParser;
import dev.cvmatch.job.JobRequirements;
import dev.cvmatch.job.JobSkill;
import dev.cvmatch.job.WorkMode;
import dev.cvmatch.testing.SampleCv;
import dev.cvmatch.testing.SampleCvs;
import dev.cvmatch.testing.SampleDocuments;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class JobMatcherTest {

    private static final YearMonth REFERENCE = SampleCvs.FACTS_REFERENCE_DATE;
    private static final CvParser CV_PARSER = CvParser.builder().referenceMonth(REFERENCE).build();
    private static final JobDescriptionParser JOB_PARSER = JobDescriptionParser.builder().build();

    static final String JAVA_JOB_EN = String.join("\n",
            "Senior Java Developer",
            "Helioscope — Lyon, France (hybrid)",
            "Contract: permanent, full-time",
            "",
            "What you'll do",
            "- Build and run REST APIs for our payment platform",
            "",
            "What we're looking for",
            "- At least 5 years of experience in backend development",
            "- Must have: Java, Spring Boot, Kubernetes, PostgreSQL",
            "- Master's degree in computer science or equivalent",
            "- Languages: fluent French (C1), professional English (B2)",
            "",
            "Nice to have",
            "- Kafka is a plus",
            "- Experience with Terraform");

    static final String JAVA_JOB_FR = String.join("\n",
            "Développeur Java confirmé (H/F)",
            "Helioscope – Lyon (télétravail partiel)",
            "Type de contrat : CDI",
            "",
            "Vos missions",
            "- Concevoir des API REST pour notre plateforme de paiement",
            "",
            "Profil recherché",
            "- Au moins 5 ans d'expérience en développement backend",
            "- Compétences requises : Java, Spring Boot, Kubernetes, PostgreSQL",
            "- Bac+5 en informatique (école d'ingénieur ou master)",
            "- Langues : français courant, anglais professionnel (B2)",
            "",
            "Un plus",
            "- Une expérience de Kafka serait appréciée",
            "- Terraform souhaité");

    private static ParsedCv sample(String id) {
        SampleCv cv = SampleCvs.byId(id);
        return CV_PARSER.parse(SampleDocuments.plainText(StandardCharsets.UTF_8).render(cv));
    }

    private static JobMatcher matcher(MatchOptions.Builder options) {
        return JobMatcher.builder().options(options.referenceMonth(REFERENCE).build()).build();
    }

    @Test
    void jobDescriptionsAreReadInBothLanguages() {
        for (String text : List.of(JAVA_JOB_EN, JAVA_JOB_FR)) {
            JobRequirements job = JOB_PARSER.parseText(text);
            assertEquals(List.of("Java", "Spring Boot", "Kubernetes", "PostgreSQL"),
                    job.requiredSkills().stream().map(JobSkill::name).toList(), text);
            assertEquals(List.of("Kafka", "Terraform"), job.preferredSkills().stream().map(JobSkill::name).toList());
            assertEquals(5, job.minYearsExperience());
            assertEquals(EducationLevel.MASTER, job.minEducation());
            assertEquals(WorkMode.HYBRID, job.workMode());
            assertEquals("Lyon", job.location());
            assertTrue(job.languages().stream().anyMatch(l -> l.code().equals("en")), job.languages().toString());
        }
        assertEquals("Senior Java Developer", JOB_PARSER.parseText(JAVA_JOB_EN).title());
        assertEquals(dev.cvmatch.job.ContractType.PERMANENT, JOB_PARSER.parseText(JAVA_JOB_FR).contractType());
    }

    @Test
    void theExplanationSaysWhatMatchedWhatIsMissingAndWhatWouldHelp() {
        MatchResult result = matcher(MatchOptions.builder()).match(sample("camille-martin"),
                JOB_PARSER.parseText(JAVA_JOB_EN));
        assertTrue(result.score() > 60, "a senior Java developer fits a senior Java job: " + result.score());
        List<String> matched = result.matchedSkills().stream().map(MatchedSkill::name).toList();
        assertTrue(matched.containsAll(List.of("Java", "Spring Boot", "Kubernetes", "PostgreSQL")), matched.toString());
        MatchedSkill java = result.matchedSkills().stream().filter(m -> m.name().equals("Java")).findFirst().orElseThrow();
        assertTrue(java.monthsOfUse() > 0 && !java.evidence().isEmpty(), java.toString());
        double sum = result.breakdown().stream().mapToDouble(ScoreComponent::contribution).sum();
        assertEquals(result.score(), sum, 0.1, "the score is the sum of the contributions");
        double shares = result.breakdown().stream().mapToDouble(ScoreComponent::share).sum();
        assertEquals(1.0, shares, 0.02);
        for (ScoreComponent c : result.breakdown()) {
            assertFalse(c.explanation().isBlank(), c.name());
        }

        MatchResult nurse = matcher(MatchOptions.builder()).match(sample("lea-moreau"), JOB_PARSER.parseText(JAVA_JOB_EN));
        assertTrue(nurse.score() < result.score() - 30, nurse.score() + " vs " + result.score());
        assertTrue(nurse.missingSkills().stream().anyMatch(m -> m.required() && m.name().equals("Java")));
        assertTrue(nurse.suggestions().get(0).contains("required skill"), nurse.suggestions().toString());
    }

    /**
     * A posting that lists only tools nearly every occupation uses (O*NET gives Excel, Outlook and Word for 860, 634
     * and 799 of its 923 occupations) tells little about who fits: its skills component weighs less, and its rare
     * skills count more than its common ones, in the score and in the suggestions.
     */
    @Test
    void skillsMostOccupationsShareWeighLessThanSpecificOnes() {
        ParsedCv cv = sample("lea-moreau");
        JobRequirements office = JOB_PARSER.parseText(
                "Farm manager\n\nRequirements\n- Microsoft Excel, Microsoft Outlook, Microsoft Word\n");
        JobRequirements specific = JOB_PARSER.parseText(
                "Platform engineer\n\nRequirements\n- Kubernetes, Terraform, Ansible\n");
        JobRequirements mixed = JOB_PARSER.parseText(
                "Platform engineer\n\nRequirements\n- Microsoft Excel, Kubernetes\n");
        MatchOptions.Builder defaults = MatchOptions.builder();
        ScoreComponent officeSkills = matcher(defaults).match(cv, office).component("requiredSkills");
        ScoreComponent specificSkills = matcher(defaults).match(cv, specific).component("requiredSkills");
        assertTrue(officeSkills.share() < specificSkills.share() / 3,
                officeSkills.share() + " vs " + specificSkills.share());
        assertTrue(officeSkills.explanation().contains("Most occupations use these skills"),
                officeSkills.explanation());
        assertFalse(specificSkills.explanation().contains("Most occupations"), specificSkills.explanation());

        List<String> suggestions = matcher(defaults).match(cv, mixed).suggestions();
        assertTrue(suggestions.get(0).startsWith("Show Kubernetes"), "the rare skill would add more: "
                + suggestions);
    }

    @Test
    void aFrenchCvMatchesAnEnglishJobThroughTheBilingualTaxonomy() {
        ParsedCv camille = sample("camille-martin");
        double en = matcher(MatchOptions.builder()).match(camille, JOB_PARSER.parseText(JAVA_JOB_EN)).score();
        double fr = matcher(MatchOptions.builder()).match(camille, JOB_PARSER.parseText(JAVA_JOB_FR)).score();
        assertTrue(Math.abs(en - fr) < 10, en + " vs " + fr);
    }

    @Test
    void weightsAreTunableAndComponentsWithoutRequirementAreLeftOut() {
        JobRequirements job = JOB_PARSER.parseText(JAVA_JOB_EN);
        ParsedCv cv = sample("camille-martin");
        MatchResult skillsOnly = matcher(MatchOptions.builder().preferredSkillsWeight(0).experienceWeight(0)
                .educationWeight(0).languagesWeight(0).similarityWeight(0).relevanceWeight(0).titleWeight(0)
                .missingSkillsPenalty(0).missingExperiencePenalty(0)).match(cv, job);
        assertEquals(100 * skillsOnly.component("requiredSkills").score(), skillsOnly.score(), 0.1);
        JobRequirements noLanguage = JOB_PARSER.parseText("Data analyst\n\nRequirements\n- SQL, Python, Tableau\n");
        MatchResult r = matcher(MatchOptions.builder()).match(cv, noLanguage);
        assertFalse(r.component("languages").applicable());
        assertEquals(0, r.component("languages").contribution());
        assertThrows(IllegalArgumentException.class, () -> MatchOptions.builder().requiredSkillsWeight(-1).build());
    }

    /**
     * Ranking with a top k scores every candidate without explanations, keeps the best k and explains only those:
     * it must give exactly what ranking everything gives (the same candidates, order, scores and explanations), and
     * its unexplained scores must be the explained ones (checked through min-score, which filters on them).
     */
    @Test
    void theTopKIsTheFullRankingsHeadWithTheSameResults() {
        List<Candidate> candidates = new ArrayList<>();
        for (SampleCv cv : SampleCvs.all()) {
            for (var layout : List.of(SampleDocuments.plainText(StandardCharsets.UTF_8),
                    SampleDocuments.singleColumnPdf(), SampleDocuments.tableDocx())) {
                candidates.add(new Candidate(cv.id() + "/" + layout.name(), CV_PARSER.parse(layout.render(cv))));
            }
        }
        List<MatchOptions.Builder> options = List.of(MatchOptions.builder(), MatchOptions.builder().blind(true),
                MatchOptions.builder().occupationWeight(0.2).titleWeight(0.1));
        for (String text : List.of(JAVA_JOB_EN, JAVA_JOB_FR)) {
            JobRequirements job = JOB_PARSER.parseText(text);
            for (MatchOptions.Builder o : options) {
                JobMatcher matcher = matcher(o);
                List<RankedCandidate> all = matcher.rank(candidates, job, RankOptions.all());
                assertEquals(candidates.size(), all.size());
                for (int k = 1; k <= all.size(); k += 3) {
                    assertEquals(all.subList(0, k), matcher.rank(candidates, job, new RankOptions(k, 0, 0)),
                            "top " + k);
                }
                for (RankedCandidate r : all) {
                    double min = r.result().score();
                    List<RankedCandidate> above = matcher.rank(candidates, job, new RankOptions(all.size(), min, 0));
                    assertEquals(all.stream().filter(a -> a.result().score() >= min).toList(), above,
                            "min-score " + min);
                    assertEquals(matcher.match(candidates.stream().filter(c -> c.id().equals(r.id())).findFirst()
                            .orElseThrow().cv(), job), r.result());
                }
            }
        }
    }

    /** A top-k ranking embeds each CV once, not again for the k it explains (a remote embedder bills each call). */
    @Test
    void aTopKRankingEmbedsEachCvOnce() {
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        dev.cvmatch.embedding.TextEmbedder lexical = new dev.cvmatch.embedding.LexicalTextEmbedder(
                dev.cvmatch.skill.SkillNormalizer.defaults());
        dev.cvmatch.embedding.TextEmbedder counting = new dev.cvmatch.embedding.TextEmbedder() {
            @Override
            public float[] embed(String text) {
                calls.incrementAndGet();
                return lexical.embed(text);
            }

            @Override
            public int dimension() {
                return lexical.dimension();
            }

            @Override
            public String name() {
                return "counting-" + lexical.name();
            }
        };
        JobMatcher matcher = JobMatcher.builder().embedder(counting)
                .options(MatchOptions.builder().referenceMonth(REFERENCE).build()).build();
        List<Candidate> candidates = new ArrayList<>();
        for (SampleCv cv : SampleCvs.all()) {
            candidates.add(new Candidate(cv.id(), sample(cv.id())));
        }
        JobRequirements job = JOB_PARSER.parseText(JAVA_JOB_EN);
        calls.set(0);
        List<RankedCandidate> top = matcher.rank(candidates, job, new RankOptions(2, 0, 0));
        assertEquals(2, top.size());
        assertEquals(candidates.size() + 1, calls.get(), "each CV once, and the job");
    }

    @Test
    void sameInputsGiveTheSameScoreAndRankingIsDeterministic() {
        JobRequirements job = JOB_PARSER.parseText(JAVA_JOB_EN);
        JobMatcher matcher = matcher(MatchOptions.builder());
        List<Candidate> candidates = new ArrayList<>();
        for (SampleCv cv : SampleCvs.all()) {
            candidates.add(new Candidate(cv.id(), sample(cv.id())));
        }
        List<RankedCandidate> first = matcher.rank(candidates, job, RankOptions.defaults());
        List<RankedCandidate> second = matcher.rank(candidates, job, new RankOptions(0, 0, 1));
        assertEquals(first.stream().map(RankedCandidate::id).toList(), second.stream().map(RankedCandidate::id).toList());
        assertEquals(first.get(0).result(), second.get(0).result());
        assertEquals("camille-martin", first.get(0).id());
        List<RankedCandidate> top2 = matcher.rank(candidates, job, new RankOptions(2, 0, 0));
        assertEquals(first.subList(0, 2).stream().map(RankedCandidate::id).toList(),
                top2.stream().map(RankedCandidate::id).toList());
        List<RankedCandidate> good = matcher.rank(candidates, job, new RankOptions(0, 60, 0));
        assertTrue(good.stream().allMatch(r -> r.result().score() >= 60));
    }

    @Test
    void rankingAStreamKeepsOnlyTopK() {
        JobRequirements job = JOB_PARSER.parseText(JAVA_JOB_EN);
        ParsedCv cv = sample("camille-martin");
        List<RankedCandidate> top = matcher(MatchOptions.builder()).rank(
                IntStream.range(0, 5000).mapToObj(i -> new Candidate(String.format("cv-%05d", i), cv)), job,
                new RankOptions(3, 0, 2));
        assertEquals(List.of("cv-00000", "cv-00001", "cv-00002"), top.stream().map(RankedCandidate::id).toList(),
                "equal scores are ordered by id");
    }

    @Test
    void blindScreeningLeavesNoPersonalDataInTheResult() throws Exception {
        ParsedCv cv = sample("camille-martin");
        MatchResult blind = matcher(MatchOptions.builder().blind(true)).match(cv, JOB_PARSER.parseText(JAVA_JOB_EN));
        String json = new ObjectMapper().findAndRegisterModules().writeValueAsString(blind);
        for (String personal : List.of(cv.contact().fullName(), cv.contact().email(), cv.contact().phone(),
                "Martin", "Camille", cv.contact().phoneE164())) {
            assertFalse(json.toLowerCase().contains(personal.toLowerCase()), personal + " leaked: " + json);
        }
        ParsedCv redacted = dev.cvmatch.internal.match.CvRedactor.redact(cv);
        String all = new ObjectMapper().findAndRegisterModules().writeValueAsString(redacted.sections())
                + redacted.summary() + redacted.experience();
        assertFalse(dev.cvmatch.internal.match.CvRedactor.containsPersonalData(all, cv.contact().fullName()), all);
        assertFalse(all.contains(cv.contact().email()));
        ParsedCv withPersonalLines = CV_PARSER.parse(("Jo Smith\nBackend developer\n\nPROFILE\nBorn on 3 May 1990, "
                + "married, French nationality.\nJava developer with 5 years of experience.\n").getBytes(
                StandardCharsets.UTF_8));
        String redactedText = dev.cvmatch.internal.match.CvRedactor.redact(withPersonalLines).sections().toString();
        assertFalse(redactedText.contains("1990") || redactedText.contains("married") || redactedText.contains("Smith"),
                redactedText);
        assertTrue(redactedText.contains("Java developer"), redactedText);
    }

    @Test
    void badJobDescriptionsGiveAClearResultOrError() {
        assertThrows(EmptyDocumentException.class, () -> JOB_PARSER.parseText("   \n  "));
        JobRequirements vague = JOB_PARSER.parseText("We are hiring!\nJoin our great team in Paris.");
        assertTrue(vague.requiredSkills().isEmpty());
        assertTrue(vague.warnings().stream().anyMatch(w -> w.contains("No skills")), vague.warnings().toString());
        MatchResult result = matcher(MatchOptions.builder()).match(sample("camille-martin"), vague);
        assertFalse(result.component("requiredSkills").applicable());
        assertTrue(result.score() >= 0 && result.score() <= 100);
    }

    /**
     * A posting whose only listed skills are office tools (as O*NET-built ones are) must still prefer the candidate
     * who has done the job: the lexical relevance of the CV's words to the job's carries what the skills miss.
     */
    @Test
    void relevanceRanksTheCandidateWhoDidTheJobAboveOfficeWorkers() {
        JobRequirements chefJob = JOB_PARSER.parseText(String.join("\n", "Chefs and Head Cooks", "",
                "About the role:", "Direct and participate in the preparation, seasoning, and cooking of salads, soups,"
                        + " fish, meats, vegetables, desserts, or other foods. Plan and price menu items, order"
                        + " supplies, and keep records of meals served in the kitchen.",
                "Also titled: Executive Chef, Head Chef, Sous Chef, Kitchen Manager", "",
                "Tools and skills:", "Skills: Microsoft Excel, Microsoft Outlook, Microsoft Word"));
        ParsedCv chef = CV_PARSER.parse(String.join("\n", "Marco Rossi", "Head Chef", "", "EXPERIENCE",
                "Head Chef, Trattoria Roma, Boston", "2018 - 2024",
                "Planned seasonal menus, priced menu items and ordered supplies for a 90-cover kitchen.",
                "Prepared fish, meats, sauces and desserts; trained cooks on seasoning and food safety.",
                "Sous Chef, Hotel Marina, Boston", "2014 - 2018", "Ran the kitchen line and kept records of meals served.",
                "", "EDUCATION", "Culinary Arts diploma, Boston Culinary School, 2014")
                .getBytes(StandardCharsets.UTF_8));
        ParsedCv accountant = CV_PARSER.parse(String.join("\n", "Dana Lee", "Staff Accountant", "", "EXPERIENCE",
                "Staff Accountant, Acme Corp, Boston", "2016 - 2024",
                "Prepared monthly financial statements and reconciliations in Microsoft Excel.",
                "Managed accounts payable; reported to the controller through Microsoft Outlook and Word.", "",
                "EDUCATION", "Bachelor of Accounting, Boston University, 2016").getBytes(StandardCharsets.UTF_8));
        JobMatcher matcher = matcher(MatchOptions.builder());
        MatchResult forChef = matcher.match(chef, chefJob);
        MatchResult forAccountant = matcher.match(accountant, chefJob);
        assertTrue(forChef.component("relevance").applicable());
        assertTrue(forChef.component("relevance").score() > forAccountant.component("relevance").score() + 0.2,
                forChef.component("relevance") + " vs " + forAccountant.component("relevance"));
        assertTrue(forChef.score() > forAccountant.score(), forChef.score() + " vs " + forAccountant.score());
        // the title component is on by default, and explained
        assertTrue(forChef.component("title").contribution() > 0, forChef.component("title").toString());
        assertEquals(0, forAccountant.component("title").contribution(), 0.001);
        MatchResult titled = matcher(MatchOptions.builder().titleWeight(20)).match(chef, chefJob);
        assertEquals(1.0, titled.component("title").score(), 0.001, titled.component("title").toString());
        assertTrue(titled.component("title").explanation().contains("Head Chef"), titled.component("title")
                .explanation());
        assertEquals(0, matcher(MatchOptions.builder().titleWeight(20)).match(accountant, chefJob)
                .component("title").score(), 0.001);
    }

    /**
     * A posting that names its occupation but hardly describes it (a title, other titles, office tools) is completed
     * with the occupation taxonomy's description of that occupation, so that the CV of someone who does the work
     * shares its words: a litigation associate who never writes "lawyer" comes before an office manager whose CV
     * repeats the posting's office tools.
     */
    @Test
    void relevanceCompletesATerseJobWithItsOccupationsDescription() {
        JobRequirements lawyers = JOB_PARSER.parseText(String.join("\n", "Lawyers", "",
                "Also titled: Attorney", "", "Tools and skills:",
                "Skills: Microsoft Excel, Microsoft Outlook, Microsoft Word"));
        ParsedCv associate = CV_PARSER.parse(String.join("\n", "Nora Blake", "Litigation Associate", "",
                "EXPERIENCE", "Litigation Associate, Hale & Stone LLP, Chicago", "2017 - 2024",
                "Represented clients before courts and administrative boards in commercial lawsuits.",
                "Researched and interpreted cases; drafted arguments and advised clients on compliance with the law.",
                "", "EDUCATION", "Juris Doctor, Northwestern University, 2017").getBytes(StandardCharsets.UTF_8));
        ParsedCv office = CV_PARSER.parse(String.join("\n", "Sam Ortiz", "Office Manager", "", "EXPERIENCE",
                "Office Manager, Brightline Supplies, Chicago", "2015 - 2024",
                "Kept the office's schedules in Microsoft Outlook and its budgets in Microsoft Excel.",
                "Wrote letters and reports in Microsoft Word; ordered supplies and tools for the team.", "",
                "EDUCATION", "Associate of Business, Harold Washington College, 2015").getBytes(StandardCharsets.UTF_8));
        JobMatcher matcher = matcher(MatchOptions.builder());
        ScoreComponent forAssociate = matcher.match(associate, lawyers).component("relevance");
        ScoreComponent forOffice = matcher.match(office, lawyers).component("relevance");
        assertTrue(forAssociate.score() > forOffice.score(), forAssociate + " vs " + forOffice);
        assertTrue(forAssociate.explanation().contains("occupation taxonomy gives lawyer"), forAssociate.explanation());
        // a job in French gets the French label, never the English description
        JobRequirements avocat = JOB_PARSER.parseText(String.join("\n", "Avocat (H/F)", "",
                "Cabinet parisien recherche un avocat pour son équipe contentieux.", "Maîtrise de Microsoft Word."));
        assertEquals("fr", avocat.language());
        String explained = matcher.match(sample("camille-martin"), avocat).component("relevance").explanation();
        assertTrue(explained.contains("avocat/avocate"), explained);
    }

    /**
     * Native speakers rarely list their own language: a CV written in English that states no level of English meets
     * "Fluent English" (C1), and the explanation says why; it does not meet a native level in full, and a CV in
     * another language that does not list English still misses it.
     */
    @Test
    void aCvMeetsTheLanguageItIsWrittenInWhenItStatesNoLevel() {
        ParsedCv english = CV_PARSER.parse(String.join("\n", "John Carter", "Java Developer", "", "EXPERIENCE",
                "Java Developer, Acme Corp, Leeds", "2016 - 2024", "Built Spring Boot services.", "", "SKILLS",
                "Java, Spring Boot").getBytes(StandardCharsets.UTF_8));
        assertEquals("en", english.language());
        assertTrue(english.languages().stream().noneMatch(l -> "en".equals(l.code())), english.languages().toString());
        JobMatcher matcher = matcher(MatchOptions.builder());
        ScoreComponent fluent = matcher.match(english, JOB_PARSER.parseText(
                "Java Developer\n\nRequirements:\n- Java and Spring Boot\n- Fluent English\n")).component("languages");
        assertEquals(1.0, fluent.score(), 0.001, fluent.toString());
        assertTrue(fluent.explanation().contains("English taken as C1: the CV is written in it"), fluent.explanation());
        ScoreComponent nativeLevel = matcher.match(english, JOB_PARSER.parseText(
                "Java Developer\n\nRequirements:\n- Java\n- Native English speaker\n")).component("languages");
        assertTrue(nativeLevel.score() < 1, nativeLevel.toString());
        ScoreComponent french = matcher.match(english, JOB_PARSER.parseText(
                "Java Developer\n\nRequirements:\n- Java\n- Fluent French\n")).component("languages");
        assertEquals(0, french.score(), 0.001, french.toString());
    }

    /** Across languages words are not compared: a French CV is not marked down against an English job for them. */
    @Test
    void relevanceIsLeftOutAcrossLanguages() {
        MatchResult r = matcher(MatchOptions.builder()).match(sample("camille-martin"), JOB_PARSER.parseText(JAVA_JOB_EN));
        assertFalse(r.component("relevance").applicable(), r.component("relevance").toString());
        assertTrue(r.component("relevance").explanation().contains("different languages"));
        MatchResult same = matcher(MatchOptions.builder()).match(sample("camille-martin"),
                JOB_PARSER.parseText(JAVA_JOB_FR));
        assertTrue(same.component("relevance").applicable(), same.component("relevance").toString());
    }

    /**
     * With an occupation weight, a French CV of the same occupation gets full credit against an English job (the
     * occupation ids are shared), a related occupation partial credit, an unrelated one none; each is explained.
     */
    @Test
    void occupationsMatchAcrossLanguagesWithPartialCreditForTheIscoGroup() {
        JobRequirements chefJob = JOB_PARSER.parseText(String.join("\n", "Chef", "", "About the role:",
                "Plan menus, order supplies and run the kitchen.", "", "Skills: Microsoft Excel"));
        JobMatcher matcher = matcher(MatchOptions.builder().occupationWeight(20));
        ParsedCv french = CV_PARSER.parse(String.join("\n", "Julie Martin", "", "EXPÉRIENCE",
                "Chef de cuisine, Le Bistrot, Lyon", "2018 - 2024", "Élaboration des menus et gestion des commandes.")
                .getBytes(StandardCharsets.UTF_8));
        ParsedCv headChef = CV_PARSER.parse(String.join("\n", "Marco Rossi", "", "EXPERIENCE",
                "Head Chef, Trattoria Roma, Boston", "2018 - 2024", "Planned seasonal menus.")
                .getBytes(StandardCharsets.UTF_8));
        ParsedCv accountant = CV_PARSER.parse(String.join("\n", "Dana Lee", "", "EXPERIENCE",
                "Accountant, Acme Corp, Boston", "2016 - 2024", "Prepared monthly financial statements.")
                .getBytes(StandardCharsets.UTF_8));
        var same = matcher.match(french, chefJob).component("occupation");
        assertTrue(same.applicable(), same.toString());
        assertTrue(same.score() >= 0.95, same.toString()); // "chef de cuisine" is also a title of head chef
        assertTrue(same.explanation().contains("the same occupation"), same.explanation());
        var related = matcher.match(headChef, chefJob).component("occupation");
        assertEquals(0.7, related.score(), 0.001, related.toString());
        assertTrue(related.explanation().contains("ISCO unit group 3434"), related.explanation());
        var none = matcher.match(accountant, chefJob).component("occupation");
        assertEquals(0, none.score(), 0.001, none.toString());
        assertTrue(none.explanation().contains("no title of the CV"), none.explanation());
        assertEquals(0, matcher(MatchOptions.builder()).match(french, chefJob).component("occupation").weight(),
                "off by default");
    }

    /** Missing required skills and years lower the whole score, as documented on MatchOptions, and say so. */
    @Test
    void missingRequirementsLowerTheWholeScore() {
        JobRequirements job = JOB_PARSER.parseText("Platform engineer\n\nRequirements\n"
                + "- Kubernetes, Terraform, Ansible, Prometheus\n- 5 years of experience\n");
        ParsedCv nurse = CV_PARSER.parse(String.join("\n", "Jo Doe", "Registered Nurse", "", "EXPERIENCE",
                "Registered Nurse, City Hospital, Boston", "2023 - 2024", "Cared for patients in intensive care.")
                .getBytes(StandardCharsets.UTF_8));
        MatchResult additive = matcher(MatchOptions.builder().missingSkillsPenalty(0).missingExperiencePenalty(0))
                .match(nurse, job);
        MatchResult penalised = matcher(MatchOptions.builder()).match(nurse, job);
        ScoreComponent skills = penalised.component("requiredSkills");
        ScoreComponent experience = penalised.component("experience");
        assertEquals(0, skills.score(), 0.001);
        assertTrue(experience.score() < 1, experience.toString());
        // none of four specific skills: about half the points are kept, then a fifth of the missing years' share
        double expected = additive.score() * (1 - 0.5 * skillsShareInformation(nurse, job))
                * (1 - 0.2 * (1 - experience.score()));
        assertEquals(expected, penalised.score(), 0.6);
        assertTrue(penalised.score() < additive.score() * 0.6, penalised.score() + " vs " + additive.score());
        assertTrue(skills.explanation().contains("Missing required skills lower the whole score by"),
                skills.explanation());
        assertTrue(experience.explanation().contains("Missing years of experience lower the whole score by"),
                experience.explanation());
        double sum = penalised.breakdown().stream().mapToDouble(ScoreComponent::contribution).sum();
        assertEquals(penalised.score(), sum, 0.1);
        assertThrows(IllegalArgumentException.class, () -> MatchOptions.builder().missingSkillsPenalty(1.5).build());
    }

    /** The mean specificity of the job's required skills, read back from the additive score's shares. */
    private static double skillsShareInformation(ParsedCv cv, JobRequirements job) {
        MatchResult r = matcher(MatchOptions.builder().requiredSkillsWeight(40).preferredSkillsWeight(0)
                .experienceWeight(40).educationWeight(0).languagesWeight(0).similarityWeight(0).relevanceWeight(0)
                .titleWeight(0)).match(cv, job);
        return r.component("requiredSkills").share() / r.component("experience").share();
    }

    /** A preferred language counts half as much as a required one, and only its absence is named. */
    @Test
    void aPreferredLanguageCountsHalfAsMuchAsARequiredOne() {
        JobRequirements job = JOB_PARSER.parseText("Data analyst\n\nRequirements\n- SQL and Python\n"
                + "- Fluent English; German is a plus\n");
        ParsedCv englishOnly = CV_PARSER.parse(String.join("\n", "Jo Doe", "Data Analyst", "", "EXPERIENCE",
                "Data Analyst, Acme, London", "2018 - 2024", "SQL and Python reports.", "", "LANGUAGES",
                "English (native)").getBytes(StandardCharsets.UTF_8));
        ScoreComponent languages = matcher(MatchOptions.builder()).match(englishOnly, job).component("languages");
        assertTrue(languages.applicable());
        assertEquals(1 / 1.5, languages.score(), 0.001, languages.toString());
        assertTrue(languages.explanation().contains("German (a plus)"), languages.explanation());
    }

    /** A suggestion's "up to +N points" counts the penalty its skill lifts: showing the skill gains what it says. */
    @Test
    void aSuggestionsGainIncludesThePenaltyItLifts() {
        JobRequirements job = JOB_PARSER.parseText("Platform engineer\n\nRequirements\n"
                + "- Kubernetes, Terraform\n");
        String head = String.join("\n", "Jo Doe", "Platform Engineer", "", "EXPERIENCE",
                "Platform Engineer, Acme, Boston", "2018 - 2024", "Ran the Kubernetes clusters of the company.");
        ParsedCv without = CV_PARSER.parse(head.getBytes(StandardCharsets.UTF_8));
        ParsedCv with = CV_PARSER.parse((head + "\nWrote Terraform modules for every service.")
                .getBytes(StandardCharsets.UTF_8));
        JobMatcher matcher = matcher(MatchOptions.builder().similarityWeight(0).relevanceWeight(0));
        MatchResult before = matcher.match(without, job);
        MatchResult after = matcher.match(with, job);
        String suggestion = before.suggestions().stream().filter(t -> t.startsWith("Show Terraform")).findFirst()
                .orElseThrow(() -> new AssertionError(before.suggestions().toString()));
        double promised = Double.parseDouble(suggestion.replaceAll(".*up to \\+([0-9.]+) points\\.$", "$1"));
        assertEquals(after.score() - before.score(), promised, 0.3, suggestion + " / " + before.score() + " -> "
                + after.score());
    }
}
