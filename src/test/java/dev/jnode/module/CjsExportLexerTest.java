package dev.jnode.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Named exports of CommonJS sources as Node 24 finds them for {@code import}; every expectation was checked against
 * Node 24's own lexer ({@code internalBinding('cjs_lexer').parse}): {@code tools/cjs-exports-oracle.js --verify-test}
 * re-checks the literal cases.
 */
class CjsExportLexerTest {

    private static void assertAnalysis(String source, List<String> exports, List<String> reexports) {
        CjsExportLexer.Result result = CjsExportLexer.analyze(source);
        assertThat(result.exports()).as("exports").containsExactlyElementsOf(exports);
        assertThat(result.reexports()).as("reexports").containsExactlyElementsOf(reexports);
    }

    @Test
    void dotAssignmentToExportsDeclaresAName() {
        assertAnalysis("exports.a = 1;",
                List.of("a"), List.of());
    }

    @Test
    void dotAssignmentToModuleExportsDeclaresAName() {
        assertAnalysis("module.exports.a = 1;",
                List.of("a"), List.of());
    }

    @Test
    void bracketAssignmentWithStringKeysDeclaresNames() {
        assertAnalysis("exports['a'] = 1; module.exports[\"b\"] = 2;",
                List.of("a", "b"), List.of());
    }

    @Test
    void namesKeepFirstSeenOrderWithoutDuplicates() {
        assertAnalysis("exports.b = 1; exports.a = 2; exports.b = 3;",
                List.of("b", "a"), List.of());
    }

    @Test
    void whitespaceAndCommentsMaySitBetweenTokens() {
        assertAnalysis("exports /* c */ . // line\n"
                + " a\n"
                + " = 1;",
                List.of("a"), List.of());
    }

    @Test
    void assignmentsInsideFunctionsCountWithoutScopeAnalysis() {
        assertAnalysis("(function (exports) { exports.a = 1; if (false) exports.b = 2; })(notExports);",
                List.of("a", "b"), List.of());
    }

    @Test
    void renamedExportsObjectIsNotSeen() {
        assertAnalysis("(function (e) { e.a = 1; })(exports);",
                List.of(), List.of());
    }

    @Test
    void memberOfAnotherObjectIsNotExports() {
        assertAnalysis("x.exports.a = 1; $exports.b = 2; exports.c.d = 3;",
                List.of(), List.of());
    }

    @Test
    void readingAMemberIsNotAnExport() {
        assertAnalysis("exports.a; use(exports.b); exports['c'];",
                List.of(), List.of());
    }

    @Test
    void comparisonStartingWithEqualsStillCounts() {
        assertAnalysis("if (exports.a == 1) {}",
                List.of("a"), List.of());
    }

    @Test
    void computedNonStringKeyIsNotAnExport() {
        assertAnalysis("exports[a] = 1; exports[`b`] = 2; exports[0] = 3;",
                List.of(), List.of());
    }

    @Test
    void reservedWordsAreValidExportNames() {
        assertAnalysis("exports.default = 1; exports.class = 2; exports.let = 3; exports.yield = 4;",
                List.of("default", "class", "let", "yield"), List.of());
    }

    @Test
    void nonAsciiIdentifiersAreNames() {
        assertAnalysis("exports.\u00FCber = 1; exports.\uD835\uDC65 = 2;",
                List.of("\u00FCber", "\uD835\uDC65"), List.of());
    }

    @Test
    void nonBreakingSpaceIsPartOfAName() {
        assertAnalysis("exports.a\u00A0= 1;",
                List.of("a\u00A0"), List.of());
    }

    @Test
    void identifierEscapesAreNotSupported() {
        assertAnalysis("exports.\\u0061 = 1; exports.b\\u0063 = 2;",
                List.of(), List.of());
    }

    @Test
    void stringKeyEscapesAreDecoded() {
        assertAnalysis("exports['a\\u0062'] = 1; exports['\\u{63}'] = 2; exports['\\x64'] = 3; exports['e\\'f'] = 4;",
                List.of("ab", "c", "d", "e'f"), List.of());
    }

