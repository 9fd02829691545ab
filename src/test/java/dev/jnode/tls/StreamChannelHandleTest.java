package dev.jnode.tls;

import static dev.jnode.tls.KeyMaterialTest.pem;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.ClientAuth;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** TLS between two in-memory channels, as between two TLSSockets over JavaScript streams: ciphertext is relayed. */
class StreamChannelHandleTest {
    private final Deque<Runnable> relay = new ArrayDeque<>();
    private final List<String> serverEvents = new ArrayList<>();
    private final List<String> clientEvents = new ArrayList<>();
    private StreamChannelHandle server;
    private StreamChannelHandle client;
    private TlsConnection clientTls;
    /** Whether the client's "secure" listener destroys it, as a client that refuses the server does. */
    private boolean clientRefusesServer;

    @BeforeEach
    void connect() throws Exception {
        serverEvents.clear();
        clientEvents.clear();
        server = new StreamChannelHandle((kind, a, b) -> record(serverEvents, kind, a, () -> client));
        client = new StreamChannelHandle((kind, a, b) -> record(clientEvents, kind, a, () -> server));
        SecureContextHandle serverContext = new SecureContextHandle();
        serverContext.addKey(pem("server-key.pem"), null);
        serverContext.addCert(pem("server.pem"));
        SecureContextHandle clientContext = new SecureContextHandle();
        clientContext.addCa(pem("ca.pem"));
        new TlsConnection(server, serverContext,
                serverContext.sslContext(true, new String[0], ClientAuth.NONE).newHandler(ByteBufAllocator.DEFAULT), false);
        clientTls = new TlsConnection(client, clientContext, clientContext.sslContext(false, new String[0], ClientAuth.NONE)
                .newHandler(ByteBufAllocator.DEFAULT, "localhost", -1), true);
        deliver();
    }

    @Test
    void handshakesAndCarriesPlaintextBothWays() {
        assertThat(clientEvents).contains("secure:null");
        assertThat(serverEvents).contains("secure:null");
        assertThat(clientTls.verifyError()).isNull();
        assertThat(clientTls.protocol()).isEqualTo("TLSv1.3");

        client.write("ping".getBytes(StandardCharsets.UTF_8));
        deliver();
        server.write("pong".getBytes(StandardCharsets.UTF_8));
        deliver();
        assertThat(serverEvents).contains("data:ping");
        assertThat(clientEvents).contains("data:pong");
    }

    @Test
    void aClientDestroyedWhenItsHandshakeEndsNeverLetsTheServerFinish() throws Exception {
        clientRefusesServer = true;
        connect();
        assertThat(clientEvents).contains("secure:null");
        assertThat(serverEvents).doesNotContain("secure:null");
    }

    @Test
    void closeNotifyEndsThePeersInputOnceAndTheStreamEnds() {
        clientTls.shutdown();
        deliver();
        assertThat(clientEvents).containsSubsequence("cipher-end", "shutdown:0");
        server.receiveEnd(); // the stream's own end, after close_notify ended the plaintext
        assertThat(serverEvents.stream().filter("end"::equals)).hasSize(1);
    }

    @Test
    void aClosedChannelTakesNoMoreCiphertext() {
        server.close();
        client.write("late".getBytes(StandardCharsets.UTF_8));
        deliver();
        assertThat(serverEvents).noneMatch(event -> event.startsWith("data") || event.equals("end"));
    }

    // Ciphertext goes to the other side after the current call returns, as the loop's queue would deliver it.
    private void record(List<String> events, String kind, Object a, java.util.function.Supplier<StreamChannelHandle> peer) {
        if (kind.equals("cipher")) {
            ByteBuffer bytes = (ByteBuffer) a;
            byte[] copy = new byte[bytes.remaining()];
            bytes.get(copy);
            relay.add(() -> peer.get().receive(copy));
        } else if (kind.equals("data")) {
            events.add("data:" + StandardCharsets.UTF_8.decode((ByteBuffer) a));
        } else if (kind.equals("secure") || kind.equals("shutdown")) {
            events.add(kind + ":" + a);
            if (kind.equals("secure") && events == clientEvents) {
                // What tls.TLSSocket does once its 'secure' listeners ran (or destroyed it).
                relay.add(() -> clientTls.settleHandshake(clientRefusesServer));
            }
        } else {
            events.add(kind);
        }
    }

    private void deliver() {
        for (Runnable next = relay.poll(); next != null; next = relay.poll()) {
            next.run();
        }
    }
}
