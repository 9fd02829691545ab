package dev.jnode.engine;

import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/** Compiles jnode's own library modules and users' CommonJS modules into functions. */
public final class NativesBinding {
    private final JsRuntime runtime;

    NativesBinding(JsRuntime runtime) {
        this.runtime = runtime;
    }

    /** True when jnode ships a library module of that id (e.g. "path", "internal/errors"). */
    @HostAccess.Export
    public boolean has(String id) {
        return JsRuntime.class.getResource("/jnode/lib/" + id + ".js") != null;
    }

    /** A library module as a function of {@code params} (comma-separated), named {@code node:<id>}. */
    @HostAccess.Export
    public Value compileLibrary(String id, String params) {
        String text = JsRuntime.readLibrary(id);
        if (text == null) {
            throw new IllegalArgumentException("no such library module: " + id);
        }
        return compile("node:" + id, text, params);
    }

    /**
     * User code as a function of {@code params}. The wrapper's head stays on the first line so that line
     * numbers in stack traces are the file's own; the caller strips a leading hashbang.
     */
    @HostAccess.Export
    public Value compileFunction(String filename, String text, String params) {
        return compile(filename, text, params);
    }

    /** The number of characters the wrapper adds before the first line of user code. */
    @HostAccess.Export
    public int wrapperOffset(String params) {
        return head(params).length();
    }

    private Value compile(String name, String text, String params) {
        String wrapped = head(params) + text + "\n})";
        Source source = Source.newBuilder("js", wrapped, name).cached(false).buildLiteral();
        return runtime.context().eval(source);
    }

    private static String head(String params) {
        return "(function (" + params + ") {";
    }
}
