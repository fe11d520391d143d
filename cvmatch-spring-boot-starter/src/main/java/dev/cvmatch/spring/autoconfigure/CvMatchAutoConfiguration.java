package dev.cvmatch.spring.autoconfigure;

import dev.cvmatch.cv.CvParser;
import dev.cvmatch.document.AutoDetectTextExtractor;
import dev.cvmatch.document.DocumentLimits;
import dev.cvmatch.document.DocumentTextExtractor;
import dev.cvmatch.embedding.TextEmbedder;
import dev.cvmatch.job.JobDescriptionParser;
import dev.cvmatch.json.CvMatchJackson3Module;
import dev.cvmatch.json.CvMatchJacksonModule;
import dev.cvmatch.match.JobMatcher;
import dev.cvmatch.match.MatchOptions;
import dev.cvmatch.occupation.OccupationNormalizer;
import dev.cvmatch.skill.SkillNormalizer;
import dev.cvmatch.skill.SkillTaxonomy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * Auto-configuration of cvmatch: the skill taxonomy and normaliser, the document extractor, the occupation
 * normalizer (when {@code cvmatch.parser.occupations=true}), the CV and job parsers, the text embedder and the job matcher, configured by {@link CvMatchProperties} ({@code cvmatch.*}). Every
 * bean backs off when the application defines its own of the same type. All beans are immutable and thread-safe.
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = "cvmatch", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(CvMatchProperties.class)
public class CvMatchAutoConfiguration {

    /**
     * The limits every document is read under.
     *
     * @param properties the properties
     * @return the limits
     */
    @Bean
    @ConditionalOnMissingBean
    public DocumentLimits cvmatchDocumentLimits(CvMatchProperties properties) {
        return properties.getLimits().toDocumentLimits();
    }

