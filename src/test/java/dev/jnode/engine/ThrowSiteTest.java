package dev.jnode.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThrowSiteTest {

    @Test
    void caretMovesBackToTheThrowKeyword() {
        String line = "  throw new Error('x');";
        assertThat(JsRuntime.throwKeywordColumn(line, line.indexOf("new") + 1)).isEqualTo(3);
    }

    @Test
    void caretStaysWhereNoThrowPrecedes() {
        String line = "const e = new Error('x');";
        assertThat(JsRuntime.throwKeywordColumn(line, 11)).isEqualTo(11);
    }

    @Test
    void anIdentifierEndingInThrowIsNotTheKeyword() {
        String line = "rethrow new Error('x')";
        assertThat(JsRuntime.throwKeywordColumn(line, line.indexOf("new") + 1)).isEqualTo(line.indexOf("new") + 1);
    }
}
