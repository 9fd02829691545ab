package dev.jnode.engine;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import org.graalvm.polyglot.Value;

/**
 * The engine's own object behind a polyglot {@link Value}, for the bindings that call GraalJS's runtime classes
 * (the polyglot API has no public way back). Needs the {@code --add-opens} of tools/jvm-options.sh.
 */
public final class GuestObjects {
    private static final MethodHandle RECEIVER = receiverGetter();

    private GuestObjects() {
    }

    private static MethodHandle receiverGetter() {
        try {
            Field field = Class.forName("org.graalvm.polyglot.AbstractValue").getDeclaredField("receiver");
            field.setAccessible(true);
            return MethodHandles.lookup().unreflectGetter(field);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Whether {@link #unwrap} works in this JVM. */
    public static boolean available() {
        return RECEIVER != null;
    }

    /** The engine object behind {@code value}; {@link #available()} must be true. */
    public static Object unwrap(Value value) {
        try {
            return RECEIVER.invoke(value);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot reach the engine object behind a polyglot value", e);
        }
    }
}
