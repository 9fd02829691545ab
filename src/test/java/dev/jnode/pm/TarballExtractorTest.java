package dev.jnode.pm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TarballExtractorTest {
    @TempDir
    Path tmp;

    /** Builds a .tgz in memory; each entry is {name, content-or-null, kind, linkTarget, mode}. */
    private static final class Tgz {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final TarArchiveOutputStream tar;

        Tgz() throws IOException {
            tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes));
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        }

        Tgz file(String name, String content, int mode) throws IOException {
            byte[] data = content.getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry e = new TarArchiveEntry(name, true);
            e.setSize(data.length);
            e.setMode(mode);
            tar.putArchiveEntry(e);
            tar.write(data);
            tar.closeArchiveEntry();
            return this;
        }

        Tgz file(String name, String content) throws IOException {
            return file(name, content, 0644);
        }

        Tgz special(String name, byte type, String link) throws IOException {
            TarArchiveEntry e = new TarArchiveEntry(name, type, true);
            if (link != null) {
                e.setLinkName(link);
            }
            tar.putArchiveEntry(e);
            tar.closeArchiveEntry();
            return this;
        }

        byte[] done() throws IOException {
            tar.close();
            return bytes.toByteArray();
        }
    }

    @Test
    void stripsTheTopFolderAndKeepsContents() throws IOException {
        byte[] tgz = new Tgz().file("package/package.json", "{}").file("package/lib/a.js", "x").done();
        TarballExtractor.extract(tgz, tmp.resolve("out"));
        assertThat(tmp.resolve("out/package.json")).hasContent("{}");
        assertThat(tmp.resolve("out/lib/a.js")).hasContent("x");
    }

    @Test
    void stripsATopFolderWithAnotherName() throws IOException {
        byte[] tgz = new Tgz().file("node/package.json", "{}").done();
        TarballExtractor.extract(tgz, tmp.resolve("out"));
        assertThat(tmp.resolve("out/package.json")).exists();
    }

    @Test
    void executableBitsBecome755AndOthers644() throws IOException {
        byte[] tgz = new Tgz().file("package/cli.js", "#!/usr/bin/env node", 0700)
                .file("package/data.txt", "d", 0600).done();
        TarballExtractor.extract(tgz, tmp.resolve("out"));
        assertThat(Files.getPosixFilePermissions(tmp.resolve("out/cli.js")))
                .contains(PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.GROUP_READ);
        assertThat(Files.getPosixFilePermissions(tmp.resolve("out/data.txt")))
                .doesNotContain(PosixFilePermission.OWNER_EXECUTE).contains(PosixFilePermission.OTHERS_READ);
    }

    @Test
    void longNamesInPaxHeadersAreRead() throws IOException {
        String longName = "package/" + "d".repeat(120) + "/" + "f".repeat(120) + ".js";
        byte[] tgz = new Tgz().file(longName, "long").done();
        TarballExtractor.extract(tgz, tmp.resolve("out"));
        assertThat(tmp.resolve("out/" + longName.substring(8))).hasContent("long");
    }

    @Test
    void refusesAbsolutePaths() throws IOException {
        byte[] tgz = new Tgz().file("/etc/evil", "x").done();
        assertThatThrownBy(() -> TarballExtractor.extract(tgz, tmp.resolve("out")))
                .isInstanceOf(PmException.class).hasMessageContaining("absolute");
    }

    @Test
    void refusesDotDot() throws IOException {
        byte[] tgz = new Tgz().file("package/../../evil.js", "x").done();
        assertThatThrownBy(() -> TarballExtractor.extract(tgz, tmp.resolve("out")))
                .isInstanceOf(PmException.class).hasMessageContaining("..");
        assertThat(tmp.resolve("evil.js")).doesNotExist();
    }

    @Test
    void refusesSymlinksLeavingThePackage() throws IOException {
        byte[] tgz = new Tgz().special("package/escape", TarConstants.LF_SYMLINK, "../../../etc/passwd").done();
        assertThatThrownBy(() -> TarballExtractor.extract(tgz, tmp.resolve("out")))
                .isInstanceOf(PmException.class).hasMessageContaining("outside");
    }

    @Test
    void refusesAbsoluteSymlinks() throws IOException {
        byte[] tgz = new Tgz().special("package/abs", TarConstants.LF_SYMLINK, "/etc/passwd").done();
        assertThatThrownBy(() -> TarballExtractor.extract(tgz, tmp.resolve("out")))
                .isInstanceOf(PmException.class).hasMessageContaining("absolute");
    }

    @Test
    void refusesHardLinksLeavingThePackage() throws IOException {
        byte[] tgz = new Tgz().special("package/hard", TarConstants.LF_LINK, "package/../../x").done();
        assertThatThrownBy(() -> TarballExtractor.extract(tgz, tmp.resolve("out")))
                .isInstanceOf(PmException.class);
    }

    @Test
    void skipsLinksInsideThePackageAsNpmDoes() throws IOException {
        byte[] tgz = new Tgz().file("package/a.js", "a")
                .special("package/b.js", TarConstants.LF_SYMLINK, "a.js").done();
        TarballExtractor.extract(tgz, tmp.resolve("out"));
        assertThat(tmp.resolve("out/a.js")).exists();
        assertThat(Files.exists(tmp.resolve("out/b.js"), LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void refusesDeviceFiles() throws IOException {
        byte[] tgz = new Tgz().special("package/dev", TarConstants.LF_CHR, null).done();
        assertThatThrownBy(() -> TarballExtractor.extract(tgz, tmp.resolve("out")))
                .isInstanceOf(PmException.class).hasMessageContaining("device");
    }

    @Test
    void refusesFifos() throws IOException {
        byte[] tgz = new Tgz().special("package/pipe", TarConstants.LF_FIFO, null).done();
        assertThatThrownBy(() -> TarballExtractor.extract(tgz, tmp.resolve("out")))
                .isInstanceOf(PmException.class);
    }
}
