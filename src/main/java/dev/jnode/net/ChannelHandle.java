package dev.jnode.net;

import io.netty.channel.Channel;

/**
 * A stream handle whose bytes pass through a Netty channel, so that a protocol layer (node:tls's SslHandler) can
 * put its handlers in the pipeline under the JavaScript socket and report through the handle's events.
 */
public interface ChannelHandle {
    Channel channel();

    /** Reports an event of a layer added under this handle (a TLS handshake) like one of the handle's own. */
    void emitEvent(String kind, Object a, Object b);

    /** Ends this side's output once what is queued has gone, then reports "shutdown". */
    void shutdown();
}
