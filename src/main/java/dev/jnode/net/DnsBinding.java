package dev.jnode.net;

import dev.jnode.engine.JsRuntime;
import dev.jnode.loop.WorkPool;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * internalBinding('dns'): name lookup through the system resolver (the JDK's, which reads /etc/hosts and asks
 * the configured servers as getaddrinfo does), on the blocking pool as libuv runs getaddrinfo.
 */
public final class DnsBinding {
    private final JsRuntime runtime;

    public DnsBinding(JsRuntime runtime) {
        this.runtime = runtime;
    }

    /**
     * Looks {@code host} up; {@code callback(code, addresses)} runs on the JS thread with null and a flat
     * [address, family, address, family, ...] array (family 4 or 6; 0 asks for both), or with "ENOTFOUND".
     */
    @HostAccess.Export
    public void lookup(String host, int family, Value callback) {
        WorkPool.shared().submit(runtime.loop(), () -> {
            List<Object> found = new ArrayList<>();
            for (InetAddress address : InetAddress.getAllByName(host)) {
                int kind = address instanceof Inet6Address ? 6 : address instanceof Inet4Address ? 4 : 0;
                if (family == 0 || family == kind) {
                    String text = address.getHostAddress();
                    found.add(kind == 6 ? TcpBinding.compressIpv6(text.replaceFirst("%.*$", "")) : text);
                    found.add(kind);
                }
            }
            if (found.isEmpty()) {
                throw new UnknownHostException(host);
            }
            return found.toArray();
        }, (addresses, failure) -> {
            if (failure instanceof UnknownHostException) {
                runtime.invoke(callback, "ENOTFOUND", null);
            } else if (failure != null) {
                throw new IllegalStateException(failure);
            } else {
                runtime.invoke(callback, null, addresses);
            }
        });
    }
}
