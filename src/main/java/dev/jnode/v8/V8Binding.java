package dev.jnode.v8;

import dev.jnode.engine.EngineInternals;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * {@code internalBinding('v8')}: the JVM's memory figures behind node:v8's heap statistics. V8's heap is the
 * JVM's heap here: the young generation stands for V8's new space, the rest of the heap for its old space, and
 * the JIT's code cache for its code space. It also installs GraalJS's promise hook, V8's counterpart, for
 * {@code v8.promiseHooks}.
 */
public final class V8Binding {
    /** The spaces {@link #heapSpaceStatistics()} reports, in its order. */
    private enum Space { NEW, OLD, CODE }

    /**
     * [total_heap_size, total_heap_size_executable, total_physical_size, total_available_size, used_heap_size,
     * heap_size_limit, malloced_memory, peak_malloced_memory, external_memory] in bytes.
     */
    @HostAccess.Export
    public double[] heapStatistics() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long limit = Runtime.getRuntime().maxMemory();
        long code = 0;
        long nonHeapUsed = 0;
        long nonHeapPeak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.NON_HEAP) {
                continue;
            }
            if (spaceOf(pool) == Space.CODE) {
                code += pool.getUsage().getCommitted();
            } else {
                nonHeapUsed += pool.getUsage().getUsed();
                nonHeapPeak += pool.getPeakUsage().getUsed();
            }
        }
        return new double[] {heap.getCommitted(), code, heap.getCommitted(), limit - heap.getUsed(), heap.getUsed(),
            limit, nonHeapUsed, nonHeapPeak, directMemoryUsed()};
    }

    /** For new, old and code space in turn: [size, used, available, physical] in bytes. */
    @HostAccess.Export
    public double[] heapSpaceStatistics() {
        double[] figures = new double[Space.values().length * 4];
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            Space space = spaceOf(pool);
            if (space == null) {
                continue;
            }
            MemoryUsage usage = pool.getUsage();
            long max = usage.getMax() < 0 ? usage.getCommitted() : usage.getMax();
            int at = space.ordinal() * 4;
            figures[at] += usage.getCommitted();
            figures[at + 1] += usage.getUsed();
            figures[at + 2] += Math.max(0, max - usage.getUsed());
            figures[at + 3] += usage.getCommitted();
        }
        return figures;
    }

    /** The JIT's code cache in use, V8's code_and_metadata_size. */
    @HostAccess.Export
    public double codeSize() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (spaceOf(pool) == Space.CODE) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    /** A number that changes only with the engine's version, as V8's tag does with V8's. */
    @HostAccess.Export
    public double cachedDataVersionTag() {
        CRC32 crc = new CRC32();
        crc.update(("GraalJS " + Context.getCurrent().getEngine().getVersion()).getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    /**
     * Routes GraalJS's promise events (0 init, 1 settled, 2 before, 3 after, with the promise and, for init,
     * its parent) to {@code dispatch}, synchronously as V8 calls Node's hooks; a null {@code dispatch} removes
     * the hook. False when the engine's internals are out of reach.
     */
    @HostAccess.Export
    public boolean setPromiseHook(Value dispatch) {
        try {
            Class<?> hookClass = EngineInternals.runtimeClass("PromiseHook");
            MethodHandle setHook = MethodHandles.lookup().findVirtual(EngineInternals.runtimeClass("JSContext"),
                    "setPromiseHook", MethodType.methodType(void.class, hookClass));
            Object hook = null;
            if (dispatch != null && !dispatch.isNull()) {
                Context context = Context.getCurrent();
                hook = Proxy.newProxyInstance(hookClass.getClassLoader(), new Class<?>[] {hookClass},
                        (proxy, method, args) -> switch (method.getName()) {
                            case "promiseChanged" -> {
                                dispatch.executeVoid(args[0], context.asValue(args[1]), context.asValue(args[2]));
                                yield null;
                            }
                            case "hashCode" -> System.identityHashCode(proxy);
                            case "equals" -> proxy == args[0];
                            default -> "jnode promise hook";
                        });
            }
            setHook.invoke(EngineInternals.currentContextAndAgent()[0], hook);
            return true;
        } catch (Throwable e) {
            return false;
        }
    }

    private static Space spaceOf(MemoryPoolMXBean pool) {
        String name = pool.getName();
        if (pool.getType() == MemoryType.NON_HEAP) {
            return name.startsWith("CodeHeap") || name.equals("Code Cache") ? Space.CODE : null;
        }
        return name.contains("Eden") || name.contains("Survivor") ? Space.NEW : Space.OLD;
    }

    // ArrayBuffers over direct ByteBuffers are the memory outside the heap that JavaScript objects hold.
    private static long directMemoryUsed() {
        for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
            if (pool.getName().equals("direct")) {
                return pool.getMemoryUsed();
            }
        }
        return 0;
    }
}
