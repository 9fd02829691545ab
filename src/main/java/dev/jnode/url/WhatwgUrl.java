package dev.jnode.url;

import java.util.ArrayList;
import java.util.List;

/**
 * A URL record of the WHATWG URL Standard, with the basic URL parser (including its state overrides, which
 * the API setters use) and the serializer. Followed step by step from the Standard, so that the
 * web-platform-tests data decides its correctness.
 */
final class WhatwgUrl {
    private static final int EOF = -1;

    enum State {
        SCHEME_START, SCHEME, NO_SCHEME, SPECIAL_RELATIVE_OR_AUTHORITY, PATH_OR_AUTHORITY, RELATIVE, RELATIVE_SLASH,
        SPECIAL_AUTHORITY_SLASHES, SPECIAL_AUTHORITY_IGNORE_SLASHES, AUTHORITY, HOST, HOSTNAME, PORT, FILE,
        FILE_SLASH, FILE_HOST, PATH_START, PATH, OPAQUE_PATH, QUERY, FRAGMENT
    }

    String scheme = "";
    String username = "";
    String password = "";
    /** The serialized host; {@code null} when the URL has none. */
    String host;
    /** -1 when the URL has no port. */
    int port = -1;
    /** The opaque path of a URL such as "mailto:x"; {@code null} when the path is a list of segments. */
    String opaquePath;
    List<String> path = new ArrayList<>();
    String query;
    String fragment;

    /** Parses {@code input} against {@code base} (which may be null); {@code null} on failure. */
    static WhatwgUrl parse(String input, WhatwgUrl base) {
        WhatwgUrl url = new WhatwgUrl();
        return url.run(trimControlAndSpace(input), base, null) ? url : null;
    }

    /** Runs the parser on this URL from {@code override}, as a setter does; false when it failed. */
    boolean parseOverride(String input, State override) {
        return run(input, null, override);
    }

    static int defaultPort(String scheme) {
        return switch (scheme) {
            case "http", "ws" -> 80;
            case "https", "wss" -> 443;
            case "ftp" -> 21;
            default -> -1;
        };
    }

    static boolean isSpecial(String scheme) {
        return switch (scheme) {
            case "http", "https", "ws", "wss", "ftp", "file" -> true;
            default -> false;
        };
    }

    boolean isSpecial() {
        return isSpecial(scheme);
    }

    boolean hasCredentials() {
        return !username.isEmpty() || !password.isEmpty();
    }

    boolean cannotHaveCredentialsOrPort() {
        return host == null || host.isEmpty() || scheme.equals("file");
    }

    private static String trimControlAndSpace(String input) {
        int start = 0;
        int end = input.length();
        while (start < end && input.charAt(start) <= 0x20) {
            start++;
        }
        while (end > start && input.charAt(end - 1) <= 0x20) {
            end--;
        }
        return input.substring(start, end);
    }

    /** The input's code points without tabs and newlines; lone surrogates become U+FFFD, as a USVString. */
    private static int[] codePoints(String input) {
        return input.codePoints()
                .filter(c -> c != '\t' && c != '\n' && c != '\r')
                .map(c -> c >= 0xD800 && c <= 0xDFFF ? 0xFFFD : c)
                .toArray();
    }

