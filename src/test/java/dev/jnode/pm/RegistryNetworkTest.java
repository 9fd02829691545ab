package dev.jnode.pm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.ObjectMapper;

/**
 * Against the real registry and the real npm on PATH: the same small project installed by both must
 * give the same tree and byte-identical lockfiles, and each must accept the other's lockfile in ci.
 */
@Tag("network")
class RegistryNetworkTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROJECT = """
            {
              "name": "compare",
              "version": "1.0.0",
              "dependencies": {
                "debug": "^4.3.0",
                "is-number": "^7.0.0",
                "ms": "^2.0.0"
              },
              "devDependencies": {
                "semver": "^7.0.0"
              }
            }
            """;

    @TempDir
    Path tmp;

    @Test
    void sameTreeAndLockfileAsNpm() throws Exception {
        assumeTrue(npmAvailable(), "npm is not on PATH");
        Path npmDir = Files.createDirectories(tmp.resolve("npm"));
        Path jnodeDir = Files.createDirectories(tmp.resolve("jnode"));
        Files.writeString(npmDir.resolve("package.json"), PROJECT);
        Files.writeString(jnodeDir.resolve("package.json"), PROJECT);

        assertThat(npm(npmDir, "install", "--ignore-scripts", "--no-audit", "--no-fund")).isZero();
        assertThat(jnode(jnodeDir, "install")).isZero();

        assertThat(tree(jnodeDir)).isEqualTo(tree(npmDir));
        assertThat(Files.readString(jnodeDir.resolve("package-lock.json")))
                .isEqualTo(Files.readString(npmDir.resolve("package-lock.json")));
        assertThat(Files.isSymbolicLink(jnodeDir.resolve("node_modules/.bin/semver"))).isTrue();

        // Each accepts the other's lockfile.
        ContentCache.deleteTree(npmDir.resolve("node_modules"));
        assertThat(jnode(npmDir, "ci")).isZero();
        assertThat(tree(npmDir)).isEqualTo(tree(jnodeDir));
        assertThat(npm(jnodeDir, "ci", "--ignore-scripts", "--no-audit", "--no-fund")).isZero();
    }

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("JNODE_CACHE", tmp.resolve("cache").toString());
        return env;
    }

    private int jnode(Path dir, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PackageManagerCli.run(args, dir, env(), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        if (code != 0) {
            System.err.println(err.toString(StandardCharsets.UTF_8));
        }
        return code;
    }

    private static boolean npmAvailable() {
        try {
            return new ProcessBuilder("npm", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static int npm(Path dir, String... args) throws IOException, InterruptedException {
        String[] cmd = new String[args.length + 1];
        cmd[0] = "npm";
        System.arraycopy(args, 0, cmd, 1, args.length);
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolveSibling(dir.getFileName() + "-npm.log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    /** Every installed package folder (relative path) with its version. */
    private static Map<String, String> tree(Path project) throws IOException {
        Map<String, String> out = new TreeMap<>();
        Path nm = project.resolve("node_modules");
        try (Stream<Path> files = Files.walk(nm)) {
            files.filter(f -> f.getFileName().toString().equals("package.json"))
                    .filter(f -> f.getParent().getParent().getFileName().toString().equals("node_modules")
                            || f.getParent().getParent().getFileName().toString().startsWith("@"))
                    .forEach(f -> out.put(project.relativize(f.getParent()).toString(),
                            JSON.readTree(f.toFile()).path("version").asString()));
        }
        return out;
    }
}
