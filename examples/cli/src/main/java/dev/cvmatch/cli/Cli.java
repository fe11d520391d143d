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
import java.util.stream.Stream;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Helpers shared by the commands. */
final class Cli {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Cli() {
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
     * Expands directories to the regular, non-hidden files they contain (sorted); files are kept as given. A
     * directory that cannot be listed is reported on {@code err}.
     *
     * @return the files, and whether a directory could not be listed
     */
    static Inputs expand(List<Path> inputs, PrintWriter err) {
        List<Path> files = new ArrayList<>();
        boolean failed = false;
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> list = Files.list(input)) {
                    list.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    err.println(input + ": cannot list the directory (" + e.getMessage() + ")");
                    failed = true;
                }
            } else {
                files.add(input);
            }
        }
        return new Inputs(files, failed);
    }

    /** Files to process, and whether some input could not be listed. */
    record Inputs(List<Path> files, boolean failed) {
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