    @Test
    void surrogatePairEscapesFormOneCharacter() {
        assertAnalysis("exports['\\ud83d\\ude00'] = 1; exports['\\u{1F601}'] = 2;",
                List.of("\uD83D\uDE00", "\uD83D\uDE01"), List.of());
    }

    @Test
    void loneSurrogateEscapeDropsTheName() {
        assertAnalysis("exports['\\ud800'] = 1; exports['\\udc00x'] = 2; exports.ok = 3;",
                List.of("ok"), List.of());
    }

    @Test
    void malformedEscapeDropsTheName() {
        assertAnalysis("exports['\\x4'] = 1; exports['\\u12'] = 2; exports['\\u{}'] = 3; exports.ok = 4;",
                List.of("ok"), List.of());
    }

    @Test
    void octalEscapesAreNotDecoded() {
        assertAnalysis("exports['\\101'] = 1; exports['\\0'] = 2;",
                List.of("101", "\u0000"), List.of());
    }

    @Test
    void latin1HexEscapeBecomesReplacementCharacter() {
        assertAnalysis("exports['\\xe9'] = 1;",
                List.of("\uFFFD"), List.of());
    }

    @Test
    void escapedLineBreakIsKept() {
        assertAnalysis("exports['a\\\n"
                + "b'] = 1;",
                List.of("a\nb"), List.of());
    }

    @Test
    void definePropertyWithValueDeclaresAName() {
        assertAnalysis("Object.defineProperty(exports, 'a', { value: 1 });\n"
                + "Object.defineProperty(module.exports, \"b\", { enumerable: true, value: 2 });",
                List.of("a", "b"), List.of());
    }

    @Test
    void esModuleFlagIsAnExportNamedEsModule() {
        assertAnalysis("Object.defineProperty(exports, '__esModule', { value: true }); exports.a = 1;",
                List.of("__esModule", "a"), List.of());
    }

    @Test
    void esModuleAssignmentIsAnExportToo() {
        assertAnalysis("exports.__esModule = true;",
                List.of("__esModule"), List.of());
    }

    @Test
    void getterReturningAnIdentifierIsDetected() {
        assertAnalysis("Object.defineProperty(exports, 'a', { enumerable: true, get() { return a; } });",
                List.of("a"), List.of());
    }

    @Test
    void getterFunctionReturningAMemberIsDetected() {
        assertAnalysis("Object.defineProperty(exports, 'a', { enumerable: true, get: function () { return m.a; } });\n"
                + "Object.defineProperty(exports, 'b', { enumerable: true, get: function get() { return m['b']; }, });",
                List.of("a", "b"), List.of());
    }

    @Test
    void getterWithoutEnumerableIsDetected() {
        assertAnalysis("Object.defineProperty(exports, 'a', { get () { return p; } });",
                List.of("a"), List.of());
    }

    @Test
    void getterWithOtherBodyIsNotDetected() {
        assertAnalysis("Object.defineProperty(exports, 'a', { enumerable: true, get() { return 'str'; } });\n"
                + "Object.defineProperty(exports, 'b', { enumerable: true, get: function () { return dynamic(); } });\n"
                + "Object.defineProperty(exports, 'c', { get: () => p });",
                List.of(), List.of());
    }

    @Test
    void otherDescriptorShapesAreNotDetected() {
        assertAnalysis("Object.defineProperty(exports, 'a', { enumerable: false, get() { return p; } });\n"
                + "Object.defineProperty(exports, 'b', { configurable: true, value: 1 });\n"
                + "Object.defineProperty(exports, c, { value: 1 });\n"
                + "Object.defineProperty(exports, `d`, { value: 1 });",
                List.of(), List.of());
    }

    @Test
    void unsupportedGetterDoesNotHideTheSameNameAssignedElsewhere() {
        assertAnalysis("exports.a = 1; Object.defineProperty(exports, 'a', { get() { return 'nope'; } });",
                List.of("a"), List.of());
    }

    @Test
    void definePropertiesIsNotDetected() {
        assertAnalysis("Object.defineProperties(exports, { a: { value: 1 } });",
                List.of(), List.of());
    }

    @Test
    void definePropertyOnAnotherObjectIsNotDetected() {
        assertAnalysis("Object.defineProperty(other, 'a', { value: 1 });",
                List.of(), List.of());
    }

