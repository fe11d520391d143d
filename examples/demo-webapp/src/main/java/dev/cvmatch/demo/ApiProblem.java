package dev.cvmatch.demo;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An error the API answers as RFC 9457 problem details, with a stable {@code type} URI per kind of problem.
 */
public final class ApiProblem extends ErrorResponseException {

    private static final String TYPE_BASE = "https://cvmatch.dev/problems/";

    private ApiProblem(HttpStatus status, String type, String title, String detail, Map<String, Object> properties) {
        super(status, problem(status, type, title, detail, properties), null);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail,
            Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        properties.forEach(problem::setProperty);
        return problem;
    }

    /**
     * A problem.
     *
     * @param status the HTTP status
     * @param type the last segment of the problem type URI ({@code unsupported-file}...)
     * @param title a short summary of the kind of problem
     * @param detail what happened, for a person to read
     * @return the exception to throw
     */
    public static ApiProblem of(HttpStatus status, String type, String title, String detail) {
        return new ApiProblem(status, type, title, detail, Map.of());
    }

    /**
     * A problem with extension members.
     *
     * @param status the HTTP status
     * @param type the last segment of the problem type URI
     * @param title a short summary of the kind of problem
     * @param detail what happened, for a person to read
     * @param properties extension members of the problem document
     * @return the exception to throw
     */
    public static ApiProblem of(HttpStatus status, String type, String title, String detail,
            Map<String, Object> properties) {
        return new ApiProblem(status, type, title, detail, properties);
    }

    /**
     * The 404 answered for an analysis that does not exist or belongs to someone else (never 403: the API does not
     * tell which).
     *
     * @return the exception to throw
     */
    public static ApiProblem analysisNotFound() {
        return of(HttpStatus.NOT_FOUND, "not-found", "Not found", "No such analysis.");
    }
}
