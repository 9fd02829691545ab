package dev.jnode.pm;

/** A failure the package manager reports to the user as one line, with an npm-style code. */
public class PmException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;

    public PmException(String code, String message) {
        super(message);
        this.code = code;
    }

    public PmException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** npm's error code, such as {@code E404}, {@code EINTEGRITY}, {@code ETARGET}. */
    public String code() {
        return code;
    }
}
