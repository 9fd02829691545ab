package dev.jnode.pm;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A JDK name resolver (JEP 418) that, for the registry hosts the package manager names, starts a
 * second lookup when the first has not answered in 700 ms and takes whichever answers first.
 *
 * <p>Why: this machine's DNS drops about one query in 30-40 and glibc then waits 5 s before
 * retrying. The JDK funnels concurrent lookups of one host into a single call, so the race has to
 * happen below that, here. Every other host goes straight to the built-in resolver.
 */
public final class RacingResolverProvider extends InetAddressResolverProvider {
    static final Set<String> RACED_HOSTS = ConcurrentHashMap.newKeySet();
    private static final long RACE_AFTER_MS = 700;

    /** Marks a host (a registry) whose lookups should be raced. */
    public static void race(String host) {
        RACED_HOSTS.add(host.toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public InetAddressResolver get(Configuration configuration) {
        InetAddressResolver builtin = configuration.builtinResolver();
        return new InetAddressResolver() {
            @Override
            public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
                if (!RACED_HOSTS.contains(host.toLowerCase(java.util.Locale.ROOT))) {
                    return builtin.lookupByName(host, policy);
                }
                CompletableFuture<List<InetAddress>> first = lookup(builtin, host, policy);
                try {
                    return first.get(RACE_AFTER_MS, TimeUnit.MILLISECONDS).stream();
                } catch (TimeoutException slow) {
                    CompletableFuture<List<InetAddress>> second = lookup(builtin, host, policy);
                    try {
                        Object winner = CompletableFuture.anyOf(first, second).get(15, TimeUnit.SECONDS);
                        @SuppressWarnings("unchecked")
                        List<InetAddress> list = (List<InetAddress>) winner;
                        return list.stream();
                    } catch (Exception e) {
                        throw unknown(host, e);
                    }
                } catch (Exception e) {
                    throw unknown(host, e);
                }
            }

            @Override
            public String lookupByAddress(byte[] addr) throws UnknownHostException {
                return builtin.lookupByAddress(addr);
            }
        };
    }

    private static CompletableFuture<List<InetAddress>> lookup(InetAddressResolver r, String host, InetAddressResolver.LookupPolicy p) {
        CompletableFuture<List<InetAddress>> f = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                f.complete(r.lookupByName(host, p).toList());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f;
    }

    private static UnknownHostException unknown(String host, Exception e) {
        Throwable c = e instanceof java.util.concurrent.ExecutionException ? e.getCause() : e;
        if (c instanceof UnknownHostException u) {
            return u;
        }
        UnknownHostException u = new UnknownHostException(host + ": " + c);
        u.initCause(c);
        return u;
    }

    @Override
    public String name() {
        return "jnode-racing-resolver";
    }
}
