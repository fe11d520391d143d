package dev.cvmatch.job;

import dev.cvmatch.CvMatchException;
import dev.cvmatch.document.DocumentTextExtractor;
import dev.cvmatch.document.ExtractedDocument;
import dev.cvmatch.internal.io.BoundedReader;
import dev.cvmatch.internal.parse.DefaultJobDescriptionParser;
import dev.cvmatch.skill.SkillNormalizer;
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
     * Parses a file.
     *
     * @param path the job description
     * @return the requirements
     * @throws CvMatchException if the document cannot be read
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    default JobRequirements parse(Path path) {
        return parse(BoundedReader.readAll(path, DocumentTextExtractor.DEFAULT_MAX_BYTES));
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

        private Builder() {
        }

        /**
         * The text extractor (default: {@link DocumentTextExtractor#createDefault()}).
         *
         * @param extractor the extractor
         * @return this builder
         */
        public Builder extractor(DocumentTextExtractor extractor) {
            this.extractor = Objects.requireNonNull(extractor, "extractor");
            return this;
        }

        /**
         * The skill normalizer (default: {@link SkillNormalizer#createDefault()}); use the same as the CV parser.
         *
         * @param normalizer the normalizer
         * @return this builder
         */
        public Builder skillNormalizer(SkillNormalizer normalizer) {
            this.skillNormalizer = Objects.requireNonNull(normalizer, "normalizer");
            return this;
        }

        /**
         * Builds the parser.
         *
         * @return an immutable, thread-safe parser
         */
        public JobDescriptionParser build() {
            return new DefaultJobDescriptionParser(extractor == null ? DocumentTextExtractor.createDefault()
                    : extractor, skillNormalizer == null ? SkillNormalizer.createDefault() : skillNormalizer);
        }
    }
}
