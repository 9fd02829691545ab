package dev.jnode.engine;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * Builds JavaScript errors of Node's shape from Java: a binding throws {@link #uvException(String, String,
 * String, String)} and JavaScript receives a real {@code Error} with {@code code}, {@code errno},
 * {@code syscall} and {@code path}, as from libuv.
 */
public final class ErrorsBinding {
    private Value uvFactory;
    private Value codedFactory;

    /** Called once by the bootstrap with {@code (code, syscall, path, dest) => Error}. */
    @HostAccess.Export
    public void setUvExceptionFactory(Value fn) {
        uvFactory = fn;
    }

    /**
     * Called once by the bootstrap with {@code (code, message) => Error}: a function that builds the error Node
     * defines for {@code code} in {@code internal/errors.js} (its class, e.g. {@code TypeError} for
     * {@code ERR_INVALID_MODULE_SPECIFIER}, and {@code code} as an own property) with {@code message} as its
     * already formatted text. Codes without an {@code ERR_} registry entry, such as {@code MODULE_NOT_FOUND}, are
     * plain {@code Error}s with {@code code} set.
     */
    @HostAccess.Export
    public void setCodedErrorFactory(Value fn) {
        codedFactory = fn;
    }

    /** An exception for a binding to throw: a JavaScript error with Node's {@code code} and this exact message. */
    public RuntimeException codedError(String code, String message) {
        return codedErrorObject(code, message).throwException();
    }

    /** The error {@link #codedError(String, String)} throws, for a binding that adds properties first. */
    public Value codedErrorObject(String code, String message) {
        return codedFactory.execute(code, message);
    }

    /**
     * As {@link #codedError(String, String)}, with {@code stackPrefix} in front of the error's stack: Node heads
     * some errors' stacks with a source excerpt (TypeScript syntax errors) without changing the message.
     */
    public RuntimeException codedError(String code, String message, String stackPrefix) {
        Value error = codedFactory.execute(code, message);
        Value stack = error.getMember("stack");
        if (stack != null && stack.isString()) {
            error.putMember("stack", stackPrefix + stack.asString());
        }
        return error.throwException();
    }

    /** The error object itself, for callbacks ({@code cb(err)}) rather than throwing. */
    public Value uvExceptionValue(Object code, String syscall, String path, String dest) {
        return uvFactory.execute(code, syscall, path, dest);
    }

    /** An exception for a binding to throw; {@code code} is a name ("ENOENT") or a positive errno. */
    public RuntimeException uvException(Object code, String syscall, String path, String dest) {
        return uvFactory.execute(code, syscall, path, dest).throwException();
    }
}
