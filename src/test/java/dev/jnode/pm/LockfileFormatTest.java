package dev.jnode.pm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

/** The small pieces that make our lockfile byte-identical to npm's. */
class LockfileFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void localeOrderMatchesNodesLocaleCompare() {
        // Expected order measured with node: arr.sort((a, b) => a.localeCompare(b, 'en')).
        List<String> expected = List.of("node_modules/@babel/core", "node_modules/@types/node", "node_modules/10",
                "node_modules/9", "node_modules/a", "node_modules/A", "node_modules/a_b", "node_modules/a-b",
                "node_modules/a-b/node_modules/y", "node_modules/a.b", "node_modules/a/node_modules/x",
                "node_modules/ab", "node_modules/aB", "node_modules/Ab", "node_modules/ab1", "node_modules/ab10",
                "node_modules/ab9", "node_modules/abc", "node_modules/z");
        List<String> shuffled = new ArrayList<>(expected);
        java.util.Collections.reverse(shuffled);
        shuffled.sort(LocaleOrder.INSTANCE);
        assertThat(shuffled).isEqualTo(expected);
    }

    @Test
    void scalarsComeBeforeObjectsAndPreferredKeysFirst() {
        var node = JSON.readTree("{\"dependencies\":{\"b\":\"1\",\"a\":\"2\"},\"license\":\"MIT\","
                + "\"engines\":{\"node\":\">=6\"},\"integrity\":\"sha512-x\",\"version\":\"1.0.0\",\"dev\":true,"
                + "\"bin\":{\"x\":\"y\"},\"os\":[\"linux\"]}");
        assertThat(NiceJson.lockfile(node, "  ")).isEqualTo("""
                {
                  "version": "1.0.0",
                  "integrity": "sha512-x",
                  "dev": true,
                  "license": "MIT",
                  "os": [
                    "linux"
                  ],
                  "dependencies": {
                    "a": "2",
                    "b": "1"
                  },
                  "bin": {
                    "x": "y"
                  },
                  "engines": {
                    "node": ">=6"
                  }
                }
                """);
    }

    @Test
    void stringsAreEscapedLikeJsonStringify() {
        StringBuilder sb = new StringBuilder();
        NiceJson.string(sb, "a\"b\\c\n\u0001é/");
        assertThat(sb.toString()).isEqualTo("\"a\\\"b\\\\c\\n\\u0001é/\"");
    }

    @Test
    void binPathsAreNormalisedAndConfinedToThePackage() {
        var bin = BinMap.normalise(JSON.readTree("{\"a\":\"./bin/a.js\",\"b\":\"../../etc/passwd\",\"@s/c\":\"c.js\"}"), "p");
        assertThat(bin.toString()).isEqualTo("{\"a\":\"bin/a.js\",\"b\":\"etc/passwd\",\"c\":\"c.js\"}");
    }

    @Test
    void aStringBinIsNamedAfterTheUnscopedPackage() {
        var bin = BinMap.normalise(JSON.getNodeFactory().stringNode("./cli.js"), "@scope/tool");
        assertThat(bin.toString()).isEqualTo("{\"tool\":\"cli.js\"}");
    }

    @Test
    void validPackageNames() {
        assertThat(DepSpec.isValidName("lodash")).isTrue();
        assertThat(DepSpec.isValidName("@babel/core")).isTrue();
        assertThat(DepSpec.isValidName("JSONStream")).isTrue(); // legacy upper case
        assertThat(DepSpec.isValidName("..")).isFalse();
        assertThat(DepSpec.isValidName("../x")).isFalse();
        assertThat(DepSpec.isValidName("a/b")).isFalse();
        assertThat(DepSpec.isValidName("@scope/../x")).isFalse();
        assertThat(DepSpec.isValidName("@/x")).isFalse();
        assertThat(DepSpec.isValidName(".hidden")).isFalse();
        assertThat(DepSpec.isValidName("a\\b")).isFalse();
        assertThat(DepSpec.isValidName("")).isFalse();
    }
}
