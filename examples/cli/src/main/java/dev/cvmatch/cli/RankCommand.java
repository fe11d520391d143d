package dev.cvmatch.cli;

import dev.cvmatch.cv.CvParser;
import dev.cvmatch.job.JobDescriptionParser;
import dev.cvmatch.job.JobRequirements;
import dev.cvmatch.match.Candidate;
import dev.cvmatch.json.CvJson;
import dev.cvmatch.match.JobMatcher;
import dev.cvmatch.match.MatchOptions;
import dev.cvmatch.match.RankOptions;
import dev.cvmatch.match.RankedCandidate;
import dev.cvmatch.match.ScoreComponent;
import dev.cvmatch.occupation.OccupationNormalizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cvmatch rank}: ranks CVs against one job. */
@Command(name = "rank", mixinStandardHelpOptions = true, versionProvider = CvMatchCli.Version.class,
        description = {"Rank CVs against a job description, best first.",
            "JSON output: an array sorted by descending score of cvmatch/ranked-candidate/1 objects {schema, "
                + "rank, id (the file), result {score, breakdown, matchedSkills, missingSkills, suggestions}}. Files that cannot be read are reported on stderr, one line each, "
                + "and left out.",
            "Files found in a folder that are not CVs by their extension (readme.md, .json, .csv) are skipped "
                + "with a warning; a folder without CV files is reported.",
            "Exit code: 0 when every file was ranked, 1 when any failed or there was no CV file, 2 on a usage "
                + "error."})
final class RankCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { table, json, csv }

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--job", required = true, paramLabel = "JOB", description = "The job description.")
    private Path jobFile;

    @Option(names = "--top", paramLabel = "N", defaultValue = "0", description = "Keep the best N (0: all).")
    private int top;

    @Option(names = "--min-score", paramLabel = "S", defaultValue = "0", description = "Drop scores below S (0-100).")
    private double minScore;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--blind", description = "Blind screening: CVs are identified as candidate-N (N = input order) "
            + "and no personal data is used or shown.")
    private boolean blind;

    @Option(names = "--as-of", paramLabel = "YYYY-MM", description = "Reference month (default: this month).")
    private String asOf;

    @Option(names = "--threads", paramLabel = "N", description = "CVs parsed in parallel (default: CPU count).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--occupations", description = "Show the job title's ESCO occupation under the table "
            + "(loads the occupation table, about 0.3 s).")
    private boolean occupations;

    @Option(names = "--verbose", description = "Print stack traces of failures.")
    private boolean verbose;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "CV files or directories.")
    private List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (top < 0 || minScore < 0 || minScore > 100 || threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--top must be >= 0, --min-score within 0-100, --threads >= 1");
        }
        YearMonth reference = Cli.referenceMonth(spec, asOf);
        Cli.preloadEmbedder();
        JobRequirements job;
        try {
            job = JobDescriptionParser.builder()
                    .occupations(occupations ? OccupationNormalizer.defaults() : null).build().parse(jobFile);
        } catch (RuntimeException e) {
            return Cli.fail(err, jobFile, e, verbose);
        }
        for (String warning : job.warnings()) {
            err.println(jobFile + ": warning: " + warning);
        }
        Cli.Inputs expanded = Cli.expand(inputs, err);
        List<Path> files = expanded.files();
        boolean failed = expanded.failed();
        if (expanded.reportIfEmpty(err, "rank")) {
            return 1;
        }
        CvParser parser = CvParser.builder().referenceMonth(reference).build();
        Progress progress = new Progress(files.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, files.size())));
        List<Candidate> candidates = new ArrayList<>();
        try {
            List<Future<Candidate>> futures = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                String id = blind ? "candidate-" + (i + 1) : file.toString();
                futures.add(pool.submit(() -> {
                    try {
                        return new Candidate(id, parser.parse(file));
                    } finally {
                        progress.step();
                    }
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    candidates.add(futures.get(i).get());
                } catch (java.util.concurrent.ExecutionException e) {
                    progress.clear();
                    Cli.fail(err, files.get(i), e.getCause(), verbose);
                    failed = true;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return 1;
                }
            }
        } finally {
            pool.shutdownNow();
            progress.clear();
        }
        MatchOptions options = MatchOptions.builder().blind(blind).referenceMonth(reference).build();
        List<RankedCandidate> ranked = JobMatcher.builder().options(options).build()
                .rank(candidates, job, new RankOptions(top, minScore, 0));
        switch (format) {
            case json -> out.println(CvJson.toJson(ranked));
            case csv -> {
                out.println("rank,file,score,required_skills,preferred_skills,experience,education,languages,"
                        + "similarity,missing_required");
                for (RankedCandidate r : ranked) {
                    String missing = r.result().missingSkills().stream().filter(m -> m.required())
                            .map(m -> m.name()).collect(Collectors.joining("; "));
                    out.println(r.rank() + "," + csv(r.id()) + "," + r.result().score() + ","
                            + r.result().breakdown().stream().map(c -> c.applicable() ? String.valueOf(c.score()) : "")
                            .collect(Collectors.joining(",")) + "," + csv(missing));
                }
            }
            default -> {
                out.printf(Locale.ROOT, "%-4s %6s  %-40s %s%n", "#", "score", "file", "missing required skills");
                for (RankedCandidate r : ranked) {
                    String missing = r.result().missingSkills().stream().filter(m -> m.required())
                            .map(m -> m.name()).collect(Collectors.joining(", "));
                    out.printf(Locale.ROOT, "%-4d %6.1f  %-40s %s%n", r.rank(), r.result().score(), r.id(),
                            missing.isEmpty() ? "-" : missing);
                }
                if (!ranked.isEmpty()) {
                    out.println();
                    out.println("Weights: " + ranked.get(0).result().breakdown().stream().filter(ScoreComponent::applicable)
                            .map(c -> c.name() + " " + Math.round(100 * c.share()) + "%")
                            .collect(Collectors.joining(", ")));
                }
                if (occupations) {
                    out.println("Job occupation: " + Cli.describe(job.occupation()));
                }
            }
        }
        out.flush();
        err.flush();
        return failed ? 1 : 0;
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /** A progress bar on stderr, shown only on an interactive terminal and for more than 10 files. */
    private static final class Progress {
        private final int total;
        private final boolean enabled;
        private int done;

        Progress(int total) {
            this.total = total;
            this.enabled = System.console() != null && total > 10;
        }

        synchronized void step() {
            done++;
            if (enabled) {
                int width = 30;
                int filled = total == 0 ? width : done * width / total;
                System.err.print("\rParsing CVs [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done
                        + "/" + total);
                System.err.flush();
            }
        }

        synchronized void clear() {
            if (enabled) {
                System.err.print("\r" + " ".repeat(60) + "\r");
                System.err.flush();
            }
        }
    }
}
