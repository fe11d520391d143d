package dev.cvmatch.spring.autoconfigure;

import dev.cvmatch.document.DocumentLimits;
import dev.cvmatch.embedding.CachingTextEmbedder;
import dev.cvmatch.match.MatchOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.util.unit.DataSize;

/**
 * Configuration of cvmatch in a Spring Boot application, under {@code cvmatch.*}. Every value has the library's
 * default; set only what you change.
 */
@ConfigurationProperties(prefix = "cvmatch")
public class CvMatchProperties {

    /** Whether cvmatch's beans are created. */
    private boolean enabled = true;

    private final Parser parser = new Parser();
    private final Limits limits = new Limits();
    private final Ocr ocr = new Ocr();
    private final Skills skills = new Skills();
    private final Match match = new Match();
    private final Embedding embedding = new Embedding();
    private final Azure azure = new Azure();
    private final Web web = new Web();

    /**
     * Returns whether cvmatch's beans are created.
     *
     * @return the value
     */
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * Sets whether cvmatch's beans are created.
     *
     * @param enabled the new value
     */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * Returns the {@code parser} settings.
     *
     * @return the value
     */
    public Parser getParser() {
        return parser;
    }

    /**
     * Returns the {@code limits} settings.
     *
     * @return the value
     */
    public Limits getLimits() {
        return limits;
    }

    /**
     * Returns the {@code web} settings.
     *
     * @return the value
     */
    public Web getWeb() {
        return web;
    }

    /**
     * Returns the {@code ocr} settings.
     *
     * @return the value
     */
    public Ocr getOcr() {
        return ocr;
    }

    /**
     * Returns the {@code skills} settings.
     *
     * @return the value
     */
    public Skills getSkills() {
        return skills;
    }

    /**
     * Returns the {@code match} settings.
     *
     * @return the value
     */
    public Match getMatch() {
        return match;
    }

    /**
     * Returns the {@code embedding} settings.
     *
     * @return the value
     */
    public Embedding getEmbedding() {
        return embedding;
    }

    /**
     * Returns the {@code azure} settings.
     *
     * @return the value
     */
    public Azure getAzure() {
        return azure;
    }

    /** CV parsing. */
    public static class Parser {
        /** Region for phone numbers written without an international prefix (ISO 3166 code). */
        private String defaultPhoneRegion = "FR";
        /** Whether to detect the language of each CV (about 1.5 ms per CV). */
        private boolean detectLanguage = true;
        /**
         * Month a current position runs to when counting experience, as YYYY-MM; empty for the current month.
         */
        private String referenceMonth;
        /**
         * Whether CV positions and job titles get their ESCO occupation (loads the occupation table at startup:
         * about 0.3 s and 9 MB of heap).
         */
        private boolean occupations;

        /**
         * Returns region for phone numbers written without an international prefix (ISO 3166 code).
         *
         * @return the value
         */
        public String getDefaultPhoneRegion() {
            return defaultPhoneRegion;
        }

        /**
         * Sets: region for phone numbers written without an international prefix (ISO 3166 code).
         *
         * @param defaultPhoneRegion the new value
         */
        public void setDefaultPhoneRegion(String defaultPhoneRegion) {
            this.defaultPhoneRegion = defaultPhoneRegion;
        }

        /**
         * Returns whether to detect the language of each CV (about 1.5 ms per CV).
         *
         * @return the value
         */
        public boolean isDetectLanguage() {
            return detectLanguage;
        }

        /**
         * Sets whether to detect the language of each CV (about 1.5 ms per CV).
         *
         * @param detectLanguage the new value
         */
        public void setDetectLanguage(boolean detectLanguage) {
            this.detectLanguage = detectLanguage;
        }

        /**
         * Returns month a current position runs to when counting experience, as YYYY-MM; empty for the current
         * month.
         *
         * @return the value
         */
        public String getReferenceMonth() {
            return referenceMonth;
        }

        /**
         * Sets: month a current position runs to when counting experience, as YYYY-MM; empty for the current month.
         *
         * @param referenceMonth the new value
         */
        public void setReferenceMonth(String referenceMonth) {
            this.referenceMonth = referenceMonth;
        }

