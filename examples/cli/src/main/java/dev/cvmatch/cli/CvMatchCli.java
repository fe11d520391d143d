package dev.cvmatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code cvmatch} command line: {@code java -jar cvmatch.jar parse [options] FILE...}.
 *
 * <p>Exit codes: 0 when every file was processed, 1 when any file failed, 2 on a usage error.
 */
@Command(name = "cvmatch", mixinStandardHelpOptions = true, versionProvider = CvMatchCli.Version.class,
        description = "Parse CVs (PDF, DOCX, ODT, TXT; French or English) into structured JSON, score and rank them against job descriptions, offline.",
        subcommands = {ParseCommand.class, MatchCommand.class, RankCommand.class, EvalCommand.class,
            CommandLine.HelpCommand.class})
public final class CvMatchCli {

    private CvMatchCli() {
    }

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command line without exiting (for tests and embedding).
     *
     * @param args the arguments
     * @return the exit code
     */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new CvMatchCli());
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            cmd.getErr().println("cvmatch: " + ex.getMessage());
            return 1;
        });
        return commandLine.execute(args);
    }

    /** Reports the version the build wrote into {@code version.properties}, and the Java runtime. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"cvmatch " + version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }

        static String version() {
            java.util.Properties properties = new java.util.Properties();
            try (java.io.InputStream in = CvMatchCli.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (java.io.IOException e) {
                // fall through: unknown version
            }
            String version = properties.getProperty("version", "");
            return version.isBlank() || version.startsWith("${") ? "(unknown version)" : version;
        }
    }
}
