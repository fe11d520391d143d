package dev.cvmatch.spring.web;

import dev.cvmatch.CorruptDocumentException;
import dev.cvmatch.CvMatchException;
import dev.cvmatch.DocumentNotFoundException;
import dev.cvmatch.EmptyDocumentException;
import dev.cvmatch.EncryptedDocumentException;
import dev.cvmatch.LimitExceededException;
import dev.cvmatch.OcrRequiredException;
import dev.cvmatch.UnsupportedFormatException;
import java.net.URI;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The RFC 9457 problem details of cvmatch's exceptions: what {@link CvMatchExceptionHandler} answers, usable on its
 * own from an application's {@code @ExceptionHandler}.
 *
 * <table>
 *   <caption>Exception to problem details</caption>
 *   <tr><th>exception</th><th>status</th><th>{@code type}</th></tr>
 *   <tr><td>{@link EmptyDocumentException} (an empty file, no text)</td><td>400</td>
 *       <td>{@code tag:cvmatch.dev,2026:problem/empty-document}</td></tr>
 *   <tr><td>{@link LimitExceededException} (larger, longer or slower than the limits)</td><td>413</td>
 *       <td>{@code .../limit-exceeded}, with a {@code limit} member naming the limit</td></tr>
 *   <tr><td>{@link UnsupportedFormatException} (not a PDF, DOCX, ODT, text or image)</td><td>415</td>
 *       <td>{@code .../unsupported-format}</td></tr>
 *   <tr><td>{@link EncryptedDocumentException} (needs a password)</td><td>422</td>
 *       <td>{@code .../encrypted-document}</td></tr>
 *   <tr><td>{@link CorruptDocumentException} (truncated, damaged)</td><td>422</td>
 *       <td>{@code .../corrupt-document}</td></tr>
 *   <tr><td>{@link OcrRequiredException} (a scan, and no OCR engine on the server)</td><td>422</td>
 *       <td>{@code .../ocr-required}</td></tr>
 *   <tr><td>{@link DocumentNotFoundException} (a file the application asked for is missing)</td><td>404</td>
 *       <td>{@code .../document-not-found}; the detail does not name the server's path</td></tr>
 *   <tr><td>any other {@link CvMatchException}</td><td>422</td><td>{@code .../unprocessable-document}</td></tr>
 * </table>
 *
 * <p>{@code detail} is the exception's message, one line written for the person who uploaded the file (it names
 * the problem, never the document's content); {@code title} is a short fixed summary of the type. The {@code type}
 * URIs are <a href="https://www.rfc-editor.org/rfc/rfc4151">tag URIs</a>: stable identifiers to switch on, not
 * addresses to fetch.
 */
public final class CvMatchProblemDetails {

    /** The prefix of every {@code type} URI. */
    public static final String TYPE_PREFIX = "tag:cvmatch.dev,2026:problem/";

    private CvMatchProblemDetails() {
    }

    /**
     * The problem details of a cvmatch exception.
     *
     * @param exception the exception
     * @return the problem details; never {@code null}
     * @throws NullPointerException if exception is null
     */
    public static ProblemDetail of(CvMatchException exception) {
        Objects.requireNonNull(exception, "exception");
        ProblemDetail problem;
        if (exception instanceof LimitExceededException limit) {
            problem = problem(HttpStatus.CONTENT_TOO_LARGE, "limit-exceeded", "Document over the limits",
                    exception);
            if (limit.limit() != null) {
                problem.setProperty("limit", limit.limit());
            }
        } else if (exception instanceof DocumentNotFoundException) {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "The document was not found");
            problem.setType(URI.create(TYPE_PREFIX + "document-not-found"));
            problem.setTitle("Document not found");
        } else if (exception instanceof UnsupportedFormatException) {
            problem = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-format", "Unsupported document format",
                    exception);
        } else if (exception instanceof OcrRequiredException) {
            problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "ocr-required", "Scanned document cannot be read",
                    exception);
        } else if (exception instanceof EmptyDocumentException) {
            problem = problem(HttpStatus.BAD_REQUEST, "empty-document", "Empty document", exception);
        } else if (exception instanceof EncryptedDocumentException) {
            problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "encrypted-document", "Password-protected document",
                    exception);
        } else if (exception instanceof CorruptDocumentException) {
            problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "corrupt-document", "Damaged document", exception);
        } else {
            problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "unprocessable-document",
                    "Document cannot be processed", exception);
        }
        return problem;
    }

    /**
     * The problem details of an upload refused by the servlet container's multipart limit
     * ({@code spring.servlet.multipart.max-file-size} / {@code max-request-size}): 413, type
     * {@code .../upload-too-large}.
     *
     * @param maxUploadSize the limit in bytes, or a negative number when unknown
     * @return the problem details
     */
    public static ProblemDetail uploadTooLarge(long maxUploadSize) {
        String detail = maxUploadSize > 0
                ? "The upload is larger than the limit of " + maxUploadSize / 1024 + " KiB; send a smaller file"
                : "The upload is larger than the server accepts; send a smaller file";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
        problem.setType(URI.create(TYPE_PREFIX + "upload-too-large"));
        problem.setTitle("Upload too large");
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, CvMatchException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, oneLine(exception.getMessage()));
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(title);
        return problem;
    }

    private static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return null;
        }
        return message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
