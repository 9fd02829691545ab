package dev.jnode.pm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ls, why and outdated over an installed tree, in npm's words. */
class TreeReportsTest {
    @TempDir
    Path tmp;
    PmProject p;

    @BeforeEach
    void setUp() throws IOException {
        p = new PmProject(tmp);
        p.registry.pkg("ms", "2.0.0").publish();
        p.registry.pkg("ms", "2.1.3").publish();
        p.registry.pkg("debug", "4.4.3").dep("ms", "^2.1.3").publish();
        p.registry.pkg("is-number", "6.0.0").publish();
        p.registry.pkg("is-number", "7.0.0").publish();
        p.packageJson("{\"name\":\"p\",\"version\":\"1.0.0\",\"dependencies\":{\"debug\":\"^4.0.0\",\"is-number\":\"^6.0.0\"},"
                + "\"devDependencies\":{\"ms\":\"2.0.0\"}}");
        assertThat(p.run("install")).as(p.stderr).isZero();
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    @Test
    void lsPrintsDirectDependencies() {
        assertThat(p.run("ls")).isZero();
        assertThat(p.stdout).isEqualTo("p@1.0.0 " + p.dir + "\n├── debug@4.4.3\n├── is-number@6.0.0\n└── ms@2.0.0\n\n");
    }

    @Test
    void lsAllNestsAndMarksDeduped() throws IOException {
        p.packageJson("{\"name\":\"p\",\"version\":\"1.0.0\",\"dependencies\":{\"debug\":\"^4.0.0\",\"ms\":\"^2.1.0\"}}");
        assertThat(p.run("install")).as(p.stderr).isZero();
        assertThat(p.run("ls", "--all")).isZero();
        assertThat(p.stdout).isEqualTo("p@1.0.0 " + p.dir + "\n├─┬ debug@4.4.3\n│ └── ms@2.1.3 deduped\n└── ms@2.1.3\n\n");
    }

    @Test
    void lsReportsExtraneousInvalidAndMissing() throws IOException {
        p.installByHand("node_modules/extra", "extra", "0.1.0");
        p.installByHand("node_modules/is-number", "is-number", "5.0.0");
        ContentCache.deleteTree(p.dir.resolve("node_modules/debug"));

        assertThat(p.run("ls")).isEqualTo(1);

        assertThat(p.stdout).isEqualTo("p@1.0.0 " + p.dir + "\n"
                + "├── UNMET DEPENDENCY debug@^4.0.0\n"
                + "├── extra@0.1.0 extraneous\n"
                + "├── is-number@5.0.0 invalid: \"^6.0.0\" from the root project\n"
                + "└── ms@2.0.0\n\n");
        assertThat(p.stderr).isEqualTo("npm error code ELSPROBLEMS\n"
                + "npm error missing: debug@^4.0.0, required by p@1.0.0\n"
                + "npm error extraneous: extra@0.1.0 " + p.dir.resolve("node_modules/extra") + "\n"
                + "npm error invalid: is-number@5.0.0 " + p.dir.resolve("node_modules/is-number") + "\n");
    }

    @Test
    void lsJsonWithDepthAndProblems() throws IOException {
        p.installByHand("node_modules/extra", "extra", "0.1.0");
        assertThat(p.run("ls", "--json", "--depth=1")).isEqualTo(1);
        assertThat(p.stdout).startsWith("{\n  \"version\": \"1.0.0\",\n  \"name\": \"p\",\n  \"problems\": [\n"
                + "    \"extraneous: extra@0.1.0 " + p.dir.resolve("node_modules/extra") + "\"\n  ],\n");
        assertThat(p.stdout).contains("\"debug\": {\n      \"version\": \"4.4.3\",\n      \"overridden\": false,\n"
                + "      \"dependencies\": {\n        \"ms\": {\n          \"version\": \"2.1.3\",\n");
        assertThat(p.stdout).contains("\"extraneous\": true,").contains("\"code\": \"ELSPROBLEMS\"");
    }

    @Test
    void lsWithANameShowsOnlyThePathsToIt() {
        assertThat(p.run("ls", "ms")).isZero();
        assertThat(p.stdout).isEqualTo("p@1.0.0 " + p.dir + "\n├─┬ debug@4.4.3\n│ └── ms@2.1.3\n└── ms@2.0.0\n\n");
        assertThat(p.run("ls", "nothing-here")).isEqualTo(1);
        assertThat(p.stdout).endsWith("└── (empty)\n\n");
    }

    @Test
    void whyExplainsEachCopy() {
        assertThat(p.run("why", "ms")).as(p.stderr).isZero();
        assertThat(p.stdout).isEqualTo("ms@2.1.3\nnode_modules/debug/node_modules/ms\n"
                + "  ms@\"^2.1.3\" from debug@4.4.3\n  node_modules/debug\n    debug@\"^4.0.0\" from the root project\n\n"
                + "ms@2.0.0 dev\nnode_modules/ms\n  dev ms@\"2.0.0\" from the root project\n");
        assertThat(p.run("explain", "nope")).isEqualTo(1);
        assertThat(p.stderr).isEqualTo("npm error No dependencies found matching nope\n");
    }

    @Test
    void outdatedTableAndJson() throws IOException {
        p.registry.pkg("debug", "4.5.0").dep("ms", "^2.1.3").publish();
        ContentCache.deleteTree(p.tmp.resolve("cache/metadata-v1")); // the documents were cached by the install

        assertThat(p.run("outdated")).as(p.stderr).isEqualTo(1);
        assertThat(p.stdout).isEqualTo(
                  "Package    Current  Wanted  Latest  Location                Depended by\n"
                + "debug        4.4.3   4.5.0   4.5.0  node_modules/debug      p\n"
                + "is-number    6.0.0   6.0.0   7.0.0  node_modules/is-number  p\n"
                + "ms           2.0.0   2.0.0   2.1.3  node_modules/ms         p\n");

        ContentCache.deleteTree(p.dir.resolve("node_modules/ms"));
        assertThat(p.run("outdated", "--json", "ms")).isEqualTo(1);
        assertThat(p.stdout).isEqualTo("{\n  \"ms\": {\n    \"wanted\": \"2.0.0\",\n    \"latest\": \"2.1.3\",\n"
                + "    \"dependent\": \"p\"\n  }\n}\n");
    }

    @Test
    void outdatedIsQuietAndSucceedsWhenAllIsCurrent() throws IOException {
        p.packageJson("{\"name\":\"p\",\"dependencies\":{\"ms\":\"^2.1.0\"}}");
        assertThat(p.run("install")).as(p.stderr).isZero();
        assertThat(p.run("outdated")).isZero();
        assertThat(p.stdout).isEmpty();
    }
}
