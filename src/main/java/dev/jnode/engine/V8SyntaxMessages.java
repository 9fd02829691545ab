package dev.jnode.engine;

import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.js.runtime.GraalJSException;
import com.oracle.truffle.js.runtime.JSErrorType;
import com.oracle.truffle.js.runtime.JSException;
import com.oracle.truffle.js.runtime.Strings;
import com.oracle.truffle.js.runtime.objects.JSDynamicObject;
import com.oracle.truffle.js.runtime.objects.JSObject;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;

/**
 * Words GraalJS's parser errors as V8 words them ("Expected ; but found bar" is "Unexpected identifier 'bar'"):
 * programs and tests match on these messages, and Node users know them. Most V8 messages name the token where
 * parsing stopped, so that token is read again from the source at the error's position; the rest are a fixed
 * rewording. A message not known here stays GraalJS's.
 */
public final class V8SyntaxMessages {
    private static final String INVALID_TOKEN = "Invalid or unexpected token";
    private static final String END_OF_INPUT = "Unexpected end of input";

    /** Messages that say which token the parser did not expect; V8 names that token instead. */
    private static final Pattern UNEXPECTED_TOKEN = Pattern.compile(
            "Expected .* but found .*|expected BindingIdentifier.*|expected arrow function parameter list"
                    + "|Unexpected token: .*|unexpected identifier: .*|invalid export declaration|expected ImportClause.*"
                    + "|expected NameSpaceImport.*|Unexpected end of line\\."
                    + "|nullish coalescing operator cannot .*",
            Pattern.DOTALL);

    private record Rewording(Pattern graal, Function<Matcher, String> v8) {
        static Rewording of(String graal, Function<Matcher, String> v8) {
            return new Rewording(Pattern.compile(graal), v8);
        }

        static Rewording fixed(String graal, String v8) {
            return of(Pattern.quote(graal), m -> v8);
        }
    }

    private static final List<Rewording> REWORDINGS = List.of(
            Rewording.of("Missing assignment to constant \".*\"", m -> "Missing initializer in const declaration"),
            Rewording.fixed("Missing assignment in destructuring declaration",
                    "Missing initializer in destructuring declaration"),
            Rewording.of("Variable \"(.*)\" has already been declared",
                    m -> "Identifier '" + m.group(1) + "' has already been declared"),
            Rewording.fixed("Invalid return statement", "Illegal return statement"),
            Rewording.fixed("Illegal continue statement", "Illegal continue statement: no surrounding iteration statement"),
            Rewording.fixed("cannot use octal value in strict mode", "Octal literals are not allowed in strict mode."),
            Rewording.fixed("cannot use octal escapes in strict mode",
                    "Octal escape sequences are not allowed in strict mode."),
            Rewording.fixed("cannot use non-octal decimal escapes in strict mode",
                    "\\8 and \\9 are not allowed in strict mode."),
            Rewording.fixed("\"with\" statement cannot be used in strict mode",
                    "Strict mode code may not include a with statement"),
            Rewording.of("cannot delete identifier \".*\" in strict mode",
                    m -> "Delete of an unqualified identifier in strict mode."),
            Rewording.fixed("Private fields cannot be deleted", "Private fields can not be deleted"),
            Rewording.of("\"(eval|arguments)\" cannot be used as .* in strict mode",
                    m -> "Unexpected eval or arguments in strict mode"),
            Rewording.of("\".*\" cannot be used as .* in strict mode", m -> "Unexpected strict mode reserved word"),
            Rewording.of("for\\.\\.(in|of) loop declaration must not have an initializer",
                    m -> "for-" + m.group(1) + " loop variable declaration may not have an initializer."),
            Rewording.of("Only one variable allowed in for\\.\\.(in|of) loop",
                    m -> "Invalid left-hand side in for-" + m.group(1) + " loop: Must have a single binding."),
            Rewording.of("Invalid left side value of for\\.\\.(in|of) loop", m -> "Invalid left-hand side in for-loop"),
            Rewording.fixed("new.target expression is only allowed in functions", "new.target expression is not allowed here"),
            Rewording.fixed("invalid use of keyword super", "'super' keyword unexpected here"),
            Rewording.fixed("Class contains more than one constructor", "A class may only have one constructor"),
            Rewording.of("Class constructor must not be (a generator|an accessor|an async method)",
                    m -> "Class constructor may not be " + m.group(1)),
            Rewording.of("Static class (method|field) must not be named '?prototype'?",
                    m -> "Classes may not have a static property named 'prototype'"),
            Rewording.fixed("'arguments' is not allowed in class field initializer",
                    "'arguments' is not allowed in class field initializer or static initialization block"),
            Rewording.of("Duplicate Label \"(.*)\"", m -> "Label '" + m.group(1) + "' has already been declared"),
            Rewording.of("Undefined Label \"(.*)\"", m -> "Undefined label '" + m.group(1) + "'"),
            Rewording.of("strict mode function cannot have duplicate parameter name \".*\"",
                    m -> "Duplicate parameter name not allowed in this context"),
            Rewording.of("Illegal '?use strict'? directive in function with non-simple parameter list",
                    m -> "Illegal 'use strict' directive in function with non-simple parameter list"),
            Rewording.fixed("Switch already has default case", "More than one default clause in switch statement"),
            Rewording.fixed("property name __proto__ appears more than once in object literal",
                    "Duplicate __proto__ fields are not allowed in object literals"),
            Rewording.fixed("Rest element must be last", "Rest element must be last element"),
            Rewording.fixed("Invalid shorthand property name initializer in object literal",
                    "Invalid shorthand property initializer"),
            Rewording.fixed("Cannot use import.meta outside a module", "Cannot use 'import.meta' outside a module"),
            Rewording.fixed("Cannot use for await outside async functions", "Unexpected reserved word"),
            Rewording.of("unexpected node in (Assignment|Binding)Pattern: .*", m -> "Invalid destructuring assignment target"),
            Rewording.fixed("Expected } after expression in template literal", "Missing } in template expression"),
            Rewording.of("Duplicate export name '(.*)'", m -> "Duplicate export of '" + m.group(1) + "'"),
            Rewording.of("Export '(.*)' is not defined", m -> "Export '" + m.group(1) + "' is not defined in module"),
            Rewording.of("Duplicate key error\\. Attribute key (.*) is already defined\\.",
                    m -> "Import attribute has duplicate key '" + m.group(1) + "'"),
            Rewording.of("(Unsupported|Repeated) (RegExp|regex) flag.*", m -> "Invalid regular expression flags"),
            Rewording.of("Missing space after numeric literal|Missing digit after .*|Missing exponent"
                    + "|Illegal character in identifier", m -> INVALID_TOKEN),
            Rewording.fixed("Unexpected token: **", "Unary operator used immediately before exponentiation expression. "
                    + "Parenthesis must be used to disambiguate operator precedence"));

