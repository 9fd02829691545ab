package dev.jnode.crypto;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.SecretKey;


/** Maps OpenSSL's digest names, as Node accepts them, to the JDK's MessageDigest algorithm names. */
final class Digests {
    /** Each JDK algorithm with the names OpenSSL (and so Node) knows it by. */
    private static final Map<String, List<String>> NAMES_BY_ALGORITHM = Map.ofEntries(
            Map.entry("MD5", List.of("md5", "RSA-MD5", "md5WithRSAEncryption", "ssl3-md5")),
            Map.entry("SHA-1", List.of("sha1", "RSA-SHA1", "RSA-SHA1-2", "sha1WithRSAEncryption", "ssl3-sha1")),
            Map.entry("SHA-224", List.of("sha224", "RSA-SHA224", "sha224WithRSAEncryption")),
            Map.entry("SHA-256", List.of("sha256", "RSA-SHA256", "sha256WithRSAEncryption")),
            Map.entry("SHA-384", List.of("sha384", "RSA-SHA384", "sha384WithRSAEncryption")),
            Map.entry("SHA-512", List.of("sha512", "RSA-SHA512", "sha512WithRSAEncryption")),
            Map.entry("SHA-512/224", List.of("sha512-224", "RSA-SHA512/224", "sha512-224WithRSAEncryption")),
            Map.entry("SHA-512/256", List.of("sha512-256", "RSA-SHA512/256", "sha512-256WithRSAEncryption")),
            Map.entry("SHA3-224", List.of("sha3-224", "RSA-SHA3-224", "id-rsassa-pkcs1-v1_5-with-sha3-224")),
            Map.entry("SHA3-256", List.of("sha3-256", "RSA-SHA3-256", "id-rsassa-pkcs1-v1_5-with-sha3-256")),
            Map.entry("SHA3-384", List.of("sha3-384", "RSA-SHA3-384", "id-rsassa-pkcs1-v1_5-with-sha3-384")),
            Map.entry("SHA3-512", List.of("sha3-512", "RSA-SHA3-512", "id-rsassa-pkcs1-v1_5-with-sha3-512")));

    /** OpenSSL's other spellings: the SHA-2 family as "sha-256"/"sha2-256" and "sha-1". */
    private static final Map<String, String> SPELLINGS = Map.ofEntries(
            Map.entry("sha-1", "SHA-1"),
            Map.entry("sha-224", "SHA-224"), Map.entry("sha2-224", "SHA-224"),
            Map.entry("sha-256", "SHA-256"), Map.entry("sha2-256", "SHA-256"),
            Map.entry("sha-384", "SHA-384"), Map.entry("sha2-384", "SHA-384"),
            Map.entry("sha-512", "SHA-512"), Map.entry("sha2-512", "SHA-512"),
            Map.entry("sha-512/224", "SHA-512/224"), Map.entry("sha2-512/224", "SHA-512/224"),
            Map.entry("sha-512/256", "SHA-512/256"), Map.entry("sha2-512/256", "SHA-512/256"));

    /** Digests Node has through OpenSSL that neither the JDK nor BouncyCastle provides here. */
    private static final Set<String> MISSING = Set.of("md5-sha1");

    /** Digests the JDK lacks, made by BouncyCastle, under OpenSSL's names (as getHashes() lists them). */
    static final Map<String, List<String>> BC_NAMES = Map.of(
            "RIPEMD160", List.of("RSA-RIPEMD160", "ripemd", "ripemd160", "ripemd160WithRSA", "rmd160"),
            "BLAKE2B512", List.of("blake2b512"),
            "BLAKE2S256", List.of("blake2s256"),
            "SHAKE128", List.of("shake128"),
            "SHAKE256", List.of("shake256"),
            "SM3", List.of("RSA-SM3", "sm3", "sm3WithRSAEncryption"));

    private static final Map<String, String> ALGORITHM_BY_LOWER_NAME = new HashMap<>();

    static {
        NAMES_BY_ALGORITHM.forEach((algorithm, names) -> names.forEach(
                name -> ALGORITHM_BY_LOWER_NAME.put(name.toLowerCase(Locale.ROOT), algorithm)));
        ALGORITHM_BY_LOWER_NAME.putAll(SPELLINGS);
    }

    private Digests() {
    }

    /** The JDK algorithm for a Node digest name (any case), or null when there is none. */
    static String algorithm(String nodeName) {
        return ALGORITHM_BY_LOWER_NAME.get(nodeName.toLowerCase(Locale.ROOT));
    }

    /** The JDK's HMAC over a digest algorithm: HmacSHA256 and HmacSHA512/224, but HmacSHA3-256 and HmacMD5. */
    static String hmacAlgorithm(String digestAlgorithm) {
        return "Hmac" + (digestAlgorithm.startsWith("SHA-") ? "SHA" + digestAlgorithm.substring(4) : digestAlgorithm);
    }

    /** Whether Node knows this digest although jnode cannot compute it. */
    static boolean isMissing(String nodeName) {
        return MISSING.contains(nodeName.toLowerCase(Locale.ROOT));
    }

    /** The names getHashes() lists, in Node's order (code-point order, as OpenSSL's list is sorted). */
    static List<String> names() {
        return java.util.stream.Stream.concat(NAMES_BY_ALGORITHM.values().stream(), BC_NAMES.values().stream())
                .flatMap(List::stream)
                .sorted()
                .toList();
    }

    /** An HMAC over the JDK digest {@code algorithm} keyed with any bytes, empty ones included (SecretKeySpec refuses those). */
    static Mac hmac(String algorithm, byte[] key) throws GeneralSecurityException {
        Mac mac = Mac.getInstance(hmacAlgorithm(algorithm));
        String macAlgorithm = mac.getAlgorithm();
        byte[] keyBytes = key.clone();
        mac.init(new SecretKey() {
            @Override
            public String getAlgorithm() {
                return macAlgorithm;
            }

            @Override
            public String getFormat() {
                return "RAW";
            }

            @Override
            public byte[] getEncoded() {
                return keyBytes.clone();
            }
        });
        return mac;
    }

    /** Object identifiers of the digests RSA-PSS parameters name, by Node's name. */
    private static final Map<String, String> OIDS = Map.of(
            "sha1", "1.3.14.3.2.26",
            "sha224", "2.16.840.1.101.3.4.2.4",
            "sha256", "2.16.840.1.101.3.4.2.1",
            "sha384", "2.16.840.1.101.3.4.2.2",
            "sha512", "2.16.840.1.101.3.4.2.3",
            "sha512-224", "2.16.840.1.101.3.4.2.5",
            "sha512-256", "2.16.840.1.101.3.4.2.6");

    static org.bouncycastle.asn1.ASN1ObjectIdentifier oid(String nodeName) {
        String algorithm = algorithm(nodeName);
        String name = algorithm == null ? nodeName : NAMES_BY_ALGORITHM.get(algorithm).get(0);
        String oid = OIDS.get(name);
        if (oid == null) {
            throw new CryptoException("ERR_CRYPTO_INVALID_DIGEST", "Invalid digest: " + nodeName);
        }
        return new org.bouncycastle.asn1.ASN1ObjectIdentifier(oid);
    }

    static String nameOfOid(org.bouncycastle.asn1.ASN1ObjectIdentifier oid) {
        return OIDS.entrySet().stream().filter(e -> e.getValue().equals(oid.getId())).map(Map.Entry::getKey)
                .findFirst().orElse(oid.getId());
    }
}
