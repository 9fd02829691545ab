package dev.jnode.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MagicCommentsTest {
    @Test
    void findsTheLastLineOrBlockComment() {
        assertEquals("b.map", MagicComments.sourceMappingUrl("x();\n//# sourceMappingURL=a.map\n//# sourceMappingURL=b.map\n"));
        assertEquals("c.map", MagicComments.sourceMappingUrl("x();\n/*# sourceMappingURL=c.map */"));
        assertEquals("old.map", MagicComments.sourceMappingUrl("x();\n//@ sourceMappingURL=old.map"));
    }

    @Test
    void aCommentInTheMiddleCounts() {
        assertEquals("m.map", MagicComments.sourceMappingUrl("a();\n//# sourceMappingURL=m.map\nb();\n"));
    }

    @Test
    void textInStringsTemplatesAndRegexesIsNotAComment() {
        assertNull(MagicComments.sourceMappingUrl("const s = `\n//# sourceMappingURL=t.map\n`;"));
        assertNull(MagicComments.sourceMappingUrl("const s = '//# sourceMappingURL=s.map';"));
        assertNull(MagicComments.sourceMappingUrl("const r = /\\/\\/# sourceMappingURL=r.map/;"));
        assertNull(MagicComments.sourceMappingUrl("const t = `${'`'}\n//# sourceMappingURL=t.map\n`;"));
        assertEquals("real.map", MagicComments.sourceMappingUrl(
                "const t = `a${ { b: '}' }.b }\n//# sourceMappingURL=no.map`;\n//# sourceMappingURL=real.map"));
    }

    @Test
    void divisionIsNotARegex() {
        assertEquals("d.map", MagicComments.sourceMappingUrl("const x = a / 2; const y = (b) / 3;\n//# sourceMappingURL=d.map"));
    }

    @Test
    void aUrlNeedsTheMarkerAndASpace() {
        assertNull(MagicComments.sourceMappingUrl("// sourceMappingURL=x.map"));
        assertNull(MagicComments.sourceMappingUrl("f(); // sourceMappingURL"));
    }
}
