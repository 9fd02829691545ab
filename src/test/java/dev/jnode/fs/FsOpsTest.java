package dev.jnode.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FsOpsTest {
    @TempDir
    Path dir;

    @Test
    void writeThenReadAFileThroughDescriptors() {
        String f = dir.resolve("a.txt").toString();
        FsOps.writeFile(f, "héllo".getBytes(StandardCharsets.UTF_8), 0x241 /* O_WRONLY|O_CREAT|O_TRUNC */, 0644);
        assertThat(new String(FsOps.readFile(f), StandardCharsets.UTF_8)).isEqualTo("héllo");
    }

    @Test
    void readingAMissingFileFailsWithEnoent() {
        String f = dir.resolve("missing").toString();
        assertThatThrownBy(() -> FsOps.readFile(f)).isInstanceOfSatisfying(FsException.class, e -> {
            assertThat(e.code()).isEqualTo(2);
            assertThat(e.syscall()).isEqualTo("open");
            assertThat(e.path()).isEqualTo(f);
        });
    }

    @Test
    void readingADirectoryFailsWithEisdir() {
        assertThatThrownBy(() -> FsOps.readFile(dir.toString()))
                .isInstanceOfSatisfying(FsException.class, e -> assertThat(e.code()).isEqualTo("EISDIR"));
    }

    @Test
    void statReportsSizeAndType() throws Exception {
        Path f = Files.writeString(dir.resolve("s"), "12345");
        double[] st = FsOps.stat(f.toString(), true, true);
        assertThat(st[8]).isEqualTo(5);
        assertThat(((int) st[1]) & 0xF000).isEqualTo(0x8000);
        assertThat(FsOps.stat(dir.resolve("none").toString(), true, false)).isNull();
    }

    @Test
    void fstatAgreesWithStat() throws Exception {
        Path f = Files.writeString(dir.resolve("s"), "123");
        int fd = FsOps.open(f.toString(), 0, 0);
        try {
            double[] st = PosixFiles.fstat(fd);
            assertThat(st[8]).isEqualTo(3);
            assertThat(st[7]).isEqualTo(FsOps.stat(f.toString(), true, true)[7]);
        } finally {
            PosixFiles.close(fd);
        }
    }

    @Test
    void recursiveMkdirReturnsTheFirstDirectoryCreated() {
        String first = dir.resolve("a").toString();
        assertThat(FsOps.mkdir(dir.resolve("a/b/c").toString(), true, 0777)).isEqualTo(first);
        assertThat(FsOps.mkdir(dir.resolve("a/b/c").toString(), true, 0777)).isNull();
    }

    @Test
    void rmdirOfAFileIsEnotdir() throws Exception {
        Path f = Files.writeString(dir.resolve("f"), "");
        assertThatThrownBy(() -> FsOps.rmdir(f.toString()))
                .isInstanceOfSatisfying(FsException.class, e -> assertThat(e.code()).isEqualTo("ENOTDIR"));
    }

    @Test
    void mkdtempAddsSixCharacters() {
        String made = FsOps.mkdtemp(dir.resolve("pre-").toString());
        assertThat(Path.of(made).getFileName().toString()).matches("pre-[A-Za-z0-9]{6}");
        assertThat(Files.isDirectory(Path.of(made))).isTrue();
    }

    @Test
    void readdirWithTypes() throws Exception {
        Files.createDirectory(dir.resolve("d"));
        Files.writeString(dir.resolve("f"), "");
        assertThat(FsOps.readdir(dir.toString(), true, "scandir")).containsExactlyInAnyOrder("d", "2", "f", "1");
    }

    @Test
    void lutimesChangesTheLinkAndNotItsTarget() throws Exception {
        Path target = Files.writeString(dir.resolve("t"), "x");
        Path link = Files.createSymbolicLink(dir.resolve("l"), target);
        PosixFiles.utimes(target.toString(), 10, 20.5, true);
        PosixFiles.utimes(link.toString(), 30, 40, false);
        assertThat(FsOps.stat(target.toString(), true, true)[11]).isEqualTo(20500.0);
        assertThat(FsOps.stat(link.toString(), false, true)[11]).isEqualTo(40000.0);
    }

    @Test
    void statfsReportsBlockSizes() {
        double[] fs = PosixFiles.statfs(dir.toString());
        assertThat(fs[1]).isPositive();
        assertThat(fs[3]).isGreaterThanOrEqualTo(fs[4]);
        assertThatThrownBy(() -> PosixFiles.statfs(dir.resolve("missing").toString()))
                .isInstanceOfSatisfying(FsException.class, e -> assertThat(e.syscall()).isEqualTo("statfs"));
    }
}
