package dev.jnode.buffer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Codec against what Node 24 produces for the same bytes and strings. */
class CodecTest {
    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static String decode(int encoding, int... values) {
        byte[] b = bytes(values);
        return Codec.decode(b, 0, b.length, encoding);
    }

    private static byte[] encode(String s, int encoding) {
        byte[] out = new byte[Codec.maxEncodedLength(s, encoding)];
        int n = Codec.encode(s, encoding, out, out.length);
        return Arrays.copyOf(out, n);
    }

    private static String hex(byte[] b) {
        return Codec.decode(b, 0, b.length, Codec.HEX);
    }

    @Test
    void invalidUtf8BecomesOneReplacementPerMaximalSubpart() {
        assertThat(decode(Codec.UTF8, 0xc0, 0x80)).isEqualTo("\uFFFD\uFFFD");
        assertThat(decode(Codec.UTF8, 0xed, 0xa0, 0x80)).isEqualTo("\uFFFD\uFFFD\uFFFD");
        assertThat(decode(Codec.UTF8, 0xf0, 0x9f, 0x98)).isEqualTo("\uFFFD");
        assertThat(decode(Codec.UTF8, 0xe2, 0x82, 0x41)).isEqualTo("\uFFFDA");
        assertThat(decode(Codec.UTF8, 0xf4, 0x90, 0x80, 0x80)).isEqualTo("\uFFFD\uFFFD\uFFFD\uFFFD");
        assertThat(decode(Codec.UTF8, 0xe0, 0x80, 0x80)).isEqualTo("\uFFFD\uFFFD\uFFFD");
        assertThat(decode(Codec.UTF8, 0xf8, 0x88)).isEqualTo("\uFFFD\uFFFD");
        assertThat(decode(Codec.UTF8, 0x61, 0xe2, 0x82)).isEqualTo("a\uFFFD");
    }

    @Test
    void validUtf8DecodesIncludingSupplementaryCharacters() {
        assertThat(decode(Codec.UTF8, 0xf0, 0x9f, 0x98, 0x80)).isEqualTo("\uD83D\uDE00");
        assertThat(decode(Codec.UTF8, 0xef, 0xbf, 0xbd)).isEqualTo("\uFFFD");
        assertThat(decode(Codec.UTF8, 0x68, 0xc3, 0xa9)).isEqualTo("h\u00e9");
        assertThat(Codec.validUtf8(bytes(0xf0, 0x9f, 0x98, 0x80), 0, 4)).isTrue();
        assertThat(Codec.validUtf8(bytes(0xf0, 0x9f, 0x98), 0, 3)).isFalse();
        assertThat(Codec.validUtf8(bytes(0xed, 0xa0, 0x80), 0, 3)).isFalse();
    }

