package dev.jnode.engine;

import com.oracle.js.parser.ir.Module.ImportPhase;
import com.oracle.js.parser.ir.Module.ModuleRequest;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.strings.TruffleString;
import com.oracle.truffle.js.runtime.Errors;
import com.oracle.truffle.js.runtime.GraalJSException;
import com.oracle.truffle.js.runtime.JSContext;
import com.oracle.truffle.js.runtime.JSRealm;
import com.oracle.truffle.js.runtime.Strings;
import com.oracle.truffle.js.runtime.builtins.JSArray;
import com.oracle.truffle.js.runtime.builtins.JSPromiseObject;
import com.oracle.truffle.js.runtime.objects.AbstractModuleRecord;
import com.oracle.truffle.js.runtime.objects.CyclicModuleRecord;
import com.oracle.truffle.js.runtime.objects.DefaultESModuleLoader;
import com.oracle.truffle.js.runtime.objects.Null;
import com.oracle.truffle.js.runtime.objects.ScriptOrModule;
import com.oracle.truffle.js.runtime.objects.Undefined;
import dev.jnode.module.ModuleFileSystem;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.Field;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.graalvm.polyglot.Value;

/**
 * GraalJS's module loader (parsing, linking, the module map) with jnode's lookup in front of every import: static,
 * dynamic, {@code data:} URLs included, with the import's attributes. GraalJS's own loader takes no hook for
 * {@code data:} URLs (it decodes them itself) and none that sees attributes; Node resolves both, and checks the
 * attributes against the module's format with its own errors. Installed as the realm's loader in place of the
 * default one, before any module loads (needs the {@code --add-opens} of tools/jvm-options.sh).
 */
final class NodeModuleLoader extends DefaultESModuleLoader {
    /** Claims every attribute key, so that GraalJS hands all of them to the lookup, which checks them as Node does. */
    private static final Set<TruffleString> EVERY_ATTRIBUTE = new AbstractSet<>() {
        @Override
        public boolean contains(Object key) {
            return true;
        }

        @Override
        public boolean containsAll(Collection<?> keys) {
            return true;
        }

        @Override
        public Iterator<TruffleString> iterator() {
            return Collections.emptyIterator();
        }

        @Override
        public int size() {
            return 0;
        }
    };

    private static final String JSON_MIME = "application/json";
    private static final TruffleString JSON_TYPE = Strings.fromJavaString("json");

    /** {@code lookup(referrer path or name, specifier, [key, value, ...])}: the path of the module to load. */
    private final Object lookup;

    private NodeModuleLoader(JSRealm realm, Object lookup) {
        super(realm);
        this.lookup = lookup;
    }

    /** Makes {@code lookup} answer this context's imports; false when GraalJS's internals are out of reach. */
    static boolean install(Value lookup) {
        try {
            if (!GuestObjects.available()) {
                return false;
            }
            JSRealm realm = JSRealm.get(null);
            // GraalJS drops the attributes it does not know before asking the loader; Node rejects them.
            Field supported = JSContext.class.getDeclaredField("supportedImportAttributes");
            supported.setAccessible(true);
            supported.set(realm.getContext(), EVERY_ATTRIBUTE);
            Field loader = JSRealm.class.getDeclaredField("moduleLoader");
            loader.setAccessible(true);
            loader.set(realm, new NodeModuleLoader(realm, GuestObjects.unwrap(lookup)));
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return false;
        }
    }

    /**
     * Loads, links and evaluates the module graph at {@code url} now, as {@code require(esm)} does, without running
     * the job queue (evaluating through the polyglot API runs it, and GraalJS drops the jobs still queued when the
     * evaluation rejects: an ES module that caught such a require() would never finish). Answers {@code [evaluation
     * promise, namespace]}, {@code [false, undefined]} for a graph with top-level await (not evaluated),
     * {@code ["cycle", undefined]} for a module an import is still evaluating, or
     * {@code [null, error]} when loading or linking threw; null when GraalJS's internals
     * are out of reach.
     */
    static Object evaluateNow(String url) {
        try {
            JSRealm realm = JSRealm.get(null);
            Object[] outcome;
            try {
                AbstractModuleRecord record = realm.getModuleLoader().resolveImportedModule(null,
                        ModuleRequest.create(Strings.fromJavaString(url)));
                record.loadRequestedModulesSync(realm, Undefined.instance);
                if (record instanceof CyclicModuleRecord cyclic
                        && cyclic.getStatus() == CyclicModuleRecord.Status.Evaluating) {
                    // An import is evaluating it right now (ESM -> CommonJS -> require(esm)): a cycle Node refuses.
                    outcome = new Object[] {Strings.fromJavaString("cycle"), Undefined.instance};
                } else if (linkedAwaitsAtTopLevel(realm, record)) {
                    // Node refuses such a graph before running any of it, even one an import already evaluated.
                    outcome = new Object[] {false, Undefined.instance};
                } else {
                    JSPromiseObject evaluation = record.evaluate(realm);
                    outcome = new Object[] {evaluation, record.getModuleNamespace(ImportPhase.Evaluation)};
                }
            } catch (GraalJSException e) {
                // A guest exception must not leave the host method that called us: it is answered instead.
                outcome = new Object[] {Null.instance, e.getErrorObject()};
            }
            return JSArray.createConstant(realm.getContext(), realm, outcome);
        } catch (LinkageError e) {
            return null;
        }
    }

