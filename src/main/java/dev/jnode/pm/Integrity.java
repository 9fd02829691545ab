package dev.jnode.pm;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * A Subresource Integrity value ({@code sha512-<base64>}) as npm records it, verified with the
 * strongest algorithm it names.
 */
public record Integrity(String algorithm, byte[] digest) {
    private static final List<String> STRENGTH = List.of("sha1", "sha256", "sha384", "sha512");

    /** Picks the strongest supported hash of a space-separated SRI string; null when none is usable. */
    public static Integrity parse(String sri) {
        if (sri == null) {
            return null;
        }
        Integrity best = null;
        for (String part : sri.strip().split("\\s+")) {
            int dash = part.indexOf('-');
            if (dash <= 0) {
                continue;
            }
            String algo = part.substring(0, dash).toLowerCase();
            String b64 = part.substring(dash + 1);
            int q = b64.indexOf('?'); // SRI options suffix
            if (q >= 0) {
                b64 = b64.substring(0, q);
            }
            if (!STRENGTH.contains(algo)) {
                continue;
            }
            byte[] d;
            try {
                d = Base64.getDecoder().decode(b64);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (best == null || STRENGTH.indexOf(algo) > STRENGTH.indexOf(best.algorithm)) {
                best = new Integrity(algo, d);
            }
        }
        return best;
    }

    /** The integrity npm derives from an old manifest's hex {@code shasum}. */
    public static Integrity fromShasum(String hex) {
        return new Integrity("sha1", HexFormat.of().parseHex(hex));
    }

    public static Integrity of(String algorithm, byte[] data) {
        return new Integrity(algorithm, digester(algorithm).digest(data));
    }

    public static MessageDigest digester(String algorithm) {
        String jca = switch (algorithm) {
            case "sha1" -> "SHA-1";
            case "sha256" -> "SHA-256";
            case "sha384" -> "SHA-384";
            case "sha512" -> "SHA-512";
            default -> throw new IllegalArgumentException("unsupported integrity algorithm " + algorithm);
        };
        try {
            return MessageDigest.getInstance(jca);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean matches(byte[] data) {
        return MessageDigest.isEqual(digest, digester(algorithm).digest(data));
    }

    /** Hex form, used as a file name in the cache. */
    public String hex() {
        return HexFormat.of().formatHex(digest);
    }

    @Override
    public String toString() {
        return algorithm + "-" + Base64.getEncoder().encodeToString(digest);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Integrity i && i.algorithm.equals(algorithm) && MessageDigest.isEqual(i.digest, digest);
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
