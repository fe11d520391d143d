package dev.cvmatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.json.CvJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cvmatch eval}: measures parsing accuracy on labelled CVs. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = CvMatchCli.Version.class,
        description = {"Parse a folder of CVs and compare with gold JSON Resume files of the same base names: "
            + "precision, recall and F1 per field, overall, by CV language and by file type, and the documents "
            + "with the lowest scores.",
            "Gold skills are read from meta.skills when present (canonical names), otherwise from skills[]; total "
                + "experience is scored when the gold has meta.experience_months (within 3 months).",
            "Exit code: 0 when every CV was evaluated, 1 when a CV could not be parsed (it counts as empty) or "
                + "no CV has a gold file (nothing is reported), 2 on a usage error."})
final class EvalCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--as-of", paramLabel = "YYYY-MM", description = "Reference month for current positions "
            + "(default: meta.ref_date of the gold when present, else this month).")
    private String asOf;

    @Option(names = "--lowest", paramLabel = "N", defaultValue = "5", description = "Lowest documents listed.")
    private int lowest;

    @Parameters(index = "0", paramLabel = "CV_DIR", description = "Folder of CVs (PDF, DOCX, ODT, TXT).")
    private Path cvDir;

    @Parameters(index = "1", paramLabel = "GOLD_DIR", description = "Folder of gold <base name>.json files.")
    private Path goldDir;

    /** Counts of one field: true positives, predicted, gold. */
    static final class Counts {
        int tp;
        int predicted;
        int gold;

        void add(int[] c) {
            tp += c[0];
            predicted += c[1];
            gold += c[2];
        }

        double precision() {
            return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) tp / predicted;
        }

        double recall() {
            return gold == 0 ? (predicted == 0 ? 1 : 0) : (double) tp / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Results for a group of documents. */
    static final class Group {
        final Map<String, Counts> fields = new LinkedHashMap<>();
        int documents;
        int experienceOk;
        int experienceTotal;

        Group() {
            FieldMatching.FIELDS.forEach(f -> fields.put(f, new Counts()));
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(cvDir) || !Files.isDirectory(goldDir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "CV_DIR and GOLD_DIR must be folders");
        }
        if (asOf != null) {
            Cli.referenceMonth(spec, asOf); // a bad value is a usage error naming the option, before any work
        }
        ObjectMapper mapper = new ObjectMapper();
        List<Path> cvs;
        try (Stream<Path> list = Files.list(cvDir)) {
            cvs = list.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
        Group overall = new Group();
        Map<String, Group> byLanguage = new TreeMap<>();
        Map<String, Group> byType = new TreeMap<>();
        List<Object[]> perDocument = new ArrayList<>();
        boolean failed = false;
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Path> evaluated = new ArrayList<>();
            List<JsonNode> golds = new ArrayList<>();
            List<Future<ParsedCv>> futures = new ArrayList<>();
            for (Path cv : cvs) {
                String name = cv.getFileName().toString();
                String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
                Path goldFile = goldDir.resolve(base + ".json");
                if (!Files.exists(goldFile)) {
                    continue;
                }
                JsonNode gold = mapper.readTree(goldFile.toFile());
                YearMonth reference = asOf != null ? Cli.referenceMonth(spec, asOf)
                        : gold.path("meta").hasNonNull("ref_date")
                        ? YearMonth.parse(gold.path("meta").path("ref_date").asText()) : YearMonth.now();
                CvParser parser = CvParser.builder().referenceMonth(reference).build();
                evaluated.add(cv);
                golds.add(gold);
                futures.add(pool.submit(() -> parser.parse(cv)));
            }
            if (evaluated.isEmpty()) {
                err.println("cvmatch eval: none of the " + cvs.size() + " files in " + cvDir + " has a gold file "
                        + goldDir.resolve("<same base name>.json") + "; nothing to evaluate");
                err.flush();
                return 1;
            }
            if (evaluated.size() < cvs.size()) {
                err.println("cvmatch eval: warning: " + (cvs.size() - evaluated.size()) + " of the " + cvs.size()
                        + " files in " + cvDir + " have no gold file and are not evaluated");
            }
            for (int i = 0; i < evaluated.size(); i++) {
                Path cv = evaluated.get(i);
                JsonNode gold = golds.get(i);
                JsonNode predicted;
                String language;
                try {
                    ParsedCv parsed = futures.get(i).get();
                    predicted = CvJson.toJsonResumeTree(parsed);
                    language = parsed.language();
                } catch (java.util.concurrent.ExecutionException e) {
                    err.println(cv + ": " + ParseCommand.describe(e.getCause()) + " (counted as empty)");
                    failed = true;
                    predicted = mapper.createObjectNode();
                    language = null;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return 1;
                }
                String goldLanguage = gold.path("meta").path("lang").asText(null);
                String lang = goldLanguage != null ? goldLanguage : language == null ? "unknown" : language;
                String name = cv.getFileName().toString();
                String type = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
                        : "none";
                Map<String, List<String>> g = FieldMatching.values(gold, true);
                Map<String, List<String>> p = FieldMatching.values(predicted, false);
                Group language0 = byLanguage.computeIfAbsent(lang, k -> new Group());
                Group type0 = byType.computeIfAbsent(type, k -> new Group());
                double f1Sum = 0;
                int fieldsWithGold = 0;
                for (String field : FieldMatching.FIELDS) {
                    int[] c = FieldMatching.counts(field, g.get(field), p.get(field));
                    for (Group group : List.of(overall, language0, type0)) {
                        group.fields.get(field).add(c);
                    }
                    if (c[2] > 0) {
                        Counts one = new Counts();
                        one.add(c);
                        f1Sum += one.f1();
                        fieldsWithGold++;
                    }
                }
                JsonNode goldMonths = gold.path("meta").path("experience_months");
                if (goldMonths.isNumber()) {
                    boolean ok = Math.abs(predicted.path("meta").path("experience_months").asInt(-1000)
                            - goldMonths.asInt()) <= 3;
                    for (Group group : List.of(overall, language0, type0)) {
                        group.experienceTotal++;
                        group.experienceOk += ok ? 1 : 0;
                    }
                }
                for (Group group : List.of(overall, language0, type0)) {
                    group.documents++;
                }
                perDocument.add(new Object[] {name, fieldsWithGold == 0 ? 1.0 : f1Sum / fieldsWithGold});
            }
        } finally {
            pool.shutdownNow();
        }
        perDocument.sort((a, b) -> Double.compare((double) a[1], (double) b[1]));
        if (format == Format.json) {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            root.set("overall", json(overall));
            ObjectNode languages = root.putObject("byLanguage");
            byLanguage.forEach((k, v) -> languages.set(k, json(v)));
            ObjectNode types = root.putObject("byFileType");
            byType.forEach((k, v) -> types.set(k, json(v)));
            ArrayNode low = root.putArray("lowest");
            perDocument.stream().limit(lowest).forEach(d -> low.addObject().put("file", (String) d[0])
                    .put("macroF1", round((double) d[1])));
            out.println(Cli.json(root));
        } else {
            print(out, "Overall", overall);
            byLanguage.forEach((k, v) -> print(out, "Language " + k, v));
            byType.forEach((k, v) -> print(out, "File type " + k, v));
            out.println("Lowest-scoring documents (mean F1 over the fields the gold has)");
            perDocument.stream().limit(lowest).forEach(d -> out.printf(Locale.ROOT, "  %.3f  %s%n", (double) d[1], d[0]));
        }
        out.flush();
        return failed ? 1 : 0;
    }

    private static void print(PrintWriter out, String title, Group group) {
        out.printf(Locale.ROOT, "%s (%d documents)%n", title, group.documents);
        out.printf(Locale.ROOT, "  %-14s %6s %6s %6s %6s%n", "field", "P", "R", "F1", "gold");
        group.fields.forEach((field, c) -> out.printf(Locale.ROOT, "  %-14s %6.3f %6.3f %6.3f %6d%n", field,
                c.precision(), c.recall(), c.f1(), c.gold));
        if (group.experienceTotal > 0) {
            out.printf(Locale.ROOT, "  total experience within 3 months: %d/%d%n", group.experienceOk,
                    group.experienceTotal);
        }
        out.println();
    }

    private static ObjectNode json(Group group) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("documents", group.documents);
        ObjectNode fields = node.putObject("fields");
        group.fields.forEach((field, c) -> fields.putObject(field).put("precision", round(c.precision()))
                .put("recall", round(c.recall())).put("f1", round(c.f1())).put("gold", c.gold)
                .put("predicted", c.predicted).put("truePositives", c.tp));
        if (group.experienceTotal > 0) {
            node.putObject("totalExperience").put("within3Months", group.experienceOk)
                    .put("documents", group.experienceTotal);
        }
        return node;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