        /**
         * Returns whether CV positions and job titles get their ESCO occupation (loads the occupation table at
         * startup: about 0.3 s and 9 MB of heap).
         *
         * @return the value
         */
        public boolean isOccupations() {
            return occupations;
        }

        /**
         * Sets whether CV positions and job titles get their ESCO occupation (loads the occupation table at startup:
         * about 0.3 s and 9 MB of heap).
         *
         * @param occupations the new value
         */
        public void setOccupations(boolean occupations) {
            this.occupations = occupations;
        }
    }

    /** cvmatch in a Spring MVC application. */
    public static class Web {
        /**
         * Whether cvmatch's document exceptions (empty, corrupt, encrypted, unsupported, needs OCR, over a limit)
         * and uploads over the multipart limit are answered as RFC 9457 problem details (400, 413, 415, 422).
         */
        private boolean problemDetails = true;
        /**
         * Whether spring.servlet.multipart.max-file-size (and max-request-size) default to cvmatch.limits.max-size
         * when that is set. Values set for spring.servlet.multipart.* always win.
         */
        private boolean multipartLimits = true;

        /**
         * Returns whether cvmatch's document exceptions (empty, corrupt, encrypted, unsupported, needs OCR, over a
         * limit) and uploads over the multipart limit are answered as RFC 9457 problem details (400, 413, 415, 422).
         *
         * @return the value
         */
        public boolean isProblemDetails() {
            return problemDetails;
        }

        /**
         * Sets whether cvmatch's document exceptions (empty, corrupt, encrypted, unsupported, needs OCR, over a
         * limit) and uploads over the multipart limit are answered as RFC 9457 problem details (400, 413, 415, 422).
         *
         * @param problemDetails the new value
         */
        public void setProblemDetails(boolean problemDetails) {
            this.problemDetails = problemDetails;
        }

        /**
         * Returns whether spring.servlet.multipart.max-file-size (and max-request-size) default to
         * cvmatch.limits.max-size when that is set. Values set for spring.servlet.multipart.* always win.
         *
         * @return the value
         */
        public boolean isMultipartLimits() {
            return multipartLimits;
        }

        /**
         * Sets whether spring.servlet.multipart.max-file-size (and max-request-size) default to cvmatch.limits.max-
         * size when that is set. Values set for spring.servlet.multipart.* always win.
         *
         * @param multipartLimits the new value
         */
        public void setMultipartLimits(boolean multipartLimits) {
            this.multipartLimits = multipartLimits;
        }
    }

    /** Limits applied to every document read (CVs and job descriptions). */
    public static class Limits {
        private static final DocumentLimits DEFAULTS = DocumentLimits.defaults();

        /** Largest document accepted. */
        private DataSize maxSize = DataSize.ofBytes(DEFAULTS.maxBytes());
        /** Most pages read. */
        private int maxPages = DEFAULTS.maxPages();
        /** Most characters of text extracted. */
        private int maxCharacters = DEFAULTS.maxCharacters();
        /** Longest time spent extracting one document (OCR excluded). */
        private Duration timeBudget = DEFAULTS.timeBudget();
        /** Largest image, in pixels, decoded for OCR. */
        private long maxImagePixels = DEFAULTS.maxImagePixels();
        /**
         * Most bytes the compressed parts of a document may decode to: each PDF stream, the PDF's non-image streams
         * together, a DOCX/ODT archive's entries together (decompression bombs stop here).
         */
        private DataSize maxDecodedSize = DataSize.ofBytes(DEFAULTS.maxDecodedBytes());

        /**
         * Returns largest document accepted.
         *
         * @return the value
         */
        public DataSize getMaxSize() {
            return maxSize;
        }

        /**
         * Sets: largest document accepted.
         *
         * @param maxSize the new value
         */
        public void setMaxSize(DataSize maxSize) {
            this.maxSize = maxSize;
        }

        /**
         * Returns most pages read.
         *
         * @return the value
         */
        public int getMaxPages() {
            return maxPages;
        }

        /**
         * Sets: most pages read.
         *
         * @param maxPages the new value
         */
        public void setMaxPages(int maxPages) {
            this.maxPages = maxPages;
        }

        /**
         * Returns most characters of text extracted.
         *
         * @return the value
         */
        public int getMaxCharacters() {
            return maxCharacters;
        }

