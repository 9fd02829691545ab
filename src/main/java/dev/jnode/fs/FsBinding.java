package dev.jnode.fs;

import dev.jnode.buffer.Codec;
import dev.jnode.engine.ErrorsBinding;
import dev.jnode.engine.JsRuntime;
import dev.jnode.loop.WorkPool;
import java.nio.ByteBuffer;
import java.util.function.Supplier;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * {@code internalBinding('fs')}: each operation of {@link FsOps} callable synchronously (failures throw
 * Node's system errors) or asynchronously on the {@link WorkPool} ({@link #async}: the callback gets
 * {@code (err, result)} on the JS thread). Paths arrive absolute; bytes leave as {@link ByteBuffer}s that
 * JavaScript wraps without copying ({@code new ArrayBuffer(bb)}) and arrive as typed arrays read in bulk.
 */
public final class FsBinding {
    private final JsRuntime runtime;
    private final ErrorsBinding errors;

    public FsBinding(JsRuntime runtime, ErrorsBinding errors) {
        this.runtime = runtime;
        this.errors = errors;
    }

    private RuntimeException jsError(FsException e) {
        return errors.uvException(e.code(), e.syscall(), e.path(), e.dest());
    }

    private <T> T sync(Supplier<T> op) {
        try {
            return op.get();
        } catch (FsException e) {
            throw jsError(e);
        }
    }

    /** Copies a region of a JS ArrayBuffer into Java, on the JS thread (typed arrays pass their .buffer). */
    private static byte[] bytes(Value arrayBuffer, int offset, int length) {
        byte[] out = new byte[length];
        arrayBuffer.readBuffer(offset, out, 0, length);
        return out;
    }

    /** Runs an operation (named as the sync methods) on the pool; {@code callback(err, result)} on this thread. */
    @HostAccess.Export
    public void async(String op, Value args, Value callback) {
        Supplier<Object> work = operation(op, args);
        WorkPool.shared().submit(runtime.loop(), work::get, (result, failure) -> {
            if (failure instanceof FsException e) {
                runtime.invoke(callback, errors.uvExceptionValue(e.code(), e.syscall(), e.path(), e.dest()));
            } else if (failure != null) {
                throw new IllegalStateException(failure);
            } else {
                runtime.invoke(callback, null, result);
            }
        });
    }

