package dev.jnode.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LibraryLineTest {

    @Test
    void findsTheThrowOfAnUnhandledErrorEventInEvents() {
        String text = JsRuntime.readLibrary("events");
        String[] lines = text.split("\n", -1);
        int found = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("// Unhandled 'error' event")) {
                found = i + 1;
            }
        }
        assertThat(found).isPositive();
        assertThat(JsRuntime.libraryLine("events", found)).contains("throw").contains("Unhandled 'error' event");
    }

    @Test
    void lineOneIsTheFirstLine() {
        assertThat(JsRuntime.libraryLine("path", 1)).isEqualTo("'use strict';");
    }

    @Test
    void outOfRangeOrUnknownIsNull() {
        assertThat(JsRuntime.libraryLine("path", 0)).isNull();
        assertThat(JsRuntime.libraryLine("path", 1_000_000)).isNull();
        assertThat(JsRuntime.libraryLine("no/such/module", 1)).isNull();
    }
}
