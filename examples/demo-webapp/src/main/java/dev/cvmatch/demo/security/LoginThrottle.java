package dev.cvmatch.demo.security;

import dev.cvmatch.demo.DemoProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per e-mail and per client address; after {@code demo.login.max-failures} failures within the
 * lockout window, further attempts are refused until the window has passed, whatever the password. A success clears
 * the e-mail's count. Kept in memory: one instance's view (documented; several instances would share a table).
 */
@Component
public class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;

    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration lockout;
    private final Clock clock;

    /**
     * Creates the throttle.
     *
     * @param properties the settings
     */
    @org.springframework.beans.factory.annotation.Autowired
    public LoginThrottle(DemoProperties properties) {
        this(properties.login().maxFailures(), properties.login().lockout(), Clock.systemUTC());
    }

    LoginThrottle(int maxFailures, Duration lockout, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.clock = clock;
    }

    private record Failures(int count, Instant first) {
    }

    /**
     * How long the caller must wait, if an attempt for this e-mail or from this address is locked now.
     *
     * @param email the normalised e-mail
     * @param client the client's address
     * @return the remaining lock, or empty when an attempt may be made
     */
    public Optional<Duration> locked(String email, String client) {
        Instant now = clock.instant();
        Duration wait = null;
        for (String key : new String[] {"e:" + email, "c:" + client}) {
            Failures f = failures.get(key);
            if (f == null) {
                continue;
            }
            Instant until = f.first().plus(lockout);
            if (!now.isBefore(until)) {
                failures.remove(key, f);
            } else if (f.count() >= maxFailures) {
                Duration left = Duration.between(now, until);
                wait = wait == null || left.compareTo(wait) > 0 ? left : wait;
            }
        }
        return Optional.ofNullable(wait);
    }

    /**
     * Records a failed attempt.
     *
     * @param email the normalised e-mail
     * @param client the client's address
     */
    public void failed(String email, String client) {
        if (failures.size() > MAX_TRACKED) {
            Instant now = clock.instant();
            failures.values().removeIf(f -> !now.isBefore(f.first().plus(lockout)));
        }
        Instant now = clock.instant();
        for (String key : new String[] {"e:" + email, "c:" + client}) {
            failures.merge(key, new Failures(1, now), (old, one) -> now.isBefore(old.first().plus(lockout))
                    ? new Failures(old.count() + 1, old.first()) : one);
        }
    }

    /**
     * Records a success: the e-mail's failures are forgotten (the address's are not, so one account cannot be used
     * to reset a password-guessing client).
     *
     * @param email the normalised e-mail
     */
    public void succeeded(String email) {
        failures.remove("e:" + email);
    }
}