    private boolean run(String rawInput, WhatwgUrl base, State override) {
        int[] in = codePoints(rawInput);
        State state = override != null ? override : State.SCHEME_START;
        StringBuilder buffer = new StringBuilder();
        boolean atSignSeen = false;
        boolean insideBrackets = false;
        boolean passwordTokenSeen = false;
        for (int pointer = 0; pointer <= in.length; pointer++) {
            int c = pointer < in.length ? in[pointer] : EOF;
            switch (state) {
                case SCHEME_START -> {
                    if (isAlpha(c)) {
                        buffer.appendCodePoint(Character.toLowerCase(c));
                        state = State.SCHEME;
                    } else if (override == null) {
                        state = State.NO_SCHEME;
                        pointer--;
                    } else {
                        return false;
                    }
                }
                case SCHEME -> {
                    if (isAlpha(c) || isDigit(c) || c == '+' || c == '-' || c == '.') {
                        buffer.appendCodePoint(Character.toLowerCase(c));
                    } else if (c == ':') {
                        String candidate = buffer.toString();
                        if (override != null) {
                            if (isSpecial() != isSpecial(candidate)
                                    || (hasCredentials() || port != -1) && candidate.equals("file")
                                    || scheme.equals("file") && "".equals(host)) {
                                return true;
                            }
                        }
                        scheme = candidate;
                        if (override != null) {
                            if (port == defaultPort(scheme)) {
                                port = -1;
                            }
                            return true;
                        }
                        buffer.setLength(0);
                        if (scheme.equals("file")) {
                            state = State.FILE;
                        } else if (isSpecial() && base != null && base.scheme.equals(scheme)) {
                            state = State.SPECIAL_RELATIVE_OR_AUTHORITY;
                        } else if (isSpecial()) {
                            state = State.SPECIAL_AUTHORITY_SLASHES;
                        } else if (pointer + 1 < in.length && in[pointer + 1] == '/') {
                            state = State.PATH_OR_AUTHORITY;
                            pointer++;
                        } else {
                            opaquePath = "";
                            state = State.OPAQUE_PATH;
                        }
                    } else if (override == null) {
                        buffer.setLength(0);
                        state = State.NO_SCHEME;
                        pointer = -1;
                    } else {
                        return false;
                    }
                }
                case NO_SCHEME -> {
                    if (base == null || base.opaquePath != null && c != '#') {
                        return false;
                    } else if (base.opaquePath != null) {
                        scheme = base.scheme;
                        opaquePath = base.opaquePath;
                        query = base.query;
                        fragment = "";
                        state = State.FRAGMENT;
                    } else {
                        state = base.scheme.equals("file") ? State.FILE : State.RELATIVE;
                        pointer--;
                    }
                }
                case SPECIAL_RELATIVE_OR_AUTHORITY -> {
                    if (c == '/' && pointer + 1 < in.length && in[pointer + 1] == '/') {
                        state = State.SPECIAL_AUTHORITY_IGNORE_SLASHES;
                        pointer++;
                    } else {
                        state = State.RELATIVE;
                        pointer--;
                    }
                }
                case PATH_OR_AUTHORITY -> {
                    if (c == '/') {
                        state = State.AUTHORITY;
                    } else {
                        state = State.PATH;
                        pointer--;
                    }
                }
                case RELATIVE -> {
                    scheme = base.scheme;
                    if (c == '/' || isSpecial() && c == '\\') {
                        state = State.RELATIVE_SLASH;
                    } else {
                        copyAuthority(base);
                        path = new ArrayList<>(base.path);
                        query = base.query;
                        if (c == '?') {
                            query = "";
                            state = State.QUERY;
                        } else if (c == '#') {
                            fragment = "";
                            state = State.FRAGMENT;
                        } else if (c != EOF) {
                            query = null;
                            shortenPath();
                            state = State.PATH;
                            pointer--;
                        }
                    }
                }
                case RELATIVE_SLASH -> {
                    if (isSpecial() && (c == '/' || c == '\\')) {
                        state = State.SPECIAL_AUTHORITY_IGNORE_SLASHES;
                    } else if (c == '/') {
                        state = State.AUTHORITY;
                    } else {
                        copyAuthority(base);
                        state = State.PATH;
                        pointer--;
                    }
                }
                case SPECIAL_AUTHORITY_SLASHES -> {
                    state = State.SPECIAL_AUTHORITY_IGNORE_SLASHES;
                    if (c == '/' && pointer + 1 < in.length && in[pointer + 1] == '/') {
                        pointer++;
                    } else {
                        pointer--;
                    }
                }
                case SPECIAL_AUTHORITY_IGNORE_SLASHES -> {
                    if (c != '/' && c != '\\') {
                        state = State.AUTHORITY;
                        pointer--;
                    }
                }
                case AUTHORITY -> {
                    if (c == '@') {
                        if (atSignSeen) {
                            buffer.insert(0, "%40");
                        }
                        atSignSeen = true;
                        StringBuilder user = new StringBuilder(username);
                        StringBuilder pass = new StringBuilder(password);
                        for (int cp : buffer.codePoints().toArray()) {
                            if (cp == ':' && !passwordTokenSeen) {
                                passwordTokenSeen = true;
                                continue;
                            }
                            PercentEncoding.append(passwordTokenSeen ? pass : user, cp, PercentEncoding.Set.USERINFO);
                        }
                        username = user.toString();
                        password = pass.toString();
                        buffer.setLength(0);
                    } else if (c == EOF || c == '/' || c == '?' || c == '#' || isSpecial() && c == '\\') {
                        if (atSignSeen && buffer.isEmpty()) {
                            return false;
                        }
                        pointer -= buffer.codePointCount(0, buffer.length()) + 1;
                        buffer.setLength(0);
                        state = State.HOST;
                    } else {
                        buffer.appendCodePoint(c);
                    }
                }
                case HOST, HOSTNAME -> {
                    if (override != null && scheme.equals("file")) {
                        pointer--;
                        state = State.FILE_HOST;
                    } else if (c == ':' && !insideBrackets) {
                        if (buffer.isEmpty() || override == State.HOSTNAME) {
                            return false;
                        }
                        String parsed = HostParser.parse(buffer.toString(), !isSpecial());
                        if (parsed == null) {
                            return false;
                        }
                        host = parsed;
                        buffer.setLength(0);
                        state = State.PORT;
                    } else if (c == EOF || c == '/' || c == '?' || c == '#' || isSpecial() && c == '\\') {
                        pointer--;
                        if (isSpecial() && buffer.isEmpty()) {
                            return false;
                        } else if (override != null && buffer.isEmpty() && (hasCredentials() || port != -1)) {
                            return false;
                        }
                        String parsed = HostParser.parse(buffer.toString(), !isSpecial());
                        if (parsed == null) {
                            return false;
                        }
                        host = parsed;
                        buffer.setLength(0);
                        state = State.PATH_START;
                        if (override != null) {
                            return true;
                        }
                    } else {
                        if (c == '[') {
                            insideBrackets = true;
                        } else if (c == ']') {
                            insideBrackets = false;
                        }
                        buffer.appendCodePoint(c);
                    }
                }
                case PORT -> {
                    if (isDigit(c)) {
                        buffer.appendCodePoint(c);
                    } else if (c == EOF || c == '/' || c == '?' || c == '#' || isSpecial() && c == '\\'
                            || override != null) {
                        if (!buffer.isEmpty()) {
                            String digits = buffer.toString().replaceFirst("^0+(?=.)", "");
                            if (digits.length() > 5 || Integer.parseInt(digits) > 65535) {
                                return false;
                            }
                            int value = Integer.parseInt(digits);
                            port = value == defaultPort(scheme) ? -1 : value;
                            buffer.setLength(0);
                        } else if (override != null) {
                            return false;
                        }
                        if (override != null) {
                            return true;
                        }
                        state = State.PATH_START;
                        pointer--;
                    } else {
                        return false;
                    }
                }
                case FILE -> {
                    scheme = "file";
                    host = "";
                    if (c == '/' || c == '\\') {
                        state = State.FILE_SLASH;
                    } else if (base != null && base.scheme.equals("file")) {
                        host = base.host;
                        path = new ArrayList<>(base.path);
                        query = base.query;
                        if (c == '?') {
                            query = "";
                            state = State.QUERY;
                        } else if (c == '#') {
                            fragment = "";
                            state = State.FRAGMENT;
                        } else if (c != EOF) {
                            query = null;
                            if (!startsWithWindowsDriveLetter(in, pointer)) {
                                shortenPath();
                            } else {
                                path.clear();
                            }
                            state = State.PATH;
                            pointer--;
                        }
                    } else {
                        state = State.PATH;
                        pointer--;
                    }
                }
                case FILE_SLASH -> {
                    if (c == '/' || c == '\\') {
                        state = State.FILE_HOST;
                    } else {
                        if (base != null && base.scheme.equals("file")) {
                            host = base.host;
                            if (!startsWithWindowsDriveLetter(in, pointer) && !base.path.isEmpty()
                                    && isNormalizedWindowsDriveLetter(base.path.getFirst())) {
                                path.add(base.path.getFirst());
                            }
                        }
                        state = State.PATH;
                        pointer--;
                    }
                }
                case FILE_HOST -> {
                    if (c == EOF || c == '/' || c == '\\' || c == '?' || c == '#') {
                        pointer--;
                        if (override == null && isWindowsDriveLetter(buffer)) {
                            state = State.PATH;
                        } else if (buffer.isEmpty()) {
                            host = "";
                            if (override != null) {
                                return true;
                            }
                            state = State.PATH_START;
                        } else {
                            String parsed = HostParser.parse(buffer.toString(), !isSpecial());
                            if (parsed == null) {
                                return false;
                            }
                            host = parsed.equals("localhost") ? "" : parsed;
                            if (override != null) {
                                return true;
                            }
                            buffer.setLength(0);
                            state = State.PATH_START;
                        }
                    } else {
                        buffer.appendCodePoint(c);
                    }
                }
                case PATH_START -> {
                    if (isSpecial()) {
                        state = State.PATH;
                        if (c != '/' && c != '\\') {
                            pointer--;
                        }
                    } else if (override == null && c == '?') {
                        query = "";
                        state = State.QUERY;
                    } else if (override == null && c == '#') {
                        fragment = "";
                        state = State.FRAGMENT;
                    } else if (c != EOF) {
                        state = State.PATH;
                        if (c != '/') {
                            pointer--;
                        }
                    } else if (override != null && host == null) {
                        path.add("");
                    }
                }
                case PATH -> {
                    boolean slash = c == '/' || isSpecial() && c == '\\';
                    if (c == EOF || slash || override == null && (c == '?' || c == '#')) {
                        String segment = buffer.toString();
                        if (isDoubleDot(segment)) {
                            shortenPath();
                            if (!slash) {
                                path.add("");
                            }
                        } else if (isSingleDot(segment)) {
                            if (!slash) {
                                path.add("");
                            }
                        } else {
                            if (scheme.equals("file") && path.isEmpty() && isWindowsDriveLetter(segment)) {
                                segment = segment.charAt(0) + ":" + segment.substring(2);
                            }
                            path.add(segment);
                        }
                        buffer.setLength(0);
                        if (c == '?') {
                            query = "";
                            state = State.QUERY;
                        } else if (c == '#') {
                            fragment = "";
                            state = State.FRAGMENT;
                        }
                    } else {
                        PercentEncoding.append(buffer, c, PercentEncoding.Set.PATH);
                    }
                }
                case OPAQUE_PATH -> {
                    if (c == '?') {
                        query = "";
                        state = State.QUERY;
                    } else if (c == '#') {
                        fragment = "";
                        state = State.FRAGMENT;
                    } else if (c == ' ') {
                        // A space before the query or fragment is escaped, so that it survives a round trip.
                        int next = pointer + 1 < in.length ? in[pointer + 1] : EOF;
                        opaquePath += next == '?' || next == '#' ? "%20" : " ";
                    } else if (c != EOF) {
                        StringBuilder out = new StringBuilder(opaquePath);
                        PercentEncoding.append(out, c, PercentEncoding.Set.C0_CONTROL);
                        opaquePath = out.toString();
                    }
                }
                case QUERY -> {
                    if (override == null && c == '#' || c == EOF) {
                        PercentEncoding.Set set = isSpecial() ? PercentEncoding.Set.SPECIAL_QUERY
                                : PercentEncoding.Set.QUERY;
                        query = query + PercentEncoding.encode(buffer.toString(), set);
                        buffer.setLength(0);
                        if (c == '#') {
                            fragment = "";
                            state = State.FRAGMENT;
                        }
                    } else {
                        buffer.appendCodePoint(c);
                    }
                }
                case FRAGMENT -> {
                    if (c != EOF) {
                        StringBuilder out = new StringBuilder(fragment);
                        PercentEncoding.append(out, c, PercentEncoding.Set.FRAGMENT);
                        fragment = out.toString();
                    }
                }
                default -> throw new IllegalStateException(state.name());
            }
        }
        return true;
    }

