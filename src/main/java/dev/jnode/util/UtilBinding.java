package dev.jnode.util;

import dev.jnode.engine.GuestObjects;
import dev.jnode.vm.ContextifyBinding;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * {@code internalBinding('util')}: the engine facts {@code util.inspect} cannot learn from JavaScript (a
 * promise's state and result, a proxy's target and handler, an object's internal class).
 *
 * <p>The polyglot API has none of these. What it does have: {@link Value#getMetaObject()} names proxies
 * "Proxy", and a promise's display string ({@link Value#toString()}) spells its state. The rest comes from
 * GraalJS's own objects ({@code JSPromiseObject.getPromiseResult()}, {@code JSProxyObject.getProxyTarget()},
 * {@code JSDynamicObject.getClassName()}), reached through the guest object a {@link Value} wraps. That
 * needs the JVM flags in {@link #REQUIRED_JVM_FLAGS}; without them every method still answers what the
 * public API allows and returns {@code null} for the rest, and inspect.js falls back to plain JavaScript.
 */
public final class UtilBinding {
    /** What the launcher must pass for the full set of hooks. */
    public static final String REQUIRED_JVM_FLAGS =
            "--add-opens=org.graalvm.polyglot/org.graalvm.polyglot=ALL-UNNAMED "
                    + "--add-exports=org.graalvm.js/com.oracle.truffle.js.runtime.builtins=ALL-UNNAMED "
                    + "--add-exports=org.graalvm.js/com.oracle.truffle.js.runtime.objects=ALL-UNNAMED "
                    + "--add-exports=org.graalvm.js/com.oracle.truffle.js.runtime.util=ALL-UNNAMED";

    static final int PENDING = 0;
    static final int FULFILLED = 1;
    static final int REJECTED = 2;
    // GraalJS's JSRuntime.ITERATION_KIND_*.
    static final int ITERATION_KIND_KEY = 1;
    static final int ITERATION_KIND_KEY_PLUS_VALUE = 3;

    private static final Internals INTERNALS = Internals.open();

    /** True when GraalJS's internal objects are reachable (the flags above were given). */
    @HostAccess.Export
    public boolean hasInternals() {
        return INTERNALS != null;
    }

    /**
     * The internal class of an object as V8 names it for inspect: "Map Iterator", "Set Iterator",
     * "Arguments", "Module", otherwise GraalJS's class name ("Object", "Error", ...); null when unknown.
     */
    @HostAccess.Export
    public String className(Value value) {
        if (INTERNALS == null || value == null || !value.hasMembers()) {
            return null;
        }
        return INTERNALS.className(INTERNALS.guest(value));
    }

    /** True for a module namespace object; null when that cannot be told. */
    @HostAccess.Export
    public Object isModuleNamespace(Value value) {
        String name = className(value);
        return name == null ? null : name.equals("Module");
    }

    /**
     * {@code [state, result]} for a promise (state 0 pending, 1 fulfilled, 2 rejected), {@code [state]}
     * when the result cannot be read, and null for anything that is not a promise.
     */
    @HostAccess.Export
    public Object[] promiseState(Value value) {
        if (value == null || !value.hasMembers()) {
            return null;
        }
        if (INTERNALS != null) {
            Object guest = INTERNALS.guest(value);
            if (INTERNALS.isPromise(guest)) {
                int state = INTERNALS.promiseState(guest);
                return state == PENDING ? new Object[] {state}
                        : new Object[] {state, INTERNALS.toValue(INTERNALS.promiseResult(guest))};
            }
            return null;
        }
        Value meta = value.getMetaObject();
        if (meta == null || !"Promise".equals(meta.getMetaSimpleName())) {
            return null;
        }
        Integer state = stateFromDisplay(value.toString());
        return state == null ? null : new Object[] {state};
    }

    /** Reads the state from GraalJS's display string of a promise, e.g. {@code Promise{[[PromiseStatus]]: "resolved", ...}}. */
    static Integer stateFromDisplay(String display) {
        String marker = "[[PromiseStatus]]: \"";
        int at = display.indexOf(marker);
        if (at < 0) {
            return null;
        }
        String rest = display.substring(at + marker.length());
        if (rest.startsWith("pending\"")) {
            return PENDING;
        }
        if (rest.startsWith("resolved\"") || rest.startsWith("fulfilled\"")) {
            return FULFILLED;
        }
        if (rest.startsWith("rejected\"")) {
            return REJECTED;
        }
        return null;
    }

    /**
     * {@code [target, handler]} for a proxy ({@code [null, null]} once revoked), null for anything else or
     * when the target cannot be read.
     */
    @HostAccess.Export
    public Object[] proxyDetails(Value value) {
        if (value == null || INTERNALS == null) {
            return null;
        }
        Object guest = INTERNALS.guest(value);
        // A vm context's global is a Proxy only underneath; V8's global proxy is no Proxy to JavaScript.
        if (!INTERNALS.isProxy(guest) || ContextifyBinding.isGlobalProxy(guest)) {
            return null;
        }
        Object handler = INTERNALS.proxyHandler(guest);
        if (handler == null || INTERNALS.isNullish(handler)) {
            return new Object[] {null, null};
        }
        return new Object[] {INTERNALS.toValue(INTERNALS.proxyTarget(guest)), INTERNALS.toValue(handler)};
    }

    /**
     * "AsyncFunction", "GeneratorFunction", "AsyncGeneratorFunction" or "Function" for a function, from how
     * it was defined (not from its prototype, which user code can change); null for anything else.
     */
    @HostAccess.Export
    public String functionKind(Value value) {
        if (value == null || INTERNALS == null) {
            return null;
        }
        return INTERNALS.functionKind(INTERNALS.guest(value));
    }

    /**
     * {@code [items, pairs]}: what a Map or Set iterator has still to produce, read without advancing it;
     * {@code items} holds keys, values, or (when {@code pairs}) key and value one after the other. Null for
     * anything else or when the engine's internals are out of reach.
     */
    @HostAccess.Export
    public Object[] iteratorEntries(Value value) {
        if (value == null || INTERNALS == null) {
            return null;
        }
        Object guest = INTERNALS.guest(value);
        if (!INTERNALS.isCollectionIterator(guest)) {
            return null;
        }
        List<Object> items = new ArrayList<>();
        int kind = INTERNALS.iterationKind(guest);
        boolean pairs = kind == ITERATION_KIND_KEY_PLUS_VALUE;
        Object cursor = INTERNALS.remainingCursor(guest);
        // A Set iterator's cursor has the element as its key; a Map iterator's key and value are the entry's.
        boolean isSet = "Set Iterator".equals(INTERNALS.className(guest));
        while (cursor != null && INTERNALS.advance(cursor)) {
            Object key = INTERNALS.cursorKey(cursor);
            Object val = isSet ? key : INTERNALS.cursorValue(cursor);
            if (pairs) {
                items.add(INTERNALS.toValue(key));
                items.add(INTERNALS.toValue(val));
            } else {
                items.add(INTERNALS.toValue(kind == ITERATION_KIND_KEY ? key : val));
            }
        }
        return new Object[] {items.toArray(), pairs};
    }

    /** Reflective access to GraalJS's runtime objects, or null from {@link #open()} when the JVM forbids it. */
    static final class Internals {
        private final Class<?> promiseClass;
        private final Class<?> proxyClass;
        private final Class<?> dynamicObjectClass;
        private final MethodHandle promiseState;
        private final MethodHandle promiseResult;
        private final MethodHandle proxyTarget;
        private final MethodHandle proxyHandler;
        private final MethodHandle className;
        private final Class<?> nullClass;
        private final Class<?> undefinedClass;
        private final Class<?> collectionIteratorClass;
        private final Class<?> functionClass;
        private final MethodHandle functionData;
        private final MethodHandle isAsync;
        private final MethodHandle isGenerator;
        private final MethodHandle iteratedObject;
        private final MethodHandle iterationKind;
        private final MethodHandle nextIndex;
        private final MethodHandle cursorCopy;
        private final MethodHandle cursorAdvance;
        private final MethodHandle cursorKey;
        private final MethodHandle cursorValue;
        private final Class<?> interopFunctionClass;
        private final MethodHandle interopFunction;

        private Internals() throws ReflectiveOperationException {
            if (!GuestObjects.available()) {
                throw new IllegalStateException("polyglot values cannot be unwrapped");
            }
            ClassLoader loader = Value.class.getClassLoader();
            String builtins = "com.oracle.truffle.js.runtime.builtins.";
            String objects = "com.oracle.truffle.js.runtime.objects.";
            ClassLoader jsLoader = findJsLoader(loader);
            promiseClass = Class.forName(builtins + "JSPromiseObject", false, jsLoader);
            proxyClass = Class.forName(builtins + "JSProxyObject", false, jsLoader);
            dynamicObjectClass = Class.forName(objects + "JSDynamicObject", false, jsLoader);
            nullClass = Class.forName(objects + "Null", false, jsLoader);
            undefinedClass = Class.forName(objects + "Undefined", false, jsLoader);
            // A full lookup: the packages are exported to jnode only (--add-exports), and a public lookup sees
            // unconditionally exported packages only.
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            promiseState = lookup.findVirtual(promiseClass, "getPromiseState", MethodType.methodType(int.class));
            promiseResult = lookup.findVirtual(promiseClass, "getPromiseResult", MethodType.methodType(Object.class));
            proxyTarget = lookup.findVirtual(proxyClass, "getProxyTarget", MethodType.methodType(Object.class));
            proxyHandler = lookup.findVirtual(proxyClass, "getProxyHandler",
                    MethodType.methodType(dynamicObjectClass));
            Class<?> truffleString = Class.forName("com.oracle.truffle.api.strings.TruffleString", false, jsLoader);
            className = lookup.findVirtual(dynamicObjectClass, "getClassName", MethodType.methodType(truffleString));
            functionClass = Class.forName(builtins + "JSFunctionObject", false, jsLoader);
            interopFunctionClass = Class.forName("com.oracle.truffle.js.runtime.interop.InteropFunction", false, jsLoader);
            interopFunction = lookup.findVirtual(interopFunctionClass, "getFunction", MethodType.methodType(functionClass));
            Class<?> data = Class.forName(builtins + "JSFunctionData", false, jsLoader);
            functionData = lookup.findVirtual(functionClass, "getFunctionData", MethodType.methodType(data));
            isAsync = lookup.findVirtual(data, "isAsync", MethodType.methodType(boolean.class));
            isGenerator = lookup.findVirtual(data, "isGenerator", MethodType.methodType(boolean.class));
            collectionIteratorClass = Class.forName(builtins + "JSCollectionIteratorObject", false, jsLoader);
            Class<?> cursor = Class.forName("com.oracle.truffle.js.runtime.util.JSHashMap$Cursor", false, jsLoader);
            iteratedObject = lookup.findVirtual(collectionIteratorClass, "getIteratedObject", MethodType.methodType(Object.class));
            iterationKind = lookup.findVirtual(collectionIteratorClass, "getIterationKind", MethodType.methodType(int.class));
            nextIndex = lookup.findVirtual(collectionIteratorClass, "getNextIndex", MethodType.methodType(cursor));
            cursorCopy = lookup.findVirtual(cursor, "copy", MethodType.methodType(cursor));
            cursorAdvance = lookup.findVirtual(cursor, "advance", MethodType.methodType(boolean.class));
            cursorKey = lookup.findVirtual(cursor, "getKey", MethodType.methodType(Object.class));
            cursorValue = lookup.findVirtual(cursor, "getValue", MethodType.methodType(Object.class));
        }

        private static ClassLoader findJsLoader(ClassLoader fallback) {
            Module js = ModuleLayer.boot().findModule("org.graalvm.js").orElse(null);
            if (js != null && js.getClassLoader() != null) {
                return js.getClassLoader();
            }
            return fallback;
        }

        static Internals open() {
            try {
                Internals internals = new Internals();
                internals.selfCheck();
                return internals;
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return null;
            }
        }

        /** Fails fast (at first use of the binding) when the module system denies the calls. */
        private void selfCheck() {
            if (!dynamicObjectClass.getModule().isExported(dynamicObjectClass.getPackageName(), UtilBinding.class.getModule())
                    || !promiseClass.getModule().isExported(promiseClass.getPackageName(), UtilBinding.class.getModule())) {
                throw new IllegalStateException("GraalJS runtime packages are not exported to jnode");
            }
        }

        /**
         * The engine's object behind {@code value}. An async function reaches Java wrapped (GraalJS's MLE mode, see
         * EngineOptions, makes Java's calls to it settle its promise): the function itself is inside.
         */
        Object guest(Value value) {
            try {
                Object guest = GuestObjects.unwrap(value);
                return interopFunctionClass.isInstance(guest) ? interopFunction.invoke(guest) : guest;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        boolean isPromise(Object guest) {
            return promiseClass.isInstance(guest);
        }

        boolean isProxy(Object guest) {
            return proxyClass.isInstance(guest);
        }

        String functionKind(Object guest) {
            if (!functionClass.isInstance(guest)) {
                return null;
            }
            Object data = call(functionData, guest);
            boolean async = (boolean) call(isAsync, data);
            boolean generator = (boolean) call(isGenerator, data);
            if (async) {
                return generator ? "AsyncGeneratorFunction" : "AsyncFunction";
            }
            return generator ? "GeneratorFunction" : "Function";
        }

        boolean isCollectionIterator(Object guest) {
            return collectionIteratorClass.isInstance(guest);
        }

        int iterationKind(Object guest) {
            return (int) call(iterationKind, guest);
        }

        /** A copy of the iterator's cursor (advancing it leaves the iterator alone); null once exhausted. */
        Object remainingCursor(Object guest) {
            Object iterated = call(iteratedObject, guest);
            if (iterated == null || isNullish(iterated)) {
                return null;
            }
            Object cursor = call(nextIndex, guest);
            return cursor == null ? null : call(cursorCopy, cursor);
        }

        boolean advance(Object cursor) {
            return (boolean) call(cursorAdvance, cursor);
        }

        Object cursorKey(Object cursor) {
            return call(cursorKey, cursor);
        }

        Object cursorValue(Object cursor) {
            return call(cursorValue, cursor);
        }

        boolean isNullish(Object guest) {
            return nullClass.isInstance(guest) || undefinedClass.isInstance(guest);
        }

        int promiseState(Object guest) {
            try {
                return (int) promiseState.invoke(guest);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        Object promiseResult(Object guest) {
            return call(promiseResult, guest);
        }

        Object proxyTarget(Object guest) {
            return call(proxyTarget, guest);
        }

        Object proxyHandler(Object guest) {
            return call(proxyHandler, guest);
        }

        String className(Object guest) {
            if (!dynamicObjectClass.isInstance(guest)) {
                return null;
            }
            switch (guest.getClass().getSimpleName()) {
                case "JSMapIteratorObject":
                    return "Map Iterator";
                case "JSSetIteratorObject":
                    return "Set Iterator";
                case "JSArgumentsObject":
                    return "Arguments";
                case "JSModuleNamespaceObject":
                    return "Module";
                default:
                    Object name = call(className, guest);
                    return name == null ? null : name.toString();
            }
        }

        /** A guest object (or primitive) back as a Value of the current context. */
        Value toValue(Object guest) {
            return guest == null ? null : Context.getCurrent().asValue(guest);
        }

        private static Object call(MethodHandle handle, Object guest) {
            try {
                return handle.invoke(guest);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
