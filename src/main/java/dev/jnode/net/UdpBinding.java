package dev.jnode.net;

import dev.jnode.engine.JsRuntime;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * internalBinding('udp'): UDP sockets for node:dgram ({@link UdpHandle}), on the same JS-thread Netty loop as
 * TCP. Addresses arrive as IP literals: name lookup happens above, in JavaScript.
 */
public final class UdpBinding {
    private final JsRuntime runtime;

    public UdpBinding(JsRuntime runtime) {
        this.runtime = runtime;
    }

    /** A socket of family IPv6 ({@code udp6}) or IPv4; no descriptor exists until it is bound. */
    @HostAccess.Export
    public UdpHandle create(boolean ipv6, Value onEvent) {
        return new UdpHandle(runtime, ipv6, onEvent);
    }
}