    @Test
    void wholeStringUtf8MatchesNodeForLoneSurrogates() {
        // fs.writeSync(fd, string) and stdio writes used the JDK's encoder, which writes '?' (3f) instead.
        assertThat(hex(Codec.utf8("a\uD800b"))).isEqualTo("61efbfbd62");
        assertThat(hex(Codec.utf8("\uDBFF\uDFFFx\uDFFF"))).isEqualTo("f48fbfbf78efbfbd");
        assertThat(Codec.utf8("h\u00e9llo")).isEqualTo("h\u00e9llo".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void loneSurrogatesEncodeAsReplacementCharacter() {
        assertThat(hex(encode("a\uD800b", Codec.UTF8))).isEqualTo("61efbfbd62");
        assertThat(hex(encode("\uDC00", Codec.UTF8))).isEqualTo("efbfbd");
        assertThat(hex(encode("\uD83D\uDE00", Codec.UTF8))).isEqualTo("f09f9880");
        assertThat(Codec.utf8Length("\uD800")).isEqualTo(3);
        assertThat(Codec.utf8Length("\uD83D\uDE00")).isEqualTo(4);
    }

    @Test
    void utf8EncodingWritesOnlyWholeCharacters() {
        byte[] out = new byte[4];
        assertThat(Codec.encode("ab\u20ac", Codec.UTF8, out, 4)).isEqualTo(2);
        assertThat(Codec.encode("a\uD83D\uDE00", Codec.UTF8, new byte[5], 4)).isEqualTo(1);
    }

    @Test
    void base64DecodingIsLenient() {
        assertThat(new String(encode("aGVsbG8=", Codec.BASE64), StandardCharsets.US_ASCII)).isEqualTo("hello");
        assertThat(new String(encode("aGVsbG8", Codec.BASE64), StandardCharsets.US_ASCII)).isEqualTo("hello");
        assertThat(new String(encode("aGV sb\nG8", Codec.BASE64), StandardCharsets.US_ASCII)).isEqualTo("hello");
        assertThat(hex(encode("!!!aGk", Codec.BASE64))).isEqualTo("6869");
        // Either alphabet in either encoding; the first '=' ends the data.
        assertThat(hex(encode("a-_b", Codec.BASE64))).isEqualTo("6befdb");
        assertThat(hex(encode("a+/b", Codec.BASE64URL))).isEqualTo("6befdb");
        assertThat(hex(encode("aGVs=bG8", Codec.BASE64))).isEqualTo("68656c");
        assertThat(hex(encode("aG=k", Codec.BASE64))).isEqualTo("68");
        // A single trailing character carries no whole byte.
        assertThat(encode("a", Codec.BASE64)).isEmpty();
    }

    @Test
    void base64GroupDecodingAgreesWithCharacterByCharacterDecoding() {
        // Whole groups take a faster path: mixed input (line breaks, '=', other alphabets, characters beyond
        // Latin-1) and output limits must give what decoding one character at a time gives.
        String pieces = "ABCDabcd0189+/-_ \n=\u00e9\u20ac!";
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(40);
            for (int k = 0; k < length; k++) {
                sb.append(random.nextInt(4) == 0 ? pieces.charAt(random.nextInt(pieces.length()))
                        : pieces.charAt(random.nextInt(14)));
            }
            String s = sb.toString();
            int max = random.nextInt(3) == 0 ? random.nextInt(32) : 64;
            byte[] expected = new byte[64];
            int expectedCount = referenceBase64(s, expected, max);
            byte[] actual = new byte[64];
            int count = Codec.encode(s, Codec.BASE64, actual, max);
            assertThat(Arrays.copyOf(actual, count)).as("%s (max %d)", s, max)
                    .isEqualTo(Arrays.copyOf(expected, expectedCount));
        }
    }

    private static int referenceBase64(String s, byte[] out, int max) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        int p = 0;
        int acc = 0;
        int bits = 0;
        for (int i = 0; i < s.length() && p < max; i++) {
            char c = s.charAt(i);
            if (c == '=') {
                break;
            }
            int v = c == '-' ? 62 : c == '_' ? 63 : alphabet.indexOf(c);
            if (v < 0) {
                continue;
            }
            acc = acc << 6 | v;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out[p++] = (byte) (acc >>> bits);
                acc &= (1 << bits) - 1;
            }
        }
        return p;
    }

    @Test
    void base64EncodingPadsOnlyTheStandardAlphabet() {
        assertThat(decode(Codec.BASE64, 0xfb, 0xff)).isEqualTo("+/8=");
        assertThat(decode(Codec.BASE64URL, 0xfb, 0xff)).isEqualTo("-_8");
        assertThat(decode(Codec.BASE64URL, 1, 2, 3, 4, 5)).isEqualTo("AQIDBAU");
    }

    @Test
    void hexStopsAtTheFirstInvalidPair() {
        assertThat(hex(encode("abzz", Codec.HEX))).isEqualTo("ab");
        assertThat(hex(encode("abz", Codec.HEX))).isEqualTo("ab");
        assertThat(encode("0g12", Codec.HEX)).isEmpty();
        assertThat(hex(encode("ABCDEF", Codec.HEX))).isEqualTo("abcdef");
    }

    @Test
    void latin1AndAsciiTakeTheLowByteAndAsciiDecodingDropsTheHighBit() {
        assertThat(hex(encode("\u00e9\u0100\uD83D\uDE00", Codec.LATIN1))).isEqualTo("e9003d00");
        assertThat(hex(encode("\u00e9\u0100", Codec.ASCII))).isEqualTo("e900");
        assertThat(decode(Codec.ASCII, 0xe9, 0x80, 0x41)).isEqualTo("i\u0000A");
        assertThat(decode(Codec.LATIN1, 0xe9, 0xff)).isEqualTo("\u00e9\u00ff");
    }

    @Test
    void utf16leKeepsLoneSurrogatesAndDropsAnOddByte() {
        assertThat(hex(encode("\u00e9\uD800x", Codec.UCS2))).isEqualTo("e90000d87800");
        assertThat(decode(Codec.UCS2, 0x41, 0xd8, 0x42)).isEqualTo("\ud841");
        assertThat(Codec.encode("abc", Codec.UCS2, new byte[5], 5)).isEqualTo(4);
    }

    @Test
    void searchFindsFirstAndLastMatchesOnAlignedPositions() {
        byte[] h = "abcabc".getBytes(StandardCharsets.US_ASCII);
        byte[] n = "bc".getBytes(StandardCharsets.US_ASCII);
        assertThat(BufferBinding.indexOf(h, n, 0, true, 1)).isEqualTo(1);
        assertThat(BufferBinding.indexOf(h, n, 2, true, 1)).isEqualTo(4);
        assertThat(BufferBinding.indexOf(h, n, 5, false, 1)).isEqualTo(4);
        assertThat(BufferBinding.indexOf(h, n, 3, false, 1)).isEqualTo(1);
        assertThat(BufferBinding.indexOf(bytes(0, 0x62, 0, 0x62, 0), bytes(0x62, 0), 0, true, 2)).isEqualTo(-1);
        assertThat(BufferBinding.indexOf(bytes(0x62, 0, 0x62, 0), bytes(0x62, 0), 1, true, 2)).isEqualTo(0);
    }
}
