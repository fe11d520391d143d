package dev.cvmatch.benchmarks;

import dev.cvmatch.cv.CvParser;
import dev.cvmatch.document.DocumentTextExtractor;
import dev.cvmatch.testing.SampleCvs;
import dev.cvmatch.testing.SampleDocuments;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * {@link ExtractionBenchmark}'s side by side (Tika plain text, cvmatch extraction, cvmatch full parse, same files) in
 * thread CPU time per operation instead of wall time: on a machine shared with other processes, JMH's wall times
 * move by several times between runs while the CPU time of the measuring thread moves much less. Rounds alternate
 * the three tasks; the first third of the rounds is warm-up; prints the median and the minimum over the other
 * rounds. Not a JMH benchmark.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.cvmatch.benchmarks.CpuSideBySide [ROUNDS [OPS]]</pre>
 */
public final class CpuSideBySide {

    private static volatile Object sink;

    private CpuSideBySide() {
    }

    /**
     * Runs the rounds and prints one line per layout.
     *
     * @param args rounds (default 15) and operations per task and round (default 40)
     * @throws Exception if Tika fails
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int ops = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        String[] layouts = {"two-column-pdf", "single-column-pdf", "table-docx", "classic-docx"};
        String[] tasks = {"tika", "extract", "parse"};
        AutoDetectParser tika = new AutoDetectParser();
        CvParser parser = CvParser.builder().build();
        DocumentTextExtractor extractor = DocumentTextExtractor.defaults();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String layout : layouts) {
            files.put(layout, SampleDocuments.all().stream().filter(r -> r.name().equals(layout)).findFirst()
                    .orElseThrow().render(SampleCvs.byId("camille-martin")));
        }
        Map<String, List<Double>> results = new TreeMap<>();
        for (int round = 0; round < rounds; round++) {
            for (String layout : layouts) {
                byte[] bytes = files.get(layout);
                for (String task : tasks) {
                    long start = threads.getCurrentThreadCpuTime();
                    for (int i = 0; i < ops; i++) {
                        switch (task) {
                            case "tika" -> {
                                BodyContentHandler handler = new BodyContentHandler(-1);
                                tika.parse(new ByteArrayInputStream(bytes), handler, new Metadata(), new ParseContext());
                                sink = handler.toString();
                            }
                            case "extract" -> sink = extractor.extract(bytes);
                            default -> sink = parser.parse(bytes);
                        }
                    }
                    double ms = (threads.getCurrentThreadCpuTime() - start) / 1e6 / ops;
                    if (round >= rounds / 3) {
                        results.computeIfAbsent(layout + " " + task, k -> new ArrayList<>()).add(ms);
                    }
                }
            }
        }
        for (String layout : layouts) {
            List<Double> t = results.get(layout + " tika");
            List<Double> e = results.get(layout + " extract");
            List<Double> p = results.get(layout + " parse");
            System.out.printf(Locale.ROOT, "%-18s median: tika %.3f extract %.3f parse %.3f ms (parse/tika %.2f)"
                    + " | min: tika %.3f extract %.3f parse %.3f ms (parse/tika %.2f)%n", layout, median(t), median(e),
                    median(p), median(p) / median(t), Collections.min(t), Collections.min(e), Collections.min(p),
                    Collections.min(p) / Collections.min(t));
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
