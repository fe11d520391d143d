package dev.cvmatch.azure.openai;

import com.azure.core.http.HttpHeader;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpPipeline;
import com.azure.core.util.Context;
import com.openai.core.RequestOptions;
import com.openai.core.http.Headers;
import com.openai.core.http.HttpClient;
import com.openai.core.http.HttpRequest;
import com.openai.core.http.HttpRequestBody;
import com.openai.core.http.HttpResponse;
import com.openai.errors.OpenAIIoException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * The OpenAI SDK's HTTP transport on an Azure SDK pipeline: requests the SDK built (path, query, JSON body, headers)
 * go out through azure-core's {@link HttpPipeline} (its authentication policy and the {@code HttpClient} the caller
 * chose), and answers come back buffered. Retries stay the OpenAI SDK's; connection failures are reported as
 * {@link OpenAIIoException} so it retries them.
 */
final class AzurePipelineTransport implements HttpClient {

    private final HttpPipeline pipeline;

    AzurePipelineTransport(HttpPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public HttpResponse execute(HttpRequest request, RequestOptions options) {
        com.azure.core.http.HttpRequest azure = toAzure(request);
        try (com.azure.core.http.HttpResponse response = pipeline.sendSync(azure, Context.NONE)) {
            return buffered(response, response.getBodyAsBinaryData().toBytes());
        } catch (UncheckedIOException e) {
            throw new OpenAIIoException("Request to Azure OpenAI failed", e.getCause());
        } catch (RuntimeException e) {
            if (e.getCause() instanceof IOException) {
                throw new OpenAIIoException("Request to Azure OpenAI failed", e.getCause());
            }
            throw e;
        }
    }

    @Override
    public CompletableFuture<HttpResponse> executeAsync(HttpRequest request, RequestOptions options) {
        return pipeline.send(toAzure(request))
                .flatMap(response -> response.getBodyAsByteArray().defaultIfEmpty(new byte[0])
                        .map(bytes -> {
                            response.close();
                            return buffered(response, bytes);
                        }))
                .onErrorMap(IOException.class, e -> new OpenAIIoException("Request to Azure OpenAI failed", e))
                .toFuture();
    }

    @Override
    public void close() {
        // the pipeline's HTTP client is shared, and closed by whoever built it
    }

    private static com.azure.core.http.HttpRequest toAzure(HttpRequest request) {
        StringBuilder url = new StringBuilder(request.url());
        char separator = url.indexOf("?") < 0 ? '?' : '&';
        for (String key : request.queryParams().keys()) {
            for (String value : request.queryParams().values(key)) {
                url.append(separator).append(URLEncoder.encode(key, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        com.azure.core.http.HttpRequest azure = new com.azure.core.http.HttpRequest(
                com.azure.core.http.HttpMethod.valueOf(request.method().name()), url.toString());
        Headers headers = request.headers();
        for (String name : headers.names()) {
            HttpHeaderName header = HttpHeaderName.fromString(name);
            for (String value : headers.values(name)) {
                azure.getHeaders().add(header, value);
            }
        }
        HttpRequestBody body = request.body();
        if (body != null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            body.writeTo(bytes);
            if (body.contentType() != null) {
                azure.setHeader(HttpHeaderName.CONTENT_TYPE, body.contentType());
            }
            azure.setBody(bytes.toByteArray());
        }
        return azure;
    }

    private static HttpResponse buffered(com.azure.core.http.HttpResponse response, byte[] body) {
        Headers.Builder headers = Headers.builder();
        for (HttpHeader header : response.getHeaders()) {
            headers.put(header.getName(), header.getValuesList());
        }
        int status = response.getStatusCode();
        Headers built = headers.build();
        return new HttpResponse() {
            @Override
            public int statusCode() {
                return status;
            }

            @Override
            public Headers headers() {
                return built;
            }

            @Override
            public InputStream body() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public void close() {
                // buffered: nothing to release
            }
        };
    }
}
