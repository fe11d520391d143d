package dev.cvmatch.demo.analysis;

import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.job.JobRequirements;
import dev.cvmatch.match.MatchResult;
import dev.cvmatch.store.Analysis;
import java.time.Instant;

/** What the API answers for analyses. */
public final class AnalysisViews {

    private AnalysisViews() {
    }

    /**
     * One line of the history.
     *
     * @param id the analysis id
     * @param fileName the uploaded file's name (hidden in blind mode)
     * @param candidate the candidate's name when known (hidden in blind mode)
     * @param jobTitle the job's title when known
     * @param status queued, processing, completed or failed
     * @param score 0-100 once completed
     * @param error why it failed, for a person to read
     * @param createdAt when it was submitted
     * @param updatedAt when it last changed
     */
    public record Summary(String id, String fileName, String candidate, String jobTitle, String status, Double score,
            String error, Instant createdAt, Instant updatedAt) {
    }

    /**
     * One analysis in full.
     *
     * @param summary its history line
     * @param result the score's breakdown, matched and missing skills, suggestions (once completed)
     * @param cv the extracted CV (once completed; without personal data in blind mode)
     * @param job what was read from the job description (once completed)
     * @param jobText the job description as submitted
     */
    public record Detail(Summary summary, MatchResult result, ParsedCv cv, JobRequirements job, String jobText) {
    }

    static Summary summary(Analysis a, boolean blind) {
        Double score = a.result() == null ? null : rounded(a.result().score());
        String candidate = a.cv() == null || a.cv().contact() == null ? null : a.cv().contact().fullName();
        String fileName = blind ? "CV " + a.id().substring(0, Math.min(8, a.id().length())) : a.fileName();
        return new Summary(a.id(), fileName, blind ? null : candidate, jobTitle(a),
                a.status().name().toLowerCase(java.util.Locale.ROOT), score, a.failureReason(), a.createdAt(),
                a.updatedAt());
    }

    static Detail detail(Analysis a, boolean blind) {
        ParsedCv cv = a.cv() == null ? null : blind ? a.cv().withoutPersonalData() : a.cv();
        return new Detail(summary(a, blind), a.result(), cv, a.job(), a.jobText());
    }

    // the score as shown (one decimal); filters compare with what the user sees
    static double rounded(double score) {
        return Math.round(score * 10) / 10.0;
    }

    static String jobTitle(Analysis a) {
        if (a.job() != null && a.job().title() != null && !a.job().title().isBlank()) {
            return a.job().title();
        }
        String text = a.jobText() == null ? "" : a.jobText().strip();
        int nl = text.indexOf('\n');
        String first = (nl < 0 ? text : text.substring(0, nl)).strip();
        return first.length() > 80 ? first.substring(0, 77) + "..." : first;
    }
}
