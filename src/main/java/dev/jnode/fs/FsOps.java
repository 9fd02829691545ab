package dev.jnode.fs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The file-system operations behind {@code node:fs}, on plain Java values so that they run the same on the
 * JS thread (sync API) and on the thread pool (callback and promise APIs). Paths are absolute. Failures are
 * {@link FsException}s carrying what Node's error needs.
 */
final class FsOps {
    private static final LinkOption[] NO_FOLLOW = {LinkOption.NOFOLLOW_LINKS};
    private static final LinkOption[] FOLLOW = {};

    private FsOps() {
    }

    static FsException fail(IOException e, String syscall, String path, String dest) {
        return new FsException(IoErrors.code(e), syscall, path, dest);
    }

    static int open(String path, int flags, int mode) {
        return PosixFiles.open(path, flags, mode);
    }

    static byte[] readFile(String path) {
        int fd = PosixFiles.open(path, 0, 0);
        try {
            double[] st = PosixFiles.fstat(fd);
            if ((((int) st[1]) & 0xF000) == 0x4000) {
                throw new FsException("EISDIR", "read", null, null);
            }
            long size = (long) st[8];
            byte[] buf = new byte[(int) Math.max(size, 8192)];
            int total = 0;
            while (true) {
                if (total == buf.length) {
                    buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                }
                int n = PosixFiles.read(fd, buf, total, buf.length - total, -1);
                if (n == 0) {
                    break;
                }
                total += n;
            }
            return total == buf.length ? buf : java.util.Arrays.copyOf(buf, total);
        } finally {
            PosixFiles.close(fd);
        }
    }

    static void writeFile(String path, byte[] data, int flags, int mode) {
        int fd = PosixFiles.open(path, flags, mode);
        try {
            int off = 0;
            while (off < data.length) {
                off += PosixFiles.write(fd, data, off, data.length - off, -1);
            }
        } finally {
            PosixFiles.close(fd);
        }
    }

    /** stat as 14 numbers (see PosixFiles.fstat), or null when missing and {@code throwIfMissing} is false. */
    static double[] stat(String path, boolean followLinks, boolean throwIfMissing) {
        try {
            Map<String, Object> a = Files.readAttributes(Path.of(path), "unix:*", followLinks ? FOLLOW : NO_FOLLOW);
            long size = ((Number) a.get("size")).longValue();
            double birth = a.get("creationTime") instanceof FileTime ft ? millis(ft) : 0;
            return new double[] {
                num(a, "dev"), num(a, "mode"), num(a, "nlink"), num(a, "uid"), num(a, "gid"), num(a, "rdev"),
                4096, num(a, "ino"), size, Math.ceil(size / 512.0),
                millis((FileTime) a.get("lastAccessTime")), millis((FileTime) a.get("lastModifiedTime")),
                millis((FileTime) a.get("ctime")), birth};
        } catch (IOException e) {
            if (!throwIfMissing && e instanceof NoSuchFileException) {
                return null;
            }
            throw fail(e, followLinks ? "stat" : "lstat", path, null);
        }
    }

    private static double num(Map<String, Object> a, String key) {
        return ((Number) a.get(key)).doubleValue();
    }

    /** Milliseconds as Node computes them from a timespec (seconds * 1e3 + nanoseconds / 1e6), to the nanosecond. */
    private static double millis(FileTime t) {
        java.time.Instant instant = t.toInstant();
        return instant.getEpochSecond() * 1000.0 + instant.getNano() / 1e6;
    }

    static void access(String path, int mode) {
        Path p = Path.of(path);
        if (!Files.exists(p, FOLLOW)) {
            throw new FsException("ENOENT", "access", path, null);
        }
        boolean ok = ((mode & 4) == 0 || Files.isReadable(p)) && ((mode & 2) == 0 || Files.isWritable(p))
                && ((mode & 1) == 0 || Files.isExecutable(p));
        if (!ok) {
            throw new FsException("EACCES", "access", path, null);
        }
    }

