package dev.jnode.http;

import java.nio.charset.StandardCharsets;

/** The request methods llhttp knows, and which protocol each may be used with. */
final class Methods {
    /** HTTP/1.x methods and PRI (HTTP/2's preface); Node's http.METHODS plus PRI. */
    private static final String[] HTTP = {
        "DELETE", "GET", "HEAD", "POST", "PUT", "CONNECT", "OPTIONS", "TRACE", "COPY", "LOCK", "MKCOL", "MOVE",
        "PROPFIND", "PROPPATCH", "SEARCH", "UNLOCK", "BIND", "REBIND", "UNBIND", "ACL", "REPORT", "MKACTIVITY",
        "CHECKOUT", "MERGE", "M-SEARCH", "NOTIFY", "SUBSCRIBE", "UNSUBSCRIBE", "PATCH", "PURGE", "MKCALENDAR",
        "LINK", "UNLINK", "SOURCE", "QUERY", "PRI",
    };
    /** Methods only RTSP has (RTSP also takes OPTIONS, GET and POST). */
    private static final String[] RTSP_ONLY = {
        "DESCRIBE", "ANNOUNCE", "SETUP", "PLAY", "PAUSE", "TEARDOWN", "GET_PARAMETER", "SET_PARAMETER", "REDIRECT",
        "RECORD", "FLUSH",
    };
    private static final byte[][] ALL_BYTES;
    private static final String[] ALL;
    /** The length of the longest method name. */
    static final int LONGEST;

    static {
        ALL = new String[HTTP.length + RTSP_ONLY.length];
        System.arraycopy(HTTP, 0, ALL, 0, HTTP.length);
        System.arraycopy(RTSP_ONLY, 0, ALL, HTTP.length, RTSP_ONLY.length);
        ALL_BYTES = new byte[ALL.length][];
        int longest = 0;
        for (int i = 0; i < ALL.length; i++) {
            ALL_BYTES[i] = ALL[i].getBytes(StandardCharsets.ISO_8859_1);
            longest = Math.max(longest, ALL[i].length());
        }
        LONGEST = longest;
    }

    /** The method spelled by bytes[offset, offset + length), or null. */
    static String exact(byte[] bytes, int offset, int length) {
        for (int i = 0; i < ALL_BYTES.length; i++) {
            if (ALL_BYTES[i].length == length && startsWith(ALL_BYTES[i], bytes, offset, length)) {
                return ALL[i];
            }
        }
        return null;
    }

    /** Whether bytes[offset, offset + length) followed by {@code next} begins some method. */
    static boolean isPrefix(byte[] bytes, int offset, int length, byte next) {
        for (byte[] method : ALL_BYTES) {
            if (method.length > length && method[length] == next && startsWith(method, bytes, offset, length)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a request line may pair {@code method} with {@code protocol} ("HTTP", "RTSP" or "ICE"). */
    static boolean allowedWith(String protocol, String method) {
        return switch (protocol) {
            case "HTTP" -> indexOf(HTTP, method) >= 0;
            case "RTSP" -> indexOf(RTSP_ONLY, method) >= 0 || method.equals("OPTIONS") || method.equals("GET")
                    || method.equals("POST");
            default -> method.equals("SOURCE");
        };
    }

    private static boolean startsWith(byte[] method, byte[] bytes, int offset, int length) {
        for (int i = 0; i < length; i++) {
            if (method[i] != bytes[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(String[] methods, String method) {
        for (int i = 0; i < methods.length; i++) {
            if (methods[i].equals(method)) {
                return i;
            }
        }
        return -1;
    }

    private Methods() {
    }
}
