package dev.jnode.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * Reads node:tls's key material: PEM private keys in every form OpenSSL writes (PKCS#8, PKCS#1, SEC1, encrypted
 * with a passphrase) through BouncyCastle, PEM certificates through the JDK, and PFX (PKCS#12) bundles. Failures
 * are {@link KeyMaterialException}s carrying the OpenSSL error Node would report.
 */
final class KeyMaterial {
    private KeyMaterial() {}

    /** BouncyCastle's provider for the PEM encryption schemes (not registered globally: only these calls use it). */
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    /** A key and its certificates, as a PFX bundle holds them (plus the CA certificates it carries). */
    record Pfx(PrivateKey key, List<X509Certificate> chain, List<X509Certificate> cas) {}

    static PrivateKey privateKey(String pem, String passphrase) throws KeyMaterialException {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object object = parser.readObject();
            // openssl ecparam -genkey writes "EC PARAMETERS" before the key: skip to the key.
            while (object instanceof org.bouncycastle.asn1.ASN1ObjectIdentifier) {
                object = parser.readObject();
            }
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            PrivateKeyInfo info;
            if (object instanceof PEMKeyPair pair) {
                info = pair.getPrivateKeyInfo();
            } else if (object instanceof PrivateKeyInfo plain) {
                info = plain;
            } else if (object instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
                requirePassphrase(passphrase);
                info = encrypted.decryptPrivateKeyInfo(
                        new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BC).build(passphrase.toCharArray()));
            } else if (object instanceof PEMEncryptedKeyPair encrypted) {
                requirePassphrase(passphrase);
                info = encrypted.decryptKeyPair(new JcePEMDecryptorProviderBuilder().setProvider(BC).build(passphrase.toCharArray()))
                        .getPrivateKeyInfo();
            } else {
                throw unsupported();
            }
            return converter.getPrivateKey(info);
        } catch (PKCSException | org.bouncycastle.openssl.EncryptionException e) {
            throw badDecrypt();
        } catch (PEMException e) {
            throw e.getCause() instanceof GeneralSecurityException ? badDecrypt() : unsupported();
        } catch (IOException | OperatorCreationException | RuntimeException e) {
            throw unsupported();
        }
    }

    /** Every certificate in the PEM text, in order. */
    static List<X509Certificate> certificates(String pem) throws KeyMaterialException {
        try {
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate certificate : CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.ISO_8859_1)))) {
                certificates.add((X509Certificate) certificate);
            }
            if (certificates.isEmpty()) {
                throw noStartLine();
            }
            return certificates;
        } catch (CertificateException e) {
            throw noStartLine();
        }
    }

    static Pfx pfx(byte[] bytes, String passphrase) throws KeyMaterialException {
        char[] password = passphrase == null ? new char[0] : passphrase.toCharArray();
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), password);
            PrivateKey key = null;
            List<X509Certificate> chain = List.of();
            List<X509Certificate> cas = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias) && key == null) {
                    Key found = store.getKey(alias, password);
                    if (found instanceof PrivateKey privateKey) {
                        key = privateKey;
                        chain = new ArrayList<>();
                        for (Certificate certificate : store.getCertificateChain(alias)) {
                            chain.add((X509Certificate) certificate);
                        }
                    }
                } else if (store.isCertificateEntry(alias)) {
                    cas.add((X509Certificate) store.getCertificate(alias));
                }
            }
            return new Pfx(key, chain, cas);
        } catch (IOException e) {
            throw new KeyMaterialException("ERR_OSSL_PKCS12_MAC_VERIFY_FAILURE", "mac verify failure");
        } catch (GeneralSecurityException e) {
            throw new KeyMaterialException("ERR_OSSL_PKCS12_PKCS12_CIPHERFINAL_ERROR", "pkcs12 cipherfinal error");
        }
    }

    private static void requirePassphrase(String passphrase) throws KeyMaterialException {
        if (passphrase == null) {
            throw badDecrypt();
        }
    }

    private static KeyMaterialException badDecrypt() {
        return new KeyMaterialException("ERR_OSSL_BAD_DECRYPT", "error:1C800064:Provider routines::bad decrypt");
    }

    private static KeyMaterialException unsupported() {
        return new KeyMaterialException("ERR_OSSL_UNSUPPORTED", "error:1E08010C:DECODER routines::unsupported");
    }

    private static KeyMaterialException noStartLine() {
        return new KeyMaterialException("ERR_OSSL_PEM_NO_START_LINE", "error:0480006C:PEM routines::no start line");
    }

    /** A key or certificate that cannot be used: Node's OpenSSL error code and message. */
    static final class KeyMaterialException extends Exception {
        final String code;

        KeyMaterialException(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }
}
