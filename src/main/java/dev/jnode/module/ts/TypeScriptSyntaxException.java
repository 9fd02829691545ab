package dev.jnode.module.ts;

/**
 * TypeScript that cannot be stripped: it does not parse ({@code ERR_INVALID_TYPESCRIPT_SYNTAX}), it needs code
 * generation ({@code ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX}), or jnode cannot transform it ({@code ERR_JNODE_UNSUPPORTED}).
 * {@link #hint} is what Node puts above the error's stack: {@code :<line>} and the source snippet with the offending
 * span marked, for the caller to prefix with a file name; empty when there is none.
 */
public final class TypeScriptSyntaxException extends Exception {
    static final String INVALID = "ERR_INVALID_TYPESCRIPT_SYNTAX";
    static final String UNSUPPORTED = "ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX";

    private final String code;
    private final String hint;

    TypeScriptSyntaxException(String code, String message, String hint) {
        super(message, null, false, false);
        this.code = code;
        this.hint = hint;
    }

    public String code() {
        return code;
    }

    /** {@code ":<line>\n<snippet>"}: Node writes the file name in front of it; empty without an excerpt. */
    public String hint() {
        return hint;
    }
}
