package dev.cvmatch.skill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkillNormalizerTest {

    private static final SkillNormalizer NORMALIZER = SkillNormalizer.defaults();

    private static List<String> names(String text, boolean list) {
        return NORMALIZER.find(text, list).stream().map(m -> m.skill().name()).distinct().toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Expert in JS and ECMAScript 2020|JavaScript",
        "Deployed on k8s with Helm|Kubernetes;Helm",
        "C++, C#, .NET Core and ASP.NET|C++;C#;.NET",
        "Built REST APIs with Node.js and Express.js|REST APIs;Node.js;Express",
        "Pipelines CI/CD sous GitLab CI|CI/CD;GitLab CI",
        "Gestion de projet et conduite du changement|Project management;Change management",
        "Très bonne maîtrise d'Excel et de PowerPoint|Excel;PowerPoint",
        "Ran A/B tests on landing pages|A/B testing",
        "Spring Boot microservices on PostgreSQL|Spring Boot;Microservices;PostgreSQL",
        "Surveillance des paramètres vitaux et soins des plaies|Vital signs monitoring;Wound care",
        "Scikit-learn, pandas and PyTorch|scikit-learn;pandas;PyTorch",
        "Travail en équipe, rigueur et esprit d'analyse|Teamwork;Attention to detail;Problem solving"})
    void findsCanonicalSkillsInBothLanguages(String text, String expected) {
        assertEquals(List.of(expected.split(";")), names(text, false));
    }

    @Test
    void everyMentionIsReported() {
        assertEquals(2, NORMALIZER.find("Expert in JS and ECMAScript 2020").size(), "two mentions of JavaScript");
    }

    @Test
    void reportsSpansAndSurfaceForms() {
        String text = "Administration de clusters k8s";
        SkillMatch match = NORMALIZER.find(text).get(0);
        assertEquals("k8s", match.surfaceForm());
        assertEquals("k8s", text.substring(match.start(), match.end()));
        assertEquals("Kubernetes", match.skill().name());
        assertTrue(match.skill().id().startsWith("cvmatch:") || match.skill().id().startsWith("http"));
    }

    @Test
    void longestAliasWins() {
        assertEquals(List.of("Spring Boot"), names("Spring Boot", false));
        assertEquals(List.of("Google Analytics"), names("Google Analytics", false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "I excel at building relationships with clients",
        "Ready to go to the next level",
        "The rest of the team worked remotely",
        "Swift delivery of the quarterly reports",
        "Vitamin C deficiency awareness campaign",
        "Plan A and plan B for the launch",
        "Managed the budget of the event"})
    void ambiguousWordsInProseAreNotSkills(String text) {
        assertEquals(List.of(), names(text, false), text);
    }

    @Test
    void aToolCueAnchorsACapitalisedAmbiguousAlias() {
        assertEquals(List.of("Excel"), names("Analyse mensuelle des écarts sous Excel", false));
        assertEquals(List.of("Tableau"), names("Tableaux de bord pour la direction sous Tableau", false));
        assertEquals(List.of("Go"), names("Back-end services written in Go", false));
        assertEquals(List.of(), names("I excel in teamwork and writing", false).stream()
                .filter("Excel"::equals).toList(), "lower case stays a word");
        assertEquals(List.of(), names("Head of the R&D team", false), "glued by a symbol: R&D");
        assertEquals(List.of(), names("Diplôme d'État de Sage-femme", false), "glued by a hyphen: Sage-femme");
        assertEquals(List.of(), names("Graduated in Spring 2020", false), "a season before a year");
    }

    @Test
    void ambiguousAliasesCountWithContext() {
        assertEquals(List.of("Go", "R", "Data analysis"), names("Programming in Go and R for data analysis", false));
        assertEquals(List.of("Go", "R", "C"), names("Go, R, C", true), "in a skills list");
        assertEquals(List.of("Excel"), names("excel", true), "a list item counts whatever its case");
        assertEquals(List.of("Swift", "SwiftUI"), names("Apps in Swift and SwiftUI", false));
    }

    @Test
    void aNameWrittenWithAnInnerCapitalNeedsNoOtherCueAndAnAcronymMayFollowAnArticle() {
        assertEquals(List.of("Infrastructure as code"), names("Promotion de l'IaC auprès des équipes", false));
        assertEquals(List.of(), names("promotion de l'iac", false), "lower case stays a word");
        assertEquals(List.of("CRM", "Salesforce"), names("Mise à jour du CRM (Salesforce)", false),
                "an acronym after an article");
        assertEquals(List.of(), names("The Swift reply pleased the board", false), "a capitalised word after one");
    }

    @Test
    void productsAreSkillsOfTheirOwnThatImplyTheirCategory() {
        SkillTaxonomy taxonomy = SkillTaxonomy.defaults();
        for (String[] product : new String[][] {{"MLflow", "MLOps"}, {"Workday", "HRIS"}, {"Taleo", "ATS"},
                {"Elasticsearch", null}, {"Cerner", "Electronic health records"}}) {
            List<String> found = names(product[0] + ", Jira", true);
            assertEquals(product[0], found.get(0), found.toString());
            if (product[1] != null) {
                Skill skill = NORMALIZER.find(product[0], true).get(0).skill();
                assertTrue(taxonomy.implied(skill.id()).stream().anyMatch(s -> s.name().equals(product[1])),
                        product[0] + " implies " + product[1]);
            }
        }
        assertEquals(List.of("Unix", "Linux"), names("Unix/Linux", true), "two systems, not one");
        assertEquals(List.of("ELK Stack"), names("ELK Stack", true));
    }

    /**
     * False positives of ambiguous aliases, measured on prose that names no skill: none may be reported. The
     * sentences cover the usual traps (verbs and nouns that are also tool names).
     */
    @Test
    void falsePositiveRateOnOrdinaryProseIsZero() {
        String[] prose = {
            "I go running every morning and excel at long distances.",
            "We took a rest before the swift descent to the village.",
            "She plays the guitar and speaks to the press.",
            "Our team met in Java, Indonesia, for the annual retreat.",
            "He likes to draw a sketch of the river in spring.",
            "The word of the day was chosen by the committee.",
            "C'est une personne calme qui aime le sport et la lecture.",
            "Il a pris du repos après une saison chargée.",
        };
        int falsePositives = 0;
        for (String sentence : prose) {
            List<String> found = names(sentence, false);
            falsePositives += found.size();
            assertTrue(found.isEmpty(), sentence + " -> " + found);
        }
        assertEquals(0, falsePositives);
    }

    @Test
    void impliedSkillsAreTransitive() {
        SkillTaxonomy taxonomy = SkillTaxonomy.defaults();
        Skill springBoot = NORMALIZER.find("Spring Boot").get(0).skill();
        List<String> implied = taxonomy.implied(springBoot.id()).stream().map(Skill::name).toList();
        assertEquals(List.of("Spring", "Java"), implied);
    }
    @Test
    void theWholeEscoPillarGivesSkillsOfEveryOccupationInBothLanguages() {
        List<SkillMatch> en = NORMALIZER.find("Responsible for risk management; operate cash register daily.");
        List<SkillMatch> fr = NORMALIZER.find("Gestion des risques, utiliser une caisse enregistreuse", true);
        assertEquals(List.of("Risk management", "Operate cash register"),
                en.stream().map(m -> m.skill().name()).toList(), "multi-word labels count in prose");
        assertEquals(en.stream().map(m -> m.skill().id()).toList(), fr.stream().map(m -> m.skill().id()).toList(),
                "the French labels give the same ESCO ids");
        assertTrue(SkillTaxonomy.defaults().size() > 13_000, "size " + SkillTaxonomy.defaults().size());
    }

    @Test
    void pillarGuardsKeepOneWordLabelsLanguagesAndDeveloperHomonymsOut() {
        assertEquals(List.of("Livestock"), names("Livestock, irrigation systems", true).subList(0, 1),
                "a one-word label counts in a skills list");
        assertEquals(List.of(), names("Sold the livestock at the market", false), "not as a word of prose");
        assertEquals(List.of(), names("Hebrew", true), "a language is a language, not a skill");
        assertEquals(List.of(), names("Migration, Logging", true),
                "a developer's migration and logging are not human migration and forestry");
        assertFalse(names("Sold real estate; wrote technical specifications", false).stream()
                .anyMatch(n -> n.equals("Manage cadastre") || n.equals("Draw blueprints")),
                "ESCO's loose alternative labels (real estate for 'manage cadastre') are left out");
    }
}
