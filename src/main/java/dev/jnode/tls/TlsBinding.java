package dev.jnode.tls;

import dev.jnode.engine.JsRuntime;
import dev.jnode.net.ChannelHandle;
import io.netty.handler.ssl.CipherSuiteConverter;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SniHandler;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.AsyncMapping;
import io.netty.util.Mapping;
import io.netty.util.concurrent.Promise;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.Set;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * internalBinding('tls'): secure contexts ({@link SecureContextHandle}) and TLS over connections ({@link
 * TlsConnection}: Netty's SslHandler on the JDK's SSLEngine, in the pipeline under a TCP connection's SocketHandle
 * or a JavaScript stream's {@link StreamChannelHandle}), plus
 * the JDK's root certificates and cipher suites under OpenSSL's names. Loaded on the first use of node:tls.
 */
public final class TlsBinding {
    private static final long HANDSHAKE_TIMEOUT_MILLIS = 120_000;
    private static List<X509Certificate> jdkRoots;
    private static List<X509Certificate> defaultRoots;
    private static boolean useSystemCa;
    private final JsRuntime runtime;
    /** tls.setDefaultCACertificates' certificates for this thread's contexts; null until it is called. */
    private volatile List<X509Certificate> defaultCas;

    public TlsBinding(JsRuntime runtime) {
        this.runtime = runtime;
    }

    @HostAccess.Export
    public SecureContextHandle createSecureContext() {
        return new SecureContextHandle(this::defaultTrust);
    }

    /** The channel for TLS over a JavaScript stream (see {@link StreamChannelHandle}), before {@link #wrap}. */
    @HostAccess.Export
    public StreamChannelHandle streamChannel() {
        return new StreamChannelHandle(runtime);
    }

    /**
     * Starts TLS on a connected handle (TCP, or a JavaScript stream's): a client greets at once (naming {@code servername} by SNI unless
     * null), a server waits for the greeting. The handle then reports "secure" once the handshake ends.
     */
    @HostAccess.Export
    public Object wrap(ChannelHandle handle, SecureContextHandle context, boolean server, String servername,
            Value alpnProtocols, boolean requestCert, boolean rejectUnauthorized, Value hostContexts,
            boolean askForContext) {
        String[] alpn = new String[(int) alpnProtocols.getArraySize()];
        for (int i = 0; i < alpn.length; i++) {
            alpn[i] = alpnProtocols.getArrayElement(i).asString();
        }
        ClientAuth clientAuth = !server || !requestCert ? ClientAuth.NONE
                : rejectUnauthorized ? ClientAuth.REQUIRE : ClientAuth.OPTIONAL;
        try {
            SslContext sslContext = context.sslContext(server, alpn, clientAuth);
            if (server && askForContext) {
                // SNICallback: the client's name goes to JavaScript ("sni" event), whose answer picks the context.
                SslContext fallback = sslContext;
                TlsConnection[] connection = new TlsConnection[1];
                AsyncMapping<String, SslContext> askJavaScript = (hostname, promise) -> {
                    if (hostname == null) {
                        return promise.setSuccess(fallback);
                    }
                    handle.emitEvent("sni", hostname, new SniAnswer(promise, alpn, clientAuth, fallback, connection[0]));
                    return promise;
                };
                connection[0] = new TlsConnection(handle, context, new SniHandler(askJavaScript, HANDSHAKE_TIMEOUT_MILLIS),
                        false);
                return connection[0];
            }
            if (server && hostContexts != null && hostContexts.hasArrayElements() && hostContexts.getArraySize() > 0) {
                return new TlsConnection(handle, context, new SniHandler(
                        byHostName(hostContexts, alpn, clientAuth, sslContext), HANDSHAKE_TIMEOUT_MILLIS), false);
            }
            var alloc = handle.channel().alloc();
            SslHandler ssl = servername == null ? sslContext.newHandler(alloc) : sslContext.newHandler(alloc, servername, -1);
            if (servername != null) {
                // The JDK sends SNI only for names with a dot by itself; OpenSSL (so Node) sends any name given.
                SSLParameters parameters = ssl.engine().getSSLParameters();
                parameters.setServerNames(List.of(new SNIHostName(servername)));
                ssl.engine().setSSLParameters(parameters);
            }
            // Node's server gives up on a handshake after 120 s (handshakeTimeout); its client waits for ever.
            ssl.setHandshakeTimeoutMillis(server ? HANDSHAKE_TIMEOUT_MILLIS : 0);
            return new TlsConnection(handle, context, ssl, !server);
        } catch (SSLException e) {
            return HandshakeFailures.describe(e);
        }
    }

    /**
     * server.addContext's choice: the last added context whose host pattern ("*" for one label's characters) names
     * the host the client asked for, else the server's own.
     */
    private static Mapping<String, SslContext> byHostName(Value hostContexts, String[] alpn, ClientAuth clientAuth,
            SslContext fallback) {
        List<Map.Entry<Pattern, SecureContextHandle>> entries = new ArrayList<>();
        for (long i = hostContexts.getArraySize() - 1; i >= 0; i--) {
            Value entry = hostContexts.getArrayElement(i);
            String regex = Pattern.quote(entry.getArrayElement(0).asString()).replace("*", "\\E[^.]*\\Q");
            entries.add(Map.entry(Pattern.compile(regex, Pattern.CASE_INSENSITIVE),
                    entry.getArrayElement(1).asHostObject()));
        }
        return hostname -> {
            if (hostname != null) {
                for (Map.Entry<Pattern, SecureContextHandle> entry : entries) {
                    if (entry.getKey().matcher(hostname).matches()) {
                        try {
                            return entry.getValue().sslContext(true, alpn, clientAuth);
                        } catch (SSLException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }
            }
            return fallback;
        };
    }

    /** What an SNICallback chose: a secure context (null for the server's own), or a failure. */
    public static final class SniAnswer {
        private final Promise<SslContext> promise;
        private final String[] alpn;
        private final ClientAuth clientAuth;
        private final SslContext fallback;
        private final TlsConnection connection;

        SniAnswer(Promise<SslContext> promise, String[] alpn, ClientAuth clientAuth, SslContext fallback,
                TlsConnection connection) {
            this.promise = promise;
            this.alpn = alpn;
            this.clientAuth = clientAuth;
            this.fallback = fallback;
            this.connection = connection;
        }

        @HostAccess.Export
        public void choose(SecureContextHandle chosen) {
            try {
                if (chosen != null) {
                    connection.useContext(chosen);
                }
                promise.trySuccess(chosen == null ? fallback : chosen.sslContext(true, alpn, clientAuth));
            } catch (SSLException e) {
                promise.tryFailure(e);
            }
        }

        @HostAccess.Export
        public void fail(String message) {
            promise.tryFailure(new SSLException(message));
        }
    }

    /** The JDK's trusted root certificates as PEM text (tls.rootCertificates). */
    @HostAccess.Export
    public String[] rootCertificates() {
        return pemTexts(jdkRoots(), "");
    }

    /**
     * One of the CA sets of tls.getCACertificates as PEM texts, each ending in a newline as OpenSSL writes them:
     * "system" (OpenSSL's default file: SSL_CERT_FILE, else Debian's bundle) or "extra" (NODE_EXTRA_CA_CERTS's).
     */
    @HostAccess.Export
    public String[] caCertificates(String type) {
        return switch (type) {
            case "system" -> pemTexts(systemCas(), "\n");
            case "default" -> pemTexts(defaultTrust(), "\n");
            default -> pemTexts(extraCas(), "\n");
        };
    }

    /**
     * Replaces what contexts without a ca option trust (tls.setDefaultCACertificates), each certificate once.
     * Texts without a PEM certificate are skipped; a PEM block that does not decode fails the whole call, as does
     * a non-empty array without any certificate. Returns null, or [code, message].
     */
    @HostAccess.Export
    public String[] setDefaultCaCertificates(String[] texts) {
        Set<X509Certificate> unique = new LinkedHashSet<>(); // certificates are equal when their encodings are
        for (String text : texts) {
            if (!text.contains("-----BEGIN CERTIFICATE-----")) {
                continue;
            }
            try {
                unique.addAll(KeyMaterial.certificates(text));
            } catch (KeyMaterial.KeyMaterialException e) {
                return new String[] {"ERR_OSSL_PEM_ASN1_LIB", "error:0488000D:PEM routines::ASN1 lib"};
            }
        }
        if (unique.isEmpty() && texts.length > 0) {
            return new String[] {"ERR_CRYPTO_OPERATION_FAILED", "No valid certificates found in the provided array"};
        }
        defaultCas = List.copyOf(unique);
        return null;
    }

    private Collection<X509Certificate> defaultTrust() {
        List<X509Certificate> set = defaultCas;
        return set != null ? set : defaultRoots();
    }

    /**
     * Connections trust the system's CAs too from now on (--use-system-ca); the default set is Node's: the
     * bundled roots (here the JDK's) and NODE_EXTRA_CA_CERTS's.
     */
    @HostAccess.Export
    public void useSystemCa() {
        synchronized (TlsBinding.class) {
            useSystemCa = true;
            defaultRoots = null;
        }
    }

    private static String[] pemTexts(Collection<X509Certificate> certificates, String end) {
        Base64.Encoder lines = Base64.getMimeEncoder(64, new byte[] {'\n'});
        return certificates.stream().map(certificate -> {
            try {
                return "-----BEGIN CERTIFICATE-----\n" + lines.encodeToString(certificate.getEncoded())
                        + "\n-----END CERTIFICATE-----" + end;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(String[]::new);
    }

    /** The cipher suites the JDK supports, under OpenSSL's names in lower case (tls.getCiphers). */
    @HostAccess.Export
    public String[] ciphers() {
        try {
            Set<String> names = new LinkedHashSet<>();
            for (String suite : SSLContext.getDefault().getSupportedSSLParameters().getCipherSuites()) {
                String openSsl = CipherSuiteConverter.toOpenSsl(suite, false);
                if (openSsl != null) {
                    names.add(openSsl.toLowerCase(Locale.ROOT));
                }
            }
            return names.stream().sorted().toArray(String[]::new);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What connections trust when a context names no ca: the JDK's roots, NODE_EXTRA_CA_CERTS's, maybe the system's. */
    static synchronized List<X509Certificate> defaultRoots() {
        if (defaultRoots == null) {
            List<X509Certificate> roots = new ArrayList<>(jdkRoots());
            roots.addAll(extraCas());
            if (useSystemCa) {
                roots.addAll(systemCas());
            }
            defaultRoots = List.copyOf(roots);
        }
        return defaultRoots;
    }

    /** The JDK's default trust store (its cacerts), read once: Node's bundled roots. */
    private static synchronized List<X509Certificate> jdkRoots() {
        if (jdkRoots == null) {
            try {
                TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init((KeyStore) null);
                for (TrustManager manager : factory.getTrustManagers()) {
                    if (manager instanceof X509TrustManager x509) {
                        jdkRoots = List.of(x509.getAcceptedIssuers());
                    }
                }
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the JDK's trust store cannot be read", e);
            }
        }
        return jdkRoots;
    }

    /** The certificates of the file NODE_EXTRA_CA_CERTS names; none when unset or unreadable (Node warns there). */
    private static List<X509Certificate> extraCas() {
        String file = System.getenv("NODE_EXTRA_CA_CERTS");
        return file == null || file.isEmpty() ? List.of() : certificatesIn(Path.of(file));
    }

    /** OpenSSL's default CA file, which Node's system store reads on Linux (without its directory's copies). */
    private static List<X509Certificate> systemCas() {
        String file = System.getenv("SSL_CERT_FILE");
        return certificatesIn(Path.of(file != null && !file.isEmpty() ? file : "/etc/ssl/certs/ca-certificates.crt"));
    }

    private static List<X509Certificate> certificatesIn(Path file) {
        try {
            return KeyMaterial.certificates(Files.readString(file, StandardCharsets.ISO_8859_1));
        } catch (IOException | KeyMaterial.KeyMaterialException e) {
            return List.of();
        }
    }
}