    @Test
    void objectLiteralShorthandAndRenamedPropertiesAreNames() {
        assertAnalysis("module.exports = { a, b: c, 'd': e, \"f\": g };",
                List.of("a", "b", "d", "f"), List.of());
    }

    @Test
    void objectLiteralSpreadOfRequireIsAReexport() {
        assertAnalysis("module.exports = { ...require('x'), a, ...require(\"y\") };",
                List.of("a"), List.of("x", "y"));
    }

    @Test
    void objectLiteralSpreadOfIdentifierIsIgnored() {
        assertAnalysis("module.exports = { ...base, a };",
                List.of("a"), List.of());
    }

    @Test
    void objectLiteralStopsAtTheFirstUnsupportedValue() {
        assertAnalysis("module.exports = { a, b: 1, c };",
                List.of("a"), List.of());
    }

    @Test
    void objectLiteralValueRequireIsAReexportAndStopsDetection() {
        assertAnalysis("module.exports = { a, b: require('c'), d };",
                List.of("a", "b"), List.of("c"));
    }

    @Test
    void objectLiteralIdentifierValueMustBeFollowedDirectlyByComma() {
        assertAnalysis("module.exports = { a: b , c };",
                List.of("a"), List.of());
    }

    @Test
    void objectLiteralTrailingCommaIsFine() {
        assertAnalysis("module.exports = {\n"
                + "  a,\n"
                + "  b,\n"
                + "};",
                List.of("a", "b"), List.of());
    }

    @Test
    void objectLiteralGetterStopsDetection() {
        assertAnalysis("module.exports = { a, get b() { return 1; }, c };",
                List.of("a"), List.of());
    }

    @Test
    void objectLiteralShorthandNamedGetIsAName() {
        assertAnalysis("module.exports = { get, a };",
                List.of("get", "a"), List.of());
    }

    @Test
    void objectLiteralStringKeyWithoutValueIsSkipped() {
        assertAnalysis("module.exports = { 'a', b };",
                List.of("b"), List.of());
    }

    @Test
    void exportsAssignedAnObjectLiteralIsNotModuleExports() {
        assertAnalysis("exports = { a, b };",
                List.of(), List.of());
    }

    @Test
    void moduleExportsRequireIsAReexport() {
        assertAnalysis("module.exports = require('./dep');",
                List.of(), List.of("./dep"));
    }

    @Test
    void onlyTheLastModuleExportsAssignmentKeepsItsReexports() {
        assertAnalysis("module.exports = require('a');\n"
                + "if (x) module.exports = require('b');",
                List.of(), List.of("b"));
    }

    @Test
    void anyLaterModuleExportsAssignmentClearsReexports() {
        assertAnalysis("module.exports = require('a');\n"
                + "module.exports = function () {};",
                List.of(), List.of());
    }

    @Test
    void laterObjectLiteralReplacesEarlierReexports() {
        assertAnalysis("module.exports = require('ignored');\n"
                + "module.exports = { ...require('a'), ...require('b') };",
                List.of(), List.of("a", "b"));
    }

    @Test
    void reexportSpecifierEscapesAreDecoded() {
        assertAnalysis("module.exports = require('\\x41\\u0062');",
                List.of(), List.of("Ab"));
    }

    @Test
    void typescriptExportHelperIsAReexport() {
        assertAnalysis("__export(require('a'));\n"
                + "__exportStar(require('b'), exports);\n"
                + "tslib.__exportStar(require('c'), exports);",
                List.of(), List.of("a", "b", "c"));
    }

    @Test
    void repeatedReexportsAreKept() {
        assertAnalysis("__export(require('a')); __export(require('a'));",
                List.of(), List.of("a", "a"));
    }

    @Test
    void exportHelperNeedsNoSpaceBeforeItsParenthesisOrRequire() {
        assertAnalysis("__export (require('a')); __export( require('b'));",
                List.of(), List.of());
    }

    @Test
    void exportHelperCountsOnlyAtTopLevel() {
        assertAnalysis("if (x) { __export(require('a')); }",
                List.of(), List.of());
    }