    /** V8's keywords: an unexpected one is named as a token ({@code Unexpected token 'if'}), not an identifier. */
    private static final Set<String> KEYWORDS = Set.of("break", "case", "catch", "class", "const", "continue",
            "debugger", "default", "delete", "do", "else", "export", "extends", "false", "finally", "for", "function",
            "if", "import", "in", "instanceof", "new", "null", "return", "super", "switch", "this", "throw", "true",
            "try", "typeof", "var", "void", "while", "with");
    private static final Set<String> STRICT_RESERVED = Set.of("implements", "interface", "let", "package", "private",
            "protected", "public", "static", "yield");
    private static final List<String> PUNCTUATORS = List.of(">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>",
            "&&=", "||=", "??=", "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=",
            "%=", "&=", "|=", "^=", "<<", ">>", "**", "{", "}", "(", ")", "[", "]", ";", ",", "<", ">", "+", "-", "*",
            "/", "%", "&", "|", "^", "!", "~", "?", ":", "=", ".");
    private static final Pattern POSTFIX_BEFORE_ASSIGNMENT = Pattern.compile("[^=]*?(\\+\\+|--)");
    private static final Pattern DECLARATION_KEYWORD_BEFORE = Pattern.compile("\\b(let|var|const|function|class)$");
    private static final Pattern USE_STRICT = Pattern.compile("^(?:\\s|//[^\\n]*\\n|/\\*.*?\\*/)*(['\"])use strict\\1",
            Pattern.DOTALL);

    private V8SyntaxMessages() {
    }

    /**
     * Gives the SyntaxError GraalJS raised for parsing V8's message (its guest object's {@code message}, which
     * {@code stack} is made from when first read). Other exceptions are left alone.
     */
    static void reword(PolyglotException e) {
        SourceSection at = e.getSourceLocation();
        if (!e.isSyntaxError() || at == null || !at.isAvailable()) {
            return;
        }
        Value error = e.getGuestObject();
        if (error == null || !error.hasMember("message")) {
            return;
        }
        String message = error.getMember("message").asString();
        String v8 = reworded(message, at.getSource().getCharacters(), at.getCharIndex(),
                "application/javascript+module".equals(at.getSource().getMimeType()));
        if (!v8.equals(message)) {
            error.putMember("message", v8);
        }
    }