    /** Binds an operation to Java copies of its arguments (taken now, on the JS thread). */
    private Supplier<Object> operation(String op, Value a) {
        return switch (op) {
            case "open" -> {
                String p = a.getArrayElement(0).asString();
                int flags = a.getArrayElement(1).asInt();
                int mode = a.getArrayElement(2).asInt();
                yield () -> FsOps.open(p, flags, mode);
            }
            case "close" -> {
                int fd = a.getArrayElement(0).asInt();
                yield () -> {
                    PosixFiles.close(fd);
                    return null;
                };
            }
            case "readFile" -> {
                String p = a.getArrayElement(0).asString();
                yield () -> ByteBuffer.wrap(readFileOrFd(p));
            }
            case "writeFile" -> {
                String p = a.getArrayElement(0).asString();
                Value data = a.getArrayElement(1);
                byte[] bytes = data.isString() ? Codec.utf8(data.asString())
                        : bytes(data, a.getArrayElement(2).asInt(), a.getArrayElement(3).asInt());
                int flags = a.getArrayElement(4).asInt();
                int mode = a.getArrayElement(5).asInt();
                yield () -> {
                    FsOps.writeFile(p, bytes, flags, mode);
                    return null;
                };
            }
            case "read" -> {
                int fd = a.getArrayElement(0).asInt();
                int length = a.getArrayElement(1).asInt();
                long position = a.getArrayElement(2).asLong();
                yield () -> {
                    byte[] buf = new byte[length];
                    int n = PosixFiles.read(fd, buf, 0, length, position);
                    return ByteBuffer.wrap(buf, 0, n).slice();
                };
            }
            case "write" -> {
                int fd = a.getArrayElement(0).asInt();
                Value data = a.getArrayElement(1);
                int offset = a.getArrayElement(2).asInt();
                int length = a.getArrayElement(3).asInt();
                long position = a.getArrayElement(4).asLong();
                byte[] bytes = bytes(data, offset, length);
                yield () -> PosixFiles.write(fd, bytes, 0, length, position);
            }
            case "stat", "lstat" -> {
                String p = a.getArrayElement(0).asString();
                boolean follow = op.equals("stat");
                yield () -> FsOps.stat(p, follow, true);
            }
            case "fstat" -> {
                int fd = a.getArrayElement(0).asInt();
                yield () -> PosixFiles.fstat(fd);
            }
            case "access" -> {
                // Read on the JS thread: the operation runs on the pool, where guest values are out of reach.
                int mode = a.getArrayElement(1).asInt();
                yield path1(a, p -> FsOps.access(p, mode));
            }
            case "readdir" -> {
                String p = a.getArrayElement(0).asString();
                boolean types = a.getArrayElement(1).asBoolean();
                yield () -> FsOps.readdir(p, types, "scandir");
            }
            case "opendir" -> {
                String p = a.getArrayElement(0).asString();
                yield () -> FsOps.readdir(p, true, "opendir");
            }
            case "mkdir" -> {
                String p = a.getArrayElement(0).asString();
                boolean recursive = a.getArrayElement(1).asBoolean();
                int mode = a.getArrayElement(2).asInt();
                yield () -> FsOps.mkdir(p, recursive, mode);
            }
            case "rmdir" -> path1(a, FsOps::rmdir);
            case "unlink" -> path1(a, FsOps::unlink);
            case "rm" -> {
                String p = a.getArrayElement(0).asString();
                boolean recursive = a.getArrayElement(1).asBoolean();
                boolean force = a.getArrayElement(2).asBoolean();
                yield () -> {
                    FsOps.rm(p, recursive, force);
                    return null;
                };
            }
            case "realpath" -> {
                String p = a.getArrayElement(0).asString();
                yield () -> FsOps.realpath(p);
            }
            case "readlink" -> {
                String p = a.getArrayElement(0).asString();
                yield () -> FsOps.readlink(p);
            }
            case "rename" -> path2(a, FsOps::rename);
            case "symlink" -> path2(a, FsOps::symlink);
            case "link" -> path2(a, FsOps::link);
            case "copyFile" -> {
                String from = a.getArrayElement(0).asString();
                String to = a.getArrayElement(1).asString();
                boolean excl = a.getArrayElement(2).asBoolean();
                yield () -> {
                    FsOps.copyFile(from, to, excl);
                    return null;
                };
            }
            case "chmod" -> {
                String p = a.getArrayElement(0).asString();
                int mode = a.getArrayElement(1).asInt();
                yield () -> {
                    FsOps.chmod(p, mode);
                    return null;
                };
            }
            case "mkdtemp" -> {
                String p = a.getArrayElement(0).asString();
                yield () -> FsOps.mkdtemp(p);
            }
            case "truncate" -> {
                String p = a.getArrayElement(0).asString();
                long len = a.getArrayElement(1).asLong();
                yield () -> {
                    FsOps.truncate(p, len);
                    return null;
                };
            }
            case "utimes", "lutimes" -> {
                String p = a.getArrayElement(0).asString();
                double at = a.getArrayElement(1).asDouble();
                double mt = a.getArrayElement(2).asDouble();
                boolean follow = op.equals("utimes");
                yield done(() -> PosixFiles.utimes(p, at, mt, follow));
            }
            case "futimes" -> {
                int fd = a.getArrayElement(0).asInt();
                double at = a.getArrayElement(1).asDouble();
                double mt = a.getArrayElement(2).asDouble();
                yield done(() -> PosixFiles.futimes(fd, at, mt));
            }
            case "chown", "lchown" -> {
                String p = a.getArrayElement(0).asString();
                int uid = a.getArrayElement(1).asInt();
                int gid = a.getArrayElement(2).asInt();
                boolean follow = op.equals("chown");
                yield done(() -> PosixFiles.chown(p, uid, gid, follow));
            }
            case "fchown" -> {
                int fd = a.getArrayElement(0).asInt();
                int uid = a.getArrayElement(1).asInt();
                int gid = a.getArrayElement(2).asInt();
                yield done(() -> PosixFiles.fchown(fd, uid, gid));
            }
            case "fchmod" -> {
                int fd = a.getArrayElement(0).asInt();
                int mode = a.getArrayElement(1).asInt();
                yield done(() -> PosixFiles.fchmod(fd, mode));
            }
            case "fdatasync" -> {
                int fd = a.getArrayElement(0).asInt();
                yield done(() -> PosixFiles.fdatasync(fd));
            }
            case "statfs" -> {
                String p = a.getArrayElement(0).asString();
                yield () -> PosixFiles.statfs(p);
            }
            case "ftruncate" -> {
                int fd = a.getArrayElement(0).asInt();
                long len = a.getArrayElement(1).asLong();
                yield () -> {
                    PosixFiles.ftruncate(fd, len);
                    return null;
                };
            }
            case "fsync" -> {
                int fd = a.getArrayElement(0).asInt();
                yield () -> {
                    PosixFiles.fsync(fd);
                    return null;
                };
            }
            default -> throw new IllegalArgumentException("unknown fs operation " + op);
        };
    }

