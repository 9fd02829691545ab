package dev.jnode.pm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunScriptTest {
    @TempDir
    Path project;
    String stdout;
    String stderr;

    private int jnode(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv("PATH"));
        int code = PackageManagerCli.run(args, project, env, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        stdout = o.toString(StandardCharsets.UTF_8);
        stderr = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private void scripts(String json) throws IOException {
        Files.writeString(project.resolve("package.json"),
                "{\"name\":\"r\",\"version\":\"1.0.0\",\"config\":{\"port\":\"8080\"},\"scripts\":" + json + "}");
    }

    @Test
    void runsPreScriptAndPostInOrderWithArgs() throws IOException {
        scripts("{\"prehi\":\"echo pre\",\"hi\":\"echo hi\",\"posthi\":\"echo post\"}");

        assertThat(jnode("run", "hi", "--", "a b", "c")).isZero();

        assertThat(stdout).isEqualTo("\n> r@1.0.0 prehi\n> echo pre\n\npre\n"
                + "\n> r@1.0.0 hi\n> echo hi a b c\n\nhi a b c\n"
                + "\n> r@1.0.0 posthi\n> echo post\n\npost\n");
    }

    @Test
    void putsNodeModulesBinFirstOnPath() throws IOException {
        Path bin = Files.createDirectories(project.resolve("node_modules/.bin"));
        Path tool = Files.writeString(bin.resolve("mytool"), "#!/bin/sh\necho from-local-bin\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));
        scripts("{\"go\":\"mytool\"}");

        assertThat(jnode("run", "go")).isZero();

        assertThat(stdout).contains("from-local-bin");
    }

    @Test
    void setsNpmPackageAndLifecycleVariables() throws IOException {
        scripts("{\"env\":\"echo $npm_package_name $npm_package_version $npm_package_config_port $npm_lifecycle_event\"}");

        assertThat(jnode("run", "env")).isZero();

        assertThat(stdout).contains("r 1.0.0 8080 env");
    }

    @Test
    void propagatesTheExitCodeAndStopsBeforePost() throws IOException {
        scripts("{\"bad\":\"exit 3\",\"postbad\":\"echo never\"}");

        assertThat(jnode("run", "bad")).isEqualTo(3);

        assertThat(stdout).doesNotContain("never");
    }

    @Test
    void missingScriptIsAnError() throws IOException {
        scripts("{}");

        assertThat(jnode("run", "nope")).isEqualTo(1);

        assertThat(stderr).startsWith("npm error Missing script: \"nope\"\n");
    }

    @Test
    void testIsAShortcut() throws IOException {
        scripts("{\"test\":\"echo testing\"}");

        assertThat(jnode("test")).isZero();

        assertThat(stdout).contains("testing");
    }

    @Test
    void argumentsAreQuotedForTheShell() throws IOException {
        scripts("{\"say\":\"printf '%s|'\"}");

        assertThat(jnode("run", "say", "--", "it's", "$HOME")).isZero();

        assertThat(stdout).contains("it's|$HOME|");
    }
}
