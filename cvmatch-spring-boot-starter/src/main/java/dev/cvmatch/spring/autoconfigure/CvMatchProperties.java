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

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Parser getParser() {
        return parser;
    }

    public Limits getLimits() {
        return limits;
    }

    public Web getWeb() {
        return web;
    }

    public Ocr getOcr() {
        return ocr;
    }

    public Skills getSkills() {
        return skills;
    }

    public Match getMatch() {
        return match;
    }

    public Embedding getEmbedding() {
        return embedding;
    }

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

        public String getDefaultPhoneRegion() {
            return defaultPhoneRegion;
        }

        public void setDefaultPhoneRegion(String defaultPhoneRegion) {
            this.defaultPhoneRegion = defaultPhoneRegion;
        }

        public boolean isDetectLanguage() {
            return detectLanguage;
        }

        public void setDetectLanguage(boolean detectLanguage) {
            this.detectLanguage = detectLanguage;
        }

        public String getReferenceMonth() {
            return referenceMonth;
        }

        public void setReferenceMonth(String referenceMonth) {
            this.referenceMonth = referenceMonth;
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

        public boolean isProblemDetails() {
            return problemDetails;
        }

        public void setProblemDetails(boolean problemDetails) {
            this.problemDetails = problemDetails;
        }

        public boolean isMultipartLimits() {
            return multipartLimits;
        }

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

        public DataSize getMaxSize() {
            return maxSize;
        }

        public void setMaxSize(DataSize maxSize) {
            this.maxSize = maxSize;
        }

        public int getMaxPages() {
            return maxPages;
        }

        public void setMaxPages(int maxPages) {
            this.maxPages = maxPages;
        }

        public int getMaxCharacters() {
            return maxCharacters;
        }

        public void setMaxCharacters(int maxCharacters) {
            this.maxCharacters = maxCharacters;
        }

        public Duration getTimeBudget() {
            return timeBudget;
        }

        public void setTimeBudget(Duration timeBudget) {
            this.timeBudget = timeBudget;
        }

        public long getMaxImagePixels() {
            return maxImagePixels;
        }

        public void setMaxImagePixels(long maxImagePixels) {
            this.maxImagePixels = maxImagePixels;
        }

        public DataSize getMaxDecodedSize() {
            return maxDecodedSize;
        }

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

        public boolean isEnabled() {
            return enabled;
        }

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

        public List<Resource> getTaxonomies() {
            return taxonomies;
        }

        public void setTaxonomies(List<Resource> taxonomies) {
            this.taxonomies = taxonomies;
        }

        public List<String> getDisabled() {
            return disabled;
        }

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
        /** Weight of the job title match (off by default). */
        private double titleWeight = DEFAULTS.title();
        /** Weight of the lexical relevance (TF-IDF cosine of the CV's and the job's words). */
        private double relevanceWeight = DEFAULTS.relevance();
        /** Blind screening: results carry no name, contact or photo-like personal data. */
        private boolean blind = DEFAULTS.blind();

        public double getRequiredSkillsWeight() {
            return requiredSkillsWeight;
        }

        public void setRequiredSkillsWeight(double requiredSkillsWeight) {
            this.requiredSkillsWeight = requiredSkillsWeight;
        }

        public double getPreferredSkillsWeight() {
            return preferredSkillsWeight;
        }

        public void setPreferredSkillsWeight(double preferredSkillsWeight) {
            this.preferredSkillsWeight = preferredSkillsWeight;
        }

        public double getExperienceWeight() {
            return experienceWeight;
        }

        public void setExperienceWeight(double experienceWeight) {
            this.experienceWeight = experienceWeight;
        }

        public double getEducationWeight() {
            return educationWeight;
        }

        public void setEducationWeight(double educationWeight) {
            this.educationWeight = educationWeight;
        }

        public double getLanguagesWeight() {
            return languagesWeight;
        }

        public void setLanguagesWeight(double languagesWeight) {
            this.languagesWeight = languagesWeight;
        }

        public double getSimilarityWeight() {
            return similarityWeight;
        }

        public void setSimilarityWeight(double similarityWeight) {
            this.similarityWeight = similarityWeight;
        }

        public double getTitleWeight() {
            return titleWeight;
        }

        public void setTitleWeight(double titleWeight) {
            this.titleWeight = titleWeight;
        }

        public double getRelevanceWeight() {
            return relevanceWeight;
        }

        public void setRelevanceWeight(double relevanceWeight) {
            this.relevanceWeight = relevanceWeight;
        }

        public boolean isBlind() {
            return blind;
        }

        public void setBlind(boolean blind) {
            this.blind = blind;
        }
    }

    /** Text embeddings for similarity. */
    public static class Embedding {
        /** Texts whose vectors a remote embedder (Azure OpenAI) keeps in memory, by content hash. */
        private int cacheSize = CachingTextEmbedder.DEFAULT_CAPACITY;

        public int getCacheSize() {
            return cacheSize;
        }

        public void setCacheSize(int cacheSize) {
            this.cacheSize = cacheSize;
        }
    }

    /** The Azure adapters (module cvmatch-azure on the classpath). */
    public static class Azure {
        private final DocumentIntelligence documentIntelligence = new DocumentIntelligence();
        private final OpenAi openai = new OpenAi();

        public DocumentIntelligence getDocumentIntelligence() {
            return documentIntelligence;
        }

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

        public String getEndpoint() {
            return endpoint;
        }

        public void setEndpoint(String endpoint) {
            this.endpoint = endpoint;
        }

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public Mode getMode() {
            return mode;
        }

        public void setMode(Mode mode) {
            this.mode = mode;
        }

        public String getModelId() {
            return modelId;
        }

        public void setModelId(String modelId) {
            this.modelId = modelId;
        }

        public List<String> getFormats() {
            return formats;
        }

        public void setFormats(List<String> formats) {
            this.formats = formats;
        }

        public boolean isStyleFont() {
            return styleFont;
        }

        public void setStyleFont(boolean styleFont) {
            this.styleFont = styleFont;
        }

        public Duration getTimeout() {
            return timeout;
        }

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

        public String getEndpoint() {
            return endpoint;
        }

        public void setEndpoint(String endpoint) {
            this.endpoint = endpoint;
        }

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public String getDeployment() {
            return deployment;
        }

        public void setDeployment(String deployment) {
            this.deployment = deployment;
        }

        public int getDimensions() {
            return dimensions;
        }

        public void setDimensions(int dimensions) {
            this.dimensions = dimensions;
        }
    }
}
