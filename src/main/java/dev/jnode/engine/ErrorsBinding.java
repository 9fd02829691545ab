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

    /** Called once by the bootstrap with {@code (code, syscall, path, dest) => Error}. */
    @HostAccess.Export
    public void setUvExceptionFactory(Value fn) {
        uvFactory = fn;
    }

    /** An exception for a binding to throw; {@code code} is a name ("ENOENT") or a positive errno. */
    public RuntimeException uvException(Object code, String syscall, String path, String dest) {
        return uvFactory.execute(code, syscall, path, dest).throwException();
    }
}
