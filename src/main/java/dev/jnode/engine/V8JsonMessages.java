package dev.jnode.engine;

/**
 * The SyntaxError message V8 gives for text {@code JSON.parse} rejects, which GraalJS words its own way
 * ({@code Unexpected token b in JSON at position 1} where Node says {@code Expected property name or '}' in JSON at
 * position 1 (line 1 column 2)}). Programs show these messages (body parsers answer them to HTTP clients) and tests
 * match them, so the parse is done again here, on failure only, the way V8's JSON parser walks the text, to find
 * where and how V8 stops. No JSON library reports V8's positions and words, hence this small scanner.
 */
public final class V8JsonMessages {
    /** V8 quotes the whole text when it is shorter than this, else 10 characters on each side of the token. */
    private static final int SHORT_TEXT = 21;
    private static final int CONTEXT = 10;

    private final String text;
    private int pos;

    private V8JsonMessages(String text) {
        this.text = text;
    }

    /** V8's message for the first error in {@code text}, or null when the text is valid JSON. */
    public static String describe(String text) {
        V8JsonMessages scanner = new V8JsonMessages(text);
        try {
            scanner.value();
            scanner.skipWhitespace();
            if (scanner.pos < text.length()) {
                throw scanner.at("Unexpected non-whitespace character after JSON", scanner.pos);
            }
            return null;
        } catch (Failure failure) {
            return failure.getMessage();
        }
    }

    private void value() {
        skipWhitespace();
        if (pos >= text.length()) {
            throw endOfInput();
        }
        switch (text.charAt(pos)) {
            case '"' -> string();
            case '{' -> object();
            case '[' -> array();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> {
                char c = text.charAt(pos);
                if (c == '-' || isDigit(c)) {
                    number();
                } else {
                    throw unexpectedToken(pos);
                }
            }
        }
    }

    private void object() {
        pos++;
        skipWhitespace();
        if (pos < text.length() && text.charAt(pos) == '}') {
            pos++;
            return;
        }
        boolean first = true;
        while (true) {
            if (pos >= text.length() || text.charAt(pos) != '"') {
                throw at(first ? "Expected property name or '}' in JSON" : "Expected double-quoted property name in JSON", pos);
            }
            string();
            skipWhitespace();
            if (pos >= text.length() || text.charAt(pos) != ':') {
                throw at("Expected ':' after property name in JSON", pos);
            }
            pos++;
            value();
            skipWhitespace();
            if (pos < text.length() && text.charAt(pos) == '}') {
                pos++;
                return;
            }
            if (pos >= text.length() || text.charAt(pos) != ',') {
                throw at("Expected ',' or '}' after property value in JSON", pos);
            }
            pos++;
            skipWhitespace();
            first = false;
        }
    }

    private void array() {
        pos++;
        skipWhitespace();
        if (pos < text.length() && text.charAt(pos) == ']') {
            pos++;
            return;
        }
        while (true) {
            value();
            skipWhitespace();
            if (pos < text.length() && text.charAt(pos) == ']') {
                pos++;
                return;
            }
            if (pos >= text.length() || text.charAt(pos) != ',') {
                throw at("Expected ',' or ']' after array element in JSON", pos);
            }
            pos++;
        }
    }

    private void string() {
        pos++;
        while (true) {
            if (pos >= text.length()) {
                throw at("Unterminated string in JSON", pos);
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return;
            }
            if (c == '\\') {
                escape();
            } else if (c < 0x20) {
                throw at("Bad control character in string literal in JSON", pos);
            } else {
                pos++;
            }
        }
    }

    private void escape() {
        pos++;
        if (pos >= text.length()) {
            throw endOfInput();
        }
        char c = text.charAt(pos++);
        if (c == 'u') {
            for (int i = 0; i < 4; i++, pos++) {
                if (pos >= text.length() || Character.digit(text.charAt(pos), 16) < 0) {
                    throw at("Bad Unicode escape in JSON", pos);
                }
            }
        } else if ("\"\\/bfnrt".indexOf(c) < 0) {
            throw at("Bad escaped character in JSON", pos - 1);
        }
    }

    private void number() {
        if (text.charAt(pos) == '-') {
            pos++;
            if (pos >= text.length() || !isDigit(text.charAt(pos))) {
                throw at("No number after minus sign in JSON", pos);
            }
        }
        if (text.charAt(pos) == '0') {
            pos++;
            if (pos < text.length() && isDigit(text.charAt(pos))) {
                throw at("Unexpected number in JSON", pos);
            }
        } else {
            skipDigits();
        }
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            if (pos >= text.length() || !isDigit(text.charAt(pos))) {
                throw at("Unterminated fractional number in JSON", pos);
            }
            skipDigits();
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            if (pos >= text.length() || !isDigit(text.charAt(pos))) {
                throw at("Exponent part is missing a number in JSON", pos);
            }
            skipDigits();
        }
    }

    /** true, false, null: V8 compares letter by letter and reports the first that differs. */
    private void literal(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (pos + i >= text.length()) {
                throw endOfInput();
            }
            if (text.charAt(pos + i) != word.charAt(i)) {
                throw unexpectedToken(pos + i);
            }
        }
        pos += word.length();
    }

    private void skipDigits() {
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Failure endOfInput() {
        return new Failure("Unexpected end of JSON input");
    }

    /** A character no JSON value starts with (or continues a literal with), quoted with some of the text. */
    private Failure unexpectedToken(int at) {
        if (at >= text.length()) {
            return endOfInput();
        }
        // What String(x) makes of the usual wrong arguments: V8 names the whole text.
        if (text.equals("undefined") || text.equals("NaN") || text.equals("Infinity") || text.equals("[object Object]")) {
            return new Failure("\"" + text + "\" is not valid JSON");
        }
        String token = "Unexpected token '" + text.charAt(at) + "', ";
        int length = text.length();
        if (length < SHORT_TEXT) {
            return new Failure(token + "\"" + text + "\" is not valid JSON");
        }
        if (at < CONTEXT) {
            return new Failure(token + "\"" + text.substring(0, at + CONTEXT) + "\"... is not valid JSON");
        }
        if (at < length - CONTEXT) {
            return new Failure(token + "...\"" + text.substring(at - CONTEXT, at + CONTEXT) + "\"... is not valid JSON");
        }
        return new Failure(token + "...\"" + text.substring(at - CONTEXT) + "\" is not valid JSON");
    }

    /** "... at position 5 (line 2 column 3)": lines end at \n, \r\n or \r. */
    private Failure at(String what, int position) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < position && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new Failure(what + " at position " + position + " (line " + line + " column "
                + (position - lineStart + 1) + ")");
    }

    private static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message, null, false, false);
        }
    }
}