    /** Whether a module of the graph at {@code url}, loaded and linked before, has top-level await. */
    static boolean graphAwaitsAtTopLevel(String url) {
        try {
            JSRealm realm = JSRealm.get(null);
            AbstractModuleRecord record = realm.getModuleLoader().resolveImportedModule(null,
                    ModuleRequest.create(Strings.fromJavaString(url)));
            return awaitsAtTopLevel(record, new HashSet<>());
        } catch (GraalJSException | LinkageError e) {
            return false;
        }
    }

    /** Links the graph under {@code record}; whether one of its modules has top-level await. */
    private static boolean linkedAwaitsAtTopLevel(JSRealm realm, AbstractModuleRecord record) {
        record.link(realm);
        return awaitsAtTopLevel(record, new HashSet<>());
    }

    /** Whether a module of the linked graph under {@code record} has top-level await. */
    private static boolean awaitsAtTopLevel(AbstractModuleRecord record, Set<AbstractModuleRecord> seen) {
        if (!(record instanceof CyclicModuleRecord cyclic) || !seen.add(record)) {
            return false;
        }
        if (cyclic.hasTLA()) {
            return true;
        }
        for (ModuleRequest request : cyclic.getRequestedModules()) {
            AbstractModuleRecord imported = cyclic.getLoadedModule(request);
            if (imported != null && awaitsAtTopLevel(imported, seen)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public AbstractModuleRecord resolveImportedModule(ScriptOrModule referrer, ModuleRequest request) {
        String path = lookup(referrer, request);
        TruffleFile file = realm.getEnv().getPublicTruffleFile(path);
        try {
            TruffleFile canonical = file.exists() ? file.getCanonicalFile() : file;
            // The lookup checked the attributes as Node does; GraalJS checks them again against the file's MIME
            // type, so it is given the one attribute that passes (a JSON module's format may come from a hook).
            boolean json = JSON_MIME.equals(canonical.detectMimeType());
            ModuleRequest checked = request.withAttributes(json ? Map.of(Strings.TYPE, JSON_TYPE) : Map.of());
            try {
                return loadModuleFromFile(referrer, checked, canonical, canonical.getPath());
            } catch (GraalJSException e) {
                if (json) {
                    V8SyntaxMessages.Internal.rewordJson(e, jsonModuleName(path), jsonText(canonical));
                } else {
                    V8SyntaxMessages.Internal.reword(e, true, 0);
                }
                throw e;
            }
        } catch (IOException | SecurityException e) {
            throw Errors.createErrorFromException(e);
        }
    }

    /**
     * How Node names a JSON module in its parse errors: the file's path, or the URL it was imported by when jnode
     * serves it under a path of its own (a data: URL; a file imported with a type, named by its path again).
     */
    private static String jsonModuleName(String path) {
        String served = ModuleFileSystem.VIRTUAL_ROOT + "url/";
        if (!path.startsWith(served)) {
            return path;
        }
        String encoded = path.substring(served.length());
        int variant = encoded.indexOf('/');
        String url = URLDecoder.decode(variant < 0 ? encoded : encoded.substring(0, variant), StandardCharsets.UTF_8);
        try {
            return url.startsWith("file:") ? new URI(url).getPath() : url;
        } catch (URISyntaxException e) {
            return url;
        }
    }

    /** The module's text as GraalJS parsed it (without a byte order mark, which Node ignores). */
    private static String jsonText(TruffleFile file) {
        try {
            String text = new String(file.readAllBytes(), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException | SecurityException e) {
            return "";
        }
    }

    private String lookup(ScriptOrModule referrer, ModuleRequest request) {
        Object referrerName = Null.instance;
        if (referrer != null) {
            String path = referrer.getSource().getPath();
            referrerName = Strings.fromJavaString(path != null ? path : referrer.getSource().getName());
        }
        List<Object> attributes = new ArrayList<>();
        for (Map.Entry<TruffleString, TruffleString> attribute : request.attributes().entrySet()) {
            attributes.add(attribute.getKey());
            attributes.add(attribute.getValue());
        }
        Object attributeArray = JSArray.createConstant(realm.getContext(), realm, attributes.toArray());
        try {
            // A JavaScript error thrown by the lookup (Node's resolution errors) reaches the importer as it is.
            InteropLibrary interop = InteropLibrary.getUncached();
            return interop.asString(interop.execute(lookup, referrerName, request.specifier(), attributeArray));
        } catch (InteropException e) {
            throw Errors.createErrorFromException(e);
        }
    }
}