    @Test
    void babelStarReexportFromRequireBinding() {
        assertAnalysis("\"use strict\";\n"
                + "exports.__esModule = true;\n"
                + "var _external = require(\"external\");\n"
                + "Object.keys(_external).forEach(function (key) {\n"
                + "  if (key === \"default\" || key === \"__esModule\") return;\n"
                + "  exports[key] = _external[key];\n"
                + "});",
                List.of("__esModule"), List.of("external"));
    }

    @Test
    void babelStarReexportWithExportNamesAndInGuards() {
        assertAnalysis("var _x = require('x');\n"
                + "Object.keys(_x).forEach(function (key) {\n"
                + "  if (key === \"default\" || key === \"__esModule\") return;\n"
                + "  if (Object.prototype.hasOwnProperty.call(_exportNames, key)) return;\n"
                + "  if (key in exports && exports[key] === _x[key]) return;\n"
                + "  Object.defineProperty(exports, key, {\n"
                + "    enumerable: true,\n"
                + "    get: function () {\n"
                + "      return _x[key];\n"
                + "    }\n"
                + "  });\n"
                + "});",
                List.of(), List.of("x"));
    }

    @Test
    void babelStarReexportThroughInteropRequireWildcard() {
        assertAnalysis("var _x = _interopRequireWildcard(require('x'));\n"
                + "Object.keys(_x).forEach(function (k) {\n"
                + "  if (k !== 'default' && !Object.prototype.hasOwnProperty.call(exports, k)) exports[k] = _x[k];\n"
                + "});",
                List.of(), List.of("x"));
    }

    @Test
    void starReexportWithHasOwnPropertyOfBinding() {
        assertAnalysis("const _x = require('x');\n"
                + "Object.keys(_x).forEach(function (k) {\n"
                + "  if (k !== 'default' && !_x.hasOwnProperty(k)) exports[k] = _x[k];\n"
                + "});",
                List.of(), List.of("x"));
    }

    @Test
    void starReexportNeedsADeclaredBinding() {
        assertAnalysis("_x = require('x');\n"
                + "Object.keys(_x).forEach(function (k) { if (k !== 'default') exports[k] = _x[k]; });",
                List.of(), List.of());
    }

    @Test
    void starReexportBindingMustBeDeclaredWithSingleSpaces() {
        assertAnalysis("var\t_x = require('x');\n"
                + "Object.keys(_x).forEach(function (k) { if (k !== 'default') exports[k] = _x[k]; });",
                List.of(), List.of());
    }

    @Test
    void starReexportUsesTheFirstBindingOfAName() {
        assertAnalysis("var _x = require('a');\n"
                + "var _x = require('b');\n"
                + "Object.keys(_x).forEach(function (k) { if (k !== 'default') exports[k] = _x[k]; });",
                List.of(), List.of("a"));
    }

    @Test
    void undecodableStarBindingStillHidesALaterOneOfTheSameName() {
        assertAnalysis("var _x = require('\\ud800');\n"
                + "var _x = require('b');\n"
                + "Object.keys(_x).forEach(function (k) { if (k !== 'default') exports[k] = _x[k]; });",
                List.of(), List.of());
    }

    @Test
    void starReexportLoopOfAnotherShapeIsNotDetected() {
        assertAnalysis("var _x = require('x');\n"
                + "Object.keys(_x).forEach(function (k) { exports[k] = _x[k]; });",
                List.of(), List.of());
    }

    @Test
    void starReexportBindingInsideAFunctionIsIgnored() {
        assertAnalysis("function f() { var _x = require('x'); }\n"
                + "Object.keys(_x).forEach(function (k) { if (k !== 'default') exports[k] = _x[k]; });",
                List.of(), List.of());
    }

    @Test
    void exportsInCommentsStringsAndTemplatesIsIgnored() {
        assertAnalysis("// exports.a = 1\n"
                + "/* exports.b = 1 */\n"
                + "var s = 'exports.c = 1' + \"exports.d = 1\" + `exports.e = 1`;\n"
                + "exports.f = 1;",
                List.of("f"), List.of());
    }

    @Test
    void templateSubstitutionsAreCode() {
        assertAnalysis("var s = `a ${ (exports.a = 1) } b ${ `nested ${ exports.b = 2 }` }`;",
                List.of("a", "b"), List.of());
    }