    /**
     * Names, or with {@code withTypes} alternating name and type (1 file, 2 dir, 3 link, 0 other). Listed for
     * readdir ("scandir") they are sorted by name, as libuv's scandir sorts; for opendir they keep the kernel's
     * order.
     */
    static String[] readdir(String path, boolean withTypes, String syscall) {
        List<String[]> entries = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(Path.of(path))) {
            for (Path entry : dir) {
                String type = Integer.toString(Files.isSymbolicLink(entry) ? 3
                        : Files.isDirectory(entry, NO_FOLLOW) ? 2 : Files.isRegularFile(entry, NO_FOLLOW) ? 1 : 0);
                entries.add(new String[] {entry.getFileName().toString(), type});
            }
        } catch (IOException e) {
            throw fail(e, syscall, path, null);
        }
        if (syscall.equals("scandir")) {
            entries.sort(Comparator.comparing((String[] entry) -> entry[0]));
        }
        List<String> out = new ArrayList<>();
        for (String[] entry : entries) {
            out.add(entry[0]);
            if (withTypes) {
                out.add(entry[1]);
            }
        }
        return out.toArray(String[]::new);
    }

    /** mkdir; with {@code recursive}, the first directory created (or null), as Node returns. */
    static String mkdir(String path, boolean recursive, int mode) {
        Path p = Path.of(path);
        var perms = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(rwx(mode & ~umask())));
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
            throw fail(e, "mkdir", path, null);
        }
    }

    private static int umask() {
        int old = dev.jnode.process.Posix.umask(0);
        dev.jnode.process.Posix.umask(old);
        return old;
    }

    static String rwx(int mode) {
        String bits = "rwxrwxrwx";
        StringBuilder sb = new StringBuilder(9);
        for (int i = 0; i < 9; i++) {
            sb.append((mode & (1 << (8 - i))) != 0 ? bits.charAt(i) : '-');
        }
        return sb.toString();
    }

    static void rmdir(String path) {
        Path p = Path.of(path);
        try {
            if (!Files.exists(p, NO_FOLLOW)) {
                throw new NoSuchFileException(path);
            }
            if (!Files.isDirectory(p, NO_FOLLOW)) {
                throw new java.nio.file.NotDirectoryException(path);
            }
            Files.delete(p);
        } catch (IOException e) {
            throw fail(e, "rmdir", path, null);
        }
    }

    static void unlink(String path) {
        Path p = Path.of(path);
        try {
            if (Files.isDirectory(p, NO_FOLLOW)) {
                throw new FsException("EISDIR", "unlink", path, null);
            }
            Files.delete(p);
        } catch (IOException e) {
            throw fail(e, "unlink", path, null);
        }
    }

    /** rm: a missing path is an error unless {@code force}; directories need {@code recursive}. */
    static void rm(String path, boolean recursive, boolean force) {
        Path p = Path.of(path);
        try {
            if (!Files.exists(p, NO_FOLLOW)) {
                if (force) {
                    return;
                }
                // Node's rm looks at the path with lstat first, and that is the call that fails.
                throw new FsException("ENOENT", "lstat", path, null);
            }
            if (Files.isDirectory(p, NO_FOLLOW)) {
                if (!recursive) {
                    throw new FsException("ERR_FS_EISDIR", "rm", path, null);
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
            throw fail(e, "rm", path, null);
        }
    }

    static String realpath(String path) {
        try {
            return Path.of(path).toRealPath().toString();
        } catch (IOException e) {
            throw fail(e, "realpath", path, null);
        }
    }

    static String readlink(String path) {
        try {
            return Files.readSymbolicLink(Path.of(path)).toString();
        } catch (IOException e) {
            throw fail(e, "readlink", path, null);
        }
    }

    static void symlink(String target, String path) {
        try {
            Files.createSymbolicLink(Path.of(path), Path.of(target));
        } catch (IOException e) {
            throw fail(e, "symlink", target, path);
        }
    }

    static void link(String existing, String path) {
        try {
            Files.createLink(Path.of(path), Path.of(existing));
        } catch (IOException e) {
            throw fail(e, "link", existing, path);
        }
    }

    static void rename(String from, String to) {
        try {
            Files.move(Path.of(from), Path.of(to), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw fail(e, "rename", from, to);
        }
    }

    static void copyFile(String from, String to, boolean exclusive) {
        try {
            if (exclusive) {
                Files.copy(Path.of(from), Path.of(to));
            } else {
                Files.copy(Path.of(from), Path.of(to), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw fail(e, "copyfile", from, to);
        }
    }

    static void chmod(String path, int mode) {
        try {
            Files.setPosixFilePermissions(Path.of(path), PosixFilePermissions.fromString(rwx(mode)));
        } catch (IOException e) {
            throw fail(e, "chmod", path, null);
        }
    }

    static void truncate(String path, long length) {
        int fd = PosixFiles.open(path, 1 /* O_WRONLY */, 0);
        try {
            PosixFiles.ftruncate(fd, length);
        } finally {
            PosixFiles.close(fd);
        }
    }

    /** mkdtemp: {@code prefix} followed by six random characters, created with mode 0700. */
    static String mkdtemp(String prefix) {
        String chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        var random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 100; attempt++) {
            StringBuilder sb = new StringBuilder(prefix);
            for (int i = 0; i < 6; i++) {
                sb.append(chars.charAt(random.nextInt(chars.length())));
            }
            try {
                Files.createDirectory(Path.of(sb.toString()),
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                return sb.toString();
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // try another name
            } catch (IOException e) {
                throw fail(e, "mkdtemp", prefix + "XXXXXX", null);
            }
        }
        throw new FsException("EEXIST", "mkdtemp", prefix + "XXXXXX", null);
    }
}
