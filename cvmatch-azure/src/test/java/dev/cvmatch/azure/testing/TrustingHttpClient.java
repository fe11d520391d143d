package dev.cvmatch.azure.testing;

import com.azure.core.http.HttpClient;
import com.azure.core.http.netty.NettyAsyncHttpClientBuilder;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import javax.net.ssl.SSLException;

/**
 * The Azure SDK sends keys over HTTPS only; the local test servers use WireMock's own certificate, which this
 * client trusts. Tests only.
 */
public final class TrustingHttpClient {

    /** The client. */
    public static final HttpClient INSTANCE;

    static {
        try {
            SslContext tls = SslContextBuilder.forClient().trustManager(InsecureTrustManagerFactory.INSTANCE).build();
            INSTANCE = new NettyAsyncHttpClientBuilder(
                    reactor.netty.http.client.HttpClient.create().secure(spec -> spec.sslContext(tls))).build();
        } catch (SSLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private TrustingHttpClient() {
    }
}
