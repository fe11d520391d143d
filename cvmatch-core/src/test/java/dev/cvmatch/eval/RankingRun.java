package dev.cvmatch.eval;

import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.job.JobDescriptionParser;
import dev.cvmatch.job.JobRequirements;
import dev.cvmatch.match.Candidate;
import dev.cvmatch.match.JobMatcher;
import dev.cvmatch.match.MatchOptions;
import dev.cvmatch.match.RankOptions;
import dev.cvmatch.match.RankedCandidate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes ranking runs ({@code job<TAB>cv<TAB>score}) of every job of a folder against every CV of another, for
 * {@code score_ranking.py}: the harness behind the ranking figures of the README. CVs and jobs are parsed once.
 *
 * <p>{@code java -cp ... dev.cvmatch.eval.RankingRun JOBS_DIR CVS_DIR OUT_PREFIX [label:weight=value,... ...]}:
 * one run file {@code OUT_PREFIX<label>.tsv} per set of weights, by component name
 * ({@code default: notitle:title=0,relevance=0}); no set means the default weights.
 */
public final class RankingRun {

    private RankingRun() {
    }

    /**
     * Runs.
     *
     * @param args jobs folder, CVs folder, output prefix, weight sets
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path jobs = Path.of(args[0]);
        Path cvs = Path.of(args[1]);
        String outPrefix = args[2];
        List<String> sets = args.length > 3 ? List.of(args).subList(3, args.length) : List.of("default:");
        YearMonth reference = YearMonth.of(2026, 11);
        Map<String, ParsedCv> parsed = parseAll(CvParser.builder().referenceMonth(reference).build(), cvs);
        JobDescriptionParser jobParser = JobDescriptionParser.builder().build();
        Map<String, JobRequirements> parsedJobs = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(jobs)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                parsedJobs.put(file.getFileName().toString().replaceFirst("\\.txt$", ""),
                        jobParser.parseText(Files.readString(file)));
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        parsed.forEach((id, cv) -> candidates.add(new Candidate(id, cv)));
        for (String set : sets) {
            String label = set.substring(0, set.indexOf(':'));
            MatchOptions.Builder options = MatchOptions.builder().referenceMonth(reference);
            for (String kv : set.substring(set.indexOf(':') + 1).split(",")) {
                if (!kv.isBlank()) {
                    weight(options, kv.split("=")[0], Double.parseDouble(kv.split("=")[1]));
                }
            }
            JobMatcher matcher = JobMatcher.builder().options(options.build()).build();
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(outPrefix + label + ".tsv"),
                    StandardCharsets.UTF_8))) {
                for (Map.Entry<String, JobRequirements> job : parsedJobs.entrySet()) {
                    for (RankedCandidate r : matcher.rank(candidates.stream(), job.getValue(),
                            new RankOptions(0, 0, 0))) {
                        w.printf(Locale.ROOT, "%s\t%s\t%.4f%n", job.getKey(), r.id(), r.result().score());
                    }
                }
            }
        }
    }

    /**
     * Parses every CV of a folder (not its {@code .json}, {@code .tsv} and {@code .md} files), by file name without
     * extension, in name order; a file that cannot be parsed is reported on standard error and left out.
     *
     * @param parser the parser
     * @param folder the folder
     * @return the parsed CVs by id
     * @throws IOException if the folder cannot be listed or a file read
     */
    public static Map<String, ParsedCv> parseAll(CvParser parser, Path folder) throws IOException {
        Map<String, ParsedCv> parsed = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".json") || name.endsWith(".tsv") || name.endsWith(".md")) {
                    continue;
                }
                try {
                    parsed.put(name.substring(0, name.lastIndexOf('.')), parser.parse(Files.readAllBytes(file)));
                } catch (RuntimeException e) {
                    System.err.println(name + ": " + e.getMessage());
                }
            }
        }
        return parsed;
    }

    private static void weight(MatchOptions.Builder options, String name, double w) {
        switch (name) {
            case "requiredSkills" -> options.requiredSkillsWeight(w);
            case "preferredSkills" -> options.preferredSkillsWeight(w);
            case "experience" -> options.experienceWeight(w);
            case "education" -> options.educationWeight(w);
            case "languages" -> options.languagesWeight(w);
            case "similarity" -> options.similarityWeight(w);
            case "title" -> options.titleWeight(w);
            case "relevance" -> options.relevanceWeight(w);
            case "occupation" -> options.occupationWeight(w);
            default -> throw new IllegalArgumentException("unknown weight " + name);
        }
    }
}