        /**
         * Sets: most characters of text extracted.
         *
         * @param maxCharacters the new value
         */
        public void setMaxCharacters(int maxCharacters) {
            this.maxCharacters = maxCharacters;
        }

        /**
         * Returns longest time spent extracting one document (OCR excluded).
         *
         * @return the value
         */
        public Duration getTimeBudget() {
            return timeBudget;
        }

        /**
         * Sets: longest time spent extracting one document (OCR excluded).
         *
         * @param timeBudget the new value
         */
        public void setTimeBudget(Duration timeBudget) {
            this.timeBudget = timeBudget;
        }

        /**
         * Returns largest image, in pixels, decoded for OCR.
         *
         * @return the value
         */
        public long getMaxImagePixels() {
            return maxImagePixels;
        }

        /**
         * Sets: largest image, in pixels, decoded for OCR.
         *
         * @param maxImagePixels the new value
         */
        public void setMaxImagePixels(long maxImagePixels) {
            this.maxImagePixels = maxImagePixels;
        }

        /**
         * Returns the most bytes the compressed parts of a document may decode to.
         *
         * @return the value
         */
        public DataSize getMaxDecodedSize() {
            return maxDecodedSize;
        }

        /**
         * Sets: the most bytes the compressed parts of a document may decode to.
         *
         * @param maxDecodedSize the new value
         */
        public void setMaxDecodedSize(DataSize maxDecodedSize) {
            this.maxDecodedSize = maxDecodedSize;
        }

        DocumentLimits toDocumentLimits() {
            return new DocumentLimits(maxSize.toBytes(), maxPages, maxCharacters, timeBudget, maxImagePixels,
                    maxDecodedSize.toBytes());
        }
    }

    /** Local OCR (Tesseract through the optional tess4j dependency). */
    public static class Ocr {
        /** Whether scans are read by the local OCR engine when it is installed; false refuses them. */
        private boolean enabled = true;

        /**
         * Returns whether scans are read by the local OCR engine when it is installed; false refuses them.
         *
         * @return the value
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets whether scans are read by the local OCR engine when it is installed; false refuses them.
         *
         * @param enabled the new value
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }

    /** The skill taxonomy: the bundled one, plus yours. */
    public static class Skills {
        /**
         * Taxonomy files added over the bundled taxonomy, in order: JSON ({@code .json}) or CSV ({@code .csv}) in
         * the formats of {@code SkillTaxonomy.Builder}; a skill with an existing id replaces it.
         */
        private List<Resource> taxonomies = new ArrayList<>();
        /** Ids of bundled skills to switch off (e.g. {@code cvmatch:r}). */
        private List<String> disabled = new ArrayList<>();

        /**
         * Returns taxonomy files added over the bundled taxonomy, in order: JSON ({@code .json}) or CSV ({@code
         * .csv}) in the formats of {@code SkillTaxonomy.Builder}; a skill with an existing id replaces it.
         *
         * @return the value
         */
        public List<Resource> getTaxonomies() {
            return taxonomies;
        }

        /**
         * Sets: taxonomy files added over the bundled taxonomy, in order: JSON ({@code .json}) or CSV ({@code .csv})
         * in the formats of {@code SkillTaxonomy.Builder}; a skill with an existing id replaces it.
         *
         * @param taxonomies the new value
         */
        public void setTaxonomies(List<Resource> taxonomies) {
            this.taxonomies = taxonomies;
        }

        /**
         * Returns ids of bundled skills to switch off (e.g. {@code cvmatch:r}).
         *
         * @return the value
         */
        public List<String> getDisabled() {
            return disabled;
        }

        /**
         * Sets: ids of bundled skills to switch off (e.g. {@code cvmatch:r}).
         *
         * @param disabled the new value
         */
        public void setDisabled(List<String> disabled) {
            this.disabled = disabled;
        }
    }

    /** Scoring a CV against a job: weights of the components (relative, renormalised over applicable ones). */
    public static class Match {
        private static final MatchOptions DEFAULTS = MatchOptions.defaults();

