package dev.jnode.fs;

import dev.jnode.engine.ErrorsBinding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.graalvm.polyglot.HostAccess;

/**
 * Synchronous file-system calls for {@code node:fs}. Paths arrive absolute (JavaScript resolves them
 * against {@code process.cwd()}); failures surface as Node system errors.
 */
public final class FsBinding {
    private static final LinkOption[] NO_FOLLOW = {LinkOption.NOFOLLOW_LINKS};
    private static final LinkOption[] FOLLOW = {};

    private final ErrorsBinding errors;

    public FsBinding(ErrorsBinding errors) {
        this.errors = errors;
    }

    private RuntimeException fail(IOException e, String syscall, String path) {
        return errors.uvException(IoErrors.code(e), syscall, path, null);
    }

    @HostAccess.Export
    public String readFileUtf8(String path) {
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            try {
                return new String(Files.readAllBytes(Path.of(path)), StandardCharsets.UTF_8);
            } catch (IOException e2) {
                throw fail(e2, "open", path);
            }
        } catch (IOException e) {
            throw fail(e, "open", path);
        }
    }

    @HostAccess.Export
    public void writeFileUtf8(String path, String data, boolean append, int mode) {
        try {
            Path p = Path.of(path);
            if (append) {
                Files.writeString(p, data, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } else {
                Files.writeString(p, data, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw fail(e, "open", path);
        }
    }

    /**
     * stat(2) as 14 numbers: dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs,
     * ctimeMs, birthtimeMs; or null when {@code throwIfMissing} is false and the path does not exist.
     */
    @HostAccess.Export
    public double[] stat(String path, boolean followLinks, boolean throwIfMissing) {
        try {
            Map<String, Object> a = Files.readAttributes(Path.of(path), "unix:*", followLinks ? FOLLOW : NO_FOLLOW);
            long size = ((Number) a.get("size")).longValue();
            double birth = a.get("creationTime") instanceof FileTime ft ? ft.toMillis() : 0;
            return new double[] {
                num(a, "dev"), num(a, "mode"), num(a, "nlink"), num(a, "uid"), num(a, "gid"), num(a, "rdev"),
                4096, num(a, "ino"), size, Math.ceil(size / 512.0),
                millis(a, "lastAccessTime"), millis(a, "lastModifiedTime"), millis(a, "ctime"), birth};
        } catch (IOException e) {
            if (!throwIfMissing && "ENOENT".equals(IoErrors.code(e))) {
                return null;
            }
            throw fail(e, followLinks ? "stat" : "lstat", path);
        }
    }

    private static double num(Map<String, Object> a, String key) {
        return ((Number) a.get(key)).doubleValue();
    }

    private static double millis(Map<String, Object> a, String key) {
        FileTime t = (FileTime) a.get(key);
        return t.to(java.util.concurrent.TimeUnit.MICROSECONDS) / 1000.0;
    }

    @HostAccess.Export
    public boolean exists(String path) {
        return Files.exists(Path.of(path));
    }

    @HostAccess.Export
    public int access(String path, int mode) {
        Path p = Path.of(path);
        if (!Files.exists(p, FOLLOW)) {
            throw fail(new java.nio.file.NoSuchFileException(path), "access", path);
        }
        boolean ok = ((mode & 4) == 0 || Files.isReadable(p)) && ((mode & 2) == 0 || Files.isWritable(p))
                && ((mode & 1) == 0 || Files.isExecutable(p));
        if (!ok) {
            throw fail(new java.nio.file.AccessDeniedException(path), "access", path);
        }
        return 0;
    }

    @HostAccess.Export
    public String[] readdir(String path) {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(Path.of(path))) {
            for (Path entry : dir) {
                names.add(entry.getFileName().toString());
            }
        } catch (IOException e) {
            throw fail(e, "scandir", path);
        }
        return names.toArray(String[]::new);
    }

    /** mkdir; with {@code recursive}, returns the first directory created (or null), as Node does. */
    @HostAccess.Export
    public String mkdir(String path, boolean recursive, int mode) {
        Path p = Path.of(path);
        var perms = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(rwx(mode)));
        try {
            if (!recursive) {
                Files.createDirectory(p, perms);
                return null;
            }
            Path first = null;
            for (Path q = p; q != null && !Files.exists(q); q = q.getParent()) {
                first = q;
            }
            if (first == null && !Files.isDirectory(p)) {
                throw new java.nio.file.FileAlreadyExistsException(path);
            }
            Files.createDirectories(p, perms);
            return first == null ? null : first.toString();
        } catch (IOException e) {
            throw fail(e, "mkdir", path);
        }
    }

    private static String rwx(int mode) {
        String bits = "rwxrwxrwx";
        StringBuilder sb = new StringBuilder(9);
        for (int i = 0; i < 9; i++) {
            sb.append((mode & (1 << (8 - i))) != 0 ? bits.charAt(i) : '-');
        }
        return sb.toString();
    }

    @HostAccess.Export
    public void rmdir(String path) {
        Path p = Path.of(path);
        try {
            if (!Files.isDirectory(p, NO_FOLLOW)) {
                throw Files.exists(p, NO_FOLLOW) ? new java.nio.file.NotDirectoryException(path)
                        : new java.nio.file.NoSuchFileException(path);
            }
            Files.delete(p);
        } catch (IOException e) {
            throw fail(e, "rmdir", path);
        }
    }

    @HostAccess.Export
    public void unlink(String path) {
        Path p = Path.of(path);
        try {
            if (Files.isDirectory(p, NO_FOLLOW)) {
                throw new java.nio.file.FileSystemException(path, null, "Is a directory");
            }
            Files.delete(p);
        } catch (IOException e) {
            throw fail(e, "unlink", path);
        }
    }

    /** rm -r; a missing path is an error unless {@code force}. */
    @HostAccess.Export
    public void rm(String path, boolean recursive, boolean force) {
        Path p = Path.of(path);
        try {
            if (!Files.exists(p, NO_FOLLOW)) {
                if (force) {
                    return;
                }
                throw new java.nio.file.NoSuchFileException(path);
            }
            if (Files.isDirectory(p, NO_FOLLOW)) {
                if (!recursive) {
                    throw errors.uvException("ERR_FS_EISDIR", "rm", path, null);
                }
                try (Stream<Path> walk = Files.walk(p)) {
                    for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(q);
                    }
                }
            } else {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw fail(e, "rm", path);
        }
    }

    @HostAccess.Export
    public String realpath(String path) {
        try {
            return Path.of(path).toRealPath().toString();
        } catch (IOException e) {
            throw fail(e, "realpath", path);
        }
    }

    @HostAccess.Export
    public String readlink(String path) {
        try {
            return Files.readSymbolicLink(Path.of(path)).toString();
        } catch (IOException e) {
            throw fail(e, "readlink", path);
        }
    }

    @HostAccess.Export
    public void symlink(String target, String path) {
        try {
            Files.createSymbolicLink(Path.of(path), Path.of(target));
        } catch (IOException e) {
            throw fail(e, "symlink", path);
        }
    }

    @HostAccess.Export
    public void rename(String from, String to) {
        try {
            Files.move(Path.of(from), Path.of(to), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw fail(e, "rename", from);
        }
    }

    @HostAccess.Export
    public void copyFile(String from, String to, boolean exclusive) {
        try {
            if (exclusive) {
                Files.copy(Path.of(from), Path.of(to));
            } else {
                Files.copy(Path.of(from), Path.of(to), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw fail(e, "copyfile", from);
        }
    }

    @HostAccess.Export
    public void chmod(String path, int mode) {
        try {
            Files.setPosixFilePermissions(Path.of(path), PosixFilePermissions.fromString(rwx(mode)));
        } catch (IOException e) {
            throw fail(e, "chmod", path);
        }
    }

    @HostAccess.Export
    public String mkdtemp(String prefix) {
        Path p = Path.of(prefix);
        Path parent = p.getParent() == null ? Path.of(".") : p.getParent();
        try {
            return Files.createTempDirectory(parent, p.getFileName().toString()).toString();
        } catch (IOException e) {
            throw fail(e, "mkdtemp", prefix + "XXXXXX");
        }
    }
}
