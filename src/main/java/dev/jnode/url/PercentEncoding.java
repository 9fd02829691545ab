package dev.jnode.url;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The WHATWG URL Standard's percent-encode sets, percent-encoding of code points and percent-decoding of strings. */
final class PercentEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** A percent-encode set: which ASCII code points are encoded (every non-ASCII one always is). */
    enum Set {
        C0_CONTROL(""),
        FRAGMENT(" \"<>`"),
        QUERY(" \"#<>"),
        SPECIAL_QUERY(" \"#<>'"),
        PATH(" \"#<>?^`{}"),
        USERINFO(" \"#<>?^`{}/:;=@[\\]|");

        private final boolean[] ascii = new boolean[128];

        Set(String extra) {
            for (int c = 0; c < 128; c++) {
                ascii[c] = c < 0x20 || c == 0x7F;
            }
            for (char c : extra.toCharArray()) {
                ascii[c] = true;
            }
        }

        boolean contains(int codePoint) {
            return codePoint >= 128 || ascii[codePoint];
        }
    }

    private PercentEncoding() {
    }

    /** Appends {@code codePoint} to {@code out}, as its UTF-8 bytes percent-encoded when it is in {@code set}. */
    static void append(StringBuilder out, int codePoint, Set set) {
        if (!set.contains(codePoint)) {
            out.append((char) codePoint);
            return;
        }
        if (codePoint < 0x80) {
            appendByte(out, codePoint);
        } else if (codePoint < 0x800) {
            appendByte(out, 0xC0 | codePoint >> 6);
            appendByte(out, 0x80 | codePoint & 0x3F);
        } else if (codePoint < 0x10000) {
            appendByte(out, 0xE0 | codePoint >> 12);
            appendByte(out, 0x80 | codePoint >> 6 & 0x3F);
            appendByte(out, 0x80 | codePoint & 0x3F);
        } else {
            appendByte(out, 0xF0 | codePoint >> 18);
            appendByte(out, 0x80 | codePoint >> 12 & 0x3F);
            appendByte(out, 0x80 | codePoint >> 6 & 0x3F);
            appendByte(out, 0x80 | codePoint & 0x3F);
        }
    }

    /** Percent-encodes every code point of {@code s} that is in {@code set}. */
    static String encode(String s, Set set) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        s.codePoints().forEach(cp -> append(out, cp, set));
        return out.toString();
    }

    private static void appendByte(StringBuilder out, int b) {
        out.append('%').append(HEX[b >> 4 & 0xF]).append(HEX[b & 0xF]);
    }

    /** Percent-decodes {@code s} (UTF-8 encoded first) and decodes the bytes as UTF-8, replacing invalid sequences. */
    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            int hi;
            int lo;
            if (bytes[i] == '%' && i + 2 < bytes.length && (hi = Character.digit(bytes[i + 1], 16)) >= 0
                    && (lo = Character.digit(bytes[i + 2], 16)) >= 0) {
                out.write(hi << 4 | lo);
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
