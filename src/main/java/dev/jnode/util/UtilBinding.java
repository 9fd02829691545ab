package dev.jnode.util;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
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
                    + "--add-exports=org.graalvm.js/com.oracle.truffle.js.runtime.objects=ALL-UNNAMED";

    static final int PENDING = 0;
    static final int FULFILLED = 1;
    static final int REJECTED = 2;

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
        if (!INTERNALS.isProxy(guest)) {
            return null;
        }
        Object handler = INTERNALS.proxyHandler(guest);
        if (handler == null || INTERNALS.isNullish(handler)) {
            return new Object[] {null, null};
        }
        return new Object[] {INTERNALS.toValue(INTERNALS.proxyTarget(guest)), INTERNALS.toValue(handler)};
    }

    /** Reflective access to GraalJS's runtime objects, or null from {@link #open()} when the JVM forbids it. */
    static final class Internals {
        private final MethodHandle receiver;
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

        private Internals() throws ReflectiveOperationException {
            Class<?> abstractValue = Class.forName("org.graalvm.polyglot.AbstractValue");
            Field field = abstractValue.getDeclaredField("receiver");
            field.setAccessible(true);
            receiver = MethodHandles.lookup().unreflectGetter(field);
            ClassLoader loader = Value.class.getClassLoader();
            String builtins = "com.oracle.truffle.js.runtime.builtins.";
            String objects = "com.oracle.truffle.js.runtime.objects.";
            ClassLoader jsLoader = findJsLoader(loader);
            promiseClass = Class.forName(builtins + "JSPromiseObject", false, jsLoader);
            proxyClass = Class.forName(builtins + "JSProxyObject", false, jsLoader);
            dynamicObjectClass = Class.forName(objects + "JSDynamicObject", false, jsLoader);
            nullClass = Class.forName(objects + "Null", false, jsLoader);
            undefinedClass = Class.forName(objects + "Undefined", false, jsLoader);
            // Our own lookup: the packages are exported to the unnamed module only (a qualified export), which a
            // public lookup does not see.
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            promiseState = lookup.findVirtual(promiseClass, "getPromiseState", MethodType.methodType(int.class));
            promiseResult = lookup.findVirtual(promiseClass, "getPromiseResult", MethodType.methodType(Object.class));
            proxyTarget = lookup.findVirtual(proxyClass, "getProxyTarget", MethodType.methodType(Object.class));
            proxyHandler = lookup.findVirtual(proxyClass, "getProxyHandler",
                    MethodType.methodType(dynamicObjectClass));
            Class<?> truffleString = Class.forName("com.oracle.truffle.api.strings.TruffleString", false, jsLoader);
            className = lookup.findVirtual(dynamicObjectClass, "getClassName", MethodType.methodType(truffleString));
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

        Object guest(Value value) {
            try {
                return receiver.invoke(value);
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
