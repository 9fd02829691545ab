package dev.jnode.module.ts;

/**
 * TypeScript that cannot be stripped: it does not parse ({@code ERR_INVALID_TYPESCRIPT_SYNTAX}) or it needs code
 * generation ({@code ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX}). {@link #hint} is what Node puts above the error's stack:
 * {@code <line>} and the source snippet with the offending span marked, for the caller to prefix with a file name.
 */
public final class TypeScriptSyntaxException extends Exception {
    private final String code;
    private final String hint;

    TypeScriptSyntaxException(boolean unsupported, String message, String hint) {
        super(message, null, false, false);
        this.code = unsupported ? "ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX" : "ERR_INVALID_TYPESCRIPT_SYNTAX";
        this.hint = hint;
    }

    public String code() {
        return code;
    }

    /** {@code ":<line>\n<snippet>"}: Node writes the file name in front of it. */
    public String hint() {
        return hint;
    }
}
