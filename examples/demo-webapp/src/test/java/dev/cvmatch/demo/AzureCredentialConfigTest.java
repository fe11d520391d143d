package dev.cvmatch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.identity.DefaultAzureCredential;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import reactor.core.publisher.Mono;

/** The azure profile's credential: the managed identity by default, the application's own when it defines one. */
class AzureCredentialConfigTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(AzureCredentialConfig.class);

    @Test
    void theAzureProfileGetsADefaultAzureCredentialForTheManagedIdentity() {
        runner.withPropertyValues("spring.profiles.active=azure",
                "AZURE_CLIENT_ID=00000000-0000-0000-0000-000000000001")
                .run(context -> assertThat(context).getBean(TokenCredential.class)
                        .isInstanceOf(DefaultAzureCredential.class));
    }

    @Test
    void otherProfilesGetNoCredential() {
        runner.run(context -> assertThat(context).doesNotHaveBean(TokenCredential.class));
    }

    @Test
    void anApplicationCredentialWins() {
        TokenCredential own = request -> Mono.just(new AccessToken("t", java.time.OffsetDateTime.MAX));
        runner.withPropertyValues("spring.profiles.active=azure")
                .withBean("own", TokenCredential.class, () -> own)
                .run(context -> assertThat(context).getBean(TokenCredential.class).isSameAs(own));
    }
}