    /** An operation without a result. */
    private static Supplier<Object> done(Runnable op) {
        return () -> {
            op.run();
            return null;
        };
    }

    private static Supplier<Object> path1(Value a, java.util.function.Consumer<String> op) {
        String p = a.getArrayElement(0).asString();
        return () -> {
            op.accept(p);
            return null;
        };
    }

    private static Supplier<Object> path2(Value a, java.util.function.BiConsumer<String, String> op) {
        String p = a.getArrayElement(0).asString();
        String q = a.getArrayElement(1).asString();
        return () -> {
            op.accept(p, q);
            return null;
        };
    }

    /** The same operations, synchronously on the JS thread. */
    @HostAccess.Export
    public Object call(String op, Value args) {
        Supplier<Object> work = operation(op, args);
        return sync(work);
    }

    /** readFile of a path, or of "fd:N" for an open descriptor (read from its current position). */
    private static byte[] readFileOrFd(String path) {
        if (path.startsWith("fd:")) {
            int fd = Integer.parseInt(path.substring(3));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[65536];
            int n;
            while ((n = PosixFiles.read(fd, buf, 0, buf.length, -1)) > 0) {
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
        try {
            return FsOps.readFile(path);
        } catch (FsException e) {
            throw e.withPath(path);
        }
    }

    /** A new fs.watch handle that reports {@code onEvent(eventType, filename)} on the JS thread. */
    @HostAccess.Export
    public InotifyWatcher watcher(Value onEvent) {
        return new InotifyWatcher(runtime, onEvent);
    }

    /** stat without throwing for a missing path (null): for existsSync and module lookups. */
    @HostAccess.Export
    public double[] statIfExists(String path, boolean followLinks) {
        try {
            return FsOps.stat(path, followLinks, false);
        } catch (FsException e) {
            return null;
        }
    }

    /** Reads a whole file as UTF-8 text (the common case of readFileSync(path, 'utf8'), without a copy to JS bytes). */
    @HostAccess.Export
    public String readFileUtf8(String path) {
        return sync(() -> new String(readFileOrFd(path), java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Writes a string to a descriptor: what fs.writeSync(fd, string) and stdio need. */
    @HostAccess.Export
    public int writeString(int fd, String text, double position) {
        byte[] bytes = Codec.utf8(text);
        return sync(() -> PosixFiles.write(fd, bytes, 0, bytes.length, (long) position));
    }
}
