package dev.cvmatch.benchmarks;

import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.job.JobDescriptionParser;
import dev.cvmatch.job.JobRequirements;
import dev.cvmatch.match.JobMatcher;
import dev.cvmatch.match.MatchResult;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a host application sees in a fresh JVM: the time from the JVM's start to its first parsed CV and, with a
 * job, to its first match (default parser and matcher, as an application builds them). Not a JMH benchmark: JMH
 * measures warm code; this is one cold shot per process, run many times by {@code benchmarks/coldstart.sh}.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.cvmatch.benchmarks.FirstCv CV [JOB]</pre>
 *
 * <p>Prints {@code first-cv-ms=N} and, with a job, {@code first-match-ms=N} (milliseconds since the JVM started,
 * so the JVM's own start-up is included).
 */
public final class FirstCv {

    private FirstCv() {
    }

    /**
     * Parses the CV (and matches it to the job) once.
     *
     * @param args the CV file, and optionally a job description file
     * @throws Exception if a file cannot be read or parsed
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: FirstCv CV [JOB]");
            System.exit(2);
        }
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        ParsedCv cv = CvParser.builder().build().parse(Files.readAllBytes(Path.of(args[0])));
        long parsed = System.currentTimeMillis();
        System.out.printf(Locale.ROOT, "first-cv-ms=%d (%s, %d positions)%n", parsed - start,
                cv.contact().fullName(), cv.experience().size());
        if (args.length == 2) {
            JobRequirements job = JobDescriptionParser.builder().build().parseText(Files.readString(Path.of(args[1])));
            MatchResult result = JobMatcher.builder().build().match(cv, job);
            System.out.printf(Locale.ROOT, "first-match-ms=%d (score %.1f)%n", System.currentTimeMillis() - start,
                    result.score());
        }
    }
}