        /** Weight of the required skills. */
        private double requiredSkillsWeight = DEFAULTS.requiredSkills();
        /** Weight of the preferred skills. */
        private double preferredSkillsWeight = DEFAULTS.preferredSkills();
        /** Weight of the years of experience. */
        private double experienceWeight = DEFAULTS.experience();
        /** Weight of the education level. */
        private double educationWeight = DEFAULTS.education();
        /** Weight of the spoken languages. */
        private double languagesWeight = DEFAULTS.languages();
        /** Weight of the text similarity. */
        private double similarityWeight = DEFAULTS.similarity();
        /** Weight of the job title match. */
        private double titleWeight = DEFAULTS.title();
        /** Weight of the lexical relevance (TF-IDF cosine of the CV's and the job's words). */
        private double relevanceWeight = DEFAULTS.relevance();
        /** Blind screening: results carry no name, contact or photo-like personal data. */
        private boolean blind = DEFAULTS.blind();
        /** How much missing required skills lower the whole score, 0-1 (0: a purely additive score). */
        private double missingSkillsPenalty = DEFAULTS.missingSkillsPenalty();
        /** How much missing years of experience lower the whole score, 0-1 (0: a purely additive score). */
        private double missingExperiencePenalty = DEFAULTS.missingExperiencePenalty();

        /**
         * Returns weight of the required skills.
         *
         * @return the value
         */
        public double getRequiredSkillsWeight() {
            return requiredSkillsWeight;
        }

        /**
         * Sets: weight of the required skills.
         *
         * @param requiredSkillsWeight the new value
         */
        public void setRequiredSkillsWeight(double requiredSkillsWeight) {
            this.requiredSkillsWeight = requiredSkillsWeight;
        }

        /**
         * Returns weight of the preferred skills.
         *
         * @return the value
         */
        public double getPreferredSkillsWeight() {
            return preferredSkillsWeight;
        }

        /**
         * Sets: weight of the preferred skills.
         *
         * @param preferredSkillsWeight the new value
         */
        public void setPreferredSkillsWeight(double preferredSkillsWeight) {
            this.preferredSkillsWeight = preferredSkillsWeight;
        }

        /**
         * Returns weight of the years of experience.
         *
         * @return the value
         */
        public double getExperienceWeight() {
            return experienceWeight;
        }

        /**
         * Sets: weight of the years of experience.
         *
         * @param experienceWeight the new value
         */
        public void setExperienceWeight(double experienceWeight) {
            this.experienceWeight = experienceWeight;
        }

        /**
         * Returns weight of the education level.
         *
         * @return the value
         */
        public double getEducationWeight() {
            return educationWeight;
        }

        /**
         * Sets: weight of the education level.
         *
         * @param educationWeight the new value
         */
        public void setEducationWeight(double educationWeight) {
            this.educationWeight = educationWeight;
        }

        /**
         * Returns weight of the spoken languages.
         *
         * @return the value
         */
        public double getLanguagesWeight() {
            return languagesWeight;
        }

        /**
         * Sets: weight of the spoken languages.
         *
         * @param languagesWeight the new value
         */
        public void setLanguagesWeight(double languagesWeight) {
            this.languagesWeight = languagesWeight;
        }

        /**
         * Returns weight of the text similarity.
         *
         * @return the value
         */
        public double getSimilarityWeight() {
            return similarityWeight;
        }

        /**
         * Sets: weight of the text similarity.
         *
         * @param similarityWeight the new value
         */
        public void setSimilarityWeight(double similarityWeight) {
            this.similarityWeight = similarityWeight;
        }

        /**
         * Returns the weight of the job title.
         *
         * @return the value
         */
        public double getTitleWeight() {
            return titleWeight;
        }

        /**
         * Sets: the weight of the job title.
         *
         * @param titleWeight the new value
         */
        public void setTitleWeight(double titleWeight) {
            this.titleWeight = titleWeight;
        }

        /**
         * Returns the weight of the lexical relevance.
         *
         * @return the value
         */
        public double getRelevanceWeight() {
            return relevanceWeight;
        }

        /**
         * Sets: the weight of the lexical relevance.
         *
         * @param relevanceWeight the new value
         */
        public void setRelevanceWeight(double relevanceWeight) {
            this.relevanceWeight = relevanceWeight;
        }

        /**
         * Returns blind screening: results carry no name, contact or photo-like personal data.
         *
         * @return the value
         */
        public boolean isBlind() {
            return blind;
        }

