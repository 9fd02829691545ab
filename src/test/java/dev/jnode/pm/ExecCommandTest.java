package dev.jnode.pm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** exec / x: local bins first, else an install into the cache; JavaScript bins run through the launcher. */
class ExecCommandTest {
    @TempDir
    Path tmp;
    PmProject p;

    @BeforeEach
    void setUp() throws IOException {
        p = new PmProject(tmp);
        p.extraEnv.put("JNODE_LAUNCHER", tmp.resolve("fake-jnode").toString());
        // Stands in for jnode: shows which script it was asked to run, and with what.
        Path launcher = tmp.resolve("fake-jnode");
        Files.writeString(launcher, "#!/bin/sh\necho \"jnode runs $(basename \"$1\")\"; shift; echo \"args: $*\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        p.registry.pkg("tool", "1.0.0").bin("tool", "cli.js").publish();
        p.registry.pkg("two-bins", "2.0.0").bin("other", "other.js").publish();
    }

    @AfterEach
    void tearDown() {
        p.close();
    }

    @Test
    void xInstallsIntoTheCacheAndRunsThePackagesBinWithJnode() {
        assertThat(p.run("x", "tool", "a", "--flag")).as(p.stderr).isZero();
        assertThat(p.stdout).isEqualTo("jnode runs cli.js\nargs: a --flag\n");
        assertThat(p.stderr).contains("npm warn exec The following package was not found and will be installed: tool@1.0.0\n");
        assertThat(p.dir.resolve("node_modules")).doesNotExist();

        long tarballs = p.registry.tarballRequests();
        assertThat(p.run("exec", "--", "tool", "again")).as(p.stderr).isZero();
        assertThat(p.stdout).isEqualTo("jnode runs cli.js\nargs: again\n");
        assertThat(p.registry.tarballRequests()).isEqualTo(tarballs); // the cached install is reused
    }

    @Test
    void aLocalBinWinsOverTheCache() throws IOException {
        p.packageJson("{\"name\":\"p\",\"devDependencies\":{\"tool\":\"1.0.0\"}}");
        assertThat(p.run("install")).as(p.stderr).isZero();

        assertThat(p.run("x", "tool")).as(p.stderr).isZero();

        assertThat(p.stdout).startsWith("jnode runs cli.js");
        assertThat(p.stderr).doesNotContain("will be installed");
    }

    @Test
    void packageOptionAndShellCommand() {
        assertThat(p.run("exec", "-p", "two-bins", "-c", "command -v other")).as(p.stderr).isZero();
        assertThat(p.stdout.strip()).startsWith(tmp.resolve("cache/_npx").toString()).endsWith("node_modules/.bin/other");

        assertThat(p.run("exec", "--package=tool", "--", "tool", "x")).as(p.stderr).isZero();
        assertThat(p.stdout).isEqualTo("jnode runs cli.js\nargs: x\n");
    }

    @Test
    void aPackageWithoutAMatchingBinIsAnError() throws IOException {
        p.registry.pkg("many", "1.0.0").publish();
        assertThat(p.run("x", "many")).isEqualTo(1);
        assertThat(p.stderr).contains("npm error could not determine executable to run");
    }
}
