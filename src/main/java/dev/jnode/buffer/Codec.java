package dev.jnode.buffer;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Node's string encodings over byte arrays, with Node's exact rules: WHATWG UTF-8 decoding (each maximal
 * invalid subpart becomes one U+FFFD), lone surrogates encoded as U+FFFD, lenient base64 (both alphabets,
 * other characters skipped, the first '=' ends the data) and hex that stops at the first invalid pair.
 */
public final class Codec {
    public static final int UTF8 = 0;
    public static final int UCS2 = 1;
    public static final int LATIN1 = 2;
    public static final int ASCII = 3;
    public static final int BASE64 = 4;
    public static final int BASE64URL = 5;
    public static final int HEX = 6;

    private static final char REPLACEMENT = '\uFFFD';
    private static final byte[] BASE64_VALUES = new byte[256];
    private static final byte[] HEX_VALUES = new byte[256];
    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    static {
        java.util.Arrays.fill(BASE64_VALUES, (byte) -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < 64; i++) {
            BASE64_VALUES[alphabet.charAt(i)] = (byte) i;
        }
        BASE64_VALUES['-'] = 62;
        BASE64_VALUES['_'] = 63;
        BASE64_VALUES['='] = -2;
        java.util.Arrays.fill(HEX_VALUES, (byte) -1);
        for (int i = 0; i < 10; i++) {
            HEX_VALUES['0' + i] = (byte) i;
        }
        for (int i = 0; i < 6; i++) {
            HEX_VALUES['a' + i] = (byte) (10 + i);
            HEX_VALUES['A' + i] = (byte) (10 + i);
        }
    }

    private Codec() {}

    // ---------------------------------------------------------------- bytes -> string

    /** The string {@code length} bytes from {@code offset} decode to in encoding {@code encoding}. */
    public static String decode(byte[] bytes, int offset, int length, int encoding) {
        return switch (encoding) {
            case UTF8 -> decodeUtf8(bytes, offset, length);
            case UCS2 -> decodeUtf16le(bytes, offset, length);
            case LATIN1 -> new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
            case ASCII -> decodeAscii(bytes, offset, length);
            case BASE64 -> encodeBase64(bytes, offset, length, false);
            case BASE64URL -> encodeBase64(bytes, offset, length, true);
            case HEX -> encodeHex(bytes, offset, length);
            default -> throw new IllegalArgumentException("encoding " + encoding);
        };
    }

