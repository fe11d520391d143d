package dev.cvmatch.azure.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Azurite, the Azure Storage emulator (Blob and Queue), started once per test run on free ports (so parallel runs on
 * one machine do not collide) with its data in a temporary directory, and stopped when the run ends. Register it with
 * {@code @ExtendWith(Azurite.class)} and connect with {@link #connectionString()}.
 *
 * <p>The emulator is the npm package installed by {@code .ci/run} ({@code npm ci --prefix .ci/azurite}); set
 * {@code CVMATCH_AZURITE} to use another {@code azurite} executable. When it is missing the tests fail and say how to
 * install it: they do not skip.
 */
public final class Azurite implements BeforeAllCallback {

    /** Azurite's well-known development account. */
    private static final String ACCOUNT = "devstoreaccount1";
    private static final String KEY =
            "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static volatile Running running;

    private record Running(Process process, int blobPort, int queuePort, Path location)
            implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            try (var files = Files.walk(location)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (Azurite.class) {
            if (running == null) {
                running = start();
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(Azurite.class.getName(), running);
            }
        }
    }

    /**
     * The connection string of the running emulator.
     *
     * @return the connection string, with explicit Blob and Queue endpoints
     * @throws IllegalStateException if the extension has not started it
     */
    public static String connectionString() {
        Running r = running;
        if (r == null) {
            throw new IllegalStateException("register @ExtendWith(Azurite.class)");
        }
        return "DefaultEndpointsProtocol=http;AccountName=" + ACCOUNT + ";AccountKey=" + KEY
                + ";BlobEndpoint=http://127.0.0.1:" + r.blobPort + "/" + ACCOUNT
                + ";QueueEndpoint=http://127.0.0.1:" + r.queuePort + "/" + ACCOUNT + ";";
    }

    private static Running start() throws IOException, InterruptedException {
        Path executable = executable();
        int[] ports = freePorts(3);
        Path location = Files.createTempDirectory("azurite-");
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--silent", "--disableTelemetry",
                "--skipApiVersionCheck", "--location", location.toString(),
                "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1",
                "--blobPort", String.valueOf(ports[0]), "--queuePort", String.valueOf(ports[1]),
                "--tablePort", String.valueOf(ports[2])));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(location.resolve("azurite.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!(listening(ports[0]) && listening(ports[1]))) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Azurite exited with " + process.exitValue() + ": "
                        + Files.readString(location.resolve("azurite.log")));
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("Azurite did not listen within 30 s");
            }
            Thread.sleep(100);
        }
        return new Running(process, ports[0], ports[1], location);
    }

    private static Path executable() {
        String configured = System.getenv("CVMATCH_AZURITE");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            Path candidate = p.resolve(".ci/azurite/node_modules/.bin/azurite");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("Azurite is not installed: run .ci/run, or "
                + "'npm ci --prefix .ci/azurite' from the repository root, or set CVMATCH_AZURITE");
    }

    private static int[] freePorts(int n) throws IOException {
        int[] ports = new int[n];
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
                sockets.add(s);
                ports[i] = s.getLocalPort();
            }
        } finally {
            for (ServerSocket s : sockets) {
                s.close();
            }
        }
        return ports;
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