    @Test
    void regexLiteralHidesItsContents() {
        assertAnalysis("var r = /exports.a = 1'/g; exports.b = 1;",
                List.of("b"), List.of());
    }

    @Test
    void regexWithSlashInClass() {
        assertAnalysis("var r = /[/]exports.a = 1'/; exports.b = 1;",
                List.of("b"), List.of());
    }

    @Test
    void divisionIsNotARegex() {
        assertAnalysis("var x = a / b; exports.a = '/';",
                List.of("a"), List.of());
    }

    @Test
    void slashAfterKeywordStartsARegex() {
        assertAnalysis("function f() { return /'/.test(x); }\n"
                + "var y = typeof /'/; exports.a = 1;",
                List.of("a"), List.of());
    }

    @Test
    void slashAfterMemberNamedLikeAKeywordIsDivision() {
        assertAnalysis("var x = y.return / 2; exports.a = '/';",
                List.of("a"), List.of());
    }

    @Test
    void slashAfterIfConditionStartsARegex() {
        assertAnalysis("if (a) /'/.test(b); exports.a = 1;",
                List.of("a"), List.of());
    }

    @Test
    void slashAfterCallIsDivision() {
        assertAnalysis("var x = f(a) / 2; exports.a = '/';",
                List.of("a"), List.of());
    }

    @Test
    void slashAfterBlockStartsARegex() {
        assertAnalysis("function f() {}\n"
                + "/'/.test(a); exports.a = 1;",
                List.of("a"), List.of());
    }

    @Test
    void slashAfterObjectLiteralIsDivision() {
        assertAnalysis("var x = {} / 1; exports.a = '/';",
                List.of("a"), List.of());
    }

    @Test
    void slashAfterClassBodyStartsARegex() {
        assertAnalysis("class A {}\n"
                + "/'/.test(a); exports.a = 1;",
                List.of("a"), List.of());
    }

    @Test
    void slashAfterIncrementIsDivision() {
        assertAnalysis("var x = a++ / 2; exports.a = '/';",
                List.of("a"), List.of());
    }

    @Test
    void hashbangLineIsSkipped() {
        assertAnalysis("#!/usr/bin/env node\n"
                + "exports.a = 1;",
                List.of("a"), List.of());
    }

    @Test
    void unterminatedBlockCommentIsFine() {
        assertAnalysis("exports.a = 1; /* never closed",
                List.of("a"), List.of());
    }

    @Test
    void bracketsNeedNotMatchInKind() {
        assertAnalysis("exports.a = 1; ( };",
                List.of("a"), List.of());
    }

    @Test
    void unterminatedStringGivesNothing() {
        assertAnalysis("exports.a = 1; var s = 'abc",
                List.of(), List.of());
    }

    @Test
    void unterminatedTemplateGivesNothing() {
        assertAnalysis("exports.a = 1; var s = `abc ${",
                List.of(), List.of());
    }

    @Test
    void unterminatedRegexGivesNothing() {
        assertAnalysis("exports.a = 1; var r = /abc\n"
                + ";",
                List.of(), List.of());
    }

    @Test
    void unbalancedBracketsGiveNothing() {
        assertAnalysis("exports.a = 1; }",
                List.of(), List.of());
    }

    @Test
    void unclosedBracketGivesNothing() {
        assertAnalysis("exports.a = 1; f(;",
                List.of(), List.of());
    }

    @Test
    void importStatementGivesNothing() {
        assertAnalysis("import x from 'y'; exports.a = 1;",
                List.of(), List.of());
    }

    @Test
    void exportStatementGivesNothing() {
        assertAnalysis("exports.a = 1; export default 1;",
                List.of(), List.of());
    }

    @Test
    void topLevelImportMetaGivesNothing() {
        assertAnalysis("exports.a = 1; const url = import.meta.url;",
                List.of(), List.of());
    }

    @Test
    void importMetaInsideBracketsIsNotChecked() {
        assertAnalysis("exports.a = 1; f(import.meta);",
                List.of("a"), List.of());
    }