    static String decodeUtf8(byte[] b, int offset, int length) {
        int end = offset + length;
        int i = offset;
        while (i < end && b[i] >= 0) {
            i++;
        }
        if (i == end) {
            return new String(b, offset, length, StandardCharsets.ISO_8859_1);
        }
        if (validUtf8(b, i, end)) {
            return new String(b, offset, length, StandardCharsets.UTF_8);
        }
        char[] out = new char[length];
        int n = 0;
        for (int j = offset; j < i; j++) {
            out[n++] = (char) b[j];
        }
        while (i < end) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                out[n++] = (char) c;
                i++;
                continue;
            }
            int need;
            int lower = 0x80;
            int upper = 0xbf;
            int cp;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
                cp = c & 0x1f;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                cp = c & 0x0f;
                if (c == 0xe0) {
                    lower = 0xa0;
                } else if (c == 0xed) {
                    upper = 0x9f;
                }
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                cp = c & 0x07;
                if (c == 0xf0) {
                    lower = 0x90;
                } else if (c == 0xf4) {
                    upper = 0x8f;
                }
            } else {
                out[n++] = REPLACEMENT;
                i++;
                continue;
            }
            int j = i + 1;
            int seen = 0;
            while (seen < need && j < end) {
                int d = b[j] & 0xff;
                if (d < lower || d > upper) {
                    break;
                }
                lower = 0x80;
                upper = 0xbf;
                cp = (cp << 6) | (d & 0x3f);
                seen++;
                j++;
            }
            if (seen < need) {
                out[n++] = REPLACEMENT;
                i = j;
                continue;
            }
            if (cp >= 0x10000) {
                out[n++] = Character.highSurrogate(cp);
                out[n++] = Character.lowSurrogate(cp);
            } else {
                out[n++] = (char) cp;
            }
            i = j;
        }
        return new String(out, 0, n);
    }

    /** True when {@code b[from, to)} is well-formed UTF-8. */
    static boolean validUtf8(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            int lower = 0x80;
            int upper = 0xbf;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                if (c == 0xe0) {
                    lower = 0xa0;
                } else if (c == 0xed) {
                    upper = 0x9f;
                }
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                if (c == 0xf0) {
                    lower = 0x90;
                } else if (c == 0xf4) {
                    upper = 0x8f;
                }
            } else {
                return false;
            }
            if (i + need >= to) {
                return false;
            }
            int d = b[i + 1] & 0xff;
            if (d < lower || d > upper) {
                return false;
            }
            for (int k = 2; k <= need; k++) {
                if ((b[i + k] & 0xc0) != 0x80) {
                    return false;
                }
            }
            i += need + 1;
        }
        return true;
    }

    /** True when every byte is below 0x80. */
    static boolean isAscii(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static String decodeAscii(byte[] b, int offset, int length) {
        if (isAscii(b, offset, offset + length)) {
            return new String(b, offset, length, StandardCharsets.ISO_8859_1);
        }
        byte[] masked = new byte[length];
        for (int i = 0; i < length; i++) {
            masked[i] = (byte) (b[offset + i] & 0x7f);
        }
        return new String(masked, StandardCharsets.ISO_8859_1);
    }

    private static String decodeUtf16le(byte[] b, int offset, int length) {
        char[] out = new char[length >>> 1];
        for (int i = 0; i < out.length; i++) {
            int p = offset + 2 * i;
            out[i] = (char) ((b[p] & 0xff) | (b[p + 1] & 0xff) << 8);
        }
        return new String(out);
    }

    private static String encodeBase64(byte[] b, int offset, int length, boolean url) {
        Base64.Encoder encoder = url ? Base64.getUrlEncoder().withoutPadding() : Base64.getEncoder();
        byte[] slice = offset == 0 && length == b.length ? b : java.util.Arrays.copyOfRange(b, offset, offset + length);
        return new String(encoder.encode(slice), StandardCharsets.ISO_8859_1);
    }

    private static String encodeHex(byte[] b, int offset, int length) {
        byte[] out = new byte[2 * length];
        for (int i = 0; i < length; i++) {
            int v = b[offset + i] & 0xff;
            out[2 * i] = HEX_DIGITS[v >>> 4];
            out[2 * i + 1] = HEX_DIGITS[v & 0xf];
        }
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    // ---------------------------------------------------------------- string -> bytes

    /** How many bytes {@code s} takes in UTF-8, lone surrogates counting as U+FFFD (3 bytes). */
    public static int utf8Length(String s) {
        int n = s.length();
        long bytes = n;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                if (c < 0x800) {
                    bytes += 1;
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    bytes += 2;
                    i++;
                } else {
                    bytes += 2;
                }
            }
        }
        return (int) Math.min(bytes, Integer.MAX_VALUE);
    }

    /** {@code s} in UTF-8 as Node encodes strings: a lone surrogate becomes U+FFFD (the JDK's encoder writes '?'). */
    public static byte[] utf8(String s) {
        byte[] out = new byte[utf8Length(s)];
        encodeUtf8(s, out, out.length);
        return out;
    }

    /** An upper bound of the bytes {@link #encode} writes for {@code s}, never more than needed plus 3. */
    public static int maxEncodedLength(String s, int encoding) {
        int n = s.length();
        return switch (encoding) {
            case UTF8 -> utf8Length(s);
            case UCS2 -> 2 * n;
            case LATIN1, ASCII -> n;
            case BASE64, BASE64URL -> (int) ((n * 3L) >>> 2) + 3;
            case HEX -> n >>> 1;
            default -> throw new IllegalArgumentException("encoding " + encoding);
        };
    }

    /**
     * Writes {@code s} in {@code encoding} into {@code out} from 0, at most {@code max} bytes and never part
     * of a character (UTF-8, UTF-16); returns the number of bytes written.
     */
    public static int encode(String s, int encoding, byte[] out, int max) {
        max = Math.min(max, out.length);
        return switch (encoding) {
            case UTF8 -> encodeUtf8(s, out, max);
            case UCS2 -> encodeUtf16le(s, out, max);
            case LATIN1, ASCII -> encodeLatin1(s, out, max);
            case BASE64, BASE64URL -> decodeBase64(s, out, max);
            case HEX -> decodeHex(s, out, max);
            default -> throw new IllegalArgumentException("encoding " + encoding);
        };
    }

    private static int encodeUtf8(String s, byte[] out, int max) {
        int n = s.length();
        int p = 0;
        int i = 0;
        while (i < n && p < max) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                break;
            }
            out[p++] = (byte) c;
            i++;
        }
        for (; i < n; i++) {
            int c = s.charAt(i);
            if (c < 0x80) {
                if (p + 1 > max) {
                    break;
                }
                out[p++] = (byte) c;
            } else if (c < 0x800) {
                if (p + 2 > max) {
                    break;
                }
                out[p++] = (byte) (0xc0 | c >> 6);
                out[p++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isSurrogate((char) c)) {
                if (Character.isHighSurrogate((char) c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    if (p + 4 > max) {
                        break;
                    }
                    int cp = Character.toCodePoint((char) c, s.charAt(++i));
                    out[p++] = (byte) (0xf0 | cp >> 18);
                    out[p++] = (byte) (0x80 | (cp >> 12) & 0x3f);
                    out[p++] = (byte) (0x80 | (cp >> 6) & 0x3f);
                    out[p++] = (byte) (0x80 | cp & 0x3f);
                } else {
                    if (p + 3 > max) {
                        break;
                    }
                    out[p++] = (byte) 0xef;
                    out[p++] = (byte) 0xbf;
                    out[p++] = (byte) 0xbd;
                }
            } else {
                if (p + 3 > max) {
                    break;
                }
                out[p++] = (byte) (0xe0 | c >> 12);
                out[p++] = (byte) (0x80 | (c >> 6) & 0x3f);
                out[p++] = (byte) (0x80 | c & 0x3f);
            }
        }
        return p;
    }

    private static int encodeUtf16le(String s, byte[] out, int max) {
        int n = Math.min(s.length(), max >>> 1);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            out[2 * i] = (byte) c;
            out[2 * i + 1] = (byte) (c >>> 8);
        }
        return 2 * n;
    }

    private static int encodeLatin1(String s, byte[] out, int max) {
        int n = Math.min(s.length(), max);
        for (int i = 0; i < n; i++) {
            out[i] = (byte) s.charAt(i);
        }
        return n;
    }

    /**
     * Node's lenient base64: either alphabet, other characters skipped, the first '=' ends the data. Whole
     * groups of four alphabet characters, the common case, are decoded together; a character that is not in
     * the alphabet drops to the one-at-a-time path until the bit buffer is empty again.
     */
    private static int decodeBase64(String s, byte[] out, int max) {
        // Characters beyond Latin-1 become '?', which is skipped like them.
        byte[] in = s.getBytes(StandardCharsets.ISO_8859_1);
        int n = in.length;
        int p = 0;
        int acc = 0;
        int bits = 0;
        int i = 0;
        while (p < max) {
            if (bits == 0) {
                while (i + 4 <= n && p + 3 <= max) {
                    // Any character outside the alphabet (-1, -2) makes the whole group negative.
                    int group = BASE64_VALUES[in[i] & 0xff] << 18 | BASE64_VALUES[in[i + 1] & 0xff] << 12
                            | BASE64_VALUES[in[i + 2] & 0xff] << 6 | BASE64_VALUES[in[i + 3] & 0xff];
                    if (group < 0) {
                        break;
                    }
                    out[p] = (byte) (group >>> 16);
                    out[p + 1] = (byte) (group >>> 8);
                    out[p + 2] = (byte) group;
                    p += 3;
                    i += 4;
                }
            }
            if (i >= n || p >= max) {
                break;
            }
            int v = BASE64_VALUES[in[i++] & 0xff];
            if (v == -1) {
                continue;
            }
            if (v == -2) {
                break;
            }
            acc = (acc << 6) | v;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out[p++] = (byte) (acc >>> bits);
                acc &= (1 << bits) - 1;
            }
        }
        return p;
    }

    private static int decodeHex(String s, byte[] out, int max) {
        int pairs = Math.min(s.length() >>> 1, max);
        for (int i = 0; i < pairs; i++) {
            char hi = s.charAt(2 * i);
            char lo = s.charAt(2 * i + 1);
            int a = hi < 256 ? HEX_VALUES[hi] : -1;
            int b = lo < 256 ? HEX_VALUES[lo] : -1;
            if (a < 0 || b < 0) {
                return i;
            }
            out[i] = (byte) (a << 4 | b);
        }
        return pairs;
    }
}
