package dev.jnode.module;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.graalvm.polyglot.io.FileSystem;

/**
 * What GraalJS's ES module loader reads: the files our resolver named, read-only, plus texts jnode made up for a
 * path (the ES module face of a CommonJS file or of a builtin, an {@code -e} module). GraalJS asks this file
 * system for a module's bytes and MIME type after the lookup hook (installed by {@code internal/modules/esm})
 * has chosen the path, so the module map stays GraalJS's, keyed by these paths.
 */
public final class ModuleFileSystem implements FileSystem {
    /** Paths under this root exist only here (builtins' faces, eval'd code with no file). */
    public static final String VIRTUAL_ROOT = "/[jnode]/";
    private static final String MODULE_MIME = "application/javascript+module";

    private final FileSystem disk = FileSystem.newDefaultFileSystem();
    private final Map<String, Served> served = new ConcurrentHashMap<>();
    /** Files on disk that load as WebAssembly modules (GraalJS chooses the module kind by MIME type). */
    private final Set<String> wasmFiles = ConcurrentHashMap.newKeySet();

    private record Served(byte[] bytes, String mimeType) {
    }

    /** From now on, the module at {@code path} is {@code text}, of {@code format} "module" or "json". */
    public void serve(String path, String text, String format) {
        served.put(path, new Served(text.getBytes(StandardCharsets.UTF_8),
                "json".equals(format) ? "application/json" : MODULE_MIME));
    }

    /** From now on, the file at {@code path} loads as a WebAssembly module (whatever its extension). */
    public void serveWasmFile(String path) {
        wasmFiles.add(path);
    }

    public boolean isServed(String path) {
        return served.containsKey(path);
    }

    @Override
    public Path parsePath(URI uri) {
        return disk.parsePath(uri);
    }

    @Override
    public Path parsePath(String path) {
        return disk.parsePath(path);
    }

    @Override
    public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... linkOptions) throws IOException {
        if (served.containsKey(path.toString())) {
            return;
        }
        disk.checkAccess(path, modes, linkOptions);
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        Served s = served.get(path.toString());
        if (s != null) {
            return new BytesChannel(s.bytes);
        }
        for (OpenOption o : options) {
            if (o != java.nio.file.StandardOpenOption.READ) {
                throw new ReadOnlyFileSystemException();
            }
        }
        if (path.toString().endsWith(".json")) {
            return new BytesChannel(withoutByteOrderMark(java.nio.file.Files.readAllBytes(path)));
        }
        return disk.newByteChannel(path, options, attrs);
    }

    /** Node ignores a UTF-8 byte order mark at the start of a JSON module; GraalJS's JSON parser does not. */
    private static byte[] withoutByteOrderMark(byte[] bytes) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF;
        return bom ? java.util.Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
    }

    @Override
    public String getMimeType(Path path) {
        Served s = served.get(path.toString());
        if (s != null) {
            return s.mimeType;
        }
        if (wasmFiles.contains(path.toString())) {
            return "application/wasm";
        }
        return path.toString().endsWith(".json") ? "application/json" : MODULE_MIME;
    }

    @Override
    public Path toAbsolutePath(Path path) {
        return disk.toAbsolutePath(path);
    }

    @Override
    public Path toRealPath(Path path, LinkOption... linkOptions) throws IOException {
        // The resolver already chose the path Node would use (real, or kept with --preserve-symlinks).
        return path.isAbsolute() ? path : disk.toRealPath(path, linkOptions);
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        Served s = served.get(path.toString());
        if (s == null) {
            return disk.readAttributes(path, attributes, options);
        }
        Map<String, Object> a = new HashMap<>();
        FileTime epoch = FileTime.fromMillis(0);
        a.put("isRegularFile", true);
        a.put("isDirectory", false);
        a.put("isSymbolicLink", false);
        a.put("isOther", false);
        a.put("size", (long) s.bytes.length);
        a.put("lastModifiedTime", epoch);
        a.put("lastAccessTime", epoch);
        a.put("creationTime", epoch);
        return a;
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        return disk.newDirectoryStream(dir, filter);
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) {
        throw new ReadOnlyFileSystemException();
    }

    @Override
    public void delete(Path path) {
        throw new ReadOnlyFileSystemException();
    }

    /** A read-only channel over bytes held in memory. */
    private static final class BytesChannel implements SeekableByteChannel {
        private final byte[] bytes;
        private int position;

        BytesChannel(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read(ByteBuffer dst) {
            if (position >= bytes.length) {
                return -1;
            }
            int n = Math.min(dst.remaining(), bytes.length - position);
            dst.put(bytes, position, n);
            position += n;
            return n;
        }

        @Override
        public int write(ByteBuffer src) {
            throw new NonWritableChannelException();
        }

        @Override
        public long position() {
            return position;
        }

        @Override
        public SeekableByteChannel position(long newPosition) {
            position = (int) Math.min(newPosition, bytes.length);
            return this;
        }

        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public SeekableByteChannel truncate(long size) {
            throw new NonWritableChannelException();
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {
        }
    }
}