    /**
     * {@link #reword(PolyglotException)} for the exceptions of GraalJS's runtime classes, which only the bindings
     * that call them see (in a class of its own: those classes are out of reach without tools/jvm-options.sh).
     */
    public static final class Internal {
        private Internal() {
        }

        /**
         * Rewords a SyntaxError raised for parsing {@code module} or script code, whose positions count
         * {@code wrapperLength} characters GraalJS put in front of the source; other exceptions stay.
         */
        public static void reword(GraalJSException e, boolean module, int wrapperLength) {
            if (!(e instanceof JSException js) || js.getErrorType() != JSErrorType.SyntaxError || !e.hasSourceLocation()
                    || !(e.getErrorObject() instanceof JSDynamicObject error)) {
                return;
            }
            com.oracle.truffle.api.source.SourceSection at;
            try {
                at = e.getSourceLocationInterop();
            } catch (UnsupportedMessageException unavailable) {
                return;
            }
            if (at == null || !at.isAvailable() || !(JSObject.get(error, Strings.MESSAGE) instanceof TruffleString message)) {
                return;
            }
            String graal = message.toJavaStringUncached();
            String v8 = reworded(graal, at.getSource().getCharacters(), at.getCharIndex() - wrapperLength, module);
            if (!v8.equals(graal)) {
                JSObject.set(error, Strings.MESSAGE, Strings.fromJavaString(v8));
            }
        }

        /** A JSON module's SyntaxError as Node words it: {@code <name>: } and V8's message for {@code text}. */
        public static void rewordJson(GraalJSException e, String name, String text) {
            String v8 = V8JsonMessages.describe(text);
            if (v8 != null && e instanceof JSException js && js.getErrorType() == JSErrorType.SyntaxError
                    && e.getErrorObject() instanceof JSDynamicObject error) {
                JSObject.set(error, Strings.MESSAGE, Strings.fromJavaString(name + ": " + v8));
            }
        }
    }

    /**
     * V8's message for GraalJS's {@code message} about {@code code} (a module when {@code module}), whose error
     * GraalJS placed at {@code index}.
     */
    public static String reworded(String message, CharSequence code, int index, boolean module) {
        for (Rewording rewording : REWORDINGS) {
            Matcher matcher = rewording.graal.matcher(message);
            if (matcher.matches()) {
                return rewording.v8.apply(matcher);
            }
        }
        int at = Math.max(0, Math.min(index, code.length()));
        if (opensString(code, at - 1)) {
            at--; // GraalJS places a string token after its opening quote.
        }
        switch (message) {
            case "Missing close quote":
                return closingQuoteMissing(code, at);
            case "Invalid hex digit":
                return badEscape(code, at);
            case "Invalid left hand side for assignment":
                return invalidAssignmentTarget(code, at);
            case "Private field must be declared in an enclosing class":
                return privateNameAt(code, at);
            default:
                break;
        }
        if (message.startsWith("nullish coalescing operator cannot")) {
            return lastLogicalOperator(code, at);
        }
        boolean unexpectedToken = UNEXPECTED_TOKEN.matcher(message).matches();
        if (unexpectedToken && awaitOutsideAsync(message, code, at, module)) {
            return "await is only valid in async functions and the top level bodies of modules";
        }
        if (message.startsWith("Expected , but found") && !inParameterList(code, at)) {
            return "missing ) after argument list";
        }
        if (unexpectedToken) {
            return unexpected(code, at, module || USE_STRICT.matcher(code).lookingAt(), module);
        }
        String regExp = regExpLiteralEndingAt(code, at);
        if (regExp == null || message.startsWith("Invalid regular expression")) {
            return message;
        }
        return "Invalid regular expression: " + regExp + ": " + message;
    }

    /**
     * Whether parsing stopped on {@code await} used as an operator where it is not one: where a statement should
     * have ended after an {@code await} (a script's identifier; elsewhere V8 names the unexpected token), or, in a
     * module, at {@code await} itself unless it is being declared as a name (V8's "Unexpected reserved word").
     */
    private static boolean awaitOutsideAsync(String message, CharSequence code, int at, boolean module) {
        String before = before(code, at);
        if (message.startsWith("Expected ; but found") && before.endsWith("await")
                && isWordAt(code, before.length() - 5, "await")) {
            return true;
        }
        int start = skipSpaceAndComments(code, at);
        return module && start >= 0 && isWordAt(code, start, "await")
                && !DECLARATION_KEYWORD_BEFORE.matcher(before).find();
    }

