package dev.jnode.tls;

import dev.jnode.crypto.X509Handle;
import dev.jnode.net.ChannelHandle;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.util.ReferenceCountUtil;
import io.netty.handler.ssl.CipherSuiteConverter;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import org.graalvm.polyglot.HostAccess;

/**
 * TLS over one connection: an {@link SslHandler} sits in the channel's pipeline under the {@link ChannelHandle} (a
 * TCP connection's, or one whose ciphertext goes through a JavaScript stream), so the handle's reads and writes carry
 * plaintext and net.Socket's code stays as it is. The handshake's outcome
 * reaches the handle's event callback as {@code "secure"} with null or [code, message]; afterwards this object
 * answers what tls.TLSSocket asks (peer verification, protocol, cipher, ALPN, SNI, certificates).
 */
public final class TlsConnection {
    private final ChannelHandle handle;
    /** The server's context, until SNI chooses another (whose CAs then judge the client). */
    private SecureContextHandle context;
    private boolean handshakeDone;
    private SslHandler established;
    /** A client's: holds what it sends after its handshake ends until JavaScript has judged the server. */
    private final FinalFlightGate gate;

    /**
     * {@code tls}: an SslHandler, or a server's SniHandler, which puts one in its place once the client names a host.
     * A client holds its last handshake flight back until {@link #settleHandshake} (see {@link FinalFlightGate}).
     */
    TlsConnection(ChannelHandle handle, SecureContextHandle context, ChannelHandler tls, boolean client) {
        this.handle = handle;
        this.context = context;
        this.gate = client ? new FinalFlightGate() : null;
        handle.channel().pipeline().addFirst(new HandshakeWatcher());
        handle.channel().pipeline().addFirst(tls);
        if (gate != null) {
            handle.channel().pipeline().addFirst(gate);
        }
    }

    /**
     * JavaScript has run the "secure" event's listeners: what the client wrote since its handshake ended (TLS 1.3's
     * Finished among it) goes out now, or is dropped when {@code destroyed}, so a server that a client refused never
     * sees the handshake end, as with Node (whose client is destroyed before that flight leaves).
     */
    @HostAccess.Export
    public void settleHandshake(boolean destroyed) {
        if (gate != null) {
            gate.settle(destroyed);
        }
    }

    /** OpenSSL's verdict on the peer's certificate chain: null when trusted, else [code, message]. */
    @HostAccess.Export
    public String[] verifyError() {
        PeerVerifier.Failure failure = PeerVerifier.verify(peerChain(), context.trusted(), new Date());
        return failure == null ? null : new String[] {failure.code(), failure.message()};
    }

    /** "TLSv1.3" and so on, or null before the handshake. */
    @HostAccess.Export
    public String protocol() {
        return handshakeDone ? session().getProtocol() : null;
    }

    /** [OpenSSL's name, the IANA name, the protocol version] of the negotiated cipher suite. */
    @HostAccess.Export
    public String[] cipher() {
        if (!handshakeDone) {
            return null;
        }
        String standard = session().getCipherSuite();
        String openSsl = CipherSuiteConverter.toOpenSsl(standard, false);
        return new String[] {openSsl == null ? standard : openSsl, standard, session().getProtocol()};
    }

    @HostAccess.Export
    public String alpnProtocol() {
        String selected = handshakeDone ? ssl().applicationProtocol() : null;
        return selected == null || selected.isEmpty() ? null : selected;
    }

    /** The host name a client asked for (SNI), as the server saw it; null when none. */
    @HostAccess.Export
    public String requestedServerName() {
        if (session() instanceof ExtendedSSLSession extended) {
            for (SNIServerName name : extended.getRequestedServerNames()) {
                if (name instanceof SNIHostName host) {
                    return host.getAsciiName();
                }
            }
        }
        return null;
    }

    /**
     * The peer's certificates, leaf first, followed by the trusted
     * CA that issued the last one when the peer did not send it (Node's chain reaches the trust store).
     */
    @HostAccess.Export
    public X509Handle[] peerCertificates() {
        List<X509Certificate> chain = peerChain();
        if (!chain.isEmpty() && !PeerVerifier.isSelfSigned(chain.getLast())) {
            X509Certificate anchor = PeerVerifier.issuerAmong(chain.getLast(), context.trusted());
            if (anchor != null) {
                chain.add(anchor);
            }
        }
        return chain.stream().map(X509Handle::new).toArray(X509Handle[]::new);
    }

    /** This side's certificate, for getCertificate; null when it sent none. */
    @HostAccess.Export
    public X509Handle localCertificate() {
        Certificate[] local = session().getLocalCertificates();
        return local == null || local.length == 0 ? null : new X509Handle((X509Certificate) local[0]);
    }

