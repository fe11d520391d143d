package dev.cvmatch.job;

import dev.cvmatch.CvMatchException;
import dev.cvmatch.document.AutoDetectTextExtractor;
import dev.cvmatch.document.DocumentLimits;
import dev.cvmatch.document.DocumentTextExtractor;
import dev.cvmatch.document.ExtractedDocument;
import dev.cvmatch.internal.io.BoundedReader;
import dev.cvmatch.internal.parse.DefaultJobDescriptionParser;
import dev.cvmatch.internal.skill.AliasMatcher;
import dev.cvmatch.occupation.OccupationNormalizer;
import dev.cvmatch.skill.SkillNormalizer;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads a job description (text, PDF or DOCX; English or French) into {@link JobRequirements}.
 *
 * <pre>{@code
 * JobRequirements job = JobDescriptionParser.builder().build().parse(Path.of("job.pdf"));
 * job.requiredSkills();     // canonical skills under "must have" / "profil recherché"
 * job.minYearsExperience(); // "5+ years", "au moins 3 ans d'expérience"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public interface JobDescriptionParser {

    /**
     * Parses an extracted document.
     *
     * @param document the extracted job description
     * @return the requirements
     * @throws dev.cvmatch.EmptyDocumentException if the document holds no text
     */
    JobRequirements parse(ExtractedDocument document);

    /**
     * Parses a document (format detected from the bytes).
     *
     * @param content PDF, DOCX, ODT or text
     * @return the requirements
     * @throws CvMatchException if the document cannot be read
     */
    JobRequirements parse(byte[] content);

    /**
     * Parses a file (format detected from the bytes). A parser from {@link #builder()} refuses a file larger than
     * its {@link Builder#limits(DocumentLimits) limits}' {@code maxBytes} before reading it.
     *
     * @param path the job description
     * @return the requirements
     * @throws CvMatchException if the document cannot be read; {@link dev.cvmatch.LimitExceededException} if it is
     *     larger than the configured maximum size
     * @throws dev.cvmatch.DocumentNotFoundException if the file does not exist or is a directory
     * @throws java.io.UncheckedIOException if the file exists but cannot be read (permissions, I/O error)
     */
    default JobRequirements parse(Path path) {
        return parse(BoundedReader.readAll(path, DocumentTextExtractor.DEFAULT_MAX_BYTES));
    }

    /**
     * Reads a stream to its end and parses it (format detected from the bytes). The stream is not closed. A parser
     * from {@link #builder()} stops reading as soon as the stream exceeds its limits' {@code maxBytes}.
     *
     * @param in the job description
     * @return the requirements
     * @throws CvMatchException if the document cannot be read; {@link dev.cvmatch.LimitExceededException} if it is
     *     larger than the configured maximum size
     * @throws java.io.UncheckedIOException if the stream cannot be read
     */
    default JobRequirements parse(InputStream in) {
        return parse(BoundedReader.readAll(in, DocumentTextExtractor.DEFAULT_MAX_BYTES));
    }

    /**
     * Parses plain text.
     *
     * @param text the job description
     * @return the requirements
     * @throws CvMatchException if the text is empty
     */
    default JobRequirements parseText(String text) {
        return parse(Objects.requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Starts configuring a parser.
     *
     * @return a builder with the offline defaults
     */
    static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link JobDescriptionParser}. */
    final class Builder {
        private DocumentTextExtractor extractor;
        private SkillNormalizer skillNormalizer;
        private DocumentLimits limits;
        private OccupationNormalizer occupations;

        private Builder() {
        }

        /**
         * The limits documents are read under (default {@link DocumentLimits#defaults()}): {@code maxBytes} bounds
         * what {@link JobDescriptionParser#parse(Path)} and {@link JobDescriptionParser#parse(InputStream)} read,
         * whatever the extractor; bytes, pages, characters and time bound the default extractor. With an
         * {@link #extractor} of your own, give it the same limits (it applies its own).
         *
         * @param limits the limits
         * @return this builder
         */
        public Builder limits(DocumentLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * The text extractor (default: {@link DocumentTextExtractor#defaults()}).
         *
         * @param extractor the extractor
         * @return this builder
         */
        public Builder extractor(DocumentTextExtractor extractor) {
            this.extractor = Objects.requireNonNull(extractor, "extractor");
            return this;
        }

        /**
         * The skill normalizer (default: {@link SkillNormalizer#defaults()}); use the same as the CV parser.
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
         * Gives the job its occupation ({@link JobRequirements#occupation()}), normalised from its title. Off by
         * default: the requirements have no occupation and the occupation table is never loaded. Pass
         * {@link OccupationNormalizer#defaults()} for the bundled ESCO occupations (its first use loads the table:
         * about 0.3 s and 9 MB of heap, once per class loader); use the same as the CV parser.
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
        public JobDescriptionParser build() {
            DocumentTextExtractor chosen = extractor != null ? extractor : limits == null
                    ? DocumentTextExtractor.defaults()
                    : AutoDetectTextExtractor.builder().limits(limits).build();
            return new DefaultJobDescriptionParser(chosen,
                    skillNormalizer == null ? AliasMatcher.bundledSoon() : skillNormalizer,
                    (limits == null ? DocumentLimits.defaults() : limits).maxBytes(), occupations);
        }
    }
}
