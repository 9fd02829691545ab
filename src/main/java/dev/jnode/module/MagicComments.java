package dev.jnode.module;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a source's {@code //# sourceMappingURL=} comment as V8 does: the last one that really is a comment, so
 * text that only looks like one inside a string, template or regular expression does not count. A light scan,
 * not a parse: it follows strings, templates (with their {@code ${}} expressions), comments and regular
 * expression literals (told from division by the token before the slash).
 */
public final class MagicComments {
    private static final Pattern SOURCE_MAPPING_URL = Pattern.compile("^[#@]\\s+sourceMappingURL=\\s*([^\\s*]+)");
    private static final String REGEX_AFTER = "(,=:[!&|?{};+-*%<>~^";
    private static final String[] REGEX_AFTER_WORDS = {"return", "typeof", "instanceof", "in", "of", "new", "delete",
        "void", "throw", "case", "do", "else", "yield", "await"};

    private final String src;
    private final int length;
    private final boolean lineCommentsOnly;
    private String sourceMappingUrl;

    private MagicComments(String src, boolean lineCommentsOnly) {
        this.src = src;
        this.length = src.length();
        this.lineCommentsOnly = lineCommentsOnly;
    }

    /** The URL of the last {@code sourceMappingURL} comment of {@code source}, or null. */
    public static String sourceMappingUrl(String source) {
        return sourceMappingUrl(source, false);
    }

    /**
     * The same; with {@code lineCommentsOnly}, only {@code //} comments count, as for V8's
     * {@code Script.sourceMapURL} (Node's source-map cache also reads {@code /*# ... *}{@code /}).
     */
    public static String sourceMappingUrl(String source, boolean lineCommentsOnly) {
        if (!source.contains("sourceMappingURL")) {
            return null;
        }
        MagicComments scan = new MagicComments(source, lineCommentsOnly);
        scan.code(0, false);
        return scan.sourceMappingUrl;
    }

    /** Scans code from {@code pos}; inside a template expression, returns just past its closing brace. */
    private int code(int pos, boolean templateExpression) {
        int braces = 0;
        char previous = 0; // the last significant character, to tell a regex from a division
        int previousWordEnd = -1;
        while (pos < length) {
            char c = src.charAt(pos);
            if (c == '/' && pos + 1 < length && src.charAt(pos + 1) == '/') {
                int end = src.indexOf('\n', pos);
                end = end < 0 ? length : end;
                comment(pos + 2, end);
                pos = end;
                continue;
            }
            if (c == '/' && pos + 1 < length && src.charAt(pos + 1) == '*') {
                int end = src.indexOf("*/", pos + 2);
                end = end < 0 ? length : end;
                if (!lineCommentsOnly) {
                    comment(pos + 2, end);
                }
                pos = Math.min(length, end + 2);
                continue;
            }
            if (c == '\'' || c == '"') {
                pos = stringEnd(pos, c);
            } else if (c == '`') {
                pos = templateEnd(pos + 1);
            } else if (c == '/' && startsRegex(previous, previousWordEnd, pos)) {
                pos = regexEnd(pos + 1);
            } else if (c == '{') {
                braces++;
                pos++;
            } else if (c == '}') {
                if (templateExpression && braces == 0) {
                    return pos + 1;
                }
                braces--;
                pos++;
            } else {
                pos++;
            }
            if (!Character.isWhitespace(c)) {
                previous = c;
                previousWordEnd = Character.isJavaIdentifierPart(c) ? pos : -1;
            }
        }
        return pos;
    }

    private void comment(int from, int to) {
        Matcher m = SOURCE_MAPPING_URL.matcher(src.substring(from, to));
        if (m.find()) {
            sourceMappingUrl = m.group(1);
        }
    }

    private boolean startsRegex(char previous, int previousWordEnd, int slash) {
        if (previous == 0 || REGEX_AFTER.indexOf(previous) >= 0) {
            return true;
        }
        if (previousWordEnd < 0) {
            return false;
        }
        int start = previousWordEnd;
        while (start > 0 && Character.isJavaIdentifierPart(src.charAt(start - 1))) {
            start--;
        }
        String word = src.substring(start, previousWordEnd);
        for (String keyword : REGEX_AFTER_WORDS) {
            if (keyword.equals(word)) {
                return true;
            }
        }
        return false;
    }

    private int stringEnd(int quote, char kind) {
        int pos = quote + 1;
        while (pos < length) {
            char c = src.charAt(pos);
            if (c == '\\') {
                pos += 2;
            } else if (c == kind || c == '\n') {
                return pos + 1;
            } else {
                pos++;
            }
        }
        return length;
    }

    private int templateEnd(int pos) {
        while (pos < length) {
            char c = src.charAt(pos);
            if (c == '\\') {
                pos += 2;
            } else if (c == '`') {
                return pos + 1;
            } else if (c == '$' && pos + 1 < length && src.charAt(pos + 1) == '{') {
                pos = code(pos + 2, true);
            } else {
                pos++;
            }
        }
        return length;
    }

    private int regexEnd(int pos) {
        boolean inClass = false;
        while (pos < length) {
            char c = src.charAt(pos);
            if (c == '\\') {
                pos += 2;
            } else if (c == '\n') {
                return pos;
            } else if (c == '[') {
                inClass = true;
                pos++;
            } else if (c == ']') {
                inClass = false;
                pos++;
            } else if (c == '/' && !inClass) {
                return pos + 1;
            } else {
                pos++;
            }
        }
        return length;
    }
}
