package dev.cvmatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Helpers shared by the commands. */
final class Cli {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Cli() {
    }

    /**
     * One line on an occupation for the text outputs: "accountant / comptable (ISCO 2411, confidence 0.90)" and
     * the ESCO id, or "none found" when there is none.
     */
    static String describe(dev.cvmatch.occupation.NormalizedOccupation occupation) {
        if (occupation == null) {
            return "none found";
        }
        return occupation.labelEn() + (occupation.labelFr() == null ? "" : " / " + occupation.labelFr())
                + String.format(Locale.ROOT, " (ISCO %s, confidence %.2f) %s",
                        occupation.iscoCode() == null ? "-" : occupation.iscoCode(), occupation.confidence(),
                        occupation.id());
    }

    static YearMonth referenceMonth(CommandLine.Model.CommandSpec spec, String asOf) {
        if (asOf == null) {
            return YearMonth.now();
        }
        try {
            return YearMonth.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid --as-of (expected YYYY-MM): " + asOf);
        }
    }

    /**
     * The file name extensions of the documents a folder is searched for: what cvmatch reads (PDF, DOCX, ODT, text,
     * HTML, images for OCR) and the CV formats it refuses with a reason (legacy .doc, RTF), so those are reported, not
     * skipped. Other files found in a folder (readme.md, notes.csv, gold .json) are skipped with a warning; a file
     * named on the command line is always read, whatever its name, and a file without extension too.
     */
    static final Set<String> CV_EXTENSIONS = Set.of("pdf", "docx", "odt", "txt", "text", "html", "htm", "png",
            "jpg", "jpeg", "doc", "rtf");

    /**
     * Expands directories to the regular, non-hidden CV files they contain (sorted); files are kept as given. A
     * directory that cannot be listed, or holds no CV file, is reported on {@code err}, as is each file skipped.
     *
     * @return the files, and whether a directory could not be listed
     */
    static Inputs expand(List<Path> inputs, PrintWriter err) {
        List<Path> files = new ArrayList<>();
        boolean failed = false;
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Path> found = new ArrayList<>();
                try (Stream<Path> list = Files.list(input)) {
                    list.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted().forEach(found::add);
                } catch (IOException e) {
                    err.println(input + ": cannot list the directory (" + e.getMessage() + ")");
                    failed = true;
                    continue;
                }
                int before = files.size();
                for (Path file : found) {
                    if (isCvFile(file)) {
                        files.add(file);
                    } else {
                        err.println(file + ": warning: skipped, not a CV file (expected "
                                + String.join(", ", new TreeSet<>(CV_EXTENSIONS)) + ")");
                    }
                }
                if (files.size() == before) {
                    err.println(input + ": warning: the folder holds no CV file");
                }
            } else {
                files.add(input);
            }
        }
        return new Inputs(files, failed);
    }

    static boolean isCvFile(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 || CV_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Files to process, and whether some input could not be listed. */
    record Inputs(List<Path> files, boolean failed) {

        /**
         * Reports that there is nothing to do.
         *
         * @param err where to report
         * @param command the command's name
         * @return {@code true} when there is no file, after saying so on {@code err}
         */
        boolean reportIfEmpty(PrintWriter err, String command) {
            if (!files.isEmpty()) {
                return false;
            }
            err.println("cvmatch " + command + ": no CV file to read in the inputs given");
            err.flush();
            return true;
        }
    }

    /**
     * Starts loading the default embedder (the MiniLM model: about half a second in a fresh JVM), then the occupation
     * table (a third of a second; the matcher's relevance component reads the occupations of the job's titles), on
     * a daemon thread, so that they overlap the parsing of the job and the CVs; the matcher then waits for them. A
     * failure is not reported here: the matcher's own call, in the command's thread, meets it again.
     */
    static void preloadEmbedder() {
        Thread loader = new Thread(() -> {
            try {
                dev.cvmatch.embedding.TextEmbedder.defaults();
                dev.cvmatch.occupation.OccupationNormalizer.defaults();
            } catch (RuntimeException | LinkageError e) {
                // reported by the command's own use of the embedder or of the occupations
            }
        }, "cvmatch-embedder-load");
        loader.setDaemon(true);
        loader.start();
    }

    static int fail(PrintWriter err, Path file, Throwable e, boolean verbose) {
        err.println(file + ": " + ParseCommand.describe(e));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return 1;
    }

    static String json(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
