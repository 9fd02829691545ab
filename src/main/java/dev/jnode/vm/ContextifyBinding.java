package dev.jnode.vm;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import com.oracle.truffle.js.runtime.GraalJSException;
import com.oracle.truffle.js.runtime.JSRealm;
import com.oracle.truffle.js.runtime.builtins.JSProxy;
import com.oracle.truffle.js.runtime.objects.JSDynamicObject;
import dev.jnode.engine.GuestObjects;
import dev.jnode.engine.JsRuntime;
import dev.jnode.engine.V8SyntaxMessages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * {@code internalBinding('contextify')}: what node:vm needs below JavaScript. A vm context is a GraalJS child realm
 * (V8's context: its own built-ins and global object on the same heap and thread; objects cross freely); a
 * contextified object is reached through the realm's global, replaced by a Proxy whose handler (lib/vm.js) looks in
 * the object first, as V8's global interceptors do for Node. Scripts parse once and run in any realm.
 *
 * <p>GraalJS has no polyglot API for realms; this uses its runtime classes as graal-nodejs does (the exports are in
 * tools/jvm-options.sh). A guest exception must not leave a host method (it would reach JavaScript as a host
 * exception), so what the code threw is kept here and the caller rethrows it: {@link #run} answers {@link #threw}.
 */
public final class ContextifyBinding {
    /** The realms' global proxies, which JavaScript must not see as Proxies (util.types.isProxy, inspect). */
    private static final Set<Object> GLOBAL_PROXIES = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private static final String NODE_ENV_PARSE_TOKEN = "%NODE_ENV_PARSE_TOKEN%";
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "jnode-vm-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    /** Answered by run/compile when the code threw: {@link #takeError()} has what it threw. */
    @HostAccess.Export
    public final Object threw = new Object();
    private Object error;
    private String arrow;

    /** True for a global proxy this binding made, in any thread. */
    public static boolean isGlobalProxy(Object guest) {
        return GLOBAL_PROXIES.contains(guest);
    }

    /** A new realm with GraalJS's default globals. */
    @HostAccess.Export
    public VmRealm createRealm() {
        return new VmRealm(JSRealm.get(null).createChildRealm());
    }

    /** What the last answered {@link #threw} stands for. */
    @HostAccess.Export
    public Object takeError() {
        Object thrown = error;
        error = null;
        return thrown;
    }

    /**
     * Node's "arrow" for the last error: {@code file:line}, the source line and a caret under the throw site, or
     * null when the site is unknown.
     */
    @HostAccess.Export
    public String takeArrow() {
        String taken = arrow;
        arrow = null;
        return taken;
    }

    /** Parses a script placed at the offsets (see {@link Placed}); {@link #threw} for a SyntaxError. */
    @HostAccess.Export
    public Object compile(String code, String filename, int lineOffset, int columnOffset) {
        Placed placed = Placed.of(code, filename, lineOffset, columnOffset);
        try {
            return new VmScript(placed, JSRealm.get(null).getEnv().parsePublic(placed.source));
        } catch (GraalJSException e) {
            return parseFailed(e, placed, 0);
        }
    }

    /**
     * {@code function (params) { body }} created in {@code realm} (null: the current one), whose free names are
     * looked up in each object of {@code extensions} first, innermost last; {@link #threw} for a SyntaxError.
     */
    @HostAccess.Export
    public Object compileFunction(String body, String filename, int lineOffset, int columnOffset, String params,
            VmRealm realm, Value extensions) {
        Placed placed = Placed.of(body, filename, lineOffset, columnOffset);
        int scopes = (int) extensions.getArraySize();
        StringBuilder head = new StringBuilder("(function () {");
        for (int i = 0; i < scopes; i++) {
            head.append("with (arguments[").append(i).append("]) ");
        }
        head.append("return function (").append(params).append(") {");
        String[] mode = {NODE_ENV_PARSE_TOKEN, head.toString(), "\n} })", "false"};
        JSRealm main = JSRealm.getMain(null);
        JSRealm previous = main.enterRealm(null, realm == null ? JSRealm.get(null) : realm.realm);
        try {
            CallTarget wrapper = JSRealm.get(null).getEnv().parsePublic(placed.source, mode);
            Object[] scopeObjects = new Object[scopes];
            for (int i = 0; i < scopes; i++) {
                scopeObjects[i] = extensions.getArrayElement(i);
            }
            return Context.getCurrent().asValue(wrapper.call()).execute(scopeObjects);
        } catch (GraalJSException e) {
            return parseFailed(e, placed, head.length());
        } finally {
            main.leaveRealm(null, previous);
        }
    }

    /**
     * A vm.SourceTextModule's record, parsed for {@code realm} (null: the current one); {@link #threw} for a
     * SyntaxError.
     */
    @HostAccess.Export
    public Object sourceTextModule(String code, String identifier, int lineOffset, int columnOffset, VmRealm realm) {
        Placed placed = Placed.ofModule(code, identifier, lineOffset, columnOffset);
        JSRealm target = realm == null ? JSRealm.get(null) : realm.realm;
        try {
            return VmModule.sourceText(target, target.getContext().getEvaluator().envParseModule(target, placed.source),
                    placed);
        } catch (GraalJSException e) {
            return parseFailed(e, placed, 0);
        }
    }

    /** A vm.SyntheticModule's record in {@code realm} (null: the current one), already linked. */
    @HostAccess.Export
    public VmModule syntheticModule(Value exportNames, String identifier, VmRealm realm, Value evaluate) {
        List<String> names = new ArrayList<>();
        for (long i = 0, n = exportNames.getArraySize(); i < n; i++) {
            names.add(exportNames.getArrayElement(i).asString());
        }
        JSRealm target = realm == null ? JSRealm.get(null) : realm.realm;
        Source source = Source.newBuilder("js", "", identifier).build();
        return VmModule.synthetic(target, source, names, evaluate);
    }

    /** Links the graph under {@code module}, whose modules were all prepared; {@link #threw} for a link error. */
    @HostAccess.Export
    public Object instantiateModule(VmModule module) {
        return inRealm(module.realm, 0, null, module.placed, () -> {
            module.record.link(module.realm);
            return null;
        });
    }

    /**
     * Evaluates a linked module: answers the promise of its evaluation, or {@link #threw}; {@code timeout}
     * milliseconds (0: none) stop it with {@code timedOut} as what it threw.
     */
    @HostAccess.Export
    public Object evaluateModule(VmModule module, long timeout, Object timedOut) {
        return inRealm(module.realm, timeout, timedOut, module.placed,
                () -> Context.getCurrent().asValue(module.record.evaluate(module.realm)));
    }

    /**
     * Runs a script with {@code realm}'s global (null: the current realm's) and answers its completion value, or
     * {@link #threw}; {@code timeout} milliseconds (0: none) stop it with {@code timedOut} as what it threw.
     */
    @HostAccess.Export
    public Object run(VmScript script, VmRealm realm, long timeout, Object timedOut) {
        return inRealm(realm == null ? JSRealm.get(null) : realm.realm, timeout, timedOut, script.placed,
                () -> Context.getCurrent().asValue(script.target.call()));
    }

    /**
     * Runs {@code body} with {@code realm} entered, under a watchdog of {@code timeout} milliseconds (0: none):
     * what it threw is kept for {@link #takeError()} ({@code timedOut} when the watchdog stopped it).
     */
    private Object inRealm(JSRealm realm, long timeout, Object timedOut, Placed placed, Supplier<Object> body) {
        JSRealm main = JSRealm.getMain(null);
        JSRealm previous = main.enterRealm(null, realm);
        Watchdog watchdog = timeout > 0 ? new Watchdog(main, timeout) : null;
        try {
            return body.get();
        } catch (GraalJSException e) {
            return thrown(e, placed);
        } catch (Watchdog.Expired e) {
            if (e.watchdog != watchdog) {
                throw e;
            }
            error = timedOut;
            return threw;
        } finally {
            if (watchdog != null) {
                watchdog.stop();
            }
            main.leaveRealm(null, previous);
        }
    }

    /**
     * {@link #thrown} for an exception of parsing {@code script} (behind a wrapper of {@code wrapperLength}
     * characters): a SyntaxError gets V8's words.
     */
    private Object parseFailed(GraalJSException e, Placed script, int wrapperLength) {
        V8SyntaxMessages.Internal.reword(e, "application/javascript+module".equals(script.source.getMimeType()),
                wrapperLength);
        return thrown(e, script);
    }

    private Object thrown(GraalJSException e, Placed script) {
        error = e.getErrorObject();
        arrow = script == null ? null : arrowOf(e, script);
        return threw;
    }

    /**
     * The throw site: GraalJS knows it for thrown primitives and errors it raises itself; for an error object a
     * script threw, where the error was created (Node marks the throw statement, usually on the same line).
     */
    private static String arrowOf(GraalJSException e, Placed placed) {
        Source script = placed.source;
        SourceSection section = e.hasSourceLocation() ? sourceLocation(e) : null;
        String file;
        int line;
        int column;
        String text;
        if (section != null && section.isAvailable() && section.hasLines()) {
            file = section.getSource().getName();
            line = section.getStartLine();
            column = section.getStartColumn();
            text = section.getSource().getCharacters(line).toString();
        } else {
            GraalJSException.JSStackTraceElement[] frames = e.getJSStackTrace();
            if (frames == null || frames.length == 0 || frames[0].getFileName() == null
                    || !frames[0].getFileName().toJavaStringUncached().equals(script.getName())
                    || frames[0].getLineNumber() < 1 || frames[0].getLineNumber() > script.getLineCount()) {
                return null;
            }
            file = script.getName();
            line = frames[0].getLineNumber();
            column = frames[0].getColumnNumber();
            text = script.getCharacters(line).toString();
            column = JsRuntime.throwKeywordColumn(text, column);
        }
        if ((section == null || section.getSource() == script) && line == placed.firstLine) {
            // The spaces that stand for a column offset are not part of the line Node shows.
            int padding = Math.min(placed.padding, Math.max(0, column - 1));
            text = text.substring(padding);
            column -= padding;
        }
        String indent = text.substring(0, Math.max(0, Math.min(column - 1, text.length()))).replaceAll("[^\\t]", " ");
        return file + ":" + line + "\n" + text + "\n" + indent + "^\n";
    }

    private static SourceSection sourceLocation(GraalJSException e) {
        try {
            return e.getSourceLocationInterop();
        } catch (Exception unsupported) {
            return null;
        }
    }

    /**
     * Code placed at a line and column offset. GraalJS sources have none: the code is moved down and right
     * instead, which puts its positions (stacks, errors) where Node reports them. Negative offsets cannot be
     * honoured this way and count as 0. A hashbang line becomes a comment.
     */
    record Placed(Source source, int firstLine, int padding) {
        static Placed of(String code, String filename, int lineOffset, int columnOffset) {
            return place(code, filename, lineOffset, columnOffset, null);
        }

        static Placed ofModule(String code, String identifier, int lineOffset, int columnOffset) {
            return place(code, identifier, lineOffset, columnOffset, "application/javascript+module");
        }

        private static Placed place(String code, String name, int lineOffset, int columnOffset, String mimeType) {
            String text = code.startsWith("#!") ? "//" + code.substring(2) : code;
            int lines = Math.max(0, lineOffset);
            int padding = Math.max(0, columnOffset);
            String placed = "\n".repeat(lines) + " ".repeat(padding) + text;
            Source.LiteralBuilder builder = Source.newBuilder("js", placed, name);
            return new Placed((mimeType == null ? builder : builder.mimeType(mimeType)).build(), lines + 1, padding);
        }
    }

    /** A parsed script: context-independent, run in any realm. */
    public static final class VmScript {
        final Placed placed;
        final CallTarget target;

        VmScript(Placed placed, CallTarget target) {
            this.placed = placed;
            this.target = target;
        }
    }

    /** A realm and its global object. */
    public static final class VmRealm {
        final JSRealm realm;

        VmRealm(JSRealm realm) {
            this.realm = realm;
        }

        /** The realm's global object (its proxy once {@link #contextify} ran). */
        @HostAccess.Export
        public Object global() {
            return realm.getGlobalObject();
        }

        /** Makes a Proxy over the realm's own global object, with {@code handler}, the realm's global; answers it. */
        @HostAccess.Export
        public Object contextify(Value handler) {
            JSDynamicObject proxy = JSProxy.create(realm.getContext(), realm, realm.getGlobalObject(),
                    (JSDynamicObject) GuestObjects.unwrap(handler));
            realm.setGlobalObject(proxy);
            GLOBAL_PROXIES.add(proxy);
            return proxy;
        }
    }

    /**
     * Stops a run that takes too long, as V8's TerminateExecution does for Node: an exception thrown on the JS
     * thread at its next safepoint, which JavaScript's catch and finally blocks do not see (it is not a guest
     * exception), on its way out to {@link #run}.
     */
    private static final class Watchdog {
        private final ScheduledFuture<?> timer;
        /** Read and written on the JS thread only: the action runs there. */
        private boolean active = true;

        Watchdog(JSRealm realm, long millis) {
            Thread jsThread = Thread.currentThread();
            var env = realm.getEnv();
            timer = WATCHDOG.schedule(() -> env.submitThreadLocal(new Thread[] {jsThread}, new ThreadLocalAction(true, false) {
                @Override
                protected void perform(Access access) {
                    if (active) {
                        active = false;
                        throw new Expired(Watchdog.this);
                    }
                }
            }), millis, TimeUnit.MILLISECONDS);
        }

        void stop() {
            active = false;
            timer.cancel(false);
        }

        static final class Expired extends RuntimeException {
            private static final long serialVersionUID = 1L;
            final transient Watchdog watchdog;

            Expired(Watchdog watchdog) {
                super(null, null, false, false);
                this.watchdog = watchdog;
            }
        }
    }
}
