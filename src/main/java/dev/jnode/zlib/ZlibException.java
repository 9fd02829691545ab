package dev.jnode.zlib;

/** A zlib failure as Node reports it: zlib's message, its errno and the Z_* code name. */
public final class ZlibException extends Exception {
    public static final int Z_NEED_DICT = 2;
    public static final int Z_DATA_ERROR = -3;
    public static final int Z_BUF_ERROR = -5;
    /** Not a zlib code: the output grew past the caller's maxOutputLength (Node's ERR_BUFFER_TOO_LARGE). */
    public static final int TOO_LARGE = 1000;

    private final int errno;

    ZlibException(String message, int errno) {
        super(message, null, false, false);
        this.errno = errno;
    }

    public int errno() {
        return errno;
    }

    public String code() {
        return switch (errno) {
            case Z_NEED_DICT -> "Z_NEED_DICT";
            case Z_DATA_ERROR -> "Z_DATA_ERROR";
            case Z_BUF_ERROR -> "Z_BUF_ERROR";
            case TOO_LARGE -> "ERR_BUFFER_TOO_LARGE";
            default -> "Z_UNKNOWN";
        };
    }
}
