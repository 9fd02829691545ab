package dev.jnode.pm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.ObjectMapper;

/** update and init against a registry on 127.0.0.1. */
class ProjectCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    PmProject p;

    @BeforeEach
    void setUp() throws IOException {
        p = new PmProject(tmp);
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    private String installed(String name) {
        return JSON.readTree(p.dir.resolve("node_modules").resolve(name).resolve("package.json").toFile()).path("version").asString();
    }

    private String locked(String name) {
        return JSON.readTree(p.dir.resolve("package-lock.json").toFile()).path("packages").path("node_modules/" + name)
                .path("version").asString();
    }

    private void publishNewerVersions() throws IOException {
        p.registry.pkg("a", "1.1.0").publish();
        p.registry.pkg("a", "2.0.0").publish();
        p.registry.pkg("b", "1.0.1").publish();
        ContentCache.deleteTree(tmp.resolve("cache/metadata-v1")); // documents stay fresh for 300 s, as npm's
    }

    @Test
    void updateTakesTheNewestVersionsTheRangesAllow() throws IOException {
        p.registry.pkg("a", "1.0.0").publish();
        p.registry.pkg("b", "1.0.0").publish();
        String manifest = "{\"name\":\"p\",\"dependencies\":{\"a\":\"^1.0.0\",\"b\":\"~1.0.0\"}}";
        p.packageJson(manifest);
        assertThat(p.run("install")).as(p.stderr).isZero();
        publishNewerVersions();

        assertThat(p.run("install")).as(p.stderr).isZero();
        assertThat(installed("a")).isEqualTo("1.0.0"); // install keeps what the lockfile says

        assertThat(p.run("update")).as(p.stderr).isZero();
        assertThat(installed("a")).isEqualTo("1.1.0");
        assertThat(locked("a")).isEqualTo("1.1.0");
        assertThat(locked("b")).isEqualTo("1.0.1");
        assertThat(p.stdout).contains("changed 2 packages in");
        assertThat(Files.readString(p.dir.resolve("package.json"))).isEqualTo(manifest);
    }

    @Test
    void updateWithANameLeavesTheOthersAlone() throws IOException {
        p.registry.pkg("a", "1.0.0").publish();
        p.registry.pkg("b", "1.0.0").publish();
        p.packageJson("{\"name\":\"p\",\"dependencies\":{\"a\":\"^1.0.0\",\"b\":\"~1.0.0\"}}");
        assertThat(p.run("install")).as(p.stderr).isZero();
        publishNewerVersions();

        assertThat(p.run("update", "b")).as(p.stderr).isZero();

        assertThat(locked("a")).isEqualTo("1.0.0");
        assertThat(locked("b")).isEqualTo("1.0.1");
        assertThat(installed("b")).isEqualTo("1.0.1");
    }

    @Test
    void initYesWritesNpmsDefaultsNamedAfterTheFolder() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("node-My Tool.js"));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int code = PackageManagerCli.run(new String[] {"init", "-y"}, dir, p.env(), new java.io.PrintStream(out, true),
                System.err);

        assertThat(code).isZero();
        String expected = "{\n  \"name\": \"my-tool\",\n  \"version\": \"1.0.0\",\n  \"description\": \"\",\n"
                + "  \"main\": \"index.js\",\n  \"scripts\": {\n"
                + "    \"test\": \"echo \\\"Error: no test specified\\\" && exit 1\"\n  },\n  \"keywords\": [],\n"
                + "  \"author\": \"\",\n  \"license\": \"ISC\",\n  \"type\": \"commonjs\"\n}\n";
        assertThat(Files.readString(dir.resolve("package.json"))).isEqualTo(expected);
        assertThat(out.toString()).isEqualTo("Wrote to " + dir.resolve("package.json") + ":\n\n" + expected + "\n\n");
    }

    @Test
    void initKeepsWhatPackageJsonAlreadySays() throws IOException {
        p.packageJson("{\"name\":\"keep\",\"dependencies\":{\"a\":\"1\"}}");
        assertThat(p.run("init", "--yes")).isZero();
        String text = Files.readString(p.dir.resolve("package.json"));
        assertThat(text).startsWith("{\n  \"name\": \"keep\",\n  \"dependencies\": {\n    \"a\": \"1\"\n  },\n  \"version\": \"1.0.0\",");
    }

    @Test
    void dependencyScriptsRunOnlyForTrustedPackages() throws IOException {
        p.registry.pkg("trusted", "1.0.0").script("postinstall", "echo built > built.txt").publish();
        p.registry.pkg("stranger", "1.0.0").script("install", "echo ran > ran.txt").publish();
        p.packageJson("{\"name\":\"p\",\"dependencies\":{\"trusted\":\"1.0.0\",\"stranger\":\"1.0.0\"},"
                + "\"trustedDependencies\":[\"trusted\"]}");

        assertThat(p.run("install")).as(p.stderr).isZero();

        assertThat(p.dir.resolve("node_modules/trusted/built.txt")).hasContent("built");
        assertThat(p.dir.resolve("node_modules/stranger/ran.txt")).doesNotExist();
        assertThat(p.stderr).contains("skipped install scripts of stranger@1.0.0");
    }

    @Test
    void projectScriptsRunInNpmsOrderAndAFailureStopsTheInstall() throws IOException {
        p.packageJson("{\"name\":\"p\",\"version\":\"1.0.0\",\"scripts\":{\"prepare\":\"echo prepare >> log\","
                + "\"postinstall\":\"echo postinstall >> log\",\"preinstall\":\"echo preinstall >> log\"}}");
        assertThat(p.run("install")).as(p.stderr).isZero();
        assertThat(p.dir.resolve("log")).hasContent("preinstall\npostinstall\nprepare");
        assertThat(p.stdout).contains("> p@1.0.0 preinstall\n> echo preinstall >> log\n");

        assertThat(p.run("install", "--ignore-scripts")).isZero();
        assertThat(p.dir.resolve("log")).hasContent("preinstall\npostinstall\nprepare");

        p.packageJson("{\"name\":\"p\",\"scripts\":{\"install\":\"exit 3\"}}");
        assertThat(p.run("install")).isEqualTo(1);
        assertThat(p.stderr).contains("npm error code 3\nnpm error path " + p.dir + "\nnpm error command failed\n"
                + "npm error command sh -c exit 3");
    }
}