    /**
     * The bundled taxonomy, with the configured files added and the configured ids disabled.
     *
     * @param properties the properties
     * @return the taxonomy
     */
    @Bean
    @ConditionalOnMissingBean
    public SkillTaxonomy cvmatchSkillTaxonomy(CvMatchProperties properties) {
        CvMatchProperties.Skills skills = properties.getSkills();
        if (skills.getTaxonomies().isEmpty() && skills.getDisabled().isEmpty()) {
            return SkillTaxonomy.defaults();
        }
        SkillTaxonomy.Builder builder = SkillTaxonomy.builder().addAll(SkillTaxonomy.defaults());
        for (Resource resource : skills.getTaxonomies()) {
            String name = String.valueOf(resource.getFilename()).toLowerCase(Locale.ROOT);
            try (InputStream in = resource.getInputStream()) {
                if (name.endsWith(".json")) {
                    builder.loadJson(in);
                } else if (name.endsWith(".csv")) {
                    builder.loadCsv(in);
                } else {
                    throw new IllegalArgumentException("cvmatch.skills.taxonomies: " + resource
                            + " is neither .json nor .csv");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cvmatch.skills.taxonomies: cannot read " + resource, e);
            }
        }
        skills.getDisabled().forEach(builder::disable);
        return builder.build();
    }

    /**
     * The skill normaliser over the taxonomy.
     *
     * @param taxonomy the taxonomy
     * @return the normaliser
     */
    @Bean
    @ConditionalOnMissingBean
    public SkillNormalizer cvmatchSkillNormalizer(SkillTaxonomy taxonomy) {
        return SkillNormalizer.of(taxonomy);
    }

    /**
     * The embedded extractor (PDFBox, POI, ODF, text; local OCR unless {@code cvmatch.ocr.enabled=false}).
     *
     * @param properties the properties
     * @param limits the limits
     * @return the extractor
     */
    @Bean
    @ConditionalOnMissingBean
    public DocumentTextExtractor cvmatchDocumentTextExtractor(CvMatchProperties properties, DocumentLimits limits) {
        return embeddedExtractor(properties, limits).build();
    }

    /** The embedded extractors under the limits, with local OCR unless switched off; more formats may be added. */
    static AutoDetectTextExtractor.Builder embeddedExtractor(CvMatchProperties properties, DocumentLimits limits) {
        AutoDetectTextExtractor.Builder builder = AutoDetectTextExtractor.builder().limits(limits);
        if (!properties.getOcr().isEnabled()) {
            builder.ocr(null);
        }
        return builder;
    }

    /**
     * The bundled ESCO occupations, only with {@code cvmatch.parser.occupations=true}: the parsers then give CV
     * positions and job titles their occupation. An application's own {@link OccupationNormalizer} bean turns
     * occupations on as well.
     *
     * @return the occupation normalizer
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "cvmatch.parser", name = "occupations", havingValue = "true")
    public OccupationNormalizer cvmatchOccupationNormalizer() {
        return OccupationNormalizer.defaults();
    }

    /**
     * The CV parser; files and streams are read under the limits.
     *
     * @param properties the properties
     * @param extractor the extractor
     * @param normalizer the skill normaliser
     * @param limits the limits
     * @param occupations the occupation normalizer, when there is one
     * @return the parser
     */
    @Bean
    @ConditionalOnMissingBean
    public CvParser cvmatchCvParser(CvMatchProperties properties, DocumentTextExtractor extractor,
            SkillNormalizer normalizer, DocumentLimits limits, ObjectProvider<OccupationNormalizer> occupations) {
        CvMatchProperties.Parser parser = properties.getParser();
        CvParser.Builder builder = CvParser.builder().extractor(extractor).skillNormalizer(normalizer).limits(limits)
                .defaultPhoneRegion(parser.getDefaultPhoneRegion()).detectLanguage(parser.isDetectLanguage())
                .occupations(occupations.getIfAvailable());
        YearMonth month = referenceMonth(parser.getReferenceMonth());
        if (month != null) {
            builder.referenceMonth(month);
        }
        return builder.build();
    }

    /**
     * The job description parser; files and streams are read under the limits.
     *
     * @param extractor the extractor
     * @param normalizer the skill normaliser
     * @param limits the limits
     * @param occupations the occupation normalizer, when there is one
     * @return the parser
     */
    @Bean
    @ConditionalOnMissingBean
    public JobDescriptionParser cvmatchJobDescriptionParser(DocumentTextExtractor extractor,
            SkillNormalizer normalizer, DocumentLimits limits, ObjectProvider<OccupationNormalizer> occupations) {
        return JobDescriptionParser.builder().extractor(extractor).skillNormalizer(normalizer).limits(limits)
                .occupations(occupations.getIfAvailable()).build();
    }

    /**
     * The embedded text embedder (lexical, or MiniLM with it when the optional model is on the classpath), cached
     * by content hash.
     *
     * @return the embedder
     */
    @Bean
    @ConditionalOnMissingBean
    public TextEmbedder cvmatchTextEmbedder() {
        return TextEmbedder.defaults();
    }

    /**
     * The scoring weights.
     *
     * @param properties the properties
     * @return the options
     */
    @Bean
    @ConditionalOnMissingBean
    public MatchOptions cvmatchMatchOptions(CvMatchProperties properties) {
        CvMatchProperties.Match m = properties.getMatch();
        MatchOptions.Builder builder = MatchOptions.builder().requiredSkillsWeight(m.getRequiredSkillsWeight())
                .preferredSkillsWeight(m.getPreferredSkillsWeight()).experienceWeight(m.getExperienceWeight())
                .educationWeight(m.getEducationWeight()).languagesWeight(m.getLanguagesWeight())
                .similarityWeight(m.getSimilarityWeight()).titleWeight(m.getTitleWeight())
                .relevanceWeight(m.getRelevanceWeight()).blind(m.isBlind())
                .missingSkillsPenalty(m.getMissingSkillsPenalty())
                .missingExperiencePenalty(m.getMissingExperiencePenalty());
        YearMonth month = referenceMonth(properties.getParser().getReferenceMonth());
        if (month != null) {
            builder.referenceMonth(month);
        }
        return builder.build();
    }

    /**
     * The job matcher.
     *
     * @param options the scoring weights
     * @param embedder the embedder
     * @param taxonomy the taxonomy
     * @return the matcher
     */
    @Bean
    @ConditionalOnMissingBean
    public JobMatcher cvmatchJobMatcher(MatchOptions options, TextEmbedder embedder, SkillTaxonomy taxonomy) {
        return JobMatcher.builder().options(options).embedder(embedder).taxonomy(taxonomy).build();
    }

    /**
     * cvmatch's Jackson 3 module, which Spring Boot adds to its {@code JsonMapper}: a controller returning a
     * {@code ParsedCv}, {@code JobRequirements}, {@code MatchResult} or {@code RankedCandidate} answers the schema
     * of {@link dev.cvmatch.json.CvJson}.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "tools.jackson.databind.JacksonModule")
    static class Jackson3Configuration {

        /**
         * The module.
         *
         * @return the Jackson 3 module
         */
        @Bean
        @ConditionalOnMissingBean
        CvMatchJackson3Module cvmatchJackson3Module() {
            return new CvMatchJackson3Module();
        }
    }

    /**
     * cvmatch's Jackson 2 module, for applications that still configure a Jackson 2 {@code ObjectMapper} from
     * {@code Module} beans (Spring Boot's deprecated {@code spring-boot-jackson2}).
     *
     * @return the Jackson 2 module
     */
    @Bean
    @ConditionalOnMissingBean
    public CvMatchJacksonModule cvmatchJacksonModule() {
        return new CvMatchJacksonModule();
    }

    private static YearMonth referenceMonth(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("cvmatch.parser.reference-month must be YYYY-MM: " + value, e);
        }
    }
}
