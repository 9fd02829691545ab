package dev.jnode.pm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pack: which files go in, the tarball's shape, and npm's summary. */
class PackCommandTest {
    @TempDir
    Path dir;
    String stdout;
    String stderr;

    @BeforeEach
    void project() throws IOException {
        write("package.json", "{\"name\":\"@sc/pk\",\"version\":\"1.2.3\",\"main\":\"lib/main.js\",\"bin\":{\"pk\":\"bin/cli.js\"}}");
        write("lib/main.js", "x\n");
        write("lib/other.js", "y\n");
        write("bin/cli.js", "#!/usr/bin/env node\n");
        Files.setPosixFilePermissions(dir.resolve("bin/cli.js"), PosixFilePermissions.fromString("rwxr-xr-x"));
        write("test/a.test.js", "t\n");
        write("README.md", "r\n");
        write("LICENSE", "l\n");
        write(".npmrc", "s\n");
        write("package-lock.json", "{}\n");
        write("x.orig", "o\n");
        write("node_modules/x/i.js", "1\n");
        write(".git/HEAD", "ref\n");
        write("sub/a.js", "a\n");
    }

    private void write(String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private int pack(String... args) throws IOException {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = PackCommand.run(List.of(args), dir, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        stdout = o.toString(StandardCharsets.UTF_8);
        stderr = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private List<String> listed() {
        return stderr.lines().filter(l -> l.matches("npm notice \\d+(\\.\\d)?k?B .*"))
                .map(l -> l.substring(l.indexOf('B', 11) + 2)).toList();
    }

    @Test
    void packsEverythingButNpmsNeverIncludedFiles() throws IOException {
        assertThat(pack("--dry-run")).isZero();
        assertThat(stdout).isEqualTo("sc-pk-1.2.3.tgz\n");
        assertThat(listed()).containsExactly("LICENSE", "README.md", "bin/cli.js", "lib/main.js", "lib/other.js",
                "package.json", "sub/a.js", "test/a.test.js");
        assertThat(dir.resolve("sc-pk-1.2.3.tgz")).doesNotExist();
        assertThat(stderr).startsWith("npm notice\nnpm notice 📦  @sc/pk@1.2.3\nnpm notice Tarball Contents\n"
                + "npm notice 2B LICENSE\n");
        assertThat(stderr).contains("npm notice Tarball Details\nnpm notice name: @sc/pk\nnpm notice version: 1.2.3\n"
                + "npm notice filename: sc-pk-1.2.3.tgz\n").contains("npm notice unpacked size: 114 B\n")
                .endsWith("npm notice total files: 8\nnpm notice\n");
    }

    @Test
    void filesFieldPicksFilesButKeepsTheAlwaysIncludedOnes() throws IOException {
        write("package.json", "{\"name\":\"pk\",\"version\":\"1.0.0\",\"main\":\"lib/main.js\",\"bin\":\"bin/cli.js\","
                + "\"files\":[\"lib/other.js\",\"test\"]}");
        assertThat(pack("--dry-run")).isZero();
        assertThat(listed()).containsExactly("LICENSE", "README.md", "bin/cli.js", "lib/main.js", "lib/other.js",
                "package.json", "test/a.test.js");
    }

    @Test
    void npmignoreWinsOverGitignoreAndCannotDropTheReadme() throws IOException {
        write(".gitignore", "sub/\n");
        write(".npmignore", "*.md\nlib/*\n!lib/main.js\n/test/\n");
        assertThat(pack("--dry-run")).isZero();
        assertThat(listed()).containsExactly("LICENSE", "README.md", "bin/cli.js", "lib/main.js", "package.json", "sub/a.js");
        assertThat(stderr).doesNotContain("gitignore-fallback");
    }

    @Test
    void gitignoreIsTheFallbackWithNpmsWarning() throws IOException {
        write(".gitignore", "sub/\n");
        assertThat(pack("--dry-run")).isZero();
        assertThat(listed()).doesNotContain("sub/a.js").contains("test/a.test.js");
        assertThat(stderr).startsWith("npm warn gitignore-fallback No .npmignore file found, using .gitignore");
    }

    @Test
    void tarballIsDeterministicWithNpmsModesAndTime() throws IOException {
        assertThat(pack()).isZero();
        byte[] first = Files.readAllBytes(dir.resolve("sc-pk-1.2.3.tgz"));
        Files.delete(dir.resolve("sc-pk-1.2.3.tgz")); // else the second pack would take in the first
        assertThat(pack()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("sc-pk-1.2.3.tgz"))).isEqualTo(first);

        Map<String, Integer> modes = new java.util.TreeMap<>();
        List<Long> times = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("sc-pk-1.2.3.tgz")));
                TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
                modes.put(e.getName(), e.getMode());
                times.add(e.getModTime().getTime());
            }
        }
        assertThat(modes).containsEntry("package/bin/cli.js", 0755).containsEntry("package/package.json", 0644).hasSize(8);
        assertThat(times).allMatch(t -> t == 499_162_500_000L);
    }

    @Test
    void ignoreRulesFollowGitignore() {
        IgnoreRules r = IgnoreRules.parse("# comment\n*.log\n!keep.log\nbuild/\n/top.txt\ndocs/**/*.md\n");
        assertThat(r.ignored("a/b/x.log", false)).isTrue();
        assertThat(r.ignored("keep.log", false)).isFalse();
        assertThat(r.ignored("build", true)).isTrue();
        assertThat(r.ignored("build", false)).isNull();
        assertThat(r.ignored("top.txt", false)).isTrue();
        assertThat(r.ignored("sub/top.txt", false)).isNull();
        assertThat(r.ignored("docs/a/b/c.md", false)).isTrue();
        assertThat(r.ignored("docs/c.md", false)).isTrue();
    }
}
