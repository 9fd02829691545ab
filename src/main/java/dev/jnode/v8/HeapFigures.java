package dev.jnode.v8;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.function.Function;

/**
 * V8's heap figures made from the JVM's memory pools, as they are now or as a collection found or left them:
 * the young generation stands for V8's new space, the rest of the heap for its old space, and the JIT's code
 * cache for its code space.
 */
final class HeapFigures {
    /** The spaces {@link #spaces} reports, in its order. */
    enum Space { NEW, OLD, CODE }

    static final int HEAP_LENGTH = 9;
    static final int SPACES_LENGTH = Space.values().length * 4;

    private HeapFigures() {}

    /**
     * [total_heap_size, total_heap_size_executable, total_physical_size, total_available_size, used_heap_size,
     * heap_size_limit, malloced_memory, peak_malloced_memory, external_memory] in bytes.
     */
    static double[] heap(Function<MemoryPoolMXBean, MemoryUsage> usageOf) {
        long committed = 0;
        long used = 0;
        long code = 0;
        long nonHeapUsed = 0;
        long nonHeapPeak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage usage = usageOf.apply(pool);
            if (usage == null) {
                continue;
            }
            if (pool.getType() == MemoryType.HEAP) {
                committed += usage.getCommitted();
                used += usage.getUsed();
            } else if (spaceOf(pool) == Space.CODE) {
                code += usage.getCommitted();
            } else {
                nonHeapUsed += usage.getUsed();
                nonHeapPeak += pool.getPeakUsage().getUsed();
            }
        }
        long limit = Runtime.getRuntime().maxMemory();
        return new double[] {committed, code, committed, limit - used, used, limit, nonHeapUsed, nonHeapPeak,
            directMemoryUsed()};
    }

    /** For new, old and code space in turn: [size, used, available, physical] in bytes. */
    static double[] spaces(Function<MemoryPoolMXBean, MemoryUsage> usageOf) {
        double[] figures = new double[SPACES_LENGTH];
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            Space space = spaceOf(pool);
            MemoryUsage usage = usageOf.apply(pool);
            if (space == null || usage == null) {
                continue;
            }
            long max = usage.getMax() < 0 ? usage.getCommitted() : usage.getMax();
            int at = space.ordinal() * 4;
            figures[at] += usage.getCommitted();
            figures[at + 1] += usage.getUsed();
            figures[at + 2] += Math.max(0, max - usage.getUsed());
            figures[at + 3] += usage.getCommitted();
        }
        return figures;
    }

    static Space spaceOf(MemoryPoolMXBean pool) {
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
