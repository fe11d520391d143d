package dev.cvmatch.azure.testing;

import com.azure.cosmos.CosmosClient;
import com.azure.cosmos.CosmosClientBuilder;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A Cosmos DB gateway emulator ({@code @vercel/cosmosdb-server} behind {@code .ci/cosmos/server.js}, which answers
 * the SDK's query-plan requests and maps missing documents to 404), started once per test run on a free port and
 * stopped when the run ends. Register it with {@code @ExtendWith(CosmosEmulator.class)} and get a client with
 * {@link #client()} (gateway mode, no endpoint discovery, the emulator's key, certificate validation off for its
 * self-signed certificate).
 *
 * <p>{@code .ci/run} installs the server ({@code npm ci --prefix .ci/cosmos}); when it is missing the tests fail and
 * say how to install it: they do not skip.
 */
public final class CosmosEmulator implements BeforeAllCallback {

    /** The well-known key of the Cosmos DB emulators. */
    private static final String KEY =
            "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

    private static volatile Running running;

    private record Running(Process process, int port)
            implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (CosmosEmulator.class) {
            if (running == null) {
                running = start();
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                        .put(CosmosEmulator.class.getName(), running);
            }
        }
    }

    /**
     * A client of the running emulator.
     *
     * @return a new client; close it
     * @throws IllegalStateException if the extension has not started the emulator
     */
    public static CosmosClient client() {
        Running r = running;
        if (r == null) {
            throw new IllegalStateException("register @ExtendWith(CosmosEmulator.class)");
        }
        System.setProperty("COSMOS.EMULATOR_SERVER_CERTIFICATE_VALIDATION_DISABLED", "true");
        return new CosmosClientBuilder().endpoint("https://127.0.0.1:" + r.port + "/").key(KEY).gatewayMode()
                .endpointDiscoveryEnabled(false).buildClient();
    }

    /**
     * The emulator's endpoint, for clients built elsewhere (e.g. from Spring properties). Such clients need gateway
     * mode and {@code -DCOSMOS.EMULATOR_SERVER_CERTIFICATE_VALIDATION_DISABLED=true} (set by this method).
     *
     * @return the https endpoint
     */
    public static String endpoint() {
        Running r = running;
        if (r == null) {
            throw new IllegalStateException("register @ExtendWith(CosmosEmulator.class)");
        }
        System.setProperty("COSMOS.EMULATOR_SERVER_CERTIFICATE_VALIDATION_DISABLED", "true");
        return "https://127.0.0.1:" + r.port + "/";
    }

    /**
     * The emulator's well-known key.
     *
     * @return the key
     */
    public static String key() {
        return KEY;
    }

    private static Running start() throws Exception {
        Path script = script();
        Process process = new ProcessBuilder("node", script.toString(), "0").redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (java.io.IOException e) {
                return null;
            }
        }).get(30, TimeUnit.SECONDS);
        if (line == null || !line.startsWith("listening ")) {
            process.destroyForcibly();
            throw new IllegalStateException("the Cosmos DB emulator did not start: " + line);
        }
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // discard
                }
            } catch (java.io.IOException ignored) {
                // the process ended
            }
        }, "cosmos-emulator-output");
        drain.setDaemon(true);
        drain.start();
        return new Running(process, Integer.parseInt(line.substring("listening ".length()).strip()));
    }

    private static Path script() {
        for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve(".ci/cosmos/server.js");
            if (Files.exists(candidate) && Files.isDirectory(p.resolve(".ci/cosmos/node_modules/@vercel"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("the Cosmos DB emulator is not installed: run .ci/run, or "
                + "'npm ci --prefix .ci/cosmos' from the repository root");
    }
}
