package dev.jnode.worker;

import dev.jnode.engine.JsRuntime;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * One end of a MessageChannel: what a {@code MessagePort} object wraps. Its peer's thread puts messages in its
 * queue; the thread of the runtime that owns it (which changes when the port is transferred) takes them in its poll
 * phase and hands each to JavaScript. As a libuv handle, a started, ref'd, open port keeps its loop alive.
 *
 * <p>A message is Java data only (serialized bytes, ports, shared memory, transferred buffers' bytes): no value of
 * one context ever reaches another.
 */
public final class MessagePortHandle implements AutoCloseable {
    /** A posted message: the v8-serialized value and what travels beside it. */
    record Message(byte[] data, Object[] extras) {
    }

    /** The open BroadcastChannels of the process, by name. */
    private static final Map<String, Set<MessagePortHandle>> BROADCAST_GROUPS = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT_ORDER = new AtomicLong();

    private final ConcurrentLinkedQueue<Message> queue = new ConcurrentLinkedQueue<>();
    /** For a BroadcastChannel's handle: its name (it has no peer; a message goes to every other member). */
    private final String broadcastName;
    /** Creation order: a loop handles its signalled ports in this order (EventLoop.signal). */
    private final long order = NEXT_ORDER.getAndIncrement();
    private volatile MessagePortHandle peer;
    // Owner state: set on the owner's thread; read by the peer's thread to find where to post (hence volatile).
    private volatile JsRuntime owner;
    private Value onMessage;
    private Value onClose;
    private volatile boolean started;
    private volatile boolean closed;
    private boolean refed = true;
    private boolean holdingRef;
    private boolean closeReported;

    private MessagePortHandle(String broadcastName) {
        this.broadcastName = broadcastName;
    }

    /** Two entangled ends, owned by no runtime yet. */
    public static MessagePortHandle[] pair() {
        MessagePortHandle a = new MessagePortHandle(null);
        MessagePortHandle b = new MessagePortHandle(null);
        a.peer = b;
        b.peer = a;
        return new MessagePortHandle[] {a, b};
    }

    /** A BroadcastChannel's handle, a member of the process-wide group {@code name} until closed. */
    public static MessagePortHandle broadcast(String name) {
        MessagePortHandle handle = new MessagePortHandle(name);
        BROADCAST_GROUPS.compute(name, (key, members) -> {
            Set<MessagePortHandle> group = members != null ? members : ConcurrentHashMap.newKeySet();
            group.add(handle);
            return group;
        });
        return handle;
    }

    /**
     * Makes the current thread's runtime the owner: {@code onMessage(data, extras)} gets each message once the port
     * is started, {@code onClose()} once when the channel closes.
     */
    @HostAccess.Export
    public synchronized void attach(Value onMessage, Value onClose) {
        this.owner = JsRuntime.current();
        owner.own(this);
        this.onMessage = onMessage;
        this.onClose = onClose;
        updateRef();
        if (closed) {
            postClose();
        } else {
            scheduleDrain();
        }
    }

    /** The port was transferred away: it keeps its queue, but no runtime owns it until it is attached again. */
    @HostAccess.Export
    public synchronized void detach() {
        started = false;
        updateRef();
        if (owner != null) {
            owner.disown(this);
        }
        owner = null;
        onMessage = null;
        onClose = null;
    }

    /**
     * Sends {@code length} bytes of {@code arrayBuffer} from {@code offset} with {@code extras} (ports, shared memory,
     * transferred buffers' bytes, and the strings that tell them apart) to the other end; dropped, as in Node, once
     * the channel is closed.
     */
    @HostAccess.Export
    public void post(Value arrayBuffer, int offset, int length, Value extras) {
        byte[] data = new byte[length];
        arrayBuffer.readBuffer(offset, data, 0, length);
        List<Object> carried = new ArrayList<>();
        for (long i = 0, n = extras.getArraySize(); i < n; i++) {
            Value extra = extras.getArrayElement(i);
            if (extra.isHostObject()) {
                carried.add(extra.asHostObject());
            } else if (extra.isString()) {
                carried.add(extra.asString());
            } else {
                // A transferred ArrayBuffer: its bytes move; JavaScript detaches the original.
                byte[] bytes = new byte[(int) extra.getBufferSize()];
                extra.readBuffer(0, bytes, 0, bytes.length);
                carried.add(ByteBuffer.wrap(bytes));
            }
        }
        if (closed) {
            return;
        }
        Message message = new Message(data, carried.toArray());
        if (broadcastName != null) {
            for (MessagePortHandle member : BROADCAST_GROUPS.getOrDefault(broadcastName, Set.of())) {
                if (member != this) {
                    member.deliver(message);
                }
            }
            return;
        }
        MessagePortHandle target = peer;
        if (target != null) {
            target.deliver(message);
        }
    }

    synchronized void deliver(Message message) {
        if (closed) {
            return;
        }
        queue.add(message);
        scheduleDrain();
    }

    /** Starts delivery of queued and future messages. */
    @HostAccess.Export
    public synchronized void start() {
        started = true;
        updateRef();
        scheduleDrain();
    }

    /** Stops delivery (Node's {@code port.stop}); messages wait in the queue. */
    @HostAccess.Export
    public synchronized void stop() {
        started = false;
        updateRef();
    }

    @HostAccess.Export
    public synchronized void ref() {
        refed = true;
        updateRef();
    }

    @HostAccess.Export
    public synchronized void unref() {
        refed = false;
        updateRef();
    }

    @HostAccess.Export
    public synchronized boolean hasRef() {
        return holdingRef;
    }

    /** The next queued message as {@code [data, extras]}, or null: {@code receiveMessageOnPort}. */
    @HostAccess.Export
    public Object[] receive() {
        Message message = queue.poll();
        return message == null ? null : new Object[] {ByteBuffer.wrap(message.data()), message.extras()};
    }

    /**
     * Closes both ends, as Node does: this end drops the messages it has not delivered yet, the other end delivers
     * the ones it has and then both report 'close', each on its own thread.
     */
    @Override
    @HostAccess.Export
    public void close() {
        if (broadcastName != null) {
            BROADCAST_GROUPS.computeIfPresent(broadcastName, (name, members) -> {
                members.remove(this);
                return members.isEmpty() ? null : members;
            });
        }
        MessagePortHandle other = peer;
        closeEnd(true);
        if (other != null) {
            other.closeEnd(false);
        }
    }

    /** Whether {@code other} is this port's other end. */
    @HostAccess.Export
    public boolean isEntangledWith(MessagePortHandle other) {
        return other != null && peer == other;
    }

    @HostAccess.Export
    public boolean isClosed() {
        return closed;
    }

    private synchronized void closeEnd(boolean dropUndelivered) {
        // Also when the peer closed first: what this end has not delivered yet goes.
        if (dropUndelivered) {
            queue.clear();
        }
        if (closed) {
            return;
        }
        closed = true;
        peer = null;
        JsRuntime runtime = owner;
        if (runtime != null) {
            runtime.disown(this);
        }
        postClose();
    }

    private synchronized void postClose() {
        JsRuntime runtime = owner;
        if (runtime != null) {
            runtime.loop().post(this::reportClose);
        }
    }

    private void reportClose() {
        if (owner == null || closeReported) {
            return;
        }
        drainNow();
        Value callback;
        JsRuntime runtime;
        synchronized (this) {
            if (closeReported || owner == null) {
                return;
            }
            closeReported = true;
            started = false;
            updateRef();
            callback = onClose;
            runtime = owner;
        }
        if (callback != null) {
            runtime.invoke(callback);
        }
    }

    private void scheduleDrain() {
        JsRuntime runtime = owner;
        if (started && runtime != null && !queue.isEmpty()) {
            runtime.loop().signal(order, this::drain);
        }
    }

    private void drain() {
        drainNow();
        scheduleDrain();
    }

    /** Hands the messages queued now to JavaScript, one outermost call each, on the owner's thread. */
    private void drainNow() {
        JsRuntime runtime = owner;
        for (int n = queue.size(); n > 0 && started && owner == runtime && runtime != null; n--) {
            Message message = queue.poll();
            if (message == null) {
                break;
            }
            runtime.invoke(onMessage, ByteBuffer.wrap(message.data()), message.extras());
        }
    }

    private void updateRef() {
        JsRuntime runtime = owner;
        boolean hold = runtime != null && started && refed && !closeReported;
        if (hold != holdingRef) {
            holdingRef = hold;
            if (hold) {
                runtime.loop().ref();
            } else {
                runtime.loop().unref();
            }
        }
    }
}
