package dev.jnode.v8;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.graalvm.polyglot.HostAccess;

/**
 * One {@code v8.GCProfiler} session: the JVM's collections from its start to {@link #stop()}, each with the heap
 * figures (see {@link HeapFigures}) before and after it. The JVM reports a collection on its own thread shortly
 * after it ends, so one that ends just before {@code stop()} may be missed.
 */
public final class GcProfile implements NotificationListener {
    /** A minor collection, V8's "Scavenge"; anything else is a full one, V8's "MarkSweepCompact". */
    static final int SCAVENGE = 0;
    static final int MARK_SWEEP_COMPACT = 1;
    /** Per collection: kind, cost in microseconds, heap and spaces before, heap and spaces after. */
    static final int RECORD_LENGTH = 2 + 2 * (HeapFigures.HEAP_LENGTH + HeapFigures.SPACES_LENGTH);

    private final List<double[]> records = new ArrayList<>();
    private boolean stopped;

    GcProfile() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(this, null, null);
            }
        }
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        GcInfo gc = info.getGcInfo();
        double[] record = new double[RECORD_LENGTH];
        record[0] = info.getGcAction().contains("minor") ? SCAVENGE : MARK_SWEEP_COMPACT;
        record[1] = gc.getDuration() * 1000.0;
        int at = 2;
        for (var usages : List.of(gc.getMemoryUsageBeforeGc(), gc.getMemoryUsageAfterGc())) {
            double[] heap = HeapFigures.heap((pool) -> usages.get(pool.getName()));
            double[] spaces = HeapFigures.spaces((pool) -> usages.get(pool.getName()));
            System.arraycopy(heap, 0, record, at, heap.length);
            System.arraycopy(spaces, 0, record, at + heap.length, spaces.length);
            at += heap.length + spaces.length;
        }
        synchronized (records) {
            if (!stopped) {
                records.add(record);
            }
        }
    }

    /** Ends the session; the records one after another, {@link #RECORD_LENGTH} numbers each (none a second time). */
    @HostAccess.Export
    public double[] stop() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                try {
                    emitter.removeNotificationListener(this);
                } catch (ListenerNotFoundException e) {
                    // Not every collector took the listener.
                }
            }
        }
        synchronized (records) {
            stopped = true;
            double[] all = new double[records.size() * RECORD_LENGTH];
            for (int i = 0; i < records.size(); i++) {
                System.arraycopy(records.get(i), 0, all, i * RECORD_LENGTH, RECORD_LENGTH);
            }
            records.clear();
            return all;
        }
    }
}
