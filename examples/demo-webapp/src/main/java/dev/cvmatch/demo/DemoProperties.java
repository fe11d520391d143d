package dev.cvmatch.demo;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo application's own settings, under {@code demo.*}.
 *
 * @param jwt how access tokens are signed and how long they last
 * @param login how failed logins are throttled
 * @param upload how many files one request may carry and how long a single upload waits for its analysis
 * @param history how many analyses the history search and the dashboard read at most per user
 * @param dataDir where the H2 database and the uploaded files live (default ./cvmatch-demo-data)
 * @param cors which browser origins other than the application's own may call the API
 */
@ConfigurationProperties(prefix = "demo")
public record DemoProperties(String dataDir, Jwt jwt, Login login, Upload upload, History history, Cors cors) {

    /** Defaults for what is not set. */
    public DemoProperties {
        jwt = jwt != null ? jwt : new Jwt(null, null, null);
        login = login != null ? login : new Login(0, null);
        upload = upload != null ? upload : new Upload(0, null);
        history = history != null ? history : new History(0);
        cors = cors != null ? cors : new Cors(null);
    }

    /**
     * Access tokens.
     *
     * @param secret the HMAC-SHA256 key, at least 32 bytes (base64 or plain text); required in the {@code prod}
     *     profile, else a random key is drawn at start (tokens then die with the process)
     * @param ttl how long a token is valid (default 30 minutes)
     * @param issuer the {@code iss} claim written and required (default {@code cvmatch-demo})
     */
    public record Jwt(String secret, Duration ttl, String issuer) {
        /** Defaults. */
        public Jwt {
            ttl = ttl != null ? ttl : Duration.ofMinutes(30);
            issuer = issuer != null ? issuer : "cvmatch-demo";
        }
    }

    /**
     * Login throttling.
     *
     * @param maxFailures failed attempts allowed for one e-mail (or one client address) before it is locked (default 5)
     * @param lockout how long the lock lasts (default 15 minutes)
     */
    public record Login(int maxFailures, Duration lockout) {
        /** Defaults. */
        public Login {
            maxFailures = maxFailures > 0 ? maxFailures : 5;
            lockout = lockout != null ? lockout : Duration.ofMinutes(15);
        }
    }

    /**
     * Uploads.
     *
     * @param maxFiles how many CVs one bulk upload may carry (default 10)
     * @param waitFor how long {@code POST /cv/upload} waits for the analysis before answering 202 (default 60 s)
     */
    public record Upload(int maxFiles, Duration waitFor) {
        /** Defaults. */
        public Upload {
            maxFiles = maxFiles > 0 ? maxFiles : 10;
            waitFor = waitFor != null ? waitFor : Duration.ofSeconds(60);
        }
    }

    /**
     * History and dashboard.
     *
     * @param maxScan how many of a user's newest analyses a search or the dashboard reads (default 5,000)
     */
    public record History(int maxScan) {
        /** Defaults. */
        public History {
            maxScan = maxScan > 0 ? maxScan : 5000;
        }
    }

    /**
     * Cross-origin calls.
     *
     * @param allowedOrigins origins allowed to call the API from a browser (none by default: same origin only)
     */
    public record Cors(List<String> allowedOrigins) {
        /** Defaults. */
        public Cors {
            allowedOrigins = allowedOrigins != null ? List.copyOf(allowedOrigins) : List.of();
        }
    }
}
