package dev.jnode.http;

/** Byte classes of HTTP/1.1 as llhttp defines them, as lookup tables indexed by the unsigned byte. */
final class Chars {
    /** RFC 7230 token characters. */
    static final boolean[] TOKEN = new boolean[256];
    /** What llhttp accepts in a URL path, query or fragment (without '?' and '#'). */
    static final boolean[] URL = new boolean[256];
    /** What llhttp accepts in the userinfo and host of an absolute URL. */
    static final boolean[] USERINFO = new boolean[256];
    /** Header value characters: HTAB, SP, VCHAR and obs-text. */
    static final boolean[] HEADER_VALUE = new boolean[256];
    /** What llhttp accepts inside a Connection or Transfer-Encoding token: a header value byte but ','. */
    static final boolean[] CONNECTION_TOKEN = new boolean[256];
    /** qdtext of a quoted chunk extension value. */
    static final boolean[] QUOTED_TEXT = new boolean[256];
    /** A hexadecimal digit's value, or -1. */
    static final int[] HEX = new int[256];

    static {
        for (int c = 0; c < 256; c++) {
            boolean alphanumeric = isAlpha(c) || c >= '0' && c <= '9';
            TOKEN[c] = alphanumeric || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            URL[c] = alphanumeric || "!\"$%&'()*+,-./:;<=>@[\\]^_`{|}~".indexOf(c) >= 0;
            USERINFO[c] = alphanumeric || "-_.!~*'()%;:&=+$,".indexOf(c) >= 0;
            HEADER_VALUE[c] = c == '\t' || c >= ' ' && c != 0x7f;
            CONNECTION_TOKEN[c] = HEADER_VALUE[c] && c != ',';
            QUOTED_TEXT[c] = HEADER_VALUE[c] && c != '"' && c != '\\';
            HEX[c] = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        }
    }

    static boolean isAlpha(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private Chars() {
    }
}