    private void copyAuthority(WhatwgUrl base) {
        username = base.username;
        password = base.password;
        host = base.host;
        port = base.port;
    }

    private void shortenPath() {
        if (scheme.equals("file") && path.size() == 1 && isNormalizedWindowsDriveLetter(path.getFirst())) {
            return;
        }
        if (!path.isEmpty()) {
            path.removeLast();
        }
    }

    private static boolean isAlpha(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWindowsDriveLetter(CharSequence s) {
        return s.length() == 2 && isAlpha(s.charAt(0)) && (s.charAt(1) == ':' || s.charAt(1) == '|');
    }

    private static boolean isNormalizedWindowsDriveLetter(String s) {
        return s.length() == 2 && isAlpha(s.charAt(0)) && s.charAt(1) == ':';
    }

    private static boolean startsWithWindowsDriveLetter(int[] in, int from) {
        if (in.length - from < 2 || !isAlpha(in[from]) || in[from + 1] != ':' && in[from + 1] != '|') {
            return false;
        }
        if (in.length - from == 2) {
            return true;
        }
        int third = in[from + 2];
        return third == '/' || third == '\\' || third == '?' || third == '#';
    }

    private static boolean isSingleDot(String s) {
        return s.equals(".") || s.equalsIgnoreCase("%2e");
    }

    private static boolean isDoubleDot(String s) {
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "..", ".%2e", "%2e.", "%2e%2e" -> true;
            default -> false;
        };
    }

