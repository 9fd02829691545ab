package dev.jnode.module;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The small part of WHATWG {@code file:} URLs that package maps need: Node resolves "exports" and "imports"
 * targets as URLs, so a target's percent escapes, query and fragment mean what they mean in a URL.
 */
public final class FileUrl {
    private static final String HEX = "0123456789ABCDEF";

    private FileUrl() {
    }

    /** {@code pathToFileURL} for an absolute directory or file: every character a path may hold literally is escaped. */
    public static String of(Path absolute) {
        return "file://" + encode(absolute.toString(), true);
    }

    /** Appends {@code relative} (a target with "./" removed, already substituted) as the URL parser would. */
    static String join(String baseUrl, String relative) {
        return baseUrl + "/" + encode(relative.replace('\\', '/'), false);
    }

    /** True when the URL holds an escaped "/" or "\", which Node refuses to turn into a path. */
    static boolean hasEncodedSeparator(String url) {
        String u = url.toUpperCase(java.util.Locale.ROOT);
        return u.contains("%2F") || u.contains("%5C");
    }

    /** The query and fragment of {@code url}, including the leading "?" or "#", or "". */
    static String suffix(String url) {
        int cut = cut(url);
        return cut < 0 ? "" : url.substring(cut);
    }

    /**
     * A {@code file:} URL with its host dropped when it is "localhost"; any other host is an error on POSIX, as in
     * Node's {@code fileURLToPath}.
     */
    static String withoutLocalHost(String url) {
        if (!url.startsWith("file://")) {
            return url;
        }
        int slash = url.indexOf('/', "file://".length());
        String host = url.substring("file://".length(), slash < 0 ? url.length() : slash);
        if (host.isEmpty()) {
            return url;
        }
        if (!host.equalsIgnoreCase("localhost")) {
            throw new ModuleResolutionException("ERR_INVALID_FILE_URL_HOST",
                    "File URL host must be \"localhost\" or empty on linux");
        }
        return "file://" + (slash < 0 ? "/" : url.substring(slash));
    }

    /** {@code fileURLToPath}: drops the query and fragment and decodes percent escapes as UTF-8. */
    static Path toPath(String url) {
        String path = url.substring("file://".length());
        int cut = cut(path);
        return Path.of(decode(cut < 0 ? path : path.substring(0, cut))).normalize();
    }

    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                out.writeBytes(b);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int cut(String s) {
        int q = s.indexOf('?');
        int h = s.indexOf('#');
        return q < 0 ? h : h < 0 ? q : Math.min(q, h);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    private static String encode(String s, boolean literalPath) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            int c = b & 0xff;
            boolean escape = c <= 0x20 || c >= 0x7f || c == '"' || c == '<' || c == '>' || c == '`' || c == '{'
                    || c == '}' || (literalPath && (c == '%' || c == '?' || c == '#' || c == '\\'));
            if (escape) {
                sb.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 15));
            } else {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }
}
