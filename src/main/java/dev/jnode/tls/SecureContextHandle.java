package dev.jnode.tls;

import dev.jnode.tls.IdentityKeyManager.Identity;
import dev.jnode.tls.KeyMaterial.KeyMaterialException;
import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.netty.handler.ssl.SupportedCipherSuiteFilter;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.X509ExtendedTrustManager;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The Java side of a tls.SecureContext: keys, certificates, trusted CAs and protocol versions, and the Netty
 * {@link SslContext}s made from them for each role a socket plays (client or server, ALPN list, client
 * certificates asked for or not), made on first use and kept, so sessions resume within one context.
 * The adders answer null or [code, message] of the OpenSSL error Node would throw.
 */
public final class SecureContextHandle {
    private static final List<String> VERSIONS = List.of("TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3");

    /**
     * Node's default cipher order (tls.DEFAULT_CIPHERS under the IANA names), then the JDK's other defaults; the
     * JDK alone would prefer AES-128 where OpenSSL picks AES-256.
     */
    private static final List<String> CIPHER_PREFERENCE = cipherPreference();

    private static List<String> cipherPreference() {
        List<String> order = new ArrayList<>(List.of("TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256",
                "TLS_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
                "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
                "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
                "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256",
                "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", "TLS_DHE_RSA_WITH_AES_256_CBC_SHA384"));
        try {
            for (String suite : SSLContext.getDefault().getDefaultSSLParameters().getCipherSuites()) {
                if (!order.contains(suite)) {
                    order.add(suite);
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return List.copyOf(order);
    }

    /** What a context without a ca option trusts, asked at each verification (setDefaultCACertificates changes it). */
    private final Supplier<Collection<X509Certificate>> defaultTrust;
    private final List<PrivateKey> keys = new ArrayList<>();

    SecureContextHandle(Supplier<Collection<X509Certificate>> defaultTrust) {
        this.defaultTrust = defaultTrust;
    }

    /** A context trusting the process-wide default roots when given no ca. */
    SecureContextHandle() {
        this(TlsBinding::defaultRoots);
    }
    private final List<List<X509Certificate>> certificateChains = new ArrayList<>();
    /** Null until a ca option is given: then only these are trusted, as in Node. */
    private List<X509Certificate> cas;
    private String[] protocols = {"TLSv1.2", "TLSv1.3"};
    private final Map<String, SslContext> sslContexts = new HashMap<>();

    @HostAccess.Export
    public String[] addKey(String pem, String passphrase) {
        try {
            keys.add(KeyMaterial.privateKey(pem, passphrase));
            return null;
        } catch (KeyMaterialException e) {
            return failure(e);
        }
    }

    @HostAccess.Export
    public String[] addCert(String pem) {
        try {
            certificateChains.add(KeyMaterial.certificates(pem));
            return null;
        } catch (KeyMaterialException e) {
            return failure(e);
        }
    }

    /** Adds the certificates in the text; like Node, text holding none adds nothing (and trusts nothing else). */
    @HostAccess.Export
    public void addCa(String pem) {
        if (cas == null) {
            cas = new ArrayList<>();
        }
        try {
            cas.addAll(KeyMaterial.certificates(pem));
        } catch (KeyMaterialException e) {
            // no certificate in it
        }
    }

    @HostAccess.Export
    public String[] loadPfx(Value arrayBuffer, int offset, int length, String passphrase) {
        byte[] bytes = new byte[length];
        arrayBuffer.readBuffer(offset, bytes, 0, length);
        try {
            KeyMaterial.Pfx pfx = KeyMaterial.pfx(bytes, passphrase);
            if (pfx.key() != null) {
                keys.add(pfx.key());
                certificateChains.add(pfx.chain());
            }
            if (!pfx.cas().isEmpty()) {
                if (cas == null) {
                    cas = new ArrayList<>();
                }
                cas.addAll(pfx.cas());
            }
            return null;
        } catch (KeyMaterialException e) {
            return failure(e);
        }
    }

    /** The protocol versions from {@code min} to {@code max} (names as Node's: "TLSv1.2"). */
    @HostAccess.Export
    public void setVersions(String min, String max) {
        protocols = VERSIONS.subList(VERSIONS.indexOf(min), VERSIONS.indexOf(max) + 1).toArray(String[]::new);
    }

    /** Each key with the certificate chain whose leaf holds its public key; null or the mismatch as an error. */
    @HostAccess.Export
    public String[] checkKeysMatch() {
        return identities() == null
                ? new String[] {"ERR_OSSL_X509_KEY_VALUES_MISMATCH", "error:05800074:x509 certificate routines::key values mismatch"}
                : null;
    }

    private List<Identity> identities() {
        List<Identity> identities = new ArrayList<>();
        for (PrivateKey key : keys) {
            List<X509Certificate> chain = certificateChains.stream()
                    .filter(candidate -> holdsPublicKeyOf(candidate.get(0), key))
                    .findFirst().orElse(null);
            if (chain == null) {
                return null;
            }
            identities.add(new Identity(key, completed(chain)));
        }
        return identities;
    }

    /** The chain followed by its issuers from the ca option, as OpenSSL's automatic chain building sends it. */
    private List<X509Certificate> completed(List<X509Certificate> chain) {
        if (cas == null) {
            return chain;
        }
        List<X509Certificate> full = new ArrayList<>(chain);
        while (!PeerVerifier.isSelfSigned(full.getLast())) {
            X509Certificate issuer = PeerVerifier.issuerAmong(full.getLast(), cas);
            if (issuer == null || full.contains(issuer)) {
                break;
            }
            full.add(issuer);
        }
        return full;
    }

    private static boolean holdsPublicKeyOf(X509Certificate certificate, PrivateKey key) {
        if (key instanceof RSAKey rsa && certificate.getPublicKey() instanceof RSAKey certificateRsa) {
            return rsa.getModulus().equals(certificateRsa.getModulus());
        }
        return certificate.getPublicKey().getAlgorithm().equals(key.getAlgorithm());
    }

    /** The certificates a peer's chain must lead to: the ca option's, else the default root store. */
    Collection<X509Certificate> trusted() {
        return cas != null ? cas : defaultTrust.get();
    }

    SslContext sslContext(boolean server, String[] alpnProtocols, ClientAuth clientAuth) throws SSLException {
        String key = server + "|" + clientAuth + "|" + String.join(",", alpnProtocols);
        SslContext context = sslContexts.get(key);
        if (context == null) {
            context = build(server, alpnProtocols, clientAuth);
            sslContexts.put(key, context);
        }
        return context;
    }

    private SslContext build(boolean server, String[] alpnProtocols, ClientAuth clientAuth) throws SSLException {
        List<Identity> identities = identities();
        IdentityKeyManager keyManager = new IdentityKeyManager(identities == null ? List.of() : identities);
        SslContextBuilder builder = server ? SslContextBuilder.forServer(keyManager)
                : SslContextBuilder.forClient().keyManager(keyManager);
        builder.sslProvider(SslProvider.JDK)
                .protocols(protocols)
                .ciphers(CIPHER_PREFERENCE, SupportedCipherSuiteFilter.INSTANCE)
                .trustManager(new JudgedLaterTrustManager(clientAuth == ClientAuth.REQUIRE))
                .clientAuth(clientAuth);
        if (alpnProtocols.length > 0) {
            builder.applicationProtocolConfig(new ApplicationProtocolConfig(ApplicationProtocolConfig.Protocol.ALPN,
                    // A server whose list shares nothing with the client's ends the handshake, as OpenSSL does.
                    server ? ApplicationProtocolConfig.SelectorFailureBehavior.FATAL_ALERT
                            : ApplicationProtocolConfig.SelectorFailureBehavior.NO_ADVERTISE,
                    ApplicationProtocolConfig.SelectedListenerFailureBehavior.ACCEPT, Arrays.asList(alpnProtocols)));
        }
        return builder.build();
    }

    private static String[] failure(KeyMaterialException e) {
        return new String[] {e.code, e.getMessage()};
    }

    /**
     * Lets the handshake through whatever the peer's chain (Node decides after it, from authorizationError),
     * except for a server that requires trusted client certificates, which OpenSSL refuses in the handshake.
     */
    private final class JudgedLaterTrustManager extends X509ExtendedTrustManager {
        private final boolean refuseUntrustedClients;

        JudgedLaterTrustManager(boolean refuseUntrustedClients) {
            this.refuseUntrustedClients = refuseUntrustedClients;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            if (refuseUntrustedClients) {
                PeerVerifier.Failure failure = PeerVerifier.verify(Arrays.asList(chain), trusted(), new Date());
                if (failure != null) {
                    throw new CertificateException(failure.message());
                }
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            checkClientTrusted(chain, authType);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            checkClientTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return cas == null ? new X509Certificate[0] : cas.toArray(X509Certificate[]::new);
        }
    }
}
