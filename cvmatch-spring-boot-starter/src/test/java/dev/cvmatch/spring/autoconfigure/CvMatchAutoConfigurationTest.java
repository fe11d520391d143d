package dev.cvmatch.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cvmatch.LimitExceededException;
import dev.cvmatch.azure.documentintelligence.AzureDocumentIntelligenceTextExtractor;
import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.NormalizedSkill;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.document.AutoDetectTextExtractor;
import dev.cvmatch.document.DocumentLimits;
import dev.cvmatch.document.DocumentTextExtractor;
import dev.cvmatch.embedding.TextEmbedder;
import dev.cvmatch.job.JobDescriptionParser;
import dev.cvmatch.job.JobRequirements;
import dev.cvmatch.match.JobMatcher;
import dev.cvmatch.match.MatchOptions;
import dev.cvmatch.match.MatchResult;
import dev.cvmatch.occupation.NormalizedOccupation;
import dev.cvmatch.occupation.OccupationNormalizer;
import dev.cvmatch.skill.SkillNormalizer;
import dev.cvmatch.skill.SkillTaxonomy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CvMatchAutoConfigurationTest {

    private static final String CV = String.join("\n", "Camille Martin", "camille.martin@example.fr | 06 12 34 56 78",
            "", "EXPÉRIENCE", "Développeuse Java, Acme, Lyon, janv. 2019 - déc. 2024",
            "Microservices Spring Boot et conception de widgets", "", "COMPÉTENCES", "Java, Spring Boot, PostgreSQL");
    private static final String JOB = String.join("\n", "Développeur Java (H/F)",
            "Compétences requises : Java, Spring Boot", "Expérience : 3 ans minimum");

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(CvMatchAzureAutoConfiguration.class, CvMatchAutoConfiguration.class));

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void everyBeanWorksOnTheEmbeddedDefault() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(CvParser.class).hasSingleBean(JobDescriptionParser.class)
                    .hasSingleBean(JobMatcher.class).hasSingleBean(SkillTaxonomy.class)
                    .hasSingleBean(SkillNormalizer.class).hasSingleBean(TextEmbedder.class)
                    .hasSingleBean(DocumentTextExtractor.class).hasSingleBean(MatchOptions.class);
            assertThat(context.getBean(SkillTaxonomy.class)).isSameAs(SkillTaxonomy.defaults());
            ParsedCv cv = context.getBean(CvParser.class).parse(utf8(CV));
            assertThat(cv.contact().phoneE164()).isEqualTo("+33612345678");
            JobRequirements job = context.getBean(JobDescriptionParser.class).parseText(JOB);
            MatchResult result = context.getBean(JobMatcher.class).match(cv, job);
            assertThat(result.score()).isGreaterThan(50);
            assertThat(result.missingSkills()).isEmpty();
        });
    }

    @Test
    void occupationsAreOffUnlessThePropertyOrABeanTurnsThemOn() {
        runner.run(context -> {
            assertThat(context).doesNotHaveBean(OccupationNormalizer.class);
            assertThat(context.getBean(CvParser.class).parse(utf8(CV)).experience())
                    .allMatch(e -> e.occupation() == null);
            assertThat(context.getBean(JobDescriptionParser.class).parseText(JOB).occupation()).isNull();
        });
        runner.withPropertyValues("cvmatch.parser.occupations=true").run(context -> {
            assertThat(context.getBean(OccupationNormalizer.class)).isSameAs(OccupationNormalizer.defaults());
            String accountantCv = String.join("\n", "Léa Moreau", "lea.moreau@exemple.fr", "", "EXPÉRIENCE",
                    "Comptable, Cabinet Durand, Nantes, mars 2021 - aujourd'hui", "Tenue de la comptabilité");
            NormalizedOccupation accountant = context.getBean(CvParser.class).parse(utf8(accountantCv))
                    .experience().get(0).occupation();
            assertThat(accountant).isEqualTo(OccupationNormalizer.defaults().normalize("Comptable").orElseThrow());
            assertThat(context.getBean(JobDescriptionParser.class).parseText("Senior Accountant (H/F)\n\n"
                    + "Requirements: Excel, SAP").occupation().id()).isEqualTo(accountant.id());
        });
        NormalizedOccupation own = new NormalizedOccupation("urn:acme:occupation:1", "Acme role", null, null, 1);
        OccupationNormalizer acme = new OccupationNormalizer() {
            @Override
            public java.util.Optional<NormalizedOccupation> normalize(String title) {
                return java.util.Optional.of(own);
            }

            @Override
            public java.util.Optional<NormalizedOccupation> byId(String id) {
                return java.util.Optional.empty();
            }
        };
        runner.withBean(OccupationNormalizer.class, () -> acme).run(context -> {
            assertThat(context.getBean(CvParser.class).parse(utf8(CV)).experience().get(0).occupation())
                    .isEqualTo(own);
            assertThat(context.getBean(JobDescriptionParser.class).parseText(JOB).occupation()).isEqualTo(own);
        });
    }

    @Test
    void theParserBeansReadStreamsUnderTheConfiguredMaxSize() {
        // 4 KB: under the default 32 MiB, over cvmatch.limits.max-size
        byte[] big = utf8(CV + " ".repeat(4096));
        runner.withPropertyValues("cvmatch.limits.max-size=2KB").run(context -> {
            assertThatThrownBy(() -> context.getBean(CvParser.class).parse(new java.io.ByteArrayInputStream(big)))
                    .isInstanceOf(LimitExceededException.class).hasMessageContaining("2 KiB");
            assertThatThrownBy(() -> context.getBean(JobDescriptionParser.class)
                    .parse(new java.io.ByteArrayInputStream(big)))
                    .isInstanceOf(LimitExceededException.class).hasMessageContaining("2 KiB");
        });
    }

    @Test
    void theJacksonModulesAreBeansAndBackOffWithoutJackson3() {
        runner.run(context -> assertThat(context).hasSingleBean(dev.cvmatch.json.CvMatchJackson3Module.class)
                .hasSingleBean(dev.cvmatch.json.CvMatchJacksonModule.class));
        runner.withClassLoader(new FilteredClassLoader("tools.jackson."))
                .run(context -> assertThat(context).doesNotHaveBean(dev.cvmatch.json.CvMatchJackson3Module.class)
                        .hasSingleBean(CvParser.class));
    }

    @Test
    void propertiesConfigureTheBeans() {
        runner.withPropertyValues("cvmatch.parser.default-phone-region=GB", "cvmatch.parser.detect-language=false",
                "cvmatch.parser.reference-month=2025-06", "cvmatch.limits.max-size=2KB",
                "cvmatch.limits.time-budget=5s", "cvmatch.skills.taxonomies=classpath:acme-skills.json",
                "cvmatch.skills.disabled=cvmatch:spring-boot", "cvmatch.match.similarity-weight=0",
                "cvmatch.match.blind=true").run(context -> {
                    DocumentLimits limits = context.getBean(DocumentLimits.class);
                    assertThat(limits.maxBytes()).isEqualTo(2048);
                    assertThat(limits.timeBudget()).isEqualTo(Duration.ofSeconds(5));
                    CvParser parser = context.getBean(CvParser.class);
                    ParsedCv cv = parser.parse(utf8(CV.replace("06 12 34 56 78", "07700 900106")));
                    assertThat(cv.contact().phoneE164()).isEqualTo("+447700900106");
                    assertThat(cv.language()).isNull();
                    assertThat(cv.totalExperienceMonths()).isEqualTo(72);
                    assertThat(cv.skills()).extracting(NormalizedSkill::name).contains("Widget design")
                            .doesNotContain("Spring Boot");
                    assertThatThrownBy(() -> parser.parse(utf8(CV.repeat(20))))
                            .isInstanceOf(LimitExceededException.class);
                    MatchOptions options = context.getBean(MatchOptions.class);
                    assertThat(options.similarity()).isZero();
                    assertThat(options.blind()).isTrue();
                });
    }

    @Test
    void theApplicationsOwnBeansWin() {
        CvParser mine = CvParser.builder().defaultPhoneRegion("BE").build();
        runner.withBean(CvParser.class, () -> mine).withBean(TextEmbedder.class, () -> TextEmbedder.defaults())
                .run(context -> {
                    assertThat(context.getBean(CvParser.class)).isSameAs(mine);
                    assertThat(context).hasSingleBean(TextEmbedder.class).hasSingleBean(JobMatcher.class);
                });
    }

    @Test
    void disabledMeansNoBeans() {
        runner.withPropertyValues("cvmatch.enabled=false").run(context ->
                assertThat(context).doesNotHaveBean(CvParser.class).doesNotHaveBean(JobMatcher.class));
    }

    @Test
    void badConfigurationFailsAtStartupWithTheProperty() {
        runner.withPropertyValues("cvmatch.parser.reference-month=June").run(context ->
                assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("cvmatch.parser.reference-month must be YYYY-MM"));
        runner.withPropertyValues("cvmatch.skills.taxonomies=classpath:missing.json").run(context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining("missing.json"));
    }

    @Test
    void withoutCvmatchAzureTheEmbeddedDefaultIsUsed() {
        runner.withClassLoader(new FilteredClassLoader(AzureDocumentIntelligenceTextExtractor.class))
                .withPropertyValues("cvmatch.azure.document-intelligence.endpoint=https://example.invalid/",
                        "cvmatch.azure.document-intelligence.key=k")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(CvParser.class);
                    assertThat(context.getBean(DocumentTextExtractor.class)).isInstanceOf(AutoDetectTextExtractor.class);
                    assertThat(context.getBean(TextEmbedder.class).name()).doesNotStartWith("azure");
                });
    }

    @Test
    void azureAdaptersAreWiredWhenTheirEndpointsAreSet() {
        runner.withPropertyValues("cvmatch.azure.document-intelligence.endpoint=https://example.invalid/",
                "cvmatch.azure.document-intelligence.key=k", "cvmatch.azure.openai.endpoint=https://example.invalid/",
                "cvmatch.azure.openai.key=k", "cvmatch.azure.openai.deployment=text-embedding-3-small",
                "cvmatch.azure.openai.dimensions=256").run(context -> {
                    assertThat(context).hasSingleBean(DocumentTextExtractor.class).hasSingleBean(TextEmbedder.class);
                    TextEmbedder embedder = context.getBean(TextEmbedder.class);
                    assertThat(embedder.name()).isEqualTo("azure-openai:text-embedding-3-small");
                    assertThat(embedder.dimension()).isEqualTo(256);
                    // text is not a format the service reads: it stays with the embedded extractor, no call made
                    ParsedCv cv = context.getBean(CvParser.class).parse(utf8(CV));
                    assertThat(cv.contact().fullName()).isEqualTo("Camille Martin");
                });
    }

    @Test
    void documentIntelligenceAsOcrOnlyLeavesDigitalDocumentsLocal() {
        runner.withPropertyValues("cvmatch.azure.document-intelligence.endpoint=https://example.invalid/",
                "cvmatch.azure.document-intelligence.key=k", "cvmatch.azure.document-intelligence.mode=ocr")
                .run(context -> {
                    assertThat(context).hasSingleBean(DocumentTextExtractor.class);
                    // a text CV needs no OCR: parsed locally, no call to the (unreachable) endpoint
                    assertThat(context.getBean(CvParser.class).parse(utf8(CV)).contact().fullName())
                            .isEqualTo("Camille Martin");
                });
    }

    @Test
    void anUnknownAzureFormatIsNamedAtStartup() {
        runner.withPropertyValues("cvmatch.azure.document-intelligence.endpoint=https://example.invalid/",
                "cvmatch.azure.document-intelligence.key=k", "cvmatch.azure.document-intelligence.formats=PDF,TIFF")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("cvmatch.azure.document-intelligence.formats: unknown format TIFF"));
    }

    @Test
    void azureWithoutKeyNeedsATokenCredential() {
        runner.withPropertyValues("cvmatch.azure.document-intelligence.endpoint=https://example.invalid/")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("cvmatch.azure.document-intelligence.key"));
    }
}
