package dev.cvmatch.internal.match;

import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.eval.RankingRun;
import dev.cvmatch.job.JobDescriptionParser;
import dev.cvmatch.job.JobRequirements;
import dev.cvmatch.job.JobSkill;
import dev.cvmatch.match.JobMatcher;
import dev.cvmatch.match.MatchOptions;
import dev.cvmatch.match.MatchResult;
import dev.cvmatch.match.ScoreComponent;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes every component of every job x CV pair ({@code job cv name applicable score ...}, one line a pair, with
 * the job's skill-information factors), so that weight sets can be compared offline without scoring again: the
 * harness behind the weight choices of the README's ranking section.
 *
 * <p>{@code java -cp ... dev.cvmatch.internal.match.ComponentDump JOBS_DIR CVS_DIR OUT.tsv}
 */
public final class ComponentDump {

    private ComponentDump() {
    }

    /**
     * Runs.
     *
     * @param args jobs folder, CVs folder, output file
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        YearMonth reference = YearMonth.of(2026, 11);
        Map<String, ParsedCv> parsed = RankingRun.parseAll(CvParser.builder().referenceMonth(reference).build(),
                Path.of(args[1]));
        try (PrintWriter t = new PrintWriter(Files.newBufferedWriter(Path.of(args[2] + ".titles"),
                StandardCharsets.UTF_8))) {
            for (Map.Entry<String, ParsedCv> cv : parsed.entrySet()) {
                StringBuilder line = new StringBuilder(cv.getKey()).append('\t')
                        .append(cv.getValue().language()).append('\t')
                        .append(String.valueOf(cv.getValue().contact().headline()).replace('\t', ' '));
                for (var e : cv.getValue().experience()) {
                    line.append('\t').append(String.valueOf(e.title()).replace('\t', ' '));
                }
                t.println(line);
            }
        }
        JobDescriptionParser jobParser = JobDescriptionParser.builder().build();
        MatchOptions.Builder options = MatchOptions.builder().referenceMonth(reference);
        options.requiredSkillsWeight(1).preferredSkillsWeight(1).experienceWeight(1).educationWeight(1)
                .languagesWeight(1).similarityWeight(1).titleWeight(1).relevanceWeight(1).occupationWeight(1);
        JobMatcher matcher = JobMatcher.builder().options(options.build()).build();
        try (Stream<Path> files = Files.list(Path.of(args[0]));
                PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
                JobRequirements job = jobParser.parseText(Files.readString(file));
                double ri = information(job.requiredSkills());
                double pi = information(job.preferredSkills());
                for (Map.Entry<String, ParsedCv> cv : parsed.entrySet()) {
                    MatchResult r = matcher.match(cv.getValue(), job);
                    StringBuilder line = new StringBuilder(id).append('\t').append(cv.getKey());
                    line.append('\t').append(String.format(Locale.ROOT, "%.5f\t%.5f", ri, pi));
                    for (ScoreComponent c : r.breakdown()) {
                        line.append('\t').append(c.name()).append('\t').append(c.applicable() ? 1 : 0)
                                .append('\t').append(String.format(Locale.ROOT, "%.4f", c.score()));
                    }
                    w.println(line);
                }
            }
        }
    }

    private static double information(List<JobSkill> wanted) {
        double sum = 0;
        for (JobSkill s : wanted) {
            sum += SkillSpecificity.bundled().of(s.id());
        }
        return wanted.isEmpty() ? 1 : sum / wanted.size();
    }
}
