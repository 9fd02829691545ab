package dev.jnode.module.ts;

import com.caoccao.javet.swc4j.ast.module.Swc4jAstTsExportAssignment;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstTsExternalModuleRef;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstTsImportEqualsDecl;
import com.caoccao.javet.swc4j.enums.Swc4jImportsNotUsedAsValues;
import com.caoccao.javet.swc4j.enums.Swc4jMediaType;
import com.caoccao.javet.swc4j.enums.Swc4jModuleKind;
import com.caoccao.javet.swc4j.enums.Swc4jParseMode;
import com.caoccao.javet.swc4j.enums.Swc4jSourceMapOption;
import com.caoccao.javet.swc4j.exceptions.Swc4jCoreException;
import com.caoccao.javet.swc4j.options.Swc4jParseOptions;
import com.caoccao.javet.swc4j.options.Swc4jTranspileOptions;
import com.caoccao.javet.swc4j.outputs.Swc4jParseOutput;
import com.caoccao.javet.swc4j.outputs.Swc4jTranspileOutput;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TypeScript to JavaScript as Node 24 does it in its default "strip" mode (amaro over swc's fast strip): erasable
 * syntax becomes whitespace, so every remaining token keeps its line and column, and syntax that would need code
 * generation is refused. The source is parsed by swc itself ({@link SwcLibrary}); {@link TypeErasure} decides
 * what to blank. {@link #transform} is the "transform" mode of --experimental-transform-types.
 */
public final class TypeScriptStripper {
    private static final String SPECIFIER = "file:///jnode-typescript-input.ts";
    // swc4j's parse errors read "<message> at <specifier>:<line>:<column>\n\n<excerpt>".
    private static final Pattern PARSE_ERROR = Pattern.compile(
            "(?s)(.*?) at " + Pattern.quote(SPECIFIER) + ":(\\d+):(\\d+)(?:\\R\\R(.*))?");

    private TypeScriptStripper() {
    }

    /** The JavaScript of a TypeScript module or script; throws for syntax that cannot be stripped. */
    public static String strip(String source) throws TypeScriptSyntaxException {
        Swc4jParseOutput parsed = parse(source);
        return new TypeErasure(source, comments(parsed)).erase(parsed.getProgram());
    }

    /**
     * The JavaScript of a TypeScript source with enums, namespaces and parameter properties compiled, as Node's
     * "transform" mode does, by swc's TypeScript transform (through deno_ast, so the text is laid out by a
     * different printer than Node's: two-space indentation). Imports are kept as written, as Node keeps them.
     * `import x = require()` and `export =`, which Node turns into CommonJS, are refused with ERR_JNODE_UNSUPPORTED.
     */
    public static String transform(String source) throws TypeScriptSyntaxException {
        Swc4jTranspileOptions options = new Swc4jTranspileOptions().setKeepComments(false)
                .setVerbatimModuleSyntax(true).setImportsNotUsedAsValues(Swc4jImportsNotUsedAsValues.Preserve)
                .setModuleKind(Swc4jModuleKind.Auto).setSourceMap(Swc4jSourceMapOption.None)
                .setCaptureAst(true).setCaptureComments(true)
                .setMediaType(Swc4jMediaType.TypeScript).setParseMode(Swc4jParseMode.Program)
                .setSpecifier(specifier());
        Swc4jTranspileOutput output;
        try {
            output = SwcLibrary.swc().transpile(source, options);
        } catch (Swc4jCoreException e) {
            throw invalidSyntax(source, e.getMessage());
        }
        new TypeErasure(source, comments(output)).rejectModuleKeyword(output.getProgram());
        boolean commonJsInterop = !output.getProgram().find(Swc4jAstTsExportAssignment.class).isEmpty()
                || output.getProgram().find(Swc4jAstTsImportEqualsDecl.class).stream()
                        .anyMatch(i -> i.getModuleRef() instanceof Swc4jAstTsExternalModuleRef);
        if (commonJsInterop) {
            throw new TypeScriptSyntaxException("ERR_JNODE_UNSUPPORTED", "TypeScript's `import x = require()` and "
                    + "`export =` in transform mode are not supported by jnode yet (see docs/compat.md)", "");
        }
        return output.getCode();
    }

    private static int[][] comments(Swc4jParseOutput parsed) {
        return parsed.getComments().getComments().stream()
                .map(c -> new int[] {c.getSpan().getStart(), c.getSpan().getEnd()}).toArray(int[][]::new);
    }

    private static Swc4jParseOutput parse(String source) throws TypeScriptSyntaxException {
        // Tokens are read from the source where needed (TokenScanner): capturing them all costs as much as the AST.
        Swc4jParseOptions options = new Swc4jParseOptions().setCaptureAst(true).setCaptureComments(true)
                .setMediaType(Swc4jMediaType.TypeScript).setParseMode(Swc4jParseMode.Program)
                .setSpecifier(specifier());
        try {
            return SwcLibrary.swc().parse(source, options);
        } catch (Swc4jCoreException e) {
            throw invalidSyntax(source, e.getMessage());
        }
    }

    private static URL specifier() {
        try {
            return URI.create(SPECIFIER).toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * swc's message, with the span recovered from swc4j's excerpt, where {@code ~} marks the span's columns under
     * each of its lines.
     */
    private static TypeScriptSyntaxException invalidSyntax(String source, String report) {
        SourceSnippet snippet = new SourceSnippet(source);
        Matcher m = PARSE_ERROR.matcher(report == null ? "" : report);
        if (!m.matches()) {
            return new TypeScriptSyntaxException(TypeScriptSyntaxException.INVALID, report, snippet.hint(0, 0));
        }
        String message = m.group(1);
        int line = Integer.parseInt(m.group(2));
        int start = snippet.offsetOf(line, Integer.parseInt(m.group(3)));
        int end = start;
        // swc reports these at an empty span, which Node shows without carets; swc4j marks a character instead.
        boolean emptySpan = message.equals("Expression expected") || message.contains("<eof>");
        if (m.group(4) != null && !emptySpan) {
            String[] excerpt = m.group(4).split("\\R");
            int markedLines = 0;
            for (int i = 1; i < excerpt.length; i += 2) {
                int lastMark = excerpt[i].lastIndexOf('~');
                if (lastMark >= 0) {
                    // The excerpt indents every line by two columns.
                    end = snippet.offsetOf(line + markedLines, lastMark - 1) + 1;
                }
                markedLines++;
            }
        }
        return new TypeScriptSyntaxException(TypeScriptSyntaxException.INVALID, message,
                snippet.hint(start, Math.max(end, start)));
    }
}
