package dev.cvmatch.demo.security;

import dev.cvmatch.demo.DemoProperties;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.springframework.stereotype.Component;

/**
 * Issues and checks the API's access tokens: HS256-signed JWTs whose subject is the user's id, with an issuer and a
 * short lifetime. The key comes from {@code demo.jwt.secret} (environment variable {@code DEMO_JWT_SECRET}); in the
 * {@code prod} profile the application refuses to start without one, elsewhere a random key is drawn at start.
 */
@Component
public class TokenService {

    private static final Logger LOG = LoggerFactory.getLogger(TokenService.class);
    private static final int MIN_KEY_BYTES = 32;

    private final NimbusJwtEncoder encoder;
    private final NimbusJwtDecoder decoder;
    private final Duration ttl;
    private final String issuer;
    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param properties the application's settings
     * @param environment where the active profiles are read
     */
    @org.springframework.beans.factory.annotation.Autowired
    public TokenService(DemoProperties properties, Environment environment) {
        this(key(properties.jwt().secret(), environment.acceptsProfiles(Profiles.of("prod"))),
                properties.jwt().ttl(), properties.jwt().issuer(), Clock.systemUTC());
    }

    TokenService(SecretKey key, Duration ttl, String issuer, Clock clock) {
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
        this.decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        this.decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
        this.ttl = ttl;
        this.issuer = issuer;
        this.clock = clock;
    }

    static SecretKey key(String secret, boolean production) {
        if (secret == null || secret.isBlank()) {
            if (production) {
                throw new IllegalStateException("demo.jwt.secret (DEMO_JWT_SECRET) must be set in the prod profile: "
                        + "at least 32 random bytes, e.g. `openssl rand -base64 32`");
            }
            LOG.warn("demo.jwt.secret is not set: tokens are signed with a random key and die with this process");
            byte[] random = new byte[MIN_KEY_BYTES];
            new SecureRandom().nextBytes(random);
            return new SecretKeySpec(random, "HmacSHA256");
        }
        // base64 when it decodes to a full-length key (openssl rand -base64 32), else the text's UTF-8 bytes
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        try {
            byte[] decoded = Base64.getDecoder().decode(secret.trim());
            if (decoded.length >= MIN_KEY_BYTES) {
                bytes = decoded;
            }
        } catch (IllegalArgumentException notBase64) {
            // plain text
        }
        if (bytes.length < MIN_KEY_BYTES) {
            throw new IllegalStateException("demo.jwt.secret must hold at least " + MIN_KEY_BYTES + " bytes, has "
                    + bytes.length);
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    /**
     * Issues a token.
     *
     * @param userId the user's id (the token's subject)
     * @param email the user's e-mail (an informative claim)
     * @return the compact JWT
     */
    public String issue(String userId, String email) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(issuer).subject(userId).issuedAt(now)
                .expiresAt(now.plus(ttl)).claim("email", email).build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }

    /**
     * How long an issued token lasts.
     *
     * @return the lifetime
     */
    public Duration ttl() {
        return ttl;
    }

    /**
     * The decoder the resource server checks bearer tokens with: signature, algorithm, issuer, expiry.
     *
     * @return the decoder
     */
    public JwtDecoder decoder() {
        return decoder;
    }
}
