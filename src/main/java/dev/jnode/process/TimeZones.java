package dev.jnode.process;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.graalvm.polyglot.Value;

/**
 * Changes the time zone JavaScript's {@code Date} uses when {@code process.env.TZ} changes. GraalJS keeps the zone
 * in its realm; graal-nodejs resets it with {@code JSRealm.setLocalTimeZone} (from V8's
 * {@code DateTimeConfigurationChangeNotification}), and so do we, through a method handle: the package is exported
 * to jnode by tools/jvm-options.sh.
 */
public final class TimeZones {
    private static final String ZONEINFO = "zoneinfo/";

    private TimeZones() {
    }

    private static final class Realm {
        /** JSRealm.get(null): the realm of the context entered on this thread. */
        static final MethodHandle CURRENT;
        static final MethodHandle SET_LOCAL_TIME_ZONE;

        static {
            try {
                ClassLoader loader = ModuleLayer.boot().findModule("org.graalvm.js").map(Module::getClassLoader)
                        .orElse(Value.class.getClassLoader());
                Class<?> realm = Class.forName("com.oracle.truffle.js.runtime.JSRealm", false, loader);
                Class<?> node = Class.forName("com.oracle.truffle.api.nodes.Node", false, loader);
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                CURRENT = lookup.findStatic(realm, "get", MethodType.methodType(realm, node));
                SET_LOCAL_TIME_ZONE = lookup.findVirtual(realm, "setLocalTimeZone",
                        MethodType.methodType(void.class, String.class));
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }

    /**
     * Makes {@code tz} (a TZ value: an IANA name, optionally with POSIX's leading colon) the local zone of the
     * current realm; null means TZ was deleted, and the system's zone applies again. Must run on the JS thread.
     */
    public static void setLocalTimeZone(String tz) {
        String zone = tz == null ? systemZone() : zoneOf(tz);
        try {
            Object realm = Realm.CURRENT.invoke(null);
            Realm.SET_LOCAL_TIME_ZONE.invoke(realm, zone);
        } catch (Throwable t) {
            throw new IllegalStateException("cannot change GraalJS's local time zone", t);
        }
    }

    /** The zone a TZ value names; like ICU under Node, an unknown name means UTC. */
    static String zoneOf(String tz) {
        String name = tz.startsWith(":") ? tz.substring(1) : tz;
        try {
            return ZoneId.of(name).getId();
        } catch (DateTimeException e) {
            return "UTC";
        }
    }

    /** The zone /etc/localtime links to, as tzset(3) reads it without TZ; UTC when it says nothing. */
    static String systemZone() {
        try {
            String target = Files.readSymbolicLink(Path.of("/etc/localtime")).toString();
            int at = target.indexOf(ZONEINFO);
            return at < 0 ? "UTC" : zoneOf(target.substring(at + ZONEINFO.length()));
        } catch (IOException | UnsupportedOperationException e) {
            return "UTC";
        }
    }
}
