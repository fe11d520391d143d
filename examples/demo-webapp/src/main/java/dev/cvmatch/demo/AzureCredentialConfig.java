package dev.cvmatch.demo;

import com.azure.core.credential.TokenCredential;
import com.azure.identity.DefaultAzureCredentialBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The Entra ID credential of the {@code azure} profile, used by cvmatch's Blob, Queue and Cosmos DB clients for
 * every service given an endpoint and no key: on App Service, the user-assigned managed identity named by
 * {@code AZURE_CLIENT_ID} (the deployment sets it); on a developer's machine, {@code az login} or the environment's
 * service principal. The token is fetched on the first call, not at start.
 */
@Configuration(proxyBeanMethods = false)
@Profile("azure")
class AzureCredentialConfig {

    @Bean
    @ConditionalOnMissingBean(TokenCredential.class)
    TokenCredential azureCredential(@Value("${AZURE_CLIENT_ID:}") String managedIdentityClientId) {
        DefaultAzureCredentialBuilder builder = new DefaultAzureCredentialBuilder();
        if (!managedIdentityClientId.isBlank()) {
            builder.managedIdentityClientId(managedIdentityClientId);
        }
        return builder.build();
    }
}
