package dev.cvmatch.demo.user;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cvmatch.demo.ApiProblem;
import dev.cvmatch.demo.security.LoginThrottle;
import dev.cvmatch.demo.security.TokenService;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /auth/register} and {@code POST /auth/login}, in the seed's shape. */
@RestController
public class AuthController {

    /**
     * Register and login bodies: {@code {"email": ..., "password": ...}}.
     *
     * @param email the e-mail
     * @param password the password
     */
    public record Credentials(String email, String password) {
        @Override
        public String toString() {
            return "Credentials[email=" + email + ", password=***]";
        }
    }

    /**
     * The login answer: {@code {"access_token": ..., "token_type": "bearer", "expires_in": 1800}}.
     *
     * @param accessToken the JWT
     * @param tokenType always {@code bearer}
     * @param expiresIn the token's lifetime in seconds
     */
    public record Token(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn) {
    }

    /**
     * The register answer.
     *
     * @param id the user's id
     * @param email the e-mail as stored
     */
    public record Registered(String id, String email) {
    }

    // a bcrypt hash of a random password: unknown e-mails cost as much time as known ones
    private static final String DUMMY_HASH = "$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z5w7Yq5Z3Qm3jvN0p1rB6hG2";

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final TokenService tokens;
    private final LoginThrottle throttle;

    /**
     * Creates the controller.
     *
     * @param users the accounts
     * @param encoder bcrypt
     * @param tokens the token service
     * @param throttle the login throttle
     */
    public AuthController(UserRepository users, PasswordEncoder encoder, TokenService tokens, LoginThrottle throttle) {
        this.users = users;
        this.encoder = encoder;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    /**
     * Creates an account.
     *
     * @param body e-mail and password
     * @return 201 with the account, 400 for a bad e-mail or a weak password, 409 if the e-mail is taken
     */
    @PostMapping("/auth/register")
    public ResponseEntity<Registered> register(@RequestBody Credentials body) {
        String email = normaliseEmail(body == null ? null : body.email());
        String password = body.password();
        PasswordPolicy.check(password, email).ifPresent(problem -> {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "weak-password", "Password too weak", problem);
        });
        UserRepository.User user = users.create(email, encoder.encode(password)).orElseThrow(
                () -> ApiProblem.of(HttpStatus.CONFLICT, "email-taken", "E-mail already registered",
                        "An account with this e-mail exists; log in instead."));
        return ResponseEntity.status(HttpStatus.CREATED).body(new Registered(user.id(), user.email()));
    }

    /**
     * Logs in.
     *
     * @param body e-mail and password
     * @param request where the client's address is read (for throttling)
     * @return the access token; 401 for wrong credentials, 429 with Retry-After once throttled
     */
    @PostMapping("/auth/login")
    public Token login(@RequestBody Credentials body, HttpServletRequest request) {
        if (body == null || body.email() == null || body.password() == null) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", "email and password are required.");
        }
        String email = body.email().trim().toLowerCase(Locale.ROOT);
        String client = request.getRemoteAddr();
        Optional<Duration> locked = throttle.locked(email, client);
        if (locked.isPresent()) {
            throw tooMany(locked.get());
        }
        Optional<UserRepository.User> user = users.findByEmail(email);
        boolean ok = encoder.matches(body.password(), user.map(UserRepository.User::passwordHash).orElse(DUMMY_HASH))
                && user.isPresent();
        if (!ok) {
            throttle.failed(email, client);
            throw ApiProblem.of(HttpStatus.UNAUTHORIZED, "bad-credentials", "Wrong e-mail or password",
                    "Wrong e-mail or password.");
        }
        throttle.succeeded(email);
        return new Token(tokens.issue(user.get().id(), email), "bearer", tokens.ttl().toSeconds());
    }

    private static ApiProblem tooMany(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        ApiProblem problem = ApiProblem.of(HttpStatus.TOO_MANY_REQUESTS, "login-throttled", "Too many failed logins",
                "Too many failed logins; try again in " + seconds + " s.", Map.of("retryAfterSeconds", seconds));
        problem.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return problem;
    }

    static String normaliseEmail(String email) {
        String e = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (e.length() > 254 || !e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "bad-email", "Invalid e-mail", "Give a valid e-mail address.");
        }
        return e;
    }
}
