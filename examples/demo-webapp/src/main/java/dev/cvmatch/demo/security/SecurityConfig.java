package dev.cvmatch.demo.security;

import dev.cvmatch.demo.DemoProperties;
import java.io.IOException;
import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import tools.jackson.databind.json.JsonMapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Stateless bearer-token security. The API authenticates every call with the {@code Authorization: Bearer} JWT that
 * {@code POST /auth/login} returns (the seed's clients expect {@code access_token}); no cookie carries credentials,
 * so a cross-site request cannot ride on the user's session and CSRF tokens are not needed. The UI keeps the token
 * in {@code sessionStorage}; the Content-Security-Policy allows scripts from the application only, which is what
 * guards that token against injected scripts.
 */
@Configuration
public class SecurityConfig {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /**
     * The filter chain.
     *
     * @param http Spring Security's builder
     * @param tokens where bearer tokens are checked
     * @return the chain
     * @throws Exception as Spring Security's builder declares
     */
    @Bean
    public SecurityFilterChain securityFilterChain(HttpSecurity http, TokenService tokens) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        http.csrf(csrf -> csrf.disable())
                .cors(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/auth/register", "/auth/login").permitAll()
                        .requestMatchers(HttpMethod.GET, "/", "/index.html", "/app/**", "/favicon.ico", "/health",
                                "/health/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                                "/swagger-ui/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.decoder(tokens.decoder()))
                        .authenticationEntryPoint((request, response, e) -> problem(json, response,
                                HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication required",
                                "Log in and send the access token as 'Authorization: Bearer <token>'."))
                        .accessDeniedHandler((request, response, e) -> problem(json, response, HttpStatus.FORBIDDEN,
                                "forbidden", "Forbidden", "This token does not allow that.")))
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> problem(json, response,
                        HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication required",
                        "Log in and send the access token as 'Authorization: Bearer <token>'.")))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .frameOptions(f -> f.deny())
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }

    private static void problem(JsonMapper json, HttpServletResponse response, HttpStatus status, String type,
            String title, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://cvmatch.dev/problems/" + type));
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        json.writeValue(response.getOutputStream(), problem);
    }

    /**
     * The decoder as a bean, for whoever else needs it.
     *
     * @param tokens the token service
     * @return the decoder
     */
    @Bean
    public JwtDecoder jwtDecoder(TokenService tokens) {
        return tokens.decoder();
    }

    /**
     * bcrypt, cost 10 (about 60-80 ms a hash on one core here).
     *
     * @return the encoder
     */
    @Bean
    public PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(10);
    }

    /**
     * CORS: only the origins listed in {@code demo.cors.allowed-origins}; none by default.
     *
     * @param properties the settings
     * @return the configuration source
     */
    @Bean
    public CorsConfigurationSource corsConfigurationSource(DemoProperties properties) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!properties.cors().allowedOrigins().isEmpty()) {
            CorsConfiguration cors = new CorsConfiguration();
            cors.setAllowedOrigins(properties.cors().allowedOrigins());
            cors.addAllowedMethod("GET");
            cors.addAllowedMethod("POST");
            cors.addAllowedMethod("DELETE");
            cors.addAllowedHeader("Authorization");
            cors.addAllowedHeader("Content-Type");
            cors.setMaxAge(3600L);
            source.registerCorsConfiguration("/**", cors);
        }
        return source;
    }
}