    /** The code before {@code at}, without the spaces that end it. */
    private static String before(CharSequence code, int at) {
        return code.subSequence(0, Math.min(at, code.length())).toString().stripTrailing();
    }

    /** Whether {@code word} stands at {@code at} as a whole word. */
    private static boolean isWordAt(CharSequence code, int at, String word) {
        int end = at + word.length();
        return at >= 0 && startsWith(code, at, word) && (at == 0 || !isIdentifierPart(code.charAt(at - 1)))
                && (end >= code.length() || !isIdentifierPart(code.charAt(end)));
    }

    /** GraalJS places a bad assignment target's error at the target; V8 says whether ++ or -- was applied. */
    private static String invalidAssignmentTarget(CharSequence code, int at) {
        String before = before(code, at);
        if (before.endsWith("++") || before.endsWith("--")) {
            return "Invalid left-hand side expression in prefix operation";
        }
        int lineEnd = at;
        while (lineEnd < code.length() && code.charAt(lineEnd) != '\n') {
            lineEnd++;
        }
        if (POSTFIX_BEFORE_ASSIGNMENT.matcher(code.subSequence(at, lineEnd)).lookingAt()) {
            return "Invalid left-hand side expression in postfix operation";
        }
        return "Invalid left-hand side in assignment";
    }

    private static String privateNameAt(CharSequence code, int at) {
        int end = at + 1;
        while (end < code.length() && isIdentifierPart(code.charAt(end))) {
            end++;
        }
        if (at >= code.length() || code.charAt(at) != '#' || end == at + 1) {
            return "Private field must be declared in an enclosing class";
        }
        return "Private field '" + code.subSequence(at, end) + "' must be declared in an enclosing class";
    }

    /** V8 names the operator that mixes {@code ??} with {@code &&} or {@code ||}: the later of the two. */
    private static String lastLogicalOperator(CharSequence code, int at) {
        String before = code.subSequence(0, at).toString();
        int last = -1;
        for (String operator : List.of("&&", "||", "??")) {
            last = Math.max(last, before.lastIndexOf(operator));
        }
        return last < 0 ? "Unexpected token" : "Unexpected token '" + before.substring(last, last + 2) + "'";
    }

    /**
     * The regular expression literal (with its flags) that ends at {@code at}, where GraalJS places the errors of
     * the pattern; null if there is none.
     */
    private static String regExpLiteralEndingAt(CharSequence code, int at) {
        int flagsStart = at;
        while (flagsStart > 0 && Character.isLetter(code.charAt(flagsStart - 1))) {
            flagsStart--;
        }
        if (flagsStart < 2 || code.charAt(flagsStart - 1) != '/') {
            return null;
        }
        for (int open = flagsStart - 2; open >= 0 && code.charAt(open) != '\n'; open--) {
            if (code.charAt(open) == '/' && (open == 0 || code.charAt(open - 1) != '\\')) {
                return code.subSequence(open, at).toString();
            }
        }
        return null;
    }

    /** What V8 says of the token that starts at or after {@code at}. */
    private static String unexpected(CharSequence code, int at, boolean strict, boolean module) {
        int start = skipSpaceAndComments(code, at);
        if (start < 0) {
            return INVALID_TOKEN;
        }
        if (start >= code.length()) {
            return END_OF_INPUT;
        }
        char c = code.charAt(start);
        if (c == '"' || c == '\'') {
            return "Unexpected string";
        }
        if (c == '`') {
            return "Unexpected template string";
        }
        if (Character.isDigit(c) || (c == '.' && start + 1 < code.length() && Character.isDigit(code.charAt(start + 1)))) {
            return "Unexpected number";
        }
        if (isIdentifierStart(c)) {
            int end = start + 1;
            while (end < code.length() && isIdentifierPart(code.charAt(end))) {
                end++;
            }
            return unexpectedWord(code.subSequence(start, end).toString(), code, end, strict, module);
        }
        if (c == '(' && before(code, start).endsWith("function")) {
            return "Function statements require a function name";
        }
        for (String punctuator : PUNCTUATORS) {
            if (startsWith(code, start, punctuator)) {
                return "Unexpected token '" + punctuator + "'";
            }
        }
        return INVALID_TOKEN;
    }

