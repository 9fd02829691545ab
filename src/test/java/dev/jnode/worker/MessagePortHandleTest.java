package dev.jnode.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

class MessagePortHandleTest {
    private static Context context(Engine engine) {
        return Context.newBuilder("js").engine(engine)
                .allowHostAccess(HostAccess.newBuilder(HostAccess.EXPLICIT).allowBufferAccess(true)
                        .allowArrayAccess(true).build())
                .build();
    }

    @Test
    void messagesCarryBytesPortsAndTransferredBuffersAsJavaData() {
        try (Engine engine = Engine.create("js"); Context context = context(engine)) {
            MessagePortHandle[] channel = MessagePortHandle.pair();
            MessagePortHandle[] other = MessagePortHandle.pair();
            context.getBindings("js").putMember("port", channel[0]);
            context.getBindings("js").putMember("carried", other[1]);
            context.eval("js", """
                    const data = new Uint8Array([9, 8, 7, 6]);
                    const moved = new Uint8Array([1, 2, 3]).buffer;
                    port.post(data.buffer, 1, 2, ['p', carried, 'b', moved]);
                    """);
            Object[] message = channel[1].receive();
            assertThat(bytes((ByteBuffer) message[0])).containsExactly(8, 7);
            Object[] extras = (Object[]) message[1];
            assertThat(extras[0]).isEqualTo("p");
            assertThat(extras[1]).isSameAs(other[1]);
            assertThat(extras[2]).isEqualTo("b");
            assertThat(bytes((ByteBuffer) extras[3])).containsExactly(1, 2, 3);
            assertThat(channel[1].receive()).isNull();
        }
    }

    @Test
    void closingEitherEndClosesBothAndDropsLaterMessages() {
        try (Engine engine = Engine.create("js"); Context context = context(engine)) {
            MessagePortHandle[] channel = MessagePortHandle.pair();
            channel[1].close();
            assertThat(channel[0].isClosed()).isTrue();
            assertThat(channel[1].isClosed()).isTrue();
            context.getBindings("js").putMember("port", channel[0]);
            context.eval("js", "port.post(new ArrayBuffer(1), 0, 1, [])");
            assertThat(channel[1].receive()).isNull();
        }
    }

    @Test
    void theEndThatClosesDropsWhatItHasNotDeliveredAndItsPeerKeepsIt() {
        try (Engine engine = Engine.create("js"); Context context = context(engine)) {
            MessagePortHandle[] channel = MessagePortHandle.pair();
            context.getBindings("js").putMember("a", channel[0]);
            context.getBindings("js").putMember("b", channel[1]);
            context.eval("js", "a.post(new ArrayBuffer(1), 0, 1, []); b.post(new ArrayBuffer(1), 0, 1, [])");
            channel[0].close();
            assertThat(channel[0].receive()).isNull();
            assertThat(channel[1].receive()).isNotNull();

            MessagePortHandle[] second = MessagePortHandle.pair();
            context.getBindings("js").putMember("c", second[1]);
            context.eval("js", "c.post(new ArrayBuffer(1), 0, 1, [])");
            second[1].close();
            second[0].close();
            assertThat(second[0].receive()).isNull();
        }
    }

    @Test
    void sharedMemoryOpenedInAnotherContextIsTheSameMemory() {
        try (Engine engine = Engine.create("js"); Context first = context(engine); Context second = context(engine)) {
            first.enter();
            Value sab = first.eval("js", "globalThis.sab = new SharedArrayBuffer(8); sab");
            SharedMemory memory = SharedMemory.of(sab);
            first.leave();

            second.enter();
            second.eval("js", "0");
            second.getBindings("js").putMember("sab", memory.open());
            assertThat(second.eval("js", "sab instanceof SharedArrayBuffer && sab.byteLength").asInt()).isEqualTo(8);
            second.eval("js", "new Int32Array(sab)[1] = 42");
            second.leave();

            first.enter();
            assertThat(first.eval("js", "new Int32Array(sab)[1]").asInt()).isEqualTo(42);
            first.leave();
        }
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }
}
