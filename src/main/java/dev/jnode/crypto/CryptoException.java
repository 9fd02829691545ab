package dev.jnode.crypto;

/**
 * A crypto failure as Node reports it: its {@code code} (null for the few errors Node raises without one, such as
 * a failed authentication) and its message. OpenSSL's errors carry {@code ERR_OSSL_*} codes and OpenSSL's text.
 */
public final class CryptoException extends RuntimeException {
    private final String code;
    private final boolean errorStack;

    public CryptoException(String code, String message) {
        this(code, message, true);
    }

    private CryptoException(String code, String message, boolean errorStack) {
        super(message, null, false, false);
        this.code = code;
        this.errorStack = errorStack;
    }

    /** Whether Node's error carries opensslErrorStack: it does when OpenSSL queued more than the one error. */
    boolean errorStack() {
        return errorStack;
    }

    /** An OpenSSL error alone in its queue (no opensslErrorStack), as X509Certificate's parse reports them. */
    static CryptoException alone(String hex, String library, String reason) {
        CryptoException e = openssl(hex, library, reason);
        return new CryptoException(e.code, e.getMessage(), false);
    }

    public String code() {
        return code;
    }

    /** OpenSSL's "bad decrypt", from a padding check or a wrong key. */
    static CryptoException badDecrypt() {
        return openssl("1C800064", "Provider routines", "bad decrypt");
    }

    static CryptoException wrongFinalBlockLength() {
        return openssl("1C80006B", "Provider routines", "wrong final block length");
    }

    /** The error Node raises when an AEAD tag does not match, or an AEAD is used out of order. */
    static CryptoException authenticationFailed() {
        return new CryptoException(null, "Unsupported state or unable to authenticate data");
    }

    /**
     * An OpenSSL error as Node names it: ERR_OSSL_, the library's prefix (none for providers and decoders), the
     * reason in capitals; message "error:HEX:library::reason".
     */
    static CryptoException openssl(String hex, String library, String reason) {
        String prefix = switch (library) {
            case "rsa routines" -> "RSA_";
            case "common libcrypto routines" -> "CRYPTO_";
            case "asn1 encoding routines" -> "ASN1_";
            case "digital envelope routines" -> "EVP_";
            case "PEM routines" -> "PEM_";
            default -> "";
        };
        String code = "ERR_OSSL_" + prefix + reason.toUpperCase(java.util.Locale.ROOT).replace(' ', '_');
        return new CryptoException(code, "error:" + hex + ":" + library + "::" + reason);
    }
}
