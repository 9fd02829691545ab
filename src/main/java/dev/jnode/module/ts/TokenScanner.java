package dev.jnode.module.ts;

import java.util.Arrays;

/**
 * The tokens next to AST nodes, read from the source on demand: the erasure needs only a few of them (a `?` after
 * a name, the modifiers before a class member's key, what starts the line after an erased statement) and asking
 * swc4j for the whole token stream doubles the cost of a parse. Positions given to it are always token boundaries
 * (node starts and ends), so skipping whitespace and comments from there finds the neighbouring token. Comment
 * spans come from the parser, which makes the backward scan exact. Offsets are UTF-16 indexes.
 */
final class TokenScanner {
    /** A token's extent; {@code lineBreakBefore}: a line terminator stands between it and the token before. */
    record Token(int start, int end, boolean lineBreakBefore, String source) {
        char first() {
            return start < source.length() ? source.charAt(start) : '\0';
        }

        boolean isEnd() {
            return start >= source.length();
        }

        boolean isWord() {
            return !isEnd() && isIdentifierStart(first());
        }

        boolean is(String text) {
            return end - start == text.length() && source.startsWith(text, start);
        }

        String text() {
            return source.substring(start, end);
        }
    }

    private final String source;
    /** Comment starts and ends, both sorted (comments never overlap). */
    private final int[] commentStarts;
    private final int[] commentEnds;
    /** A leading `#!` line is no token. */
    private final int shebangEnd;

    TokenScanner(String source, int[][] comments) {
        this.source = source;
        int[][] sorted = comments.clone();
        Arrays.sort(sorted, (a, b) -> Integer.compare(a[0], b[0]));
        commentStarts = Arrays.stream(sorted).mapToInt(c -> c[0]).toArray();
        commentEnds = Arrays.stream(sorted).mapToInt(c -> c[1]).toArray();
        int lineEnd = 0;
        if (source.startsWith("#!")) {
            while (lineEnd < source.length() && !isLineTerminator(source.charAt(lineEnd))) {
                lineEnd++;
            }
        }
        shebangEnd = lineEnd;
    }

    /** The first token starting at or after {@code offset}; {@link Token#isEnd()} past the last one. */
    Token next(int offset) {
        boolean lineBreak = false;
        int i = Math.max(offset, shebangEnd);
        while (i < source.length()) {
            char c = source.charAt(i);
            if (isLineTerminator(c)) {
                lineBreak = true;
                i++;
            } else if (isWhitespace(c)) {
                i++;
            } else if (c == '/' && i + 1 < source.length()
                    && (source.charAt(i + 1) == '/' || source.charAt(i + 1) == '*')) {
                int end = commentEndAt(i);
                lineBreak |= containsLineTerminator(i, end);
                i = end;
            } else {
                break;
            }
        }
        return new Token(i, tokenEnd(i), lineBreak, source);
    }

    /** The last token ending at or before {@code offset}, or null at the start of the source. */
    Token previous(int offset) {
        int i = offset;
        while (i > shebangEnd) {
            char c = source.charAt(i - 1);
            int commentStart = commentStartEndingAt(i);
            if (commentStart >= 0) {
                i = commentStart;
            } else if (isWhitespace(c) || isLineTerminator(c)) {
                i--;
            } else {
                int start = i - 1;
                if (isIdentifierPart(c)) {
                    while (start > 0 && isIdentifierPart(source.charAt(start - 1))) {
                        start--;
                    }
                }
                return new Token(start, i, false, source);
            }
        }
        return null;
    }

    /** Where the token at {@code start} ends: words are read whole, anything else counts as one character. */
    private int tokenEnd(int start) {
        if (start >= source.length()) {
            return start;
        }
        int end = start + 1;
        if (isIdentifierStart(source.charAt(start))) {
            while (end < source.length() && isIdentifierPart(source.charAt(end))) {
                end++;
            }
        }
        return end;
    }

    private int commentEndAt(int start) {
        int index = Arrays.binarySearch(commentStarts, start);
        if (index >= 0) {
            return commentEnds[index];
        }
        // Not reported by the parser (it cannot happen at a token boundary): read it as the lexer would.
        if (source.charAt(start + 1) == '*') {
            int close = source.indexOf("*/", start + 2);
            return close < 0 ? source.length() : close + 2;
        }
        int end = start;
        while (end < source.length() && !isLineTerminator(source.charAt(end))) {
            end++;
        }
        return end;
    }

    private int commentStartEndingAt(int end) {
        // Comments do not overlap, so their ends are sorted too.
        int index = Arrays.binarySearch(commentEnds, end);
        return index >= 0 ? commentStarts[index] : -1;
    }

    private boolean containsLineTerminator(int from, int to) {
        for (int i = from; i < to; i++) {
            if (isLineTerminator(source.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isIdentifierStart(char c) {
        return Character.isUnicodeIdentifierStart(c) || c == '$' || c == '_' || c == '\\';
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c) || c == '$' || c == '\\'
                || c == '\u200C' || c == '\u200D';
    }

    static boolean isWhitespace(char c) {
        return c == '\t' || c == '\u000B' || c == '\u000C' || c == '\uFEFF' || c == ' ' || c == '\u00A0'
                || c == '\u1680' || c >= '\u2000' && c <= '\u200A' || c == '\u202F' || c == '\u205F'
                || c == '\u3000';
    }

    static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }
}
