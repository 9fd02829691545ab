package dev.jnode.module;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the named exports of a CommonJS module by reading its source, without running it: what Node 24 does when an
 * ES module imports a CommonJS file ({@code import { x } from './file.cjs'}).
 *
 * <p>The patterns detected are those of {@code cjs-module-lexer}, whose list is frozen, with the behaviour of the C++
 * lexer Node 24.21 actually ships ({@code merve} 1.2, {@code internalBinding('cjs_lexer')}) where the two differ
 * (a {@code require()} property value in an object literal is a re-export; an unsupported getter does not hide a name
 * found elsewhere; names are built as UTF-8). Detected: {@code exports.x =},
 * {@code exports['x'] =}, {@code module.exports.x =}, {@code Object.defineProperty(exports, 'x', ...)} with a value
 * or a getter returning a plain member, {@code module.exports = { a, b: c, 'd': e, ...require('f') }},
 * {@code module.exports = require('x')}, {@code __export(require('x'))} / {@code __exportStar(require('x'))} at the
 * top level, and the Babel/TypeScript {@code Object.keys(_x).forEach(function (key) { ... })} star re-export of a
 * top-level {@code var _x = require('x')}. Patterns are matched on tokens, not by scope analysis, so a pattern inside
 * a function counts and a renamed {@code exports} does not. Where the lexer would fail (unbalanced brackets, an
 * unterminated string, template or regular expression, ESM {@code import}/{@code export} statements or
 * {@code import.meta}) Node gets no named exports at all, and so does {@link #analyze}.
 *
 * <p>What the caller (the ESM loader, as {@code lib/internal/modules/esm/translators.js} in Node 24) does with the
 * result:
 * <ul>
 *   <li>each specifier in {@code reexports} is resolved from the module as {@code require} would; a failure to
 *   resolve is skipped silently; a target that is CommonJS (or a {@code .js} file that is not a builtin) is analysed
 *   in turn, recursively (cache the names per file first, for cycles), and its names are added to this module's;</li>
 *   <li>the module namespace holds every name found, plus {@code default} and {@code module.exports}, both bound to
 *   {@code module.exports} itself; a name found by analysis but missing from the object after evaluation gets
 *   {@code undefined}, and reading it must swallow a throwing getter;</li>
 *   <li>the source is the file's text with a leading byte order mark removed (this class removes one too).</li>
 * </ul>
 */
public final class CjsExportLexer {

    /** Export names in first-seen order without duplicates; re-exported specifiers in order (Node keeps repeats). */
    public record Result(List<String> exports, List<String> reexports) {
    }

    private static final Result NOTHING = new Result(List.of(), List.of());

    /** Node's lexer keeps this many {@code var x = require(...)} bindings for star re-exports and ignores the rest. */
    private static final int MAX_STAR_BINDINGS = 255;
    /** Node's lexer fails on template literals nested deeper than this. */
    private static final int MAX_TEMPLATE_NESTING = 2048;
    private static final int NO_TEMPLATE = -1;

    /** Words after which a {@code /} starts a regular expression rather than a division. */
    private static final String[] WORDS_BEFORE_EXPRESSION = {
        "await", "case", "debugger", "delete", "do", "else", "in", "instanceof", "new", "return", "throw",
        "typeof", "void", "yield"};

    private final String src;
    private final int len;
    private int pos;
    /** Index of the last character of the previous token, -1 at the start; decides regex versus division. */
    private int lastToken = -1;
    private boolean lastSlashWasDivision;
    private boolean nextBraceIsClass;

    /** Open brackets; {@code (} and {@code {} are not told apart, as in the reference lexer. */
    private int depth;
    /** For each open bracket, {@link #lastToken} when it opened: what preceded it decides a later {@code /}. */
    private int[] tokenBeforeOpener = filledWithNoToken(64);
    private boolean[] openerIsClassBody = new boolean[64];
    /** Bracket depth at which the innermost open {@code ${} of a template literal closes, or NO_TEMPLATE. */
    private int templateDepth = NO_TEMPLATE;
    private int[] outerTemplateDepths = new int[16];
    private int templateNesting;

    private final Set<String> exports = new LinkedHashSet<>();
    private final List<String> reexports = new ArrayList<>();
    private final List<StarBinding> starBindings = new ArrayList<>();

    /**
     * A top-level {@code var id = require('specifier')}, the source of a later {@code Object.keys(id)} re-export; the
     * specifier is null when it cannot be decoded, and the binding then still hides later ones of the same id.
     */
    private record StarBinding(String id, String specifier) {
    }

    /** Thrown where Node's lexer gives up; carries no stack, it is control flow. */
    private static final class Unparsable extends RuntimeException {
        private static final Unparsable INSTANCE = new Unparsable();

        private Unparsable() {
            super(null, null, false, false);
        }
    }

    private CjsExportLexer(String source) {
        this.src = source;
        this.len = source.length();
    }

    /** Analyses {@code source}; never throws, and gives an empty result where Node's lexer fails. */
    public static Result analyze(String source) {
        if (source == null) {
            return NOTHING;
        }
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        try {
            return new CjsExportLexer(text).run();
        } catch (Unparsable | StackOverflowError | OutOfMemoryError e) {
            return NOTHING;
        }
    }

    private Result run() {
        skipHashbang();
        while (pos < len) {
            char c = src.charAt(pos);
            if (isWhitespace(c)) {
                pos++;
            } else if (isIdentifierStart(c)) {
                word();
            } else if (c == '/' && pos + 1 < len && src.charAt(pos + 1) == '/') {
                pos = lineCommentEnd(pos);
            } else if (c == '/' && pos + 1 < len && src.charAt(pos + 1) == '*') {
                pos = blockCommentEnd(pos);
            } else {
                consumed(punctuatorOrLiteral(c));
            }
        }
        if (depth != 0 || templateDepth != NO_TEMPLATE) {
            throw Unparsable.INSTANCE;
        }
        return new Result(List.copyOf(exports), List.copyOf(reexports));
    }

    /** A {@code #!} line is not JavaScript; Node's lexer resumes after it with the line break as the last token. */
    private void skipHashbang() {
        if (len >= 2 && src.charAt(0) == '#' && src.charAt(1) == '!') {
            int i = 2;
            while (i < len && src.charAt(i) != '\n' && src.charAt(i) != '\r') {
                i++;
            }
            consumed(i);
        }
    }

    /** Marks {@code index} as the last character of the token just read and continues after it. */
    private void consumed(int index) {
        lastToken = index;
        pos = index + 1;
    }

    // ---- brackets, literals and the regular expression / division question ----

    /** Handles the character at {@link #pos}; returns the index of the last character it took. */
    private int punctuatorOrLiteral(char c) {
        switch (c) {
            case '(' -> open();
            case ')' -> close();
            case '{' -> {
                ensureDepthCapacity();
                openerIsClassBody[depth] = nextBraceIsClass;
                nextBraceIsClass = false;
                open();
            }
            case '}' -> {
                if (depth == 0) {
                    throw Unparsable.INSTANCE;
                }
                if (depth-- == templateDepth) {
                    templateDepth = outerTemplateDepths[--templateNesting];
                    return templateEnd(pos);
                }
                if (templateDepth != NO_TEMPLATE && depth < templateDepth) {
                    throw Unparsable.INSTANCE;
                }
            }
            case '\'', '"' -> {
                return stringEnd(pos);
            }
            case '`' -> {
                return templateEnd(pos);
            }
            case '/' -> {
                if (slashStartsRegex()) {
                    lastSlashWasDivision = false;
                    return regexEnd(pos);
                }
                lastSlashWasDivision = true;
            }
            default -> {
                // any other character is a token of its own that matters only as the last token before a '/'
            }
        }
        return pos;
    }

    private void open() {
        ensureDepthCapacity();
        tokenBeforeOpener[depth++] = lastToken;
    }

    private void close() {
        if (depth == 0) {
            throw Unparsable.INSTANCE;
        }
        depth--;
    }

    private void ensureDepthCapacity() {
        if (depth + 1 >= tokenBeforeOpener.length) {
            int size = tokenBeforeOpener.length * 2;
            int old = tokenBeforeOpener.length;
            tokenBeforeOpener = Arrays.copyOf(tokenBeforeOpener, size);
            Arrays.fill(tokenBeforeOpener, old, size, -1);
            openerIsClassBody = Arrays.copyOf(openerIsClassBody, size);
        }
    }

    private static int[] filledWithNoToken(int size) {
        int[] a = new int[size];
        Arrays.fill(a, -1);
        return a;
    }

    /**
     * The reference lexer's rule: a regular expression follows an operator or opening punctuator, the keywords that
     * precede expressions, the {@code )} of {@code if/for/while (...)}, the {@code }} of a block or class body, a
     * division, or nothing at all.
     */
    private boolean slashStartsRegex() {
        if (lastToken < 0) {
            return true;
        }
        char last = src.charAt(lastToken);
        char beforeLast = lastToken > 0 ? src.charAt(lastToken - 1) : 0;
        int opener = tokenBeforeOpener[depth];
        return switch (last) {
            case 0 -> true;
            case '.' -> !(beforeLast >= '0' && beforeLast <= '9');
            case '+' -> beforeLast != '+';
            case '-' -> beforeLast != '-';
            case ')' -> opener >= 0 && (keywordEndsAt(opener, "if") || keywordEndsAt(opener, "for")
                    || keywordEndsAt(opener, "while"));
            case '}' -> opener < 0 || openerIsClassBody[depth] || endsStatementBeforeBrace(opener);
            case '/' -> lastSlashWasDivision;
            default -> isExpressionPunctuator(last) || endsWithKeywordBeforeExpression(lastToken);
        };
    }

    /** Whether the token ending at {@code index} makes a following brace a block: {@code => ; ) catch finally else}. */
    private boolean endsStatementBeforeBrace(int index) {
        return switch (src.charAt(index)) {
            case ';', ')' -> true;
            case '>' -> index > 0 && src.charAt(index - 1) == '=';
            default -> keywordEndsAt(index, "catch") || keywordEndsAt(index, "finally") || keywordEndsAt(index, "else");
        };
    }

    private boolean endsWithKeywordBeforeExpression(int index) {
        for (String keyword : WORDS_BEFORE_EXPRESSION) {
            if (keywordEndsAt(index, keyword)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code keyword} ends at {@code index} and does not continue a longer word or a member access. */
    private boolean keywordEndsAt(int index, String keyword) {
        int start = index - keyword.length() + 1;
        return start >= 0 && src.startsWith(keyword, start) && isBoundaryBefore(start);
    }

    /** Whether a word at {@code index} begins a token of its own (not after {@code .}, a quote, a letter...). */
    private boolean isBoundaryBefore(int index) {
        if (index == 0) {
            return true;
        }
        char c = src.charAt(index - 1);
        return isWhitespace(c) || (isPunctuator(c) && c != '.');
    }

    private int stringEnd(int quoteIndex) {
        char quote = src.charAt(quoteIndex);
        for (int i = quoteIndex + 1; i < len; i++) {
            char c = src.charAt(i);
            if (c == quote) {
                return i;
            }
            if (c == '\\') {
                if (i + 1 >= len) {
                    break;
                }
                i++;
                if (src.charAt(i) == '\r' && i + 1 < len && src.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\r') {
                break;
            }
        }
        throw Unparsable.INSTANCE;
    }

    /**
     * Scans template characters from {@code from} (a backtick, or the {@code }} closing a substitution) to the closing
     * backtick, or to a {@code ${}, which opens a bracket level the matching {@code }} returns from.
     */
    private int templateEnd(int from) {
        for (int i = from + 1; i < len; i++) {
            char c = src.charAt(i);
            if (c == '`') {
                return i;
            }
            if (c == '$' && i + 1 < len && src.charAt(i + 1) == '{') {
                if (templateNesting == MAX_TEMPLATE_NESTING) {
                    throw Unparsable.INSTANCE;
                }
                if (templateNesting == outerTemplateDepths.length) {
                    outerTemplateDepths = Arrays.copyOf(outerTemplateDepths, templateNesting * 2);
                }
                outerTemplateDepths[templateNesting++] = templateDepth;
                ensureDepthCapacity();
                templateDepth = ++depth;
                return i + 1;
            }
            if (c == '\\') {
                i++;
            }
        }
        throw Unparsable.INSTANCE;
    }

    private int regexEnd(int slashIndex) {
        boolean inClass = false;
        for (int i = slashIndex + 1; i < len; i++) {
            char c = src.charAt(i);
            if (c == '\\') {
                if (i + 1 < len) {
                    i++;
                }
            } else if (c == '\n' || c == '\r') {
                break;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '/') {
                return i;
            }
        }
        throw Unparsable.INSTANCE;
    }

    /** Index of the line break ending a {@code //} comment (or the end); the break itself is whitespace. */
    private int lineCommentEnd(int from) {
        int i = from + 2;
        while (i < len && src.charAt(i) != '\n' && src.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** Index after a block comment; an unterminated one runs to the end without error, as in Node. */
    private int blockCommentEnd(int from) {
        int close = src.indexOf("*/", from + 2);
        return close < 0 ? len : close + 2;
    }

    private int skipTrivia(int from) {
        int i = from;
        while (i < len) {
            char c = src.charAt(i);
            if (isWhitespace(c)) {
                i++;
            } else if (c == '/' && i + 1 < len && src.charAt(i + 1) == '/') {
                i = lineCommentEnd(i);
            } else if (c == '/' && i + 1 < len && src.charAt(i + 1) == '*') {
                i = blockCommentEnd(i);
            } else {
                break;
            }
        }
        return i;
    }

    private int wordEnd(int from) {
        int i = from;
        while (i < len && isIdentifierPart(src.charAt(i))) {
            i++;
        }
        return i;
    }

    // ---- words: where the export patterns start ----

    /** Reads the word at {@link #pos} and tries the patterns it may start. */
    private void word() {
        int start = pos;
        int end = wordEnd(start);
        int wordLength = end - start;
        boolean tokenStart = isBoundaryBefore(start);
        boolean hasNext = end < len;
        int last = end - 1;
        if (depth == 0 && wordLength >= 7 && src.startsWith("require", end - 7)) {
            last = topLevelRequire(start, end, tokenStart);
        } else if (depth == 0 && src.charAt(start) == '_' && hasNext
                && (tokenStart || (start > 0 && src.charAt(start - 1) == '.'))) {
            last = transpilerHelperCall(start, end);
        } else if (!tokenStart || !hasNext) {
            // a part of a longer expression (x.exports, $exports) or the file's last word: nothing to detect
        } else if (depth == 0 && isWord(start, end, "import")) {
            last = importKeyword(start, end);
        } else if (depth == 0 && isWord(start, end, "export")) {
            last = exportKeyword(end);
        } else if (isWord(start, end, "exports")) {
            last = exportsMember(end, false);
        } else if (isWord(start, end, "module")) {
            last = moduleExports(end);
        } else if (isWord(start, end, "Object")) {
            last = objectCall(end);
        } else if (isWord(start, end, "class") && isWhitespace(src.charAt(end))) {
            nextBraceIsClass = true;
        }
        consumed(last);
    }

    private boolean isWord(int start, int end, String word) {
        return end - start == word.length() && src.startsWith(word, start);
    }

    /**
     * {@code import} at the top level: {@code import(...)} is allowed, {@code import.meta} and import statements
     * make Node's lexer fail. Like the reference, a character right after a bare {@code import} is passed over.
     */
    private int importKeyword(int start, int end) {
        int next = skipTrivia(end);
        char c = next < len ? src.charAt(next) : 0;
        switch (c) {
            case '(' -> {
                ensureDepthCapacity();
                tokenBeforeOpener[depth++] = start;
                return next;
            }
            case '.' -> {
                int meta = skipTrivia(next + 1);
                if (src.startsWith("meta", meta) && !(meta + 4 < len && isIdentifierPart(src.charAt(meta + 4)))) {
                    throw Unparsable.INSTANCE;
                }
                return meta;
            }
            case '\'', '"', '{', '*' -> throw Unparsable.INSTANCE;
            default -> {
                if (next != end) {
                    throw Unparsable.INSTANCE;
                }
                return end;
            }
        }
    }

    /** {@code export} followed by a space, comment or punctuator is an ESM statement: Node's lexer fails. */
    private int exportKeyword(int end) {
        int next = skipTrivia(end);
        if (next != end || isPunctuator(src.charAt(end))) {
            throw Unparsable.INSTANCE;
        }
        return end;
    }

    /**
     * A top-level {@code require('x')}: remembered as the source of a star re-export when it initialises a
     * {@code var}/{@code let}/{@code const}. Like the reference, a top-level call of any name ending in "require" is
     * taken whole (its parenthesis is not tracked as an opener).
     */
    private int topLevelRequire(int start, int end, boolean tokenStart) {
        Cursor call = new Cursor(end - "require".length());
        if (!call.requireCall()) {
            return end - 1;
        }
        if (tokenStart && end - start == "require".length()) {
            bindStarSource(start, call.specifier());
        }
        return call.at - 1;
    }

    /**
     * {@code _interopRequireWildcard(require('x'))} (a star source like a plain require) and TypeScript's
     * {@code __export(require('x'))} / {@code __exportStar(require('x'), exports)} (a re-export). Neither allows
     * a space before the parenthesis or the require; as in the reference, the character after a helper name (or
     * after its parenthesis when no require follows) is passed over.
     */
    private int transpilerHelperCall(int start, int end) {
        boolean wildcard = isWord(start, end, "_interopRequireWildcard");
        if (!wildcard && !isWord(start, end, "__export") && !isWord(start, end, "__exportStar")) {
            return end - 1;
        }
        if (src.charAt(end) != '(') {
            return end;
        }
        open();
        int argument = end + 1;
        boolean startsWithR = argument < len && src.charAt(argument) == 'r';
        Cursor call = new Cursor(argument);
        if (!startsWithR || !call.requireCall()) {
            return wildcard || startsWithR ? argument : end;
        }
        if (!wildcard) {
            addReexport(call.specifier());
        } else if (isBoundaryBefore(start)) {
            bindStarSource(start, call.specifier());
        }
        return call.at - 1;
    }

    /**
     * Looks back from a require at {@code callStart} for {@code var|let|const id = } (single spaces only, as the
     * reference does) and records {@code id} as a star re-export source.
     */
    private void bindStarSource(int callStart, String specifier) {
        if (starBindings.size() >= MAX_STAR_BINDINGS) {
            return;
        }
        int i = skipSpacesBackward(callStart - 1);
        if (i < 0 || src.charAt(i) != '=') {
            return;
        }
        int idEnd = skipSpacesBackward(i - 1);
        int idStart = idEnd + 1;
        while (idStart - 1 > 0 && isIdentifierPart(src.charAt(idStart - 1))) {
            idStart--;
        }
        if (idStart > idEnd || !isIdentifierStart(src.charAt(idStart)) || src.charAt(idStart - 1) != ' ') {
            return;
        }
        int keywordEnd = skipSpacesBackward(idStart - 1);
        if (keywordEnd >= 0 && (keywordEndsAt(keywordEnd, "var") || keywordEndsAt(keywordEnd, "let")
                || keywordEndsAt(keywordEnd, "const"))) {
            starBindings.add(new StarBinding(src.substring(idStart, idEnd + 1), specifier));
        }
    }

    private int skipSpacesBackward(int from) {
        int i = from;
        while (i > 0 && src.charAt(i) == ' ') {
            i--;
        }
        return i;
    }

    /** {@code module . exports} then what {@link #exportsMember} accepts, including an assignment to it. */
    private int moduleExports(int end) {
        Cursor c = new Cursor(end);
        if (c.punct('.') && c.word("exports")) {
            return exportsMember(c.at, true);
        }
        return end - 1;
    }

    /**
     * After {@code exports}: {@code .name =} or {@code ['name'] =} declare a name; after {@code module.exports},
     * {@code = require('x')} and {@code = { ... }} replace the re-exports found so far.
     */
    private int exportsMember(int exportsEnd, boolean isModuleExports) {
        int revert = exportsEnd - 1;
        Cursor c = new Cursor(exportsEnd);
        switch (c.next()) {
            case '.' -> {
                c.at++;
                int nameStart = c.skip().at;
                if (c.identifier() && c.next() == '=') {
                    addExport(nameStart, c.identifierEnd);
                    return c.at;
                }
            }
            case '[' -> {
                c.at++;
                if (c.string() && c.punct(']') && c.next() == '=') {
                    addExport(c.stringStart, c.stringEnd);
                }
            }
            case '=' -> {
                if (isModuleExports) {
                    reexports.clear();
                    c.at++;
                    char value = c.next();
                    if (value == '{') {
                        return objectLiteralExports(c.at);
                    }
                    if (value == 'r' && c.requireCall()) {
                        addReexport(c.specifier());
                    }
                }
            }
            default -> {
                // exports used some other way
            }
        }
        return revert;
    }

    /**
     * {@code module.exports = { a, b: c, 'd': e, ...f, ...require('g') }}. The first property of another shape ends
     * the detection: names and re-exports found before it stay, and scanning resumes at the brace.
     */
    private int objectLiteralExports(int brace) {
        int bail = brace - 1;
        Cursor c = new Cursor(brace);
        while (c.at < len) {
            c.at++;
            char first = c.next();
            char after;
            if (isIdentifierStart(first)) {
                int nameStart = c.at;
                c.identifier();
                int nameEnd = c.identifierEnd;
                // a getter ("get b() {...}") ends the detection; "get" followed by anything else is a plain name
                if (c.next() != ':' && isWord(nameStart, nameEnd, "get") && c.identifier() && c.next() == '(') {
                    return bail;
                }
                after = c.next();
                if (after == ':') {
                    c.at++;
                    after = c.propertyValue();
                    if (after == 0) {
                        return bail;
                    }
                }
                addExport(nameStart, nameEnd);
            } else if (first == '\'' || first == '"') {
                c.string();
                after = c.next();
                if (after == ':') {
                    c.at++;
                    after = c.propertyValue();
                    if (after == 0) {
                        return bail;
                    }
                    addExport(c.stringStart, c.stringEnd);
                }
            } else if (src.startsWith("...", c.at)) {
                c.at += 3;
                Cursor spread = new Cursor(c.at);
                if (c.at < len && src.charAt(c.at) == 'r' && spread.requireCall()) {
                    addReexport(spread.specifier());
                    c.at = spread.at;
                } else if (!c.identifierHere()) {
                    return bail;
                }
                after = c.next();
            } else {
                return bail;
            }
            if (after == '}') {
                return c.at;
            }
            if (after != ',') {
                return bail;
            }
        }
        return bail;
    }

    /** {@code Object.defineProperty(exports, ...)} anywhere, {@code Object.keys(x).forEach(...)} at the top level. */
    private int objectCall(int end) {
        Cursor c = new Cursor(end);
        if (!c.punct('.')) {
            return end - 1;
        }
        if (c.word("defineProperty")) {
            return definePropertyExport(c);
        }
        if (depth == 0 && c.word("keys")) {
            return objectKeysReexport(c);
        }
        return end - 1;
    }

    /**
     * {@code Object.defineProperty(exports, 'name', { [enumerable: true,] value: ... })}, or with a getter that
     * returns an identifier or a member ({@code get() { return x.y }}); other getters may have side effects and are
     * not detected.
     */
    private int definePropertyExport(Cursor c) {
        int revert = c.at - 1;
        if (!(c.punct('(') && c.exportsObject() && c.punct(',') && c.string())) {
            return revert;
        }
        int nameStart = c.stringStart;
        int nameEnd = c.stringEnd;
        if (!(c.punct(',') && c.punct('{'))) {
            return revert;
        }
        if (c.next() == 'e' && !(c.word("enumerable") && c.punct(':') && c.word("true") && c.punct(','))) {
            return revert;
        }
        if (c.word("value")) {
            if (c.next() == ':') {
                addExport(nameStart, nameEnd);
            }
            return revert;
        }
        if (!(c.getterReturn() && c.identifier())) {
            return revert;
        }
        if (c.punct('.')) {
            if (!c.identifier()) {
                return revert;
            }
        } else if (c.punct('[')) {
            if (!(c.string() && c.punct(']'))) {
                return revert;
            }
        }
        c.punct(';');
        if (c.punct('}') && c.closeDescriptorCall()) {
            addExport(nameStart, nameEnd);
            return c.at - 1;
        }
        return revert;
    }

    /**
     * Babel's and TypeScript's {@code export * from 'x'}:
     * <pre>
     * Object.keys(_x).forEach(function (key) {
     *   if (key === "default" || key === "__esModule") return;  // or: if (key !== "default" [&amp;&amp; !hasOwn])
     *   [if (Object.prototype.hasOwnProperty.call(_exportNames, key)) return;]
     *   [if (key in exports &amp;&amp; exports[key] === _x[key]) return;]
     *   exports[key] = _x[key];                                 // or: Object.defineProperty(exports, key, getter)
     * });
     * </pre>
     * It re-exports what {@code _x} was bound to by an earlier top-level {@code var _x = require('x')}.
     */
    private int objectKeysReexport(Cursor c) {
        int revert = c.at - 1;
        if (!c.punct('(')) {
            return revert;
        }
        String source = c.identifierText();
        if (source == null || !c.punct(')')) {
            return revert;
        }
        revert = c.at - 1;
        if (!(c.punct('.') && c.word("forEach"))) {
            return revert;
        }
        revert = c.skip().at - 1;
        if (!(c.punct('(') && c.word("function") && c.punct('('))) {
            return revert;
        }
        String key = c.identifierText();
        if (key == null || !(c.punct(')') && c.punct('{') && c.word("if") && c.punct('(') && c.name(key))) {
            return revert;
        }
        boolean guarded = c.next() == '=' ? c.skipDefaultAndEsModuleGuards(source, key) : c.notDefaultCondition(key);
        if (!(guarded && c.copiesKey(source, key) && c.punct('}') && c.next() == ')')) {
            return revert;
        }
        for (StarBinding binding : starBindings) {
            if (binding.id().equals(source)) {
                addReexport(binding.specifier());
                return revert;
            }
        }
        return c.at;
    }

    // ---- results ----

    private void addExport(int start, int end) {
        String name = literalValue(start, end);
        if (name != null) {
            exports.add(name);
        }
    }

    private void addReexport(String specifier) {
        if (specifier != null) {
            reexports.add(specifier);
        }
    }

    /**
     * The string a name or string literal (quotes included) denotes, as Node's lexer returns it, or null for one it
     * drops (a lone surrogate escape, a malformed escape). Node's lexer works on UTF-8: a {@code \xHH} escape is one
     * byte, octal escapes are not decoded, and a lone surrogate in the text reads as U+FFFD.
     */
    private String literalValue(int start, int end) {
        int from = start;
        int to = end;
        char first = src.charAt(start);
        if (first == '\'' || first == '"') {
            from++;
            to--;
        }
        if (!containsBackslash(from, to)) {
            return withoutLoneSurrogates(src.substring(from, to));
        }
        Utf8Builder out = new Utf8Builder(to - from);
        for (int i = from; i < to; i++) {
            char c = src.charAt(i);
            if (c != '\\') {
                i = out.appendCodePointAt(src, i, to);
                continue;
            }
            if (++i >= to) {
                return null;
            }
            char e = src.charAt(i);
            switch (e) {
                case 'n' -> out.appendByte('\n');
                case 'r' -> out.appendByte('\r');
                case 't' -> out.appendByte('\t');
                case 'b' -> out.appendByte('\b');
                case 'f' -> out.appendByte('\f');
                case 'v' -> out.appendByte(0x0B);
                case '0' -> out.appendByte(0);
                case 'x' -> {
                    int high = i + 2 < to ? hexValue(src.charAt(i + 1)) : -1;
                    int low = i + 2 < to ? hexValue(src.charAt(i + 2)) : -1;
                    if (high < 0 || low < 0) {
                        return null;
                    }
                    out.appendByte(high << 4 | low);
                    i += 2;
                }
                case 'u' -> {
                    i = unicodeEscape(i, to, out);
                    if (i < 0) {
                        return null;
                    }
                }
                default -> i = out.appendCodePointAt(src, i, to);
            }
        }
        return out.decode();
    }

    /**
     * Appends the code point of the {@code \}{@code u} escape whose {@code u} is at {@code u}; a surrogate must pair
     * with an escape of the same form right after it. Returns the index of the escape's last character, or -1.
     */
    private int unicodeEscape(int u, int to, Utf8Builder out) {
        int[] escape = readUnicodeEscape(u, to);
        if (escape == null) {
            return -1;
        }
        int codePoint = escape[0];
        int last = escape[1];
        if (codePoint >= Character.MIN_LOW_SURROGATE && codePoint <= Character.MAX_LOW_SURROGATE) {
            return -1;
        }
        if (codePoint >= Character.MIN_HIGH_SURROGATE && codePoint <= Character.MAX_HIGH_SURROGATE) {
            boolean braced = src.charAt(u + 1) == '{';
            if (last + 2 >= to || src.charAt(last + 1) != '\\' || src.charAt(last + 2) != 'u'
                    || (last + 3 < to && src.charAt(last + 3) == '{') != braced) {
                return -1;
            }
            int[] low = readUnicodeEscape(last + 2, to);
            if (low == null || low[0] < Character.MIN_LOW_SURROGATE || low[0] > Character.MAX_LOW_SURROGATE) {
                return -1;
            }
            codePoint = Character.toCodePoint((char) codePoint, (char) low[0]);
            last = low[1];
        }
        out.appendCodePoint(codePoint);
        return last;
    }

    /** {@code {codePoint, indexOfLastChar}} for {@code uHHHH} or {@code u{H...}} at {@code u}, or null. */
    private int[] readUnicodeEscape(int u, int to) {
        if (u + 1 >= to) {
            return null;
        }
        if (src.charAt(u + 1) == '{') {
            int close = u + 2;
            while (close < to && src.charAt(close) != '}') {
                close++;
            }
            if (close >= to || close == u + 2) {
                return null;
            }
            int value = 0;
            for (int i = u + 2; i < close; i++) {
                int digit = hexValue(src.charAt(i));
                if (digit < 0) {
                    return null;
                }
                value = value << 4 | digit;
                if (value > 0x10FFFF) {
                    return null;
                }
            }
            return new int[] {value, close};
        }
        if (u + 4 >= to) {
            return null;
        }
        int value = 0;
        for (int i = u + 1; i <= u + 4; i++) {
            int digit = hexValue(src.charAt(i));
            if (digit < 0) {
                return null;
            }
            value = value << 4 | digit;
        }
        return new int[] {value, u + 4};
    }

    private boolean containsBackslash(int from, int to) {
        for (int i = from; i < to; i++) {
            if (src.charAt(i) == '\\') {
                return true;
            }
        }
        return false;
    }

    /** Node hands its lexer the source as UTF-8, where a lone surrogate has become U+FFFD. */
    private static String withoutLoneSurrogates(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(s.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                out.append('\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** Bytes of a decoded name: Node's lexer builds names as UTF-8, and V8 decodes them with U+FFFD for bad bytes. */
    private static final class Utf8Builder {
        private byte[] bytes;
        private int size;

        Utf8Builder(int capacity) {
            bytes = new byte[Math.max(16, capacity * 3)];
        }

        void appendByte(int b) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, size * 2);
            }
            bytes[size++] = (byte) b;
        }

        /** Appends the character at {@code i} (a pair when it is one); returns the index of its last char. */
        int appendCodePointAt(String s, int i, int to) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                appendCodePoint(Character.toCodePoint(c, s.charAt(i + 1)));
                return i + 1;
            }
            appendCodePoint(Character.isSurrogate(c) ? 0xFFFD : c);
            return i;
        }

        void appendCodePoint(int cp) {
            if (cp < 0x80) {
                appendByte(cp);
            } else if (cp < 0x800) {
                appendByte(0xC0 | cp >> 6);
                appendByte(0x80 | cp & 0x3F);
            } else if (cp < 0x10000) {
                appendByte(0xE0 | cp >> 12);
                appendByte(0x80 | cp >> 6 & 0x3F);
                appendByte(0x80 | cp & 0x3F);
            } else {
                appendByte(0xF0 | cp >> 18);
                appendByte(0x80 | cp >> 12 & 0x3F);
                appendByte(0x80 | cp >> 6 & 0x3F);
                appendByte(0x80 | cp & 0x3F);
            }
        }

        String decode() {
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)
                        .decode(ByteBuffer.wrap(bytes, 0, size))
                        .toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                return null;
            }
        }
    }

    // ---- character classes (ASCII, as Node's lexer: every non-ASCII character may be part of a name) ----

    private static boolean isWhitespace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' || c >= 0x80;
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || (c >= '0' && c <= '9');
    }

    private static boolean isPunctuator(char c) {
        return switch (c) {
            case '!', '%', '&', '(', ')', '*', '+', ',', '-', '.', '/', ':', ';', '<', '=', '>', '?', '[', ']', '^',
                 '{', '|', '}', '~' -> true;
            default -> false;
        };
    }

    /** Punctuators after which an expression (so a regular expression) may start: all but {@code ) ] } /}. */
    private static boolean isExpressionPunctuator(char c) {
        return isPunctuator(c) && c != ')' && c != ']' && c != '}' && c != '/';
    }

    // ---- a look-ahead cursor for the patterns; whitespace and comments may sit between any two tokens ----

    private final class Cursor {
        int at;
        int identifierEnd;
        int stringStart;
        int stringEnd;

        Cursor(int at) {
            this.at = at;
        }

        Cursor skip() {
            at = skipTrivia(at);
            return this;
        }

        /** The next significant character (0 at the end), without taking it. */
        char next() {
            skip();
            return at < len ? src.charAt(at) : 0;
        }

        boolean punct(char c) {
            if (next() != c) {
                return false;
            }
            at++;
            return true;
        }

        /** Takes {@code word} when the next token is exactly that word. */
        boolean word(String word) {
            skip();
            int end = wordEnd(at);
            if (!isWord(at, end, word)) {
                return false;
            }
            at = end;
            return true;
        }

        /**
         * Takes the identifier {@code name}, which (as in the reference) may run on into the next word:
         * {@code keyin exports} reads as {@code key in exports}.
         */
        boolean name(String name) {
            skip();
            return nameHere(name);
        }

        boolean nameHere(String name) {
            if (!src.startsWith(name, at)) {
                return false;
            }
            at += name.length();
            return true;
        }

        boolean identifier() {
            skip();
            return identifierHere();
        }

        /** An identifier starting right here, with no whitespace before it. */
        boolean identifierHere() {
            if (at >= len || !isIdentifierStart(src.charAt(at))) {
                return false;
            }
            at = identifierEnd = wordEnd(at);
            return true;
        }

        String identifierText() {
            int start = skip().at;
            return identifier() ? src.substring(start, at) : null;
        }

        /** A quoted string literal; an unterminated one makes the whole analysis fail, as in Node. */
        boolean string() {
            char q = next();
            if (q != '\'' && q != '"') {
                return false;
            }
            stringStart = at;
            at = stringEnd(at) + 1;
            stringEnd = at;
            return true;
        }

        String specifier() {
            return literalValue(stringStart, stringEnd);
        }

        /** {@code require ( 'x' )} starting right here; the specifier is then {@link #specifier()}. */
        boolean requireCall() {
            int end = wordEnd(at);
            if (!isWord(at, end, "require")) {
                return false;
            }
            at = end;
            return punct('(') && string() && punct(')');
        }

        /**
         * The value of a property in {@code module.exports = {...}}: an identifier, whose end must be followed
         * directly by {@code ,} or {@code }}, or a {@code require('x')} (a re-export, after which the detection
         * stops, as in Node). Returns the character after it, or 0 when the value has another shape.
         */
        char propertyValue() {
            char c = next();
            Cursor call = new Cursor(at);
            if (c == 'r' && call.requireCall()) {
                addReexport(call.specifier());
                at = call.at - 1;
                return ')';
            }
            if (!identifierHere()) {
                return 0;
            }
            return at < len ? src.charAt(at) : 0;
        }

        /** {@code exports} or {@code module.exports}. */
        boolean exportsObject() {
            int start = at;
            if (word("module") && !punct('.')) {
                at = start;
                return false;
            }
            if (word("exports")) {
                return true;
            }
            at = start;
            return false;
        }

        /** {@code get() { return} or {@code get: function [name]() { return}. */
        boolean getterReturn() {
            if (!word("get")) {
                return false;
            }
            if (punct(':')) {
                if (!word("function")) {
                    return false;
                }
                if (next() != '(' && !identifier()) {
                    return false;
                }
            }
            return punct('(') && punct(')') && punct('{') && returnKeyword();
        }

        /**
         * {@code return}; as in the reference, the word may run on into what it returns ({@code return_x[key]}
         * reads as returning {@code _x[key]}).
         */
        boolean returnKeyword() {
            skip();
            if (!src.startsWith("return", at)) {
                return false;
            }
            at += "return".length();
            return true;
        }

        /** The end of a property descriptor and of the call: {@code [,] } )}. */
        boolean closeDescriptorCall() {
            punct(',');
            return punct('}') && punct(')');
        }

        /**
         * After {@code if (key}: {@code === 'default' || key === '__esModule') return;}, then optionally
         * {@code if (Object.prototype.hasOwnProperty.call(names, key)) return;} and
         * {@code if (key in exports && exports[key] === source[key]) return;}.
         */
        boolean skipDefaultAndEsModuleGuards(String source, String key) {
            if (!(operator("===") && quotedWord("default") && operator("||") && name(key) && operator("===")
                    && quotedWord("__esModule") && punct(')') && returnKeyword())) {
                return false;
            }
            punct(';');
            if (!word("if")) {
                return true;
            }
            if (!punct('(')) {
                return false;
            }
            int condition = at;
            if (hasOwnPropertyCall(key)) {
                if (!(punct(')') && returnKeyword())) {
                    return false;
                }
                punct(';');
                if (!word("if")) {
                    return true;
                }
                if (!punct('(')) {
                    return false;
                }
            } else {
                at = condition;
            }
            // as in the reference, no space may follow "(" here, and exactly one follows "in"
            if (!(nameHere(key) && word("in") && src.startsWith(" ", at) && exportsObject() && operator("&&")
                    && exportsObject() && indexedBy(key) && operator("===") && name(source) && indexedBy(key)
                    && punct(')') && returnKeyword())) {
                return false;
            }
            punct(';');
            return true;
        }

        /** After {@code if (key}: {@code !== 'default' [&& !hasOwnProperty(key)])}. */
        boolean notDefaultCondition(String key) {
            if (!(operator("!==") && quotedWord("default"))) {
                return false;
            }
            if (next() == '&') {
                if (!(operator("&&") && punct('!'))) {
                    return false;
                }
                int start = skip().at;
                if (src.startsWith("Object.", at)) {
                    if (!hasOwnPropertyCall(key)) {
                        return false;
                    }
                } else if (identifier()) {
                    if (!(punct('.') && word("hasOwnProperty") && punct('(') && name(key) && punct(')'))) {
                        return false;
                    }
                } else {
                    at = start;
                }
            }
            return punct(')');
        }

        /** {@code Object[.prototype].hasOwnProperty.call(anything, key)}. */
        boolean hasOwnPropertyCall(String key) {
            if (!(word("Object") && punct('.'))) {
                return false;
            }
            if (word("prototype") && !punct('.')) {
                return false;
            }
            return word("hasOwnProperty") && punct('.') && word("call") && punct('(') && identifier() && punct(',')
                    && name(key) && punct(')');
        }

        /**
         * The copy of one key: {@code exports[key] = source[key];} or
         * {@code Object.defineProperty(exports, key, { enumerable: true, get: function () { return source[key]; } });}.
         */
        boolean copiesKey(String source, String key) {
            if (exportsObject()) {
                if (!(indexedBy(key) && punct('=') && name(source) && indexedBy(key))) {
                    return false;
                }
                punct(';');
                return true;
            }
            if (!(word("Object") && punct('.') && word("defineProperty") && punct('(') && exportsObject()
                    && punct(',') && name(key) && punct(',') && punct('{') && word("enumerable") && punct(':')
                    && word("true") && punct(',') && getterReturn() && name(source) && indexedBy(key))) {
                return false;
            }
            punct(';');
            if (!(punct('}') && closeDescriptorCall())) {
                return false;
            }
            punct(';');
            return true;
        }

        private boolean indexedBy(String key) {
            return punct('[') && name(key) && punct(']');
        }

        private boolean operator(String operator) {
            skip();
            if (!src.startsWith(operator, at)) {
                return false;
            }
            at += operator.length();
            return true;
        }

        /** {@code 'word'} or {@code "word"}; the reference lets whitespace and comments precede the closing quote. */
        private boolean quotedWord(String word) {
            char q = next();
            if ((q != '\'' && q != '"') || !src.startsWith(word, at + 1)) {
                return false;
            }
            int close = skipTrivia(at + 1 + word.length());
            if (close >= len || src.charAt(close) != q) {
                return false;
            }
            at = close + 1;
            return true;
        }
    }
}
