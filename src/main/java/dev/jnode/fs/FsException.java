package dev.jnode.fs;

/** A failed file-system call: the errno (positive) or its name, the syscall and the paths, as libuv reports. */
public final class FsException extends RuntimeException {
    private final Object code;
    private final String syscall;
    private final String path;
    private final String dest;

    public FsException(Object code, String syscall, String path, String dest) {
        super(code + " " + syscall, null, false, false);
        this.code = code;
        this.syscall = syscall;
        this.path = path;
        this.dest = dest;
    }

    public Object code() {
        return code;
    }

    public String syscall() {
        return syscall;
    }

    public String path() {
        return path;
    }

    public String dest() {
        return dest;
    }

    /** Fills in the path of an fd-based failure that the caller knows. */
    FsException withPath(String p) {
        return path == null ? new FsException(code, syscall, p, dest) : this;
    }
}