        /**
         * Sets: blind screening: results carry no name, contact or photo-like personal data.
         *
         * @param blind the new value
         */
        public void setBlind(boolean blind) {
            this.blind = blind;
        }

        /**
         * Returns how much missing required skills lower the whole score.
         *
         * @return the value, 0-1
         */
        public double getMissingSkillsPenalty() {
            return missingSkillsPenalty;
        }

        /**
         * Sets how much missing required skills lower the whole score.
         *
         * @param missingSkillsPenalty the new value, 0-1
         */
        public void setMissingSkillsPenalty(double missingSkillsPenalty) {
            this.missingSkillsPenalty = missingSkillsPenalty;
        }

        /**
         * Returns how much missing years of experience lower the whole score.
         *
         * @return the value, 0-1
         */
        public double getMissingExperiencePenalty() {
            return missingExperiencePenalty;
        }

        /**
         * Sets how much missing years of experience lower the whole score.
         *
         * @param missingExperiencePenalty the new value, 0-1
         */
        public void setMissingExperiencePenalty(double missingExperiencePenalty) {
            this.missingExperiencePenalty = missingExperiencePenalty;
        }
    }

    /** Text embeddings for similarity. */
    public static class Embedding {
        /** Texts whose vectors a remote embedder (Azure OpenAI) keeps in memory, by content hash. */
        private int cacheSize = CachingTextEmbedder.DEFAULT_CAPACITY;

        /**
         * Returns texts whose vectors a remote embedder (Azure OpenAI) keeps in memory, by content hash.
         *
         * @return the value
         */
        public int getCacheSize() {
            return cacheSize;
        }

        /**
         * Sets: texts whose vectors a remote embedder (Azure OpenAI) keeps in memory, by content hash.
         *
         * @param cacheSize the new value
         */
        public void setCacheSize(int cacheSize) {
            this.cacheSize = cacheSize;
        }
    }

    /** The Azure adapters (module cvmatch-azure on the classpath). */
    public static class Azure {
        private final DocumentIntelligence documentIntelligence = new DocumentIntelligence();
        private final OpenAi openai = new OpenAi();

        /**
         * Returns the {@code document-intelligence} settings.
         *
         * @return the value
         */
        public DocumentIntelligence getDocumentIntelligence() {
            return documentIntelligence;
        }

        /**
         * Returns the {@code openai} settings.
         *
         * @return the value
         */
        public OpenAi getOpenai() {
            return openai;
        }
    }

    /** Azure AI Document Intelligence as the extractor of scans and PDFs. */
    public static class DocumentIntelligence {
        /** Resource endpoint; setting it switches the adapter on. */
        private String endpoint;
        /** Resource key; without it, a TokenCredential bean (e.g. DefaultAzureCredential) is used. */
        private String key;
        /**
         * How the service is used: EXTRACTOR reads whole documents of the configured formats (layout model by
         * default); OCR reads only page images that need OCR (scanned PDF pages, PNG, JPEG; read model by default)
         * and leaves everything else to the embedded extractors.
         */
        private Mode mode = Mode.EXTRACTOR;
        /** Model; empty for the mode's default (prebuilt-layout as extractor, prebuilt-read as OCR). */
        private String modelId;
        /** Formats sent to the service in EXTRACTOR mode; the others are read by the embedded extractors. */
        private List<String> formats = new ArrayList<>(List.of("PDF", "PNG", "JPEG"));
        /** Whether to request the paid font-style add-on. */
        private boolean styleFont;
        /** Longest wait for one analysis. */
        private Duration timeout = Duration.ofMinutes(2);

        /**
         * Returns resource endpoint; setting it switches the adapter on.
         *
         * @return the value
         */
        public String getEndpoint() {
            return endpoint;
        }

        /**
         * Sets: resource endpoint; setting it switches the adapter on.
         *
         * @param endpoint the new value
         */
        public void setEndpoint(String endpoint) {
            this.endpoint = endpoint;
        }

        /**
         * Returns resource key; without it, a TokenCredential bean (e.g. DefaultAzureCredential) is used.
         *
         * @return the value
         */
        public String getKey() {
            return key;
        }

        /**
         * Sets: resource key; without it, a TokenCredential bean (e.g. DefaultAzureCredential) is used.
         *
         * @param key the new value
         */
        public void setKey(String key) {
            this.key = key;
        }

