package dev.cvmatch.cli;

import dev.cvmatch.CvMatchException;
import dev.cvmatch.cv.CvParser;
import dev.cvmatch.cv.ParsedCv;
import dev.cvmatch.json.CvJson;
import dev.cvmatch.occupation.OccupationNormalizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cvmatch parse}: parses CV files into JSON. */
@Command(name = "parse", mixinStandardHelpOptions = true, versionProvider = CvMatchCli.Version.class,
        description = {"Parse CV files into JSON.",
            "Writes DIR/<file name without extension>.json for each input with --out; without --out, one input "
                + "is printed to stdout (several inputs: a JSON array). Directories are expanded to the files "
                + "they contain. Each failure is one line on stderr: 'FILE: reason'.",
            "Files found in a folder that are not CVs by their extension (readme.md, .json, .csv) are skipped "
                + "with a warning; a folder without CV files is reported.",
            "Exit code: 0 when every file parsed, 1 when any failed or there was no CV file, 2 on a usage error."})
final class ParseCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { json, jsonresume }

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--skill-keywords", defaultValue = "none", paramLabel = "none|surface",
            converter = SkillKeywordsConverter.class,
            description = "JSON Resume skills[].keywords: none (default; the forms written in the CV go under "
                    + "meta.skill_surface_forms, so importers that read every keyword as a skill see each skill once), "
                    + "or surface (the forms written in the CV).")
    CvJson.SkillKeywords skillKeywords = CvJson.SkillKeywords.DEFAULT;

    /** Reads surface|none. */
    static final class SkillKeywordsConverter implements picocli.CommandLine.ITypeConverter<CvJson.SkillKeywords> {
        @Override
        public CvJson.SkillKeywords convert(String value) {
            switch (value.toLowerCase(java.util.Locale.ROOT)) {
                case "surface":
                    return CvJson.SkillKeywords.SURFACE_FORMS;
                case "none":
                    return CvJson.SkillKeywords.NONE;
                default:
                    throw new picocli.CommandLine.TypeConversionException("expected surface or none: " + value);
            }
        }
    }

    @Option(names = "--out", paramLabel = "DIR", description = "Directory to write one JSON file per input into.")
    private Path out;

    @Option(names = "--as-of", paramLabel = "YYYY-MM",
            description = "Month a current position runs to when counting experience (default: this month).")
    private String asOf;

    @Option(names = "--region", paramLabel = "CC", defaultValue = "FR",
            description = "Default phone region for numbers without international prefix (default: ${DEFAULT-VALUE}).")
    private String region;

    @Option(names = "--threads", paramLabel = "N", description = "Files parsed in parallel (default: CPU count).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--occupations", description = "Give every position its ESCO occupation (id, English and French "
            + "labels, ISCO code, confidence; none when unsure): 'occupation' in json, meta.work_occupations in "
            + "jsonresume. Loads the occupation table (about 0.3 s).")
    private boolean occupations;

    @Option(names = "--verbose", description = "Print stack traces of failures.")
    private boolean verbose;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "CV files (PDF, DOCX, ODT, TXT) or directories.")
    private List<Path> inputs;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        CvParser.Builder builder = CvParser.builder();
        try {
            builder.defaultPhoneRegion(region);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid --region (expected a two-letter country code such as FR or GB): " + region);
        }
        if (asOf != null) {
            builder.referenceMonth(Cli.referenceMonth(spec, asOf));
        }
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        CvParser parser = builder.occupations(occupations ? OccupationNormalizer.defaults() : null).build();
        Cli.Inputs expanded = Cli.expand(inputs, err);
        List<Path> files = expanded.files();
        boolean failed = expanded.failed();
        if (expanded.reportIfEmpty(err, "parse")) {
            return 1;
        }
        if (out != null) {
            try {
                Files.createDirectories(out);
            } catch (IOException e) {
                err.println(out + ": cannot create the output directory (" + e.getMessage() + ")");
                return 1;
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, files.size())));
        try {
            List<Future<String>> results = new ArrayList<>();
            for (Path file : files) {
                results.add(pool.submit(() -> render(parser.parse(file))));
            }
            Set<String> usedNames = new HashSet<>();
            List<String> documents = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                String json;
                try {
                    json = results.get(i).get();
                } catch (java.util.concurrent.ExecutionException e) {
                    err.println(file + ": " + describe(e.getCause()));
                    if (verbose) {
                        e.getCause().printStackTrace(err);
                    }
                    failed = true;
                    continue;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    err.println(file + ": interrupted");
                    return 1;
                }
                if (out == null) {
                    documents.add(json);
                    continue;
                }
                String name = outputName(file, usedNames);
                try {
                    Files.writeString(out.resolve(name), json + System.lineSeparator(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    err.println(file + ": cannot write " + out.resolve(name) + " (" + e.getMessage() + ")");
                    failed = true;
                }
            }
            if (out == null) {
                if (files.size() == 1 && documents.size() == 1) {
                    stdout.println(documents.get(0));
                } else if (files.size() > 1) {
                    stdout.println("[" + String.join(",\n", documents) + "]");
                }
                stdout.flush();
            }
        } finally {
            pool.shutdownNow();
        }
        err.flush();
        return failed ? 1 : 0;
    }

    private String render(ParsedCv cv) {
        return format == Format.jsonresume ? CvJson.toJsonResume(cv, skillKeywords) : CvJson.toJson(cv);
    }

    private static String outputName(Path file, Set<String> used) {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        String name = base + ".json";
        if (!used.add(name.toLowerCase(Locale.ROOT))) {
            name = fileName.replace('.', '-') + ".json"; // a.pdf and a.docx: the second becomes a-docx.json
            used.add(name.toLowerCase(Locale.ROOT));
        }
        return name;
    }

    static String describe(Throwable e) {
        if (e instanceof dev.cvmatch.DocumentNotFoundException) {
            return java.nio.file.Files.isDirectory(java.nio.file.Path.of(((dev.cvmatch.DocumentNotFoundException) e)
                    .path())) ? "is a directory, not a file" : "file not found";
        }
        if (e instanceof CvMatchException) {
            return e.getMessage();
        }
        if (e instanceof UncheckedIOException && e.getCause() instanceof NoSuchFileException) {
            return "file not found";
        }
        if (e instanceof UncheckedIOException) {
            return "cannot read the file (" + e.getCause().getMessage() + ")";
        }
        return "internal error while parsing (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                + "); please report it with --verbose output";
    }
}