    /**
     * Sends close_notify, then ends the transport's output (a TCP FIN); the transport's "shutdown" event follows. A
     * failure there (the peer already gone) is no error for net.Socket, as OpenSSL's shutdown does not fail then.
     */
    @HostAccess.Export
    public void shutdown() {
        SslHandler ssl = ssl();
        if (ssl == null) {
            handle.shutdown();
            return;
        }
        ssl.closeOutbound().addListener(sent -> handle.shutdown());
    }

    void useContext(SecureContextHandle chosen) {
        context = chosen;
    }

    // The handshake's SslHandler is kept: a channel that closed since leaves an empty pipeline, and JavaScript may
    // still ask about the session it handled.
    private SslHandler ssl() {
        return established != null ? established : handle.channel().pipeline().get(SslHandler.class);
    }

    private SSLSession session() {
        return ssl().engine().getSession();
    }

    private List<X509Certificate> peerChain() {
        List<X509Certificate> chain = new ArrayList<>();
        try {
            for (Certificate certificate : session().getPeerCertificates()) {
                chain.add((X509Certificate) certificate);
            }
        } catch (SSLPeerUnverifiedException e) {
            // no certificate from the peer: an empty chain
        }
        return chain;
    }

    /** Reports the handshake's end; swallows what SslHandler raises after a failed one (already reported). */
    private final class HandshakeWatcher extends ChannelInboundHandlerAdapter {
        private boolean failed;

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
            if (event instanceof SslHandshakeCompletionEvent completion) {
                if (completion.isSuccess()) {
                    handshakeDone = true;
                    established = ctx.pipeline().get(SslHandler.class);
                    if (gate != null) {
                        gate.hold();
                    }
                    handle.emitEvent("secure", null, null);
                } else {
                    failed = true;
                    handle.emitEvent("secure", HandshakeFailures.describe(completion.cause()), null);
                }
                return;
            }
            ctx.fireUserEventTriggered(event);
        }

        // After a good handshake, a TLS failure (an alert such as TLS 1.3's certificate_required, a bad record)
        // is reported as the OpenSSL error Node would show, not as a socket errno.
        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (failed) {
                return;
            }
            for (Throwable t = cause; t != null; t = t.getCause()) {
                if (t instanceof SSLException) {
                    failed = true;
                    handle.emitEvent("tls-error", HandshakeFailures.describe(cause), null);
                    return;
                }
            }
            ctx.fireExceptionCaught(cause);
        }
    }

    /**
     * Between the socket and a client's SslHandler. While a read is being handled before the handshake is settled,
     * the writes it causes are collected; if the handshake ended in that read, they are held (with later writes)
     * until JavaScript settles it, else passed on at once. Node's client judges the server inside the same read, so a
     * client destroyed there never sends TLS 1.3's Finished; Netty has written it before announcing the handshake.
     */
    private static final class FinalFlightGate extends ChannelDuplexHandler {
        private enum State { PASS, COLLECT, HOLD, DROP }

        private record Pending(Object message, ChannelPromise promise) {}

        private final ArrayDeque<Pending> pending = new ArrayDeque<>();
        private ChannelHandlerContext context;
        private State state = State.PASS;
        private boolean settled;
        private boolean flushWanted;

        @Override
        public void handlerAdded(ChannelHandlerContext ctx) {
            context = ctx;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) {
            if (settled || state != State.PASS) {
                ctx.fireChannelRead(message);
                return;
            }
            state = State.COLLECT;
            try {
                ctx.fireChannelRead(message);
            } finally {
                if (state == State.COLLECT) {
                    state = State.PASS;
                    passPending();
                }
            }
        }

        void hold() {
            if (state == State.COLLECT) {
                state = State.HOLD;
            }
        }

        void settle(boolean drop) {
            if (settled) {
                return;
            }
            settled = true;
            if (state != State.HOLD) {
                return;
            }
            if (drop) {
                state = State.DROP;
                while (!pending.isEmpty()) {
                    Pending write = pending.poll();
                    ReferenceCountUtil.release(write.message());
                    write.promise().trySuccess();
                }
            } else {
                state = State.PASS;
                passPending();
            }
        }

        private void passPending() {
            while (!pending.isEmpty()) {
                Pending write = pending.poll();
                context.write(write.message(), write.promise());
            }
            if (flushWanted) {
                flushWanted = false;
                context.flush();
            }
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) {
            switch (state) {
                case PASS -> ctx.write(message, promise);
                case COLLECT, HOLD -> pending.add(new Pending(message, promise));
                case DROP -> {
                    ReferenceCountUtil.release(message);
                    promise.trySuccess();
                }
            }
        }

        @Override
        public void flush(ChannelHandlerContext ctx) {
            switch (state) {
                case PASS -> ctx.flush();
                case COLLECT, HOLD -> flushWanted = true;
                case DROP -> { }
            }
        }
    }
}
