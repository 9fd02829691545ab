package dev.jnode.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessMode;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What GraalJS's module loader reads through ModuleFileSystem: served texts first, else the disk, never writes. */
class ModuleFileSystemTest {
    @TempDir
    Path tmp;
    private final ModuleFileSystem fs = new ModuleFileSystem();

    private String read(Path p) throws IOException {
        try (SeekableByteChannel ch = fs.newByteChannel(p, Set.of(StandardOpenOption.READ))) {
            ByteBuffer buf = ByteBuffer.allocate((int) ch.size());
            while (buf.hasRemaining() && ch.read(buf) > 0) {
                // read all
            }
            return new String(buf.array(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void jsonFilesAreReadWithoutTheirByteOrderMark() throws IOException {
        Path file = Files.write(tmp.resolve("bom.json"), "\uFEFF{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        assertThat(read(file)).isEqualTo("{\"a\":1}");
        Path plain = Files.writeString(tmp.resolve("plain.json"), "[1]");
        assertThat(read(plain)).isEqualTo("[1]");
    }

    @Test
    void servedTextHidesTheFileAtThatPath() throws IOException {
        Path file = Files.writeString(tmp.resolve("x.cjs"), "module.exports = 1;");
        assertThat(read(file)).isEqualTo("module.exports = 1;");
        fs.serve(file.toString(), "export default 1; // é", "module");
        assertThat(read(file)).isEqualTo("export default 1; // é");
        assertThat(fs.getMimeType(file)).isEqualTo("application/javascript+module");
    }

    @Test
    void wasmFilesAreReadFromDiskWithTheWasmMimeType() throws IOException {
        Path file = Files.write(tmp.resolve("noext"), new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
        assertThat(fs.getMimeType(file)).isEqualTo("application/javascript+module");
        fs.serveWasmFile(file.toString());
        assertThat(fs.getMimeType(file)).isEqualTo("application/wasm");
        assertThat(read(file)).isEqualTo("\0asm\1\0\0\0");
    }

    @Test
    void servedPathsExistWithoutAFile() throws IOException {
        Path virtual = Path.of(ModuleFileSystem.VIRTUAL_ROOT + "builtin/fs");
        assertThatThrownBy(() -> fs.checkAccess(virtual, Set.of(AccessMode.READ))).isInstanceOf(NoSuchFileException.class);
        fs.serve(virtual.toString(), "{\"a\":1}", "json");
        fs.checkAccess(virtual, Set.of(AccessMode.READ));
        assertThat(fs.readAttributes(virtual, "*").get("isRegularFile")).isEqualTo(true);
        assertThat(fs.getMimeType(virtual)).isEqualTo("application/json");
        assertThat(fs.toRealPath(virtual)).isEqualTo(virtual);
    }

    @Test
    void filesAreReadOnly() {
        Path file = tmp.resolve("new.mjs");
        assertThatThrownBy(() -> fs.newByteChannel(file, Set.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE)))
                .isInstanceOf(ReadOnlyFileSystemException.class);
        assertThatThrownBy(() -> fs.delete(file)).isInstanceOf(ReadOnlyFileSystemException.class);
    }
}
