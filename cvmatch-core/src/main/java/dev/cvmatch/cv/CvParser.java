package dev.cvmatch.cv;

import dev.cvmatch.CvMatchException;
import dev.cvmatch.document.DocumentTextExtractor;
import dev.cvmatch.document.ExtractedDocument;
import dev.cvmatch.internal.io.BoundedReader;
import dev.cvmatch.internal.parse.DefaultCvParser;
import dev.cvmatch.internal.skill.AliasMatcher;
import dev.cvmatch.job.JobDescriptionParser;
import dev.cvmatch.occupation.OccupationNormalizer;
import dev.cvmatch.skill.SkillNormalizer;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns a CV into structured data.
 *
 * <pre>{@code
 * CvParser parser = CvParser.builder()                     // offline defaults, France as default phone region
 *         .referenceMonth(YearMonth.of(2026, 11))          // "aujourd'hui" runs to this month
 *         .build();
 * ParsedCv cv = parser.parse(Path.of("examples/samples/camille-martin-fr.pdf"));
 * cv.contact().fullName();                                 // "Camille MARTIN", as printed
 * cv.experience().get(0).employer();                       // "Fictivia Logiciels"
 * cv.totalExperienceMonths();                              // 158
 * }</pre>
 *
 * <p>(This example runs on the shipped sample in {@code ReadmeExampleTest}.)
 *
 * <p>Instances are immutable and thread-safe; build one and share it. Heavy resources (language model, word lists)
 * are loaded once per class loader and shared.
 */
public interface CvParser {

    /**
     * Parses a document that has already been extracted (by the default extractor, OCR, or a cloud service).
     *
     * @param document the extracted document
     * @return the parsed CV; never {@code null}
     * @throws dev.cvmatch.EmptyDocumentException if the document holds no text
     * @throws NullPointerException if document is null
     */
    ParsedCv parse(ExtractedDocument document);

    /**
     * Extracts the text of a document (format detected from the bytes) and parses it.
     *
     * @param content the whole document: PDF, DOCX, ODT or plain text
     * @return the parsed CV; never {@code null}
     * @throws CvMatchException if the document cannot be read: {@link dev.cvmatch.UnsupportedFormatException},
     *     {@link dev.cvmatch.EncryptedDocumentException}, {@link dev.cvmatch.CorruptDocumentException},
     *     {@link dev.cvmatch.EmptyDocumentException}
     */
    ParsedCv parse(byte[] content);

    /**
     * Reads a file and parses it. The format is detected from the bytes, not from the file name. A parser from
     * {@link #builder()} refuses a file larger than its {@link Builder#limits(dev.cvmatch.document.DocumentLimits)
     * limits}' {@code maxBytes} before reading it.
     *
     * @param path the CV file
     * @return the parsed CV
     * @throws CvMatchException if the document cannot be read; {@link dev.cvmatch.LimitExceededException} if it is
     *     larger than the configured maximum size
     * @throws dev.cvmatch.DocumentNotFoundException if the file does not exist or is a directory
     * @throws java.io.UncheckedIOException if the file exists but cannot be read (permissions, I/O error)
     */
    default ParsedCv parse(Path path) {
        return parse(BoundedReader.readAll(path, DocumentTextExtractor.DEFAULT_MAX_BYTES));
    }

    /**
     * Reads a stream to its end and parses it. The stream is not closed. A parser from {@link #builder()} stops
     * reading as soon as the stream exceeds its limits' {@code maxBytes}.
     *
     * @param in the CV content
     * @return the parsed CV
     * @throws CvMatchException if the document cannot be read; {@link dev.cvmatch.LimitExceededException} if it is
     *     larger than the configured maximum size
     * @throws java.io.UncheckedIOException if the stream cannot be read
     */
    default ParsedCv parse(InputStream in) {
        return parse(BoundedReader.readAll(in, DocumentTextExtractor.DEFAULT_MAX_BYTES));
    }

