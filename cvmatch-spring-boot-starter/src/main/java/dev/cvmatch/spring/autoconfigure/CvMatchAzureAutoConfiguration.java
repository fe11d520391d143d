package dev.cvmatch.spring.autoconfigure;

import com.azure.core.credential.AzureKeyCredential;
import com.azure.core.credential.TokenCredential;
import dev.cvmatch.azure.documentintelligence.AzureDocumentIntelligenceOcrEngine;
import dev.cvmatch.azure.documentintelligence.AzureDocumentIntelligenceTextExtractor;
import dev.cvmatch.azure.openai.AzureOpenAiTextEmbedder;
import dev.cvmatch.document.AutoDetectTextExtractor;
import dev.cvmatch.document.DocumentFormat;
import dev.cvmatch.document.DocumentLimits;
import dev.cvmatch.document.DocumentTextExtractor;
import dev.cvmatch.embedding.CachingTextEmbedder;
import dev.cvmatch.embedding.TextEmbedder;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of the Azure adapters, when {@code cvmatch-azure} is on the classpath and their endpoints are
 * set: Azure AI Document Intelligence reads the configured formats (PDF, PNG, JPEG by default; the others stay with
 * the embedded extractors), or with {@code mode: OCR} only the page images that need OCR; Azure OpenAI embeddings
 * replace the embedded embedder. Credentials: the configured
 * key, else the application's {@link TokenCredential} bean. Runs before {@link CvMatchAutoConfiguration}, whose
 * extractor and embedder then back off.
 */
@AutoConfiguration(before = CvMatchAutoConfiguration.class)
@ConditionalOnClass(AzureDocumentIntelligenceTextExtractor.class)
@ConditionalOnProperty(prefix = "cvmatch", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(CvMatchProperties.class)
public class CvMatchAzureAutoConfiguration {

    /** Document Intelligence, when {@code cvmatch.azure.document-intelligence.endpoint} is set. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "cvmatch.azure.document-intelligence", name = "endpoint")
    static class DocumentIntelligenceConfiguration {

        /**
         * The extractor: Document Intelligence for the configured formats, the embedded extractors for the others.
         *
         * @param properties the properties
         * @param limits the document limits
         * @param tokenCredential the application's token credential, used when no key is configured
         * @return the extractor
         */
        @Bean
        @ConditionalOnMissingBean
        DocumentTextExtractor cvmatchDocumentTextExtractor(CvMatchProperties properties, DocumentLimits limits,
                ObjectProvider<TokenCredential> tokenCredential) {
            CvMatchProperties.DocumentIntelligence di = properties.getAzure().getDocumentIntelligence();
            boolean hasKey = di.getKey() != null && !di.getKey().isBlank();
            AutoDetectTextExtractor.Builder builder = CvMatchAutoConfiguration.embeddedExtractor(properties, limits);
            if (di.getMode() == CvMatchProperties.Mode.OCR) {
                AzureDocumentIntelligenceOcrEngine.Builder ocr = AzureDocumentIntelligenceOcrEngine.builder()
                        .endpoint(di.getEndpoint()).timeout(di.getTimeout());
                if (di.getModelId() != null && !di.getModelId().isBlank()) {
                    ocr.modelId(di.getModelId());
                }
                if (hasKey) {
                    ocr.credential(new AzureKeyCredential(di.getKey()));
                } else {
                    ocr.credential(required(tokenCredential, "cvmatch.azure.document-intelligence.key"));
                }
                return builder.ocr(ocr.build()).build();
            }
            AzureDocumentIntelligenceTextExtractor.Builder azure = AzureDocumentIntelligenceTextExtractor.builder()
                    .endpoint(di.getEndpoint()).styleFont(di.isStyleFont()).timeout(di.getTimeout()).limits(limits);
            if (di.getModelId() != null && !di.getModelId().isBlank()) {
                azure.modelId(di.getModelId());
            }
            if (hasKey) {
                azure.credential(new AzureKeyCredential(di.getKey()));
            } else {
                azure.credential(required(tokenCredential, "cvmatch.azure.document-intelligence.key"));
            }
            AzureDocumentIntelligenceTextExtractor service = azure.build();
            for (String format : di.getFormats()) {
                DocumentFormat documentFormat;
                try {
                    documentFormat = DocumentFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("cvmatch.azure.document-intelligence.formats: unknown format "
                            + format + " (PDF, DOCX, PNG, JPEG)", e);
                }
                builder.extractor(documentFormat, service);
            }
            return builder.build();
        }
    }

    /** Azure OpenAI embeddings, when {@code cvmatch.azure.openai.endpoint} and {@code deployment} are set. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "cvmatch.azure.openai", name = {"endpoint", "deployment"})
    static class OpenAiConfiguration {

        /**
         * The embedder, cached by content hash ({@code cvmatch.embedding.cache-size} texts).
         *
         * @param properties the properties
         * @param tokenCredential the application's token credential, used when no key is configured
         * @return the embedder
         */
        @Bean
        @ConditionalOnMissingBean
        TextEmbedder cvmatchTextEmbedder(CvMatchProperties properties, ObjectProvider<TokenCredential> tokenCredential) {
            CvMatchProperties.OpenAi openai = properties.getAzure().getOpenai();
            AzureOpenAiTextEmbedder.Builder builder = AzureOpenAiTextEmbedder.builder().endpoint(openai.getEndpoint())
                    .deployment(openai.getDeployment());
            if (openai.getDimensions() > 0) {
                builder.dimensions(openai.getDimensions());
            }
            if (openai.getKey() != null && !openai.getKey().isBlank()) {
                builder.credential(new AzureKeyCredential(openai.getKey()));
            } else {
                builder.credential(required(tokenCredential, "cvmatch.azure.openai.key"));
            }
            return new CachingTextEmbedder(builder.build(), properties.getEmbedding().getCacheSize());
        }
    }

    private static TokenCredential required(ObjectProvider<TokenCredential> provider, String keyProperty) {
        TokenCredential credential = provider.getIfAvailable();
        if (credential == null) {
            throw new IllegalStateException("Set " + keyProperty + ", or define a TokenCredential bean (e.g. "
                    + "DefaultAzureCredential from azure-identity)");
        }
        return credential;
    }
}
