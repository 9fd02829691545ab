package dev.jnode.engine;

import java.util.Map;
import java.util.WeakHashMap;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/** Compiles jnode's own library modules and users' CommonJS modules into functions. */
public final class NativesBinding {
    private final JsRuntime runtime;
    /** Sources compiled with a wrapper head on their first line, to correct reported columns. */
    private final Map<Source, Integer> wrapped = new WeakHashMap<>();
    /** Compiles without a wrapper in the text, when GraalJS's internals allow; else null. */
    private final FunctionBodyParser bodyParser = FunctionBodyParser.open();
    private StackTraceHook stackTraceHook;

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
        return wrapAndEval("node:" + id, text, params);
    }

    /** Line {@code line} (1-based) of a library module's source, or null: for error reports that point into it. */
    @HostAccess.Export
    public String libraryLine(String id, int line) {
        return JsRuntime.libraryLine(id, line);
    }

    /** User code as a function of {@code params}, with the file's own lines and columns; the caller strips a hashbang. */
    @HostAccess.Export
    public Value compileFunction(String filename, String text, String params) {
        Value fn = bodyParser == null ? null : bodyParser.compile(filename, text, params);
        return fn != null ? fn : wrapAndEval(filename, text, params);
    }

    /** Runs code as a script in the global scope (as -e does) and returns its completion value. */
    @HostAccess.Export
    public Value evalScript(String name, String code) {
        return evalUserCode(Source.newBuilder("js", code, name).cached(false).buildLiteral());
    }

    /**
     * Evaluates code of the program's own; a SyntaxError of parsing it gets V8's words (parsed apart from running:
     * a SyntaxError the code raises when it runs, as eval() does, is not about this source).
     */
    private Value evalUserCode(Source source) {
        Value parsed;
        try {
            parsed = runtime.context().parse(source);
        } catch (PolyglotException e) {
            V8SyntaxMessages.reword(e);
            throw e;
        }
        return parsed.execute();
    }

    /**
     * Loads, links and evaluates the ES module graph at {@code url} (a {@code file:} URL, or a served module's path)
     * now, as {@code require(esm)} does: {@code [evaluation promise, namespace]}, {@code [false, undefined]} for a graph
     * with top-level await (left unevaluated), or {@code [null, error]} when loading or linking failed; null when GraalJS's
     * internals are out of reach (see {@link NodeModuleLoader}).
     */
    @HostAccess.Export
    public Value requireModule(String url) {
        Object outcome = NodeModuleLoader.evaluateNow(url);
        return outcome == null ? null : runtime.context().asValue(outcome);
    }

    /** Whether a module of the loaded graph at {@code url} awaits at top level (false when that cannot be told). */
    @HostAccess.Export
    public boolean awaitsAtTopLevel(String url) {
        return NodeModuleLoader.graphAwaitsAtTopLevel(url);
    }

    /**
     * Makes {@code lookup(referrer, specifier, attributes)} answer the path of the module every import loads (it
     * throws Node's errors, which reach the importer as they are): through {@link NodeModuleLoader}, or, when
     * GraalJS's internals are out of reach, through {@code register} (its {@code MLE.registerESMLookup}, which takes
     * only a host function and is not asked for {@code data:} URLs nor told attributes).
     */
    @HostAccess.Export
    public void registerModuleLookup(Value register, Value lookup) {
        if (!NodeModuleLoader.install(lookup) && register != null && !register.isNull()) {
            register.executeVoid((ProxyExecutable) args -> lookup.execute(args[0], args[1], new Object[0]));
        }
    }

    /** Lets {@code init(meta, filename)} fill each {@code import.meta}; false when GraalJS offers no hook here. */
    @HostAccess.Export
    public boolean setImportMetaInitializer(Value init) {
        return ImportMetaHook.install(init);
    }

    /**
     * Takes over stack formatting as Node does (see {@link StackTraceHook}): {@code prepare(error, callSites)} formats
     * every stack while {@code Error.prepareStackTrace} is not {@code defaultPrepare} or source maps are on. False
     * when GraalJS offers no hook here (then GraalJS calls {@code Error.prepareStackTrace} itself).
     */
    @HostAccess.Export
    public boolean setPrepareStackTrace(Value errorConstructor, Value defaultPrepare, Value prepare) {
        stackTraceHook = StackTraceHook.install(errorConstructor, defaultPrepare, prepare);
        return stackTraceHook != null;
    }

    /** Whether stacks go through the source-map-aware formatter even without a user's Error.prepareStackTrace. */
    @HostAccess.Export
    public void setSourceMapsEnabled(boolean enabled) {
        if (stackTraceHook != null) {
            stackTraceHook.setSourceMaps(enabled);
        }
    }

    /** True when {@code code} parses as an ES module (nothing is loaded or run). */
    @HostAccess.Export
    public boolean parsesAsModule(String code) {
        try {
            runtime.context().parse(Source.newBuilder("js", code, "[parse check]").mimeType("application/javascript+module")
                    .cached(false).buildLiteral());
            return true;
        } catch (PolyglotException e) {
            if (e.isSyntaxError()) {
                return false;
            }
            throw e;
        }
    }

    /** Parses {@code code} as the ES module {@code filename} without loading or running it; throws its SyntaxError. */
    @HostAccess.Export
    public void checkModuleSyntax(String filename, String code) {
        try {
            runtime.context().parse(Source.newBuilder("js", code, filename).mimeType("application/javascript+module")
                    .cached(false).buildLiteral());
        } catch (PolyglotException e) {
            V8SyntaxMessages.reword(e);
            throw e;
        }
    }

    /** How many characters the wrapper added before the first line of {@code source}, or 0. */
    int wrapperOffset(Source source) {
        return wrapped.getOrDefault(source, 0);
    }

    /**
     * Compiles through a textual wrapper whose head stays on the first line: lines are right, columns of line 1
     * are corrected where jnode reports them. Library modules take this way (it is the cheaper one at
     * start-up, and their frames are internal), as does user code that does not parse (to raise its SyntaxError).
     */
    private Value wrapAndEval(String name, String text, String params) {
        String head = head(params);
        Source source = Source.newBuilder("js", head + text + "\n})", name).cached(false).buildLiteral();
        wrapped.put(source, head.length());
        return evalUserCode(source);
    }

    private static String head(String params) {
        return "(function (" + params + ") {";
    }
}
