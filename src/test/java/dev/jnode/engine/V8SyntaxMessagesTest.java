package dev.jnode.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GraalJS's parser errors, as GraalJS raises them, reworded; the expected messages are what Node 24 says. */
class V8SyntaxMessagesTest {
    private static Context context;

    @BeforeAll
    static void createContext() {
        // The options of jnode that shape parser messages: V8 compatibility gives them without GraalJS's location.
        context = Context.newBuilder("js").allowExperimentalOptions(true).option("engine.WarnInterpreterOnly", "false").option("js.v8-compat", "true")
                .option("js.ecmascript-version", "staging").build();
    }

    @AfterAll
    static void closeContext() {
        context.close();
    }

    private static String messageFor(String code, boolean module) {
        Source.Builder source = Source.newBuilder("js", code, module ? "test.mjs" : "test.js");
        if (module) {
            source.mimeType("application/javascript+module");
        }
        try {
            context.parse(source.buildLiteral());
        } catch (PolyglotException e) {
            V8SyntaxMessages.reword(e);
            return e.getGuestObject().getMember("message").asString();
        }
        throw new AssertionError("parsed: " + code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            f(foo bar)                       | missing ) after argument list
            f(a, b                           | missing ) after argument list
            ~f(await "")~                    | missing ) after argument list
            function g() { await h(); }      | await is only valid in async functions and the top level bodies of modules
            ~f(await "" "")~                 | missing ) after argument list
            function f(a b) {}               | Unexpected identifier 'b'
            if (foo bar) {}                  | Unexpected identifier 'bar'
            [foo bar]                        | Unexpected identifier 'bar'
            var x = 1 2;                     | Unexpected number
            var x = "a" "b";                 | Unexpected string
            var x = ;                        | Unexpected token ';'
            var x = [1, 2                    | Unexpected end of input
            }                                | Unexpected token '}'
            /* open                          | Invalid or unexpected token
            export const x = 1;              | Unexpected token 'export'
            import fs from "fs";             | Cannot use import statement outside a module
            ~"use strict"; import fs from "fs"~ | Cannot use import statement outside a module
            import.meta.url                  | Cannot use 'import.meta' outside a module
            enum = 1                         | Unexpected reserved word
            ~"use strict"; var let = 1~      | Unexpected strict mode reserved word
            const foo bar = 1;               | Missing initializer in const declaration
            const {a};                       | Missing initializer in destructuring declaration
            let x; let x;                    | Identifier 'x' has already been declared
            return 1                         | Illegal return statement
            1 = 2                            | Invalid left-hand side in assignment
            ++1                              | Invalid left-hand side expression in prefix operation
            1++                              | Invalid left-hand side expression in postfix operation
            ~var x = "abc~                   | Invalid or unexpected token
            var x = `abc                     | Unexpected end of input
            ~var x = "\\x4"~                 | Invalid hexadecimal escape sequence
            var x = 0x                       | Invalid or unexpected token
            x = /a(/g                        | Invalid regular expression: /a(/g: Unterminated group
            var x = /a/gg                    | Invalid regular expression flags
            ~a ?? b || c~                    | ~Unexpected token '||'~
            class A { #x; } new A().#y       | Private field '#y' must be declared in an enclosing class
            function () {}                   | Function statements require a function name
            -1 ** 2                          | Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence
            """)
    void scriptErrorsSayWhatV8Says(String code, String v8) {
        assertThat(messageFor(code, false)).isEqualTo(v8);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            import {a b} from 'x'   | Unexpected identifier 'b'
            export {x}              | Export 'x' is not defined in module
            let await = 1           | Unexpected reserved word
            function f() { await g() }  | await is only valid in async functions and the top level bodies of modules
            yield 1                 | Unexpected strict mode reserved word
            import x from           | Unexpected end of input
            """)
    void moduleErrorsSayWhatV8Says(String code, String v8) {
        assertThat(messageFor(code, true)).isEqualTo(v8);
    }

    @Test
    void unknownMessagesStayAsTheyAre() {
        assertThat(V8SyntaxMessages.reworded("a message of no known form", "1 + 1", 0, false))
                .isEqualTo("a message of no known form");
    }
}