        /**
         * Returns how the service is used: EXTRACTOR reads whole documents of the configured formats (layout model by
         * default); OCR reads only page images that need OCR (scanned PDF pages, PNG, JPEG; read model by default)
         * and leaves everything else to the embedded extractors.
         *
         * @return the value
         */
        public Mode getMode() {
            return mode;
        }

        /**
         * Sets: how the service is used: EXTRACTOR reads whole documents of the configured formats (layout model by
         * default); OCR reads only page images that need OCR (scanned PDF pages, PNG, JPEG; read model by default)
         * and leaves everything else to the embedded extractors.
         *
         * @param mode the new value
         */
        public void setMode(Mode mode) {
            this.mode = mode;
        }

        /**
         * Returns model; empty for the mode's default (prebuilt-layout as extractor, prebuilt-read as OCR).
         *
         * @return the value
         */
        public String getModelId() {
            return modelId;
        }

        /**
         * Sets: model; empty for the mode's default (prebuilt-layout as extractor, prebuilt-read as OCR).
         *
         * @param modelId the new value
         */
        public void setModelId(String modelId) {
            this.modelId = modelId;
        }

        /**
         * Returns formats sent to the service in EXTRACTOR mode; the others are read by the embedded extractors.
         *
         * @return the value
         */
        public List<String> getFormats() {
            return formats;
        }

        /**
         * Sets: formats sent to the service in EXTRACTOR mode; the others are read by the embedded extractors.
         *
         * @param formats the new value
         */
        public void setFormats(List<String> formats) {
            this.formats = formats;
        }

        /**
         * Returns whether to request the paid font-style add-on.
         *
         * @return the value
         */
        public boolean isStyleFont() {
            return styleFont;
        }

        /**
         * Sets whether to request the paid font-style add-on.
         *
         * @param styleFont the new value
         */
        public void setStyleFont(boolean styleFont) {
            this.styleFont = styleFont;
        }

        /**
         * Returns longest wait for one analysis.
         *
         * @return the value
         */
        public Duration getTimeout() {
            return timeout;
        }

        /**
         * Sets: longest wait for one analysis.
         *
         * @param timeout the new value
         */
        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }
    }

    /** How Document Intelligence is used. */
    public enum Mode {
        /** Whole documents of the configured formats. */
        EXTRACTOR,
        /** Only the page images that need OCR. */
        OCR
    }

    /** Azure OpenAI embeddings for similarity. */
    public static class OpenAi {
        /** Resource endpoint; setting it (with a deployment) switches the adapter on. */
        private String endpoint;
        /** Resource key; without it, a TokenCredential bean is used. */
        private String key;
        /** Name of the embeddings deployment. */
        private String deployment;
        /** Vector length; 0 for the deployment's own (1536 expected). */
        private int dimensions;

        /**
         * Returns resource endpoint; setting it (with a deployment) switches the adapter on.
         *
         * @return the value
         */
        public String getEndpoint() {
            return endpoint;
        }

        /**
         * Sets: resource endpoint; setting it (with a deployment) switches the adapter on.
         *
         * @param endpoint the new value
         */
        public void setEndpoint(String endpoint) {
            this.endpoint = endpoint;
        }

        /**
         * Returns resource key; without it, a TokenCredential bean is used.
         *
         * @return the value
         */
        public String getKey() {
            return key;
        }

        /**
         * Sets: resource key; without it, a TokenCredential bean is used.
         *
         * @param key the new value
         */
        public void setKey(String key) {
            this.key = key;
        }

        /**
         * Returns name of the embeddings deployment.
         *
         * @return the value
         */
        public String getDeployment() {
            return deployment;
        }

        /**
         * Sets: name of the embeddings deployment.
         *
         * @param deployment the new value
         */
        public void setDeployment(String deployment) {
            this.deployment = deployment;
        }

        /**
         * Returns vector length; 0 for the deployment's own (1536 expected).
         *
         * @return the value
         */
        public int getDimensions() {
            return dimensions;
        }

        /**
         * Sets: vector length; 0 for the deployment's own (1536 expected).
         *
         * @param dimensions the new value
         */
        public void setDimensions(int dimensions) {
            this.dimensions = dimensions;
        }
    }
}
