package dev.cvmatch.spring.web;

import dev.cvmatch.CvMatchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Answers cvmatch's document exceptions, and uploads over the multipart limit, with RFC 9457 problem details
 * ({@code application/problem+json}) instead of a 500: see {@link CvMatchProblemDetails} for the statuses and types.
 *
 * <p>These are the client's errors, not the server's: each is logged as one line at DEBUG (logger
 * {@code dev.cvmatch.spring.web}), without a stack trace and without the document's content.
 *
 * <p>Registered by the starter in a Spring MVC application unless {@code cvmatch.web.problem-details=false} or the
 * application defines its own bean of this type. It has the lowest precedence, so an application's own
 * {@code @ControllerAdvice} ordered before it, for these exceptions or for a superclass, wins.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class CvMatchExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CvMatchExceptionHandler.class);

    /** Creates the handler. */
    public CvMatchExceptionHandler() {
    }

    /**
     * The problem details of a document cvmatch could not process.
     *
     * @param exception the exception
     * @return 400, 413, 415 or 422 with problem details
     */
    @ExceptionHandler(CvMatchException.class)
    public ResponseEntity<ProblemDetail> handleDocumentException(CvMatchException exception) {
        ProblemDetail problem = CvMatchProblemDetails.of(exception);
        LOG.debug("Refused a document with {}: {}", problem.getStatus(), problem.getDetail());
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /**
     * The problem details of an upload over Spring's multipart limit.
     *
     * @param exception the exception
     * @return 413 with problem details
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ResponseEntity<ProblemDetail> handleUploadTooLarge(MaxUploadSizeExceededException exception) {
        ProblemDetail problem = CvMatchProblemDetails.uploadTooLarge(exception.getMaxUploadSize());
        LOG.debug("Refused an upload with {}: {}", problem.getStatus(), problem.getDetail());
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
