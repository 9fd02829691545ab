package dev.jnode.tls;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * Offers a secure context's own keys, as OpenSSL does: a client sends its certificate whatever CA names the
 * server asked for (the JDK's key managers would send none), and a server picks the key of the type asked for.
 * Aliases are indexes into the list.
 */
final class IdentityKeyManager extends X509ExtendedKeyManager {
    /** A private key and its certificate chain, leaf first. */
    record Identity(PrivateKey key, List<X509Certificate> chain) {}

    private final List<Identity> identities;

    IdentityKeyManager(List<Identity> identities) {
        this.identities = List.copyOf(identities);
    }

    private String aliasFor(String keyType) {
        for (int i = 0; i < identities.size(); i++) {
            String algorithm = identities.get(i).key().getAlgorithm();
            if (keyType == null || keyType.equals(algorithm) || (keyType.equals("EC") && algorithm.equals("ECDSA"))) {
                return Integer.toString(i);
            }
        }
        return null;
    }

    private String aliasFor(String[] keyTypes) {
        for (String keyType : keyTypes) {
            String alias = aliasFor(keyType);
            if (alias != null) {
                return alias;
            }
        }
        return null;
    }

    @Override
    public String chooseEngineClientAlias(String[] keyTypes, Principal[] issuers, SSLEngine engine) {
        return aliasFor(keyTypes);
    }

    @Override
    public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
        return aliasFor(keyType);
    }

    @Override
    public String chooseClientAlias(String[] keyTypes, Principal[] issuers, Socket socket) {
        return aliasFor(keyTypes);
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return aliasFor(keyType);
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        String alias = aliasFor(keyType);
        return alias == null ? null : new String[] {alias};
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        return getClientAliases(keyType, issuers);
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        return identities.get(Integer.parseInt(alias)).chain().toArray(X509Certificate[]::new);
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        return identities.get(Integer.parseInt(alias)).key();
    }
}
