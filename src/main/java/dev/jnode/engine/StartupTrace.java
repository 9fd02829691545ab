package dev.jnode.engine;

import java.lang.management.ManagementFactory;

/** With {@code JNODE_TRACE_STARTUP=1}, prints how long each start-up step took since the JVM began. */
public final class StartupTrace {
    private static final boolean ON = System.getenv("JNODE_TRACE_STARTUP") != null;

    private StartupTrace() {
    }

    public static void mark(String step) {
        if (ON) {
            long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("[startup] " + sinceJvmStart + " ms: " + step);
        }
    }
}