    /**
     * Parses a CV given as plain text (as {@link JobDescriptionParser#parseText(String)} does for a job).
     *
     * @param text the CV
     * @return the parsed CV
     * @throws CvMatchException if the text is empty
     * @throws NullPointerException if text is null
     */
    default ParsedCv parseText(String text) {
        return parse(Objects.requireNonNull(text, "text").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Starts configuring a parser.
     *
     * @return a new builder with the offline defaults
     */
    static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link CvParser}. Not thread-safe; the parsers it builds are. */
    final class Builder {
        private DocumentTextExtractor extractor;
        private String defaultRegion = "FR";
        private YearMonth referenceMonth;
        private Clock clock = Clock.systemDefaultZone();
        private boolean detectLanguage = true;
        private SkillNormalizer skillNormalizer;
        private dev.cvmatch.document.DocumentLimits limits;
        private OccupationNormalizer occupations;

        private Builder() {
        }

        /**
         * The text extractor. Default: {@link DocumentTextExtractor#defaults()} (PDFBox, POI, ODT, text).
         *
         * @param extractor the extractor
         * @return this builder
         */
        public Builder extractor(DocumentTextExtractor extractor) {
            this.extractor = Objects.requireNonNull(extractor, "extractor");
            return this;
        }

        /**
         * The region used to read phone numbers written without an international prefix when the CV does not tell
         * its country. Default {@code FR}.
         *
         * @param regionCode ISO 3166-1 alpha-2 code, e.g. {@code "FR"}, {@code "GB"}
         * @return this builder
         * @throws IllegalArgumentException if the code is not two letters
         */
        public Builder defaultPhoneRegion(String regionCode) {
            Objects.requireNonNull(regionCode, "regionCode");
            if (!regionCode.matches("[A-Za-z]{2}")) {
                throw new IllegalArgumentException("expected an ISO 3166-1 alpha-2 code: " + regionCode);
            }
            this.defaultRegion = regionCode.toUpperCase(Locale.ROOT);
            return this;
        }

        /**
         * The month a current position ("Present", "aujourd'hui") runs to when counting experience. Default: the
         * current month of the {@link #clock(Clock) clock}. Set it to the date the CVs were received to get stable
         * figures.
         *
         * @param month the reference month
         * @return this builder
         */
        public Builder referenceMonth(YearMonth month) {
            this.referenceMonth = Objects.requireNonNull(month, "month");
            return this;
        }

        /**
         * The clock giving the current month when no {@link #referenceMonth(YearMonth) reference month} is set.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Whether to detect the CV's language with the OpenNLP language detector (default {@code true}). When
         * off, {@link ParsedCv#language()} is {@code null} and the 10 MB model is never loaded.
         *
         * @param enabled whether to detect the language
         * @return this builder
         */
        public Builder detectLanguage(boolean enabled) {
            this.detectLanguage = enabled;
            return this;
        }

        /**
         * The limits documents are read under (default {@link dev.cvmatch.document.DocumentLimits#defaults()}):
         * {@code maxBytes} bounds what {@link CvParser#parse(Path)} and {@link CvParser#parse(InputStream)} read,
         * whatever the extractor; bytes, pages, characters and time bound the default extractor. With an
         * {@link #extractor} of your own, give it the same limits (it applies its own).
         *
         * @param limits the limits
         * @return this builder
         */
        public Builder limits(dev.cvmatch.document.DocumentLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * The skill normalizer mapping skill mentions to a taxonomy. Default:
         * {@link SkillNormalizer#defaults()} over the bundled taxonomy; use
         * {@code SkillNormalizer.of(SkillTaxonomy.builder()...build())} for your own.
         *
         * @param normalizer the normalizer
         * @return this builder
         */
        public Builder skillNormalizer(SkillNormalizer normalizer) {
            this.skillNormalizer = Objects.requireNonNull(normalizer, "normalizer");
            return this;
        }

        /**
         * The skill taxonomy to normalise skills to: the same as {@link #skillNormalizer(SkillNormalizer)
         * skillNormalizer(SkillNormalizer.of(taxonomy))}, so that every builder of cvmatch takes the same argument.
         *
         * @param taxonomy the taxonomy
         * @return this builder
         */
        public Builder taxonomy(dev.cvmatch.skill.SkillTaxonomy taxonomy) {
            return skillNormalizer(SkillNormalizer.of(Objects.requireNonNull(taxonomy, "taxonomy")));
        }

        /**
         * Gives every position its occupation ({@link WorkExperience#occupation()}), normalised from its title.
         * Off by default: positions have no occupation and the occupation table is never loaded. Pass
         * {@link OccupationNormalizer#defaults()} for the bundled ESCO occupations (its first use loads the table:
         * about 0.3 s and 9 MB of heap, once per class loader; then about 20 µs a title).
         *
         * @param normalizer the occupation normalizer, or {@code null} to turn occupations off
         * @return this builder
         */
        public Builder occupations(OccupationNormalizer normalizer) {
            this.occupations = normalizer;
            return this;
        }

        /**
         * Builds the parser.
         *
         * @return an immutable, thread-safe parser
         */
        public CvParser build() {
            DocumentTextExtractor chosen = extractor != null ? extractor : limits == null
                    ? DocumentTextExtractor.defaults()
                    : dev.cvmatch.document.AutoDetectTextExtractor.builder().limits(limits).build();
            return new DefaultCvParser(chosen,
                    defaultRegion, referenceMonth, clock, detectLanguage,
                    skillNormalizer == null ? AliasMatcher.bundledSoon() : skillNormalizer,
                    (limits == null ? dev.cvmatch.document.DocumentLimits.defaults() : limits).maxBytes(),
                    occupations);
        }
    }
}