    /** The serialized path: the opaque path, or "/" before each segment. */
    String pathname() {
        if (opaquePath != null) {
            return opaquePath;
        }
        StringBuilder out = new StringBuilder();
        for (String segment : path) {
            out.append('/').append(segment);
        }
        return out.toString();
    }

    /**
     * The URL serializer. {@code offsets}, when given, receives where each component starts in the result
     * (see {@link UrlBinding} for the layout).
     */
    String serialize(int[] offsets) {
        StringBuilder out = new StringBuilder(scheme).append(':');
        int protocolEnd = out.length();
        int usernameEnd = protocolEnd;
        int hostStart = protocolEnd;
        int hostEnd = protocolEnd;
        if (host != null) {
            out.append("//");
            usernameEnd = out.length();
            if (hasCredentials()) {
                out.append(username);
                usernameEnd = out.length();
                if (!password.isEmpty()) {
                    out.append(':').append(password);
                }
                out.append('@');
            }
            hostStart = out.length();
            out.append(host);
            hostEnd = out.length();
            if (port != -1) {
                out.append(':').append(port);
            }
        } else if (opaquePath == null && path.size() > 1 && path.getFirst().isEmpty()) {
            out.append("/.");
            usernameEnd = hostStart = hostEnd = out.length();
        }
        int pathStart = out.length();
        out.append(pathname());
        int searchStart = -1;
        if (query != null) {
            searchStart = out.length();
            out.append('?').append(query);
        }
        int hashStart = -1;
        if (fragment != null) {
            hashStart = out.length();
            out.append('#').append(fragment);
        }
        if (offsets != null) {
            offsets[0] = protocolEnd;
            offsets[1] = usernameEnd;
            offsets[2] = hostStart;
            offsets[3] = hostEnd;
            offsets[4] = port;
            offsets[5] = pathStart;
            offsets[6] = searchStart;
            offsets[7] = hashStart;
            offsets[8] = host == null ? 0 : 1;
        }
        return out.toString();
    }

    /** The ASCII serialization of the URL's origin, or "null" for an opaque origin. */
    String origin() {
        switch (scheme) {
            case "blob" -> {
                WhatwgUrl inner = parse(pathname(), null);
                if (inner != null && (inner.scheme.equals("http") || inner.scheme.equals("https"))) {
                    return inner.origin();
                }
                return "null";
            }
            case "ftp", "http", "https", "ws", "wss" -> {
                return scheme + "://" + host + (port == -1 ? "" : ":" + port);
            }
            default -> {
                return "null";
            }
        }
    }
}
