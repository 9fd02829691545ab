package dev.jnode.module.ts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/**
 * TypeScript stripped as Node 24 strips it: every expected text, error message and source excerpt below is what
 * Node 24.21's {@code module.stripTypeScriptTypes} returned or threw for the same source (excerpts: the head of the
 * error's stack, before the error's own line); {@code tools/typescript-oracle.js --verify-test} re-checks them.
 */
class TypeScriptStripperTest {

    private static void assertStripped(String typeScript, String javaScript) throws TypeScriptSyntaxException {
        assertThat(TypeScriptStripper.strip(typeScript)).isEqualTo(javaScript);
    }

    private static void assertRefused(String typeScript, String code, String message, String hint) {
        TypeScriptSyntaxException e = catchThrowableOfType(TypeScriptSyntaxException.class,
                () -> TypeScriptStripper.strip(typeScript));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.getMessage()).isEqualTo(message);
        assertThat(e.hint()).isEqualTo(hint);
    }

    @Test
    void typeAnnotationsBecomeSpaces() throws TypeScriptSyntaxException {
        assertStripped("let x: number = 1;\n"
                + "function f(a: string, b?: number): void {}",
                "let x         = 1;\n"
                + "function f(a        , b         )       {}");
    }

    @Test
    void nonAsciiTypeTextKeepsUtf8Length() throws TypeScriptSyntaxException {
        assertStripped("let a: \"\u00e9\" = 1, b: \"\u4e2d\" = 2, c: \"\ud83d\ude00\" = 3;",
                "let a   \u00a0  = 1, b   \u2002  = 2, c    \ufeff  = 3;");
    }

    @Test
    void lineBreaksAndTabsInErasedTextStay() throws TypeScriptSyntaxException {
        assertStripped("type T = `a\r\n"
                + "b\tc\u2028d`;\n"
                + "let x = 1;",
                "           \r\n"
                + " \t \u2028   \n"
                + "let x = 1;");
    }

    @Test
    void interfacesAndTypeAliasesVanish() throws TypeScriptSyntaxException {
        assertStripped("interface I { a: number }\n"
                + "type T = string;\n"
                + "export interface J {}\n"
                + "export type U = 1;",
                "                         \n"
                + "                \n"
                + "                     \n"
                + "                  ");
    }

    @Test
    void ambientDeclarationsVanish() throws TypeScriptSyntaxException {
        assertStripped("declare const x: number;\n"
                + "declare function f(): void;\n"
                + "declare class K {}\n"
                + "declare enum E { A }\n"
                + "declare module \"m\" {}\n"
                + "declare global { interface W {} }\n"
                + "export declare const y: number;",
                "                        \n"
                + "                           \n"
                + "                  \n"
                + "                    \n"
                + "                     \n"
                + "                                 \n"
                + "                               ");
    }

    @Test
    void typeOnlyImportsAndExportsVanish() throws TypeScriptSyntaxException {
        assertStripped("import type { A } from \"a\";\n"
                + "export type { D } from \"d\";\n"
                + "export type * from \"x\";\n"
                + "import type X = require(\"x\");",
                "                           \n"
                + "                           \n"
                + "                       \n"
                + "                             ");
    }

    @Test
    void typeOnlySpecifiersVanishWithTheirComma() throws TypeScriptSyntaxException {
        assertStripped("import { type B, C } from \"b\";\n"
                + "export { type E, F };\n"
                + "import G, { type H } from \"g\";",
                "import {         C } from \"b\";\n"
                + "export {         F };\n"
                + "import G, {        } from \"g\";");
    }

    @Test
    void assertionsLoseTheirTypePart() throws TypeScriptSyntaxException {
        assertStripped("let a = b as any, c = d satisfies T, e = [1] as const, f = (g as unknown as string).length;",
                "let a = b       , c = d            , e = [1]         , f = (g                     ).length;");
    }

    @Test
    void nonNullMarksVanish() throws TypeScriptSyntaxException {
        assertStripped("let x = a! + b!.c + d![0]!;",
                "let x = a  + b .c + d [0] ;");
    }

    @Test
    void typeArgumentsVanish() throws TypeScriptSyntaxException {
        assertStripped("let v = f<string>(1), u = new Map<string, number>(), t = f<string>, s = tag<T>`x`;",
                "let v = f        (1), u = new Map                (), t = f        , s = tag   `x`;");
    }

    @Test
    void genericParametersVanish() throws TypeScriptSyntaxException {
        assertStripped("function f<T>(a: T): T { return a }\n"
                + "class A<T> {}\n"
                + "let g = <T,>(x: T) => x;",
                "function f   (a   )    { return a }\n"
                + "class A    {}\n"
                + "let g =     (x   ) => x;");
    }

    @Test
    void thisParameterVanishesWithItsComma() throws TypeScriptSyntaxException {
        assertStripped("function f(this: Foo, a: number) {}\n"
                + "function g(this: Foo) {}",
                "function f(           a        ) {}\n"
                + "function g(         ) {}");
    }

    @Test
    void definiteAndOptionalMarksVanish() throws TypeScriptSyntaxException {
        assertStripped("let x!: number;\n"
                + "class A { p?: number = 1; q!: string; m?(): void {} }",
                "let x         ;\n"
                + "class A { p          = 1; q         ; m ()       {} }");
    }

    @Test
    void overloadSignaturesVanish() throws TypeScriptSyntaxException {
        assertStripped("function f(a: number): void\n"
                + "function f(a) {}\n"
                + "class A { constructor(a: string); constructor(a: any) {} m(): void; m() {} }",
                "                           \n"
                + "function f(a) {}\n"
                + "class A {                         constructor(a     ) {}            m() {} }");
    }

    @Test
    void classModifiersVanish() throws TypeScriptSyntaxException {
        assertStripped("abstract class A extends B<T> implements C, D<T> {\n"
                + "  private x = 1;\n"
                + "  protected static readonly y = 2;\n"
                + "  public override m(): void {}\n"
                + "  abstract n(): void;\n"
                + "  declare z: number;\n"
                + "  [key: string]: any;\n"
                + "}",
                "         class A extends B                       {\n"
                + "          x = 1;\n"
                + "            static          y = 2;\n"
                + "                  m()       {}\n"
                + "                     \n"
                + "                    \n"
                + "                     \n"
                + "}");
    }

    @Test
    void modifierThatIsTheMemberNameStays() throws TypeScriptSyntaxException {
        assertStripped("class A {\n"
                + "  x = 1\n"
                + "  private\n"
                + "  y = 2\n"
                + "  public() {}\n"
                + "}",
                "class A {\n"
                + "  x = 1\n"
                + "  private\n"
                + "  y = 2\n"
                + "  public() {}\n"
                + "}");
    }

    @Test
    void semicolonGuardsComputedMemberAfterErasedModifier() throws TypeScriptSyntaxException {
        assertStripped("class A {\n"
                + "  x = 1\n"
                + "  private [\"c\"] = 2\n"
                + "  public *gen() {}\n"
                + "  private in\n"
                + "}",
                "class A {\n"
                + "  x = 1\n"
                + "  ;       [\"c\"] = 2\n"
                + "  ;      *gen() {}\n"
                + "  ;       in\n"
                + "}");
    }

    @Test
    void semicolonGuardsStatementAfterErasedDeclaration() throws TypeScriptSyntaxException {
        assertStripped("let x = 1\n"
                + "type T = 1\n"
                + "(foo)\n"
                + "let y = 2\n"
                + "interface I {}\n"
                + "[1].map(f)",
                "let x = 1\n"
                + ";         \n"
                + "(foo)\n"
                + "let y = 2\n"
                + ";             \n"
                + "[1].map(f)");
    }

    @Test
    void noSemicolonWhenPreviousStatementEnded() throws TypeScriptSyntaxException {
        assertStripped("let x = 1;\n"
                + "type T = 1\n"
                + "(foo)",
                "let x = 1;\n"
                + "          \n"
                + "(foo)");
    }

    @Test
    void erasedSemicolonBeforeAnErasedStatementIsWrittenBack() throws TypeScriptSyntaxException {
        assertStripped("type A = typeof import(\"./a\");\n"
                + "type B = 2;\n"
                + "({}) as any;",
                "                             ;\n"
                + "           \n"
                + "({})       ;");
    }

    @Test
    void erasedBodyOfControlStatementBecomesEmptyStatement() throws TypeScriptSyntaxException {
        assertStripped("if (x) type T = 1\n"
                + "else interface I {}\n"
                + "while (x) interface J {}",
                "if (x) ;         \n"
                + "else ;             \n"
                + "while (x) ;             ");
    }

    @Test
    void arrowReturnTypeOnNextLineMovesTheParenthesis() throws TypeScriptSyntaxException {
        assertStripped("let f = (x)\n"
                + "  : number => x",
                "let f = (x \n"
                + "         ) => x");
    }

    @Test
    void genericArrowAfterReturnOpensItsParenthesisEarly() throws TypeScriptSyntaxException {
        assertStripped("function f() {\n"
                + "  return <T>\n"
                + "    (x: T) => x\n"
                + "}",
                "function f() {\n"
                + "  return (  \n"
                + "     x   ) => x\n"
                + "}");
    }

    @Test
    void asBeforeNextLineParenthesisGetsASemicolon() throws TypeScriptSyntaxException {
        assertStripped("let x = y as any\n"
                + "(foo)",
                "let x = y ;     \n"
                + "(foo)");
    }

    @Test
    void uninstantiatedNamespacesVanish() throws TypeScriptSyntaxException {
        assertStripped("namespace N { export type T = 1 }\n"
                + "namespace M { export namespace Q { interface I {} } }",
                "                                 \n"
                + "                                                     ");
    }

    @Test
    void unchangedSourceComesBackAsItIs() throws TypeScriptSyntaxException {
        assertStripped("const a = 1; // no types\n",
                "const a = 1; // no types\n");
    }

    @Test
    void getterThisParameterVanishes() throws TypeScriptSyntaxException {
        assertStripped("let o = { get g(this: Foo): number { return 1 }, set s(this: Foo, v: number) {} };",
                "let o = { get g(         )         { return 1 }, set s(           v        ) {} };");
    }

    @Test
    void autoAccessorsKeepTheirKeyword() throws TypeScriptSyntaxException {
        assertStripped("class A { accessor a: number = 1; public accessor b = 2; abstract accessor c: number; }",
                "class A { accessor a         = 1;        accessor b = 2;                              }");
    }

    @Test
    void offsetsAfterAstralCharactersStayAligned() throws TypeScriptSyntaxException {
        assertStripped("/* \ud83d\ude00\ud83d\ude00 */ let x: T = 1; let y = z!;",
                "/* \ud83d\ude00\ud83d\ude00 */ let x    = 1; let y = z ;");
    }

    @Test
    void enumIsUnsupported() {
        assertRefused("a\n"
                + "enum E { A }",
                "ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX", "TypeScript enum is not supported in strip-only mode",
                ":2\n"
                + "a\n"
                + "enum E { A }\n"
                + "^^^^^^^^^^^^\n");
    }

    @Test
    void constEnumIsUnsupported() {
        assertRefused("const enum E { A }",
                "ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX", "TypeScript enum is not supported in strip-only mode",
                ":1\n"
                + "const enum E { A }\n"
                + "^^^^^^^^^^^^^^^^^^\n");
    }

    @Test
    void namespaceWithValuesIsUnsupported() {
        assertRefused("namespace N { export const x = 1 }",
                "ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX",
                "TypeScript namespace declaration is not supported in strip-only mode",
                ":1\n"
                + "namespace N { export const x = 1 }\n"
                + "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n");
    }

    @Test
    void moduleKeywordIsUnsupported() {
        assertRefused("module M { export type T = 1 }",
                "ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX", "`module` keyword is not supported. Use `namespace` instead.",
                ":1\n"
                + "module M { export type T = 1 }\n"
                + "^^^^^^^^\n");
    }

    @Test
    void declareModuleKeywordIsUnsupported() {
        assertRefused("declare module Foo { }",
                "ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX", "`module` keyword is not supported. Use `namespace` instead.",
                ":1\n"
                + "declare module Foo { }\n"
                + "        ^^^^^^^^^^\n");
    }

    @Test
    void parameterPropertyIsUnsupported() {
        assertRefused("class A { constructor(public x: number) {} }",
                "ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX",
                "TypeScript parameter property is not supported in strip-only mode",
                ":1\n"
                + "class A { constructor(public x: number) {} }\n"
                + "                             ^^^^^^^^^\n");
    }

    @Test
    void importEqualsIsUnsupported() {
        assertRefused("import x = require(\"y\")",
                "ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX",
                "TypeScript import equals declaration is not supported in strip-only mode",
                ":1\n"
                + "import x = require(\"y\")\n"
                + "^^^^^^^^^^^^^^^^^^^^^^^\n");
    }

    @Test
    void exportAssignmentIsUnsupported() {
        assertRefused("export = 1",
                "ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX", "TypeScript export assignment is not supported in strip-only mode",
                ":1\n"
                + "export = 1\n"
                + "^^^^^^^^^^\n");
    }

    @Test
    void angleBracketAssertionIsUnsupported() {
        assertRefused("let x = <any>y",
                "ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX",
                "The angle-bracket syntax for type assertions, `<T>expr`, is not supported in type strip "
                        + "mode. Instead, use the 'as' syntax: `expr as T`.",
                ":1\n"
                + "let x = <any>y\n"
                + "        ^^^^^^\n");
    }

    @Test
    void multiLineSpanIsMarkedInTheGutter() {
        assertRefused("a\n"
                + "b\n"
                + "enum E {\n"
                + "  A,\n"
                + "  B }\n"
                + "c\n"
                + "d",
                "ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX", "TypeScript enum is not supported in strip-only mode",
                ":3\n"
                + "    b\n"
                + "  > enum E {\n"
                + "      A,\n"
                + "  >   B }\n"
                + "    c\n");
    }

    @Test
    void tabsInTheExcerptBecomeFourSpaces() {
        assertRefused("a\n"
                + "\tenum E { A }",
                "ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX", "TypeScript enum is not supported in strip-only mode",
                ":2\n"
                + "a\n"
                + "    enum E { A }\n"
                + "    ^^^^^^^^^^^^\n");
    }

    @Test
    void invalidSyntaxReportsSwcsMessage() {
        assertRefused("x\n"
                + "  let y: = 1",
                "ERR_INVALID_TYPESCRIPT_SYNTAX",
                "Unexpected token `=`. Expected an identifier, void, yield, null, await, break, a string "
                        + "literal, a numeric literal, true, false, `, -, import, this, typeof, {, [, (",
                ":2\n"
                + "x\n"
                + "  let y: = 1\n"
                + "         ^\n");
    }

    @Test
    void invalidSyntaxSpanningLines() {
        assertRefused("let f = (x: number\n"
                + "  ): number\n"
                + "  => x",
                "ERR_INVALID_TYPESCRIPT_SYNTAX", "Unexpected line break between arrow head and arrow",
                ":1\n"
                + "  > let f = (x: number\n"
                + "  >   ): number\n"
                + "      => x\n");
    }

    @Test
    void syntaxErrorAtTheEndIsShownWithoutCarets() {
        assertRefused("let x = {",
                "ERR_INVALID_TYPESCRIPT_SYNTAX",
                "Unexpected token `<eof>`. Expected identifier, string literal, numeric literal or [ for the "
                        + "computed key",
                ":1\n"
                + "let x = {\n");
    }

    // Transform mode: swc's TypeScript transform as deno_ast prints it, so the layout is not Node's (two-space
    // indentation where Node's printer uses four); the code is the same.

    @Test
    void transformCompilesEnumsNamespacesAndParameterProperties() throws TypeScriptSyntaxException {
        assertThat(TypeScriptStripper.transform("enum X { A }\nnamespace N { export const x: number = 1 }\n"
                + "class C { constructor(public p: number) {} }"))
                .isEqualTo("var X = /*#__PURE__*/ function(X) {\n"
                        + "  X[X[\"A\"] = 0] = \"A\";\n"
                        + "  return X;\n"
                        + "}(X || {});\n"
                        + "(function(N) {\n"
                        + "  N.x = 1;\n"
                        + "})(N || (N = {}));\n"
                        + "class C {\n"
                        + "  p;\n"
                        + "  constructor(p){\n"
                        + "    this.p = p;\n"
                        + "  }\n"
                        + "}\n"
                        + "var N;\n");
    }

    @Test
    void transformKeepsImportsAsWritten() throws TypeScriptSyntaxException {
        assertThat(TypeScriptStripper.transform("import { T } from 'x';\nlet q: T = 1;\nexport {};"))
                .isEqualTo("import { T } from 'x';\nlet q = 1;\nexport { };\n");
    }

    @Test
    void transformRefusesTheModuleKeywordAsNodeDoes() {
        assertRefusedInTransform("module M { export const x = 1 }", "ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX");
    }

    @Test
    void transformRefusesCommonJsInteropJnodeCannotCompile() {
        assertRefusedInTransform("import y = require('y');", "ERR_JNODE_UNSUPPORTED");
        assertRefusedInTransform("export = 1;", "ERR_JNODE_UNSUPPORTED");
    }

    private static void assertRefusedInTransform(String typeScript, String code) {
        TypeScriptSyntaxException e = catchThrowableOfType(TypeScriptSyntaxException.class,
                () -> TypeScriptStripper.transform(typeScript));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.code()).isEqualTo(code);
    }
}
