package dev.cvmatch.store;

import java.util.Objects;

/**
 * What {@link AnalysisService#submit(AnalysisRequest)} takes: an uploaded CV and the job to match it against.
 *
 * <pre>{@code
 * AnalysisRequest request = AnalysisRequest.builder()
 *         .owner("user-42").fileName("camille-martin.pdf").content(bytes).jobText(jobDescription).build();
 * }</pre>
 *
 * @param owner who the analysis belongs to
 * @param fileName the name of the uploaded file (display only)
 * @param contentType the media type, or {@code null} to detect it from the bytes
 * @param content the document's bytes
 * @param jobText the job description, as text
 */
public record AnalysisRequest(String owner, String fileName, String contentType, byte[] content, String jobText) {

    /**
     * Validates and copies the content.
     *
     * @throws NullPointerException if a required field is null
     * @throws IllegalArgumentException if the owner or the job text is blank
     * @param owner the record component {@code owner} (see the class description)
     * @param fileName the record component {@code fileName} (see the class description)
     * @param contentType the record component {@code contentType} (see the class description)
     * @param content the record component {@code content} (see the class description)
     * @param jobText the record component {@code jobText} (see the class description)
     */
    public AnalysisRequest {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(jobText, "jobText");
        if (owner.isBlank()) {
            throw new IllegalArgumentException("owner must not be blank");
        }
        if (jobText.isBlank()) {
            throw new IllegalArgumentException("jobText must not be blank");
        }
        content = content.clone();
    }

    /**
     * The document's bytes (a copy).
     *
     * @return the bytes
     */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /**
     * Starts a request.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnalysisRequest r && owner.equals(r.owner) && fileName.equals(r.fileName)
                && Objects.equals(contentType, r.contentType) && java.util.Arrays.equals(content, r.content)
                && jobText.equals(r.jobText);
    }

    @Override
    public int hashCode() {
        return Objects.hash(owner, fileName, contentType, java.util.Arrays.hashCode(content), jobText);
    }

    @Override
    public String toString() {
        return "AnalysisRequest[owner=" + owner + ", fileName=" + fileName + ", contentType=" + contentType
                + ", content=" + content.length + " bytes, jobText=" + jobText.length() + " chars]";
    }

    /** Builds an {@link AnalysisRequest}. */
    public static final class Builder {
        private String owner;
        private String fileName;
        private String contentType;
        private byte[] content;
        private String jobText;

        private Builder() {
        }

        /**
         * @param owner who the analysis belongs to (required)
         * @return this builder
         */
        public Builder owner(String owner) {
            this.owner = owner;
            return this;
        }

        /**
         * @param fileName the uploaded file's name (required)
         * @return this builder
         */
        public Builder fileName(String fileName) {
            this.fileName = fileName;
            return this;
        }

        /**
         * @param contentType the media type (default: detected from the bytes)
         * @return this builder
         */
        public Builder contentType(String contentType) {
            this.contentType = contentType;
            return this;
        }

        /**
         * @param content the document's bytes (required)
         * @return this builder
         */
        public Builder content(byte[] content) {
            this.content = content;
            return this;
        }

        /**
         * @param jobText the job description (required)
         * @return this builder
         */
        public Builder jobText(String jobText) {
            this.jobText = jobText;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws NullPointerException if a required field is missing
         * @throws IllegalArgumentException if the owner or the job text is blank
         */
        public AnalysisRequest build() {
            return new AnalysisRequest(owner, fileName, contentType, content, jobText);
        }
    }
}
