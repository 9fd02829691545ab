package dev.jnode.net;

import dev.jnode.engine.JsRuntime;
import dev.jnode.loop.WorkPool;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * internalBinding('dns'): the system resolver (getaddrinfo/getnameinfo on the blocking pool, as libuv runs
 * them) for dns.lookup and dns.lookupService, and DNS clients ({@link DnsClient}) for the Resolver class.
 */
public final class DnsBinding {
    private static final Path RESOLV_CONF = Path.of("/etc/resolv.conf");
    private final JsRuntime runtime;

    public DnsBinding(JsRuntime runtime) {
        this.runtime = runtime;
    }

    /**
     * Looks {@code host} up with getaddrinfo ({@code family} 0, 4 or 6; {@code flags} the AI_* hints);
     * {@code callback(errno, addresses)} runs on the JS thread with 0 and a flat [address, family, ...] array
     * in the resolver's order, or with libuv's negative code.
     */
    @HostAccess.Export
    public void getAddrInfo(String host, int family, int flags, Value callback) {
        WorkPool.shared().submit(runtime.loop(), () -> SystemResolver.getAddrInfo(host, family, flags).toArray(),
                (addresses, failure) -> runtime.invoke(callback, errnoOf(failure), addresses));
    }

    /** getnameinfo of an IP literal and port; {@code callback(errno, host, service)}. */
    @HostAccess.Export
    public void getNameInfo(String ip, int port, Value callback) {
        InetAddress address = IpText.parseIpv4(ip);
        InetAddress literal = address != null ? address : IpText.parseIpv6(ip);
        WorkPool.shared().submit(runtime.loop(), () -> SystemResolver.getNameInfo(literal, port),
                (names, failure) -> runtime.invoke(callback, errnoOf(failure),
                        names == null ? null : names[0], names == null ? null : names[1]));
    }

    private static int errnoOf(Throwable failure) {
        if (failure == null) {
            return 0;
        }
        if (failure instanceof SystemResolver.LookupException e) {
            return e.uvCode;
        }
        throw new IllegalStateException(failure);
    }

    /**
     * A DNS client with its own servers: each server tried {@code tries} times, the first round waiting
     * {@code timeoutMillis} per query and each later round twice as long, up to {@code maxTimeoutMillis} (0: no cap).
     */
    @HostAccess.Export
    public DnsClient createClient(double timeoutMillis, double maxTimeoutMillis, int tries) {
        return new DnsClient(runtime, (long) timeoutMillis, (long) maxTimeoutMillis, tries);
    }

    /** The nameserver lines of /etc/resolv.conf, as c-ares reads them (none: the file is missing or empty). */
    @HostAccess.Export
    public Object[] systemServers() {
        List<String> servers = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(RESOLV_CONF)) {
                String[] words = line.trim().split("\\s+");
                if (words.length >= 2 && words[0].equals("nameserver")) {
                    servers.add(words[1]);
                }
            }
        } catch (IOException e) {
            // no file: no servers, as c-ares then falls back to the loopback
        }
        return servers.toArray();
    }
}
