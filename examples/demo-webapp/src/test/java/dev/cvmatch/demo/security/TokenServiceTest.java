package dev.cvmatch.demo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtException;

class TokenServiceTest {

    @Test
    void productionNeedsASecretAndShortSecretsAreRefused() {
        assertThatThrownBy(() -> TokenService.key(null, true)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DEMO_JWT_SECRET");
        assertThatThrownBy(() -> TokenService.key(" ", true)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> TokenService.key("short", false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes");
        assertThat(TokenService.key(null, false).getEncoded()).hasSize(32);
        assertThat(TokenService.key("0123456789abcdef0123456789abcdef", true).getEncoded()).hasSize(32);
    }

    @Test
    void tokensCarrySubjectAndExpire() {
        var key = TokenService.key("0123456789abcdef0123456789abcdef", true);
        Instant issued = Instant.now().minus(Duration.ofHours(2));
        TokenService past = new TokenService(key, Duration.ofMinutes(30), "cvmatch-demo",
                Clock.fixed(issued, ZoneOffset.UTC));
        TokenService now = new TokenService(key, Duration.ofMinutes(30), "cvmatch-demo", Clock.systemUTC());
        assertThat(now.decoder().decode(now.issue("user-1", "a@b.c")).getSubject()).isEqualTo("user-1");
        String old = past.issue("user-1", "a@b.c");
        assertThatThrownBy(() -> now.decoder().decode(old)).isInstanceOf(JwtException.class);
        TokenService otherIssuer = new TokenService(key, Duration.ofMinutes(30), "other", Clock.systemUTC());
        assertThatThrownBy(() -> now.decoder().decode(otherIssuer.issue("u", "e"))).isInstanceOf(JwtException.class);
    }

    @Test
    void throttleLocksAfterFailuresAndForgetsAfterTheWindow() {
        Instant[] time = {Instant.parse("2026-12-01T10:00:00Z")};
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return time[0];
            }
        };
        LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), clock);
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.locked("a@b.c", "1.1.1.1")).isEmpty();
            throttle.failed("a@b.c", "1.1.1.1");
        }
        assertThat(throttle.locked("a@b.c", "2.2.2.2")).isPresent();
        assertThat(throttle.locked("x@b.c", "1.1.1.1")).isPresent();
        assertThat(throttle.locked("x@b.c", "2.2.2.2")).isEmpty();
        time[0] = time[0].plus(Duration.ofMinutes(16));
        assertThat(throttle.locked("a@b.c", "1.1.1.1")).isEmpty();
    }
}