    /** Whether the quote at {@code at}, if it is one, has a closing twin later on its line. */
    private static boolean opensString(CharSequence code, int at) {
        if (at < 0 || (code.charAt(at) != '"' && code.charAt(at) != '\'')) {
            return false;
        }
        for (int i = at + 1; i < code.length() && code.charAt(i) != '\n'; i++) {
            if (code.charAt(i) == code.charAt(at) && code.charAt(i - 1) != '\\') {
                return true;
            }
        }
        return false;
    }

    private static String unexpectedWord(String word, CharSequence code, int end, boolean strict, boolean module) {
        if (word.equals("import")) {
            int next = skipSpaceAndComments(code, end);
            boolean call = next >= 0 && next < code.length() && (code.charAt(next) == '(' || code.charAt(next) == '.');
            if (!call && !module) {
                return "Cannot use import statement outside a module";
            }
        }
        if (word.equals("super")) {
            return "'super' keyword unexpected here";
        }
        if (KEYWORDS.contains(word)) {
            return "Unexpected token '" + word + "'";
        }
        if (word.equals("enum") || (word.equals("await") && module)) {
            return "Unexpected reserved word";
        }
        if (strict && STRICT_RESERVED.contains(word)) {
            return "Unexpected strict mode reserved word";
        }
        return "Unexpected identifier '" + word + "'";
    }

    /** An unterminated template runs to the end of the input; any other unterminated literal is a bad token. */
    private static String closingQuoteMissing(CharSequence code, int at) {
        for (int i = Math.min(at, code.length() - 1); i >= 0; i--) {
            char c = code.charAt(i);
            if (c == '`' || c == '"' || c == '\'') {
                return c == '`' ? END_OF_INPUT : INVALID_TOKEN;
            }
        }
        return INVALID_TOKEN;
    }

    /** GraalJS's "Invalid hex digit" covers hexadecimal and Unicode escapes and hex numbers alike. */
    private static String badEscape(CharSequence code, int at) {
        for (int i = Math.min(at, code.length() - 1); i > 0 && i >= at - 12; i--) {
            if (code.charAt(i - 1) == '\\' && (code.charAt(i) == 'x' || code.charAt(i) == 'u')) {
                return code.charAt(i) == 'x' ? "Invalid hexadecimal escape sequence" : "Invalid Unicode escape sequence";
            }
        }
        return INVALID_TOKEN;
    }

    /**
     * Whether the innermost parenthesis open at {@code at} holds a function's parameters (GraalJS reports a
     * missing comma there as it does in a call's arguments, where V8 says "missing ) after argument list").
     */
    private static boolean inParameterList(CharSequence code, int at) {
        int depth = 0;
        for (int i = Math.min(at, code.length()) - 1; i >= 0; i--) {
            char c = code.charAt(i);
            if (c == ')' || c == ']' || c == '}') {
                depth++;
            } else if (c == '(' || c == '[' || c == '{') {
                if (depth-- > 0) {
                    continue;
                }
                if (c != '(') {
                    return false;
                }
                int wordEnd = i;
                while (wordEnd > 0 && Character.isWhitespace(code.charAt(wordEnd - 1))) {
                    wordEnd--;
                }
                int wordStart = wordEnd;
                while (wordStart > 0 && isIdentifierPart(code.charAt(wordStart - 1))) {
                    wordStart--;
                }
                String before = before(code, wordStart);
                String word = code.subSequence(wordStart, wordEnd).toString();
                return word.equals("function") || before.endsWith("function") || before.endsWith("*");
            }
        }
        return false;
    }

    /** The index of the next token at or after {@code at}; -1 inside an unterminated comment. */
    private static int skipSpaceAndComments(CharSequence code, int at) {
        int i = at;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\ufeff') {
                i++;
            } else if (startsWith(code, i, "//")) {
                while (i < code.length() && code.charAt(i) != '\n') {
                    i++;
                }
            } else if (startsWith(code, i, "/*")) {
                int end = code.toString().indexOf("*/", i + 2);
                if (end < 0) {
                    return -1;
                }
                i = end + 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean startsWith(CharSequence code, int at, String prefix) {
        if (at + prefix.length() > code.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (code.charAt(at + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIdentifierStart(char c) {
        return c == '$' || c == '_' || c == '\\' || Character.isUnicodeIdentifierStart(c);
    }

    private static boolean isIdentifierPart(char c) {
        return c == '$' || c == '\u200c' || c == '\u200d' || c == '\\' || Character.isUnicodeIdentifierPart(c);
    }
}