    @Test
    void importStatementFormsGiveNothing() {
        assertAnalysis("exports.a = 1;\n"
                + "import 'y';",
                List.of(), List.of());
    }

    @Test
    void exportAsAPropertyNameIsFine() {
        assertAnalysis("exports.a = 1; const e = { export: 1 };",
                List.of("a"), List.of());
    }

    @Test
    void dynamicImportIsFine() {
        assertAnalysis("import('x').then(f); exports.a = 1;",
                List.of("a"), List.of());
    }

    @Test
    void importInsideAFunctionIsIgnored() {
        assertAnalysis("function f() { import x from 'y'; }\n"
                + "exports.a = 1;",
                List.of("a"), List.of());
    }

    @Test
    void namesLikeImportAreNotStatements() {
        assertAnalysis("var importX = 1, exporter = 2; exports.a = 1;",
                List.of("a"), List.of());
    }

    @Test
    void emptySourceGivesNothing() {
        assertAnalysis("",
                List.of(), List.of());
    }

    /** Node hands its lexer the source as UTF-8, in which a lone surrogate has become U+FFFD. */
    @Test
    void loneSurrogateInTheSourceReadsAsReplacementCharacter() {
        assertAnalysis("exports['x\uD800'] = 1; exports.y\uDC00 = 2;", List.of("x\uFFFD", "y\uFFFD"), List.of());
    }

    @Test
    void getterReturnMayRunIntoTheReturnedName() {
        assertAnalysis("Object.defineProperty(exports, 'a', { enumerable: true, get() { returnb } });",
                List.of("a"), List.of());
    }

    @Test
    void starReexportKeyMayRunIntoIn() {
        assertAnalysis("var _x = require('x');\n"
                + "Object.keys(_x).forEach(function (key) {\n"
                + "  if (key === 'default' || key === '__esModule') return;\n"
                + "  if (keyin exports && exports[key] === _x[key]) return;\n"
                + "  exports[key] = _x[key];\n"
                + "});",
                List.of(), List.of("x"));
    }

    @Test
    void templatesNestedDeeperThanNodeAllowsGiveNothing() {
        assertAnalysis("exports.a = 1;" + "`${".repeat(2048) + "}`".repeat(2048), List.of("a"), List.of());
        assertAnalysis("exports.a = 1;" + "`${".repeat(2049) + "}`".repeat(2049), List.of(), List.of());
    }

    @Test
    void onlyTheFirst255StarBindingsAreRemembered() {
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            source.append("var _a").append(i).append(" = require('m").append(i).append("');\n");
        }
        for (int i : new int[] {299, 254, 253}) {
            source.append("Object.keys(_a").append(i).append(").forEach(function (k) {")
                    .append(" if (k !== 'default') exports[k] = _a").append(i).append("[k]; });\n");
        }
        assertAnalysis(source.toString(), List.of(), List.of("m254", "m253"));
    }

    /** Node's loader reads the file with its byte order mark removed; the lexer alone would see nothing. */
    @Test
    void leadingByteOrderMarkIsIgnored() {
        assertAnalysis("\uFEFFexports.a = 1;", List.of("a"), List.of());
    }

    @Test
    void nullSourceGivesNothing() {
        assertAnalysis(null, List.of(), List.of());
    }

    @Test
    void deepNestingNeitherThrowsNorOverflows() {
        // Node 24 itself crashes on this; any answer but an exception is better
        String nested = "(".repeat(200_000) + ")".repeat(200_000);
        assertAnalysis(nested + "; exports.a = 1;", List.of("a"), List.of());
    }

    @Test
    void randomInputNeverThrows() {
        String[] pieces = {"exports", "module", ".", "=", "(", ")", "{", "}", "[", "]", "'", "\"", "`", "${", "/", "*",
            "\\", "\n", " ", "require('x')", "Object.defineProperty(", "Object.keys(", "...", ",", ":", "return",
            "get", "import", "export", "#!", "\uD800", "\u00A0", "\\u{", "\\x"};
        Random random = new Random(24);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder source = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) {
                source.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = source.toString();
            assertThatCode(() -> CjsExportLexer.analyze(text)).as(text).doesNotThrowAnyException();
        }
    }
}
