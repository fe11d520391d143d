package dev.cvmatch.cli;

import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.job.JobDescriptionParser;
import dev.cvmatch.job.JobRequirements;
import dev.cvmatch.json.CvJson;
import dev.cvmatch.match.JobMatcher;
import dev.cvmatch.match.RankedCandidate;
import dev.cvmatch.match.MatchOptions;
import dev.cvmatch.match.MatchResult;
import dev.cvmatch.match.MatchedSkill;
import dev.cvmatch.match.MissingSkill;
import dev.cvmatch.match.ScoreComponent;
import dev.cvmatch.occupation.OccupationNormalizer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cvmatch match}: scores one CV against one job, with the explanation. */
@Command(name = "match", mixinStandardHelpOptions = true, versionProvider = CvMatchCli.Version.class,
        description = {"Score a CV against a job description (0-100) and explain the score.",
            "Exit code: 0 on success, 1 when a file cannot be read, 2 on a usage error."})
final class MatchCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--blind", description = "Blind screening: no personal data is used or shown.")
    private boolean blind;

    @Option(names = "--as-of", paramLabel = "YYYY-MM", description = "Reference month (default: this month).")
    private String asOf;

    @Option(names = "--occupations", description = "Show the job title's ESCO occupation in the text output "
            + "(loads the occupation table, about 0.3 s).")
    private boolean occupations;

    @Option(names = "--verbose", description = "Print stack traces of failures.")
    private boolean verbose;

    @Parameters(index = "0", paramLabel = "CV", description = "The CV (PDF, DOCX, ODT, TXT).")
    private Path cvFile;

    @Parameters(index = "1", paramLabel = "JOB", description = "The job description (TXT, PDF, DOCX).")
    private Path jobFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        YearMonth reference = Cli.referenceMonth(spec, asOf);
        Cli.preloadEmbedder();
        ParsedCv cv;
        JobRequirements job;
        try {
            cv = CvParser.builder().referenceMonth(reference).build().parse(cvFile);
        } catch (RuntimeException e) {
            return Cli.fail(err, cvFile, e, verbose);
        }
        try {
            job = JobDescriptionParser.builder()
                    .occupations(occupations ? OccupationNormalizer.defaults() : null).build().parse(jobFile);
        } catch (RuntimeException e) {
            return Cli.fail(err, jobFile, e, verbose);
        }
        MatchOptions options = MatchOptions.builder().blind(blind).referenceMonth(reference).build();
        MatchResult result = JobMatcher.builder().options(options).build().match(cv, job);
        if (format == Format.json) {
            // one element of rank's JSON: the ranked-candidate schema of CvJson
            out.println(CvJson.toJson(new RankedCandidate(1, blind ? "candidate-1" : cvFile.toString(), result)));
        } else {
            printText(out, blind ? "candidate-1" : cvFile.toString(), job, result, occupations);
        }
        out.flush();
        return 0;
    }

    private static void printText(PrintWriter out, String cv, JobRequirements job, MatchResult result,
            boolean occupations) {
        out.printf(Locale.ROOT, "%s vs %s: %.1f / 100%n%n", cv, job.title() == null ? "job" : job.title(),
                result.score());
        if (occupations) {
            out.println("Job occupation: " + Cli.describe(job.occupation()));
            out.println();
        }
        out.println("Breakdown");
        for (ScoreComponent c : result.breakdown()) {
            if (c.applicable()) {
                out.printf(Locale.ROOT, "  %-16s %5.1f pts  (weight %3.0f%%, met %3.0f%%)  %s%n", c.name(),
                        c.contribution(), 100 * c.share(), 100 * c.score(), c.explanation());
            } else {
                out.printf(Locale.ROOT, "  %-16s   n/a  %s%n", c.name(), c.explanation());
            }
        }
        out.println();
        out.println("Matched skills");
        for (MatchedSkill m : result.matchedSkills()) {
            out.printf(Locale.ROOT, "  %s %-28s credit %.2f  %s%n", m.required() ? "[required] " : "[preferred]",
                    m.name(), m.credit(), m.reason());
        }
        out.println("Missing skills");
        for (MissingSkill m : result.missingSkills()) {
            out.printf("  %s %s%n", m.required() ? "[required] " : "[preferred]", m.name());
        }
        if (!result.suggestions().isEmpty()) {
            out.println("What would raise the score");
            for (String s : result.suggestions()) {
                out.println("  - " + s);
            }
        }
    }


}
