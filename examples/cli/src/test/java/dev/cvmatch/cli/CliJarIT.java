package dev.cvmatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded {@code cvmatch.jar} as a user runs it (failsafe, after {@code package}): a first run in a fresh home
 * prints nothing but its results (no "No SLF4J providers", no Log4j "could not find a logging provider"), {@code -V}
 * prints the version, and the jar carries ONNX Runtime's native libraries without their debug symbols. The
 * launcher script next to it gives the same output from the class-data-sharing archive, and writes the archive
 * when it is missing.
 */
class CliJarIT {

    private static final Path JAR = Path.of(System.getProperty("cvmatch.jar", "target/cvmatch.jar"));
    private static final Path SAMPLES = Path.of(System.getProperty("cvmatch.samples", "../samples"));

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Duser.home=" + dir.resolve("home"), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "cvmatch.jar " + String.join(" ", args) + " timed out");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void aFirstRunPrintsNoLoggingNoise() throws Exception {
        Files.createDirectories(dir.resolve("home"));
        Run parse = run("parse", SAMPLES.resolve("julien-lefevre-fr.txt").toString());
        assertEquals(0, parse.code(), parse.err());
        assertTrue(parse.out().contains("\"schema\" : \"cvmatch/parsed-cv/1\""), parse.out());
        assertEquals("", parse.err(), "stderr of a first parse");
        // match loads the MiniLM model on ONNX Runtime (its native library) and POI/PDFBox for the PDF
        Path job = Files.writeString(dir.resolve("job.txt"),
                "Développeur Java (H/F)\n\nProfil recherché\n- Java\n- Spring Boot\n", StandardCharsets.UTF_8);
        Run match = run("match", SAMPLES.resolve("camille-martin-fr.pdf").toString(), job.toString());
        assertEquals(0, match.code(), match.err());
        assertTrue(match.out().contains("all-MiniLM-L6-v2"), "the neural model ran: " + match.out());
        assertFalse(match.err().contains("SLF4J"), match.err());
        assertFalse(match.err().contains("logging provider"), match.err());
        assertEquals("", match.err(), "stderr of a first match");
    }

    private Run launch(Path launcher, String javaOpts, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("launch-out.txt");
        Path err = dir.resolve("launch-err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_OPTS", "-Duser.home=" + dir.resolve("home") + " " + javaOpts);
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), launcher + " " + String.join(" ", args) + " timed out");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theLauncherGivesTheJarsOutputFromTheClassDataSharingArchive() throws Exception {
        Path launcher = JAR.resolveSibling("cvmatch");
        assertTrue(Files.isExecutable(launcher), launcher + " is written by the build");
        assertTrue(Files.isRegularFile(JAR.resolveSibling("cvmatch.jsa")), "the build's training run wrote it");
        String cv = SAMPLES.resolve("daniel-okafor-en.pdf").toString();
        Run jar = run("parse", cv);
        Run launched = launch(launcher, "-Xlog:class+load=info:file=" + dir.resolve("classes.log"), "parse", cv);
        assertEquals(0, launched.code(), launched.err());
        assertEquals(jar.out(), launched.out(), "same output as java -jar");
        assertEquals("", launched.err());
        assertMostlyShared(dir.resolve("classes.log"), " dev.cvmatch.");
    }

    @Test
    void theLauncherWritesAMissingArchiveOnItsFirstRunAndMapsItOnTheNext() throws Exception {
        Path copy = Files.createDirectories(dir.resolve("install"));
        Files.copy(JAR, copy.resolve("cvmatch.jar"));
        Path launcher = Files.copy(JAR.resolveSibling("cvmatch"), copy.resolve("cvmatch"));
        String cv = SAMPLES.resolve("lea-moreau-fr.docx").toString();
        Run first = launch(launcher, "", "parse", cv);
        assertEquals(0, first.code(), first.err());
        assertEquals("", first.err());
        assertTrue(Files.size(copy.resolve("cvmatch.jsa")) > 1_000_000, "the first run wrote the archive");
        Run second = launch(launcher, "-Xlog:class+load=info:file=" + dir.resolve("second.log"), "parse", cv);
        assertEquals(first.out(), second.out());
        assertMostlyShared(dir.resolve("second.log"), " dev.cvmatch.");
    }

    /**
     * Nearly all of the classes named so came from the archive. Not all: CDS leaves out classes that implement an
     * interface of a pre-Java 6 class file, such as picocli's (the CLI's version provider and converters); lambdas
     * are generated at run time and left out of the count.
     */
    private static void assertMostlyShared(Path classLoadLog, String prefix) throws IOException {
        List<String> loaded = Files.readAllLines(classLoadLog).stream().filter(l -> l.contains(prefix))
                .filter(l -> !l.contains("$$Lambda")).toList();
        List<String> notShared = loaded.stream().filter(l -> !l.contains("shared objects file")).toList();
        assertTrue(loaded.size() >= 3, loaded.toString());
        assertTrue(notShared.size() * 10 <= loaded.size(), "from the jar, not the archive: " + notShared);
    }

    @Test
    void dashVPrintsTheVersion() throws Exception {
        Run version = run("-V");
        assertEquals(0, version.code(), version.err());
        assertTrue(version.out().startsWith("cvmatch " + System.getProperty("cvmatch.version") + System.lineSeparator()),
                version.out());
    }

    @Test
    void theJarHasNoDebugSymbolsButKeepsTheNativeLibraries() throws IOException {
        List<String> debug = new ArrayList<>();
        boolean linux = false;
        boolean windows = false;
        boolean mac = false;
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                String name = entry.getName();
                if (name.endsWith(".pdb") || name.contains(".dSYM/")) {
                    debug.add(name);
                }
                linux |= name.equals("ai/onnxruntime/native/linux-x64/libonnxruntime.so");
                windows |= name.equals("ai/onnxruntime/native/win-x64/onnxruntime.dll");
                mac |= name.equals("ai/onnxruntime/native/osx-aarch64/libonnxruntime.dylib");
            }
        }
        assertEquals(List.of(), debug);
        assertTrue(linux && windows && mac, "the runtime of every platform stays");
        long size = Files.size(JAR);
        assertTrue(size < 120L * 1024 * 1024, "cvmatch.jar is " + size / (1024 * 1024) + " MiB");
    }
}
