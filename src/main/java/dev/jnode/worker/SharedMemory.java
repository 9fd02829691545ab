package dev.jnode.worker;

import com.oracle.truffle.js.runtime.JSAgentWaiterList;
import com.oracle.truffle.js.runtime.JSRealm;
import com.oracle.truffle.js.runtime.builtins.JSArrayBufferObject;
import com.oracle.truffle.js.runtime.builtins.JSSharedArrayBuffer;
import dev.jnode.engine.GuestObjects;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * The memory behind a SharedArrayBuffer, as it travels between threads: a SharedArrayBuffer made from it in
 * another context is the same memory, with the same length counter (growth shows everywhere) and the same waiter
 * list (Atomics.notify wakes Atomics.wait on every thread). GraalJS has no polyglot API for this; graal-nodejs does
 * the same through these runtime classes (tools/jvm-options.sh exports them).
 */
record SharedMemory(ByteBuffer buffer, AtomicInteger byteLength, int maxByteLength, JSAgentWaiterList waiters) {

    static SharedMemory of(Value sharedArrayBuffer) {
        Object guest = GuestObjects.unwrap(sharedArrayBuffer);
        if (!(guest instanceof JSArrayBufferObject.Shared shared)) {
            throw new IllegalArgumentException("not a SharedArrayBuffer");
        }
        return new SharedMemory(JSSharedArrayBuffer.getDirectByteBuffer(shared), shared.getByteLengthObject(),
                shared.getMaxByteLength(), shared.getWaiterList());
    }

    /** A SharedArrayBuffer of the current thread's context over this memory. */
    Value open() {
        JSRealm realm = JSRealm.get(null);
        JSArrayBufferObject buffer = JSSharedArrayBuffer.createSharedArrayBuffer(realm.getContext(), realm,
                buffer(), byteLength, maxByteLength);
        JSSharedArrayBuffer.setWaiterList(buffer, waiters);
        return Context.getCurrent().asValue(buffer);
    }
}
