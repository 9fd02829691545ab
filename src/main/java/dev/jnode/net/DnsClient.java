package dev.jnode.net;

import dev.jnode.engine.JsRuntime;
import dev.jnode.loop.EventLoop;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.AddressedEnvelope;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.socket.SocketProtocolFamily;
import io.netty.handler.codec.dns.DefaultDnsQuestion;
import io.netty.handler.codec.dns.DefaultDnsRecordDecoder;
import io.netty.handler.codec.dns.DnsPtrRecord;
import io.netty.handler.codec.dns.DnsRawRecord;
import io.netty.handler.codec.dns.DnsRecord;
import io.netty.handler.codec.dns.DnsRecordType;
import io.netty.handler.codec.dns.DnsResponse;
import io.netty.handler.codec.dns.DnsResponseCode;
import io.netty.handler.codec.dns.DnsSection;
import io.netty.resolver.dns.DnsNameResolver;
import io.netty.resolver.dns.DnsNameResolverBuilder;
import io.netty.resolver.dns.NoopDnsCache;
import io.netty.resolver.dns.SingletonDnsServerAddressStreamProvider;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The DNS client behind a node:dns {@code Resolver}, as c-ares serves Node's: its own servers, tried in turn
 * {@code tries} times each, a query timeout, and an optional local address. Queries go through Netty's
 * {@link DnsNameResolver} (its codec, id matching, TCP retry of truncated answers) on the JS thread's loop;
 * answers become flat arrays per record, {@code [type, ttl, fields...]}, that JavaScript shapes as Node does.
 * Failures are c-ares's error names (ENOTFOUND, ENODATA, ESERVFAIL, ETIMEOUT, ...).
 */
public final class DnsClient {
    /**
     * Netty's resolver logs odd answers (a mismatching question, a late reply) as warnings on stderr through
     * java.util.logging; Node says nothing there, so its logger is silenced (held here: JUL keeps loggers weakly).
     */
    private static final Logger NETTY_RESOLVER_LOG = Logger.getLogger("io.netty.resolver.dns");

    static {
        NETTY_RESOLVER_LOG.setLevel(Level.OFF);
    }

    private final JsRuntime runtime;
    private final EventLoop loop;
    private final long timeoutMillis;
    private final long maxTimeoutMillis;
    private final int tries;
    private List<InetSocketAddress> servers = List.of();
    private InetSocketAddress localIpv4;
    private InetSocketAddress localIpv6;
    /** Made for the first query, with a socket of the servers' family; remade when they change family. */
    private DnsNameResolver resolver;
    private boolean resolverIpv4;
    /** In the order they were asked: cancel() ends them in that order, as c-ares does. */
    private final Set<Query> pending = new LinkedHashSet<>();

    DnsClient(JsRuntime runtime, long timeoutMillis, long maxTimeoutMillis, int tries) {
        this.runtime = runtime;
        this.loop = runtime.loop();
        this.timeoutMillis = timeoutMillis;
        this.maxTimeoutMillis = maxTimeoutMillis;
        this.tries = tries;
    }

    /**
     * Replaces the servers with a flat [ip, port, ...] list of literals JavaScript has checked; refused (false)
     * while queries are pending, as c-ares refuses.
     */
    @HostAccess.Export
    public boolean setServers(Value flat) {
        if (!pending.isEmpty()) {
            return false;
        }
        List<InetSocketAddress> list = new ArrayList<>();
        for (int i = 0; i < flat.getArraySize(); i += 2) {
            list.add(new InetSocketAddress(literal(flat.getArrayElement(i).asString()),
                    flat.getArrayElement(i + 1).asInt()));
        }
        servers = List.copyOf(list);
        return true;
    }

    /** The servers as [ip, port] pairs. */
    @HostAccess.Export
    public Object[] getServers() {
        return servers.stream().map(server -> new Object[] {IpText.text(server.getAddress()), server.getPort()})
                .toArray();
    }

    /**
     * The addresses queries are sent from, per family (null for any): the next query opens a socket bound to
     * the one of its server's family.
     */
    @HostAccess.Export
    public void setLocalAddress(String ipv4, String ipv6) {
        localIpv4 = ipv4 == null ? null : new InetSocketAddress(literal(ipv4), 0);
        localIpv6 = ipv6 == null ? null : new InetSocketAddress(literal(ipv6), 0);
        closeResolver();
    }

    private void closeResolver() {
        if (resolver != null) {
            resolver.close();
            resolver = null;
        }
    }

    /**
     * Asks for {@code name}'s records of {@code type} (a DNS type number; 255 is ANY);
     * {@code callback(code, records)} runs on the JS thread with null and the records, or an error name.
     */
    @HostAccess.Export
    public void query(String name, int type, Value callback) {
        Query query = new Query(name, DnsRecordType.valueOf(type), callback);
        pending.add(query);
        loop.ref();
        query.attempt(0);
    }

    /** Ends every pending query with ECANCELLED. */
    @HostAccess.Export
    public void cancel() {
        for (Query query : List.copyOf(pending)) {
            query.finish("ECANCELLED", null);
        }
    }

    private DnsNameResolver resolver(InetSocketAddress server) {
        boolean ipv4 = server.getAddress().getAddress().length == 4;
        // Queries still in flight on a closed resolver fail, and are retried on the new one.
        if (resolver != null && resolverIpv4 != ipv4 && (localIpv4 != null || localIpv6 != null)) {
            closeResolver();
        }
        if (resolver == null) {
            InetSocketAddress local = ipv4 ? localIpv4 : localIpv6;
            // A dual-stack socket reaches servers of both families, unless bound to an IPv4 address.
            SocketProtocolFamily family =
                    ipv4 && local != null ? SocketProtocolFamily.INET : SocketProtocolFamily.INET6;
            DnsNameResolverBuilder builder = new DnsNameResolverBuilder(JsIoEventLoop.of(loop))
                    .datagramChannelFactory(() -> new EpollDatagramChannel(family))
                    .socketChannelType(EpollSocketChannel.class)
                    .queryTimeoutMillis(0) // each attempt has its own timeout (Query.attempt)
                    .resolveCache(NoopDnsCache.INSTANCE)
                    .recursionDesired(true)
                    // No EDNS record in queries, as Node's c-ares channel sends them.
                    .optResourceEnabled(false)
                    // Every query names its server; this one is never asked (it spares reading resolv.conf).
                    .nameServerProvider(new SingletonDnsServerAddressStreamProvider(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), 53)));
            if (local != null) {
                builder.localAddress(local);
            }
            resolver = builder.build();
            resolverIpv4 = ipv4;
        }
        return resolver;
    }

    private static InetAddress literal(String ip) {
        InetAddress address = IpText.parseIpv4(ip);
        return address != null ? address : IpText.parseIpv6(ip);
    }

    /** One query with its retries: attempt n goes to server n modulo the server count, c-ares's rotation. */
    private final class Query {
        private final String name;
        private final DnsRecordType type;
        private final Value callback;
        private Future<AddressedEnvelope<DnsResponse, InetSocketAddress>> inFlight;
        private boolean done;

        Query(String name, DnsRecordType type, Value callback) {
            this.name = name;
            this.type = type;
            this.callback = callback;
        }

        void attempt(int n) {
            if (servers.isEmpty()) {
                finish("ECONNREFUSED", null);
                return;
            }
            InetSocketAddress server = servers.get(n % servers.size());
            DefaultDnsQuestion question;
            try {
                question = new DefaultDnsQuestion(name, type);
            } catch (IllegalArgumentException e) {
                finish("EBADNAME", null); // a name IDN refuses; JavaScript has already refused most
                return;
            }
            Future<AddressedEnvelope<DnsResponse, InetSocketAddress>> sent = resolver(server).query(server, question);
            inFlight = sent;
            ScheduledFuture<?> timer = JsIoEventLoop.of(loop).schedule(() -> {
                if (!done && inFlight == sent) {
                    sent.cancel(false);
                    retryOrFail(n, "ETIMEOUT");
                }
            }, attemptTimeout(n / servers.size()), TimeUnit.MILLISECONDS);
            sent.addListener(f -> {
                timer.cancel(false);
                if (done || f.isCancelled()) {
                    return;
                }
                String error;
                if (f.isSuccess()) {
                    @SuppressWarnings("unchecked")
                    AddressedEnvelope<DnsResponse, InetSocketAddress> envelope =
                            (AddressedEnvelope<DnsResponse, InetSocketAddress>) f.getNow();
                    try {
                        error = answer(envelope.content());
                    } finally {
                        envelope.release();
                    }
                    if (error == null) {
                        return;
                    }
                } else {
                    error = "ECONNREFUSED";
                }
                retryOrFail(n, error);
            });
        }

        // c-ares moves on to the next server after these, and gives up after `tries` rounds.
        private void retryOrFail(int n, String error) {
            boolean retry = switch (error) {
                case "ETIMEOUT", "ECONNREFUSED", "ESERVFAIL", "ENOTIMP", "EREFUSED" -> true;
                default -> false;
            };
            if (retry && n + 1 < tries * servers.size()) {
                attempt(n + 1);
            } else {
                finish(error, null);
            }
        }

        /** Delivers the records of a response, or returns the error it means. */
        private String answer(DnsResponse response) {
            DnsResponseCode code = response.code();
            if (code != DnsResponseCode.NOERROR) {
                return rcodeError(code);
            }
            int count = response.count(DnsSection.ANSWER);
            if (count == 0) {
                return "ENODATA";
            }
            List<Object[]> records = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                DnsRecord record = response.recordAt(DnsSection.ANSWER, i);
                if (type != DnsRecordType.ANY && record.type() != type) {
                    continue;
                }
                Object[] fields = fields(record);
                if (fields != null) {
                    records.add(fields);
                }
            }
            // An answer with only other types (a CNAME) is an empty list, as c-ares gives it; only an empty
            // answer section is ENODATA.
            finish(null, records.toArray());
            return null;
        }

        void finish(String error, Object[] records) {
            if (done) {
                return;
            }
            done = true;
            pending.remove(this);
            if (inFlight != null && !inFlight.isDone()) {
                inFlight.cancel(false);
            }
            loop.post(() -> {
                loop.unref();
                runtime.invoke(callback, error, records);
            });
        }
    }

    /** c-ares doubles the timeout each round over the servers, up to maxTimeout when one is set. */
    private long attemptTimeout(int round) {
        long timeout = timeoutMillis << Math.min(round, 20);
        return Math.max(1, maxTimeoutMillis > 0 ? Math.min(timeout, maxTimeoutMillis) : timeout);
    }

    private static String rcodeError(DnsResponseCode code) {
        return switch (code.intValue()) {
            case 1 -> "EFORMERR";
            case 2 -> "ESERVFAIL";
            case 3 -> "ENOTFOUND";
            case 4 -> "ENOTIMP";
            case 5 -> "EREFUSED";
            default -> "EBADRESP";
        };
    }

    /** A record as [type name, ttl, fields...], or null for a type Node does not report. */
    static Object[] fields(DnsRecord record) {
        String type = record.type().name();
        double ttl = record.timeToLive();
        if (record instanceof DnsPtrRecord ptr) {
            return new Object[] {type, ttl, bareName(ptr.hostname())};
        }
        if (!(record instanceof DnsRawRecord raw)) {
            return null;
        }
        ByteBuf data = raw.content().duplicate();
        return switch (type) {
            case "A", "AAAA" -> new Object[] {type, ttl, IpText.text(ByteBufUtil.getBytes(data))};
            case "CNAME", "NS" -> new Object[] {type, ttl, name(data)};
            case "MX" -> new Object[] {type, ttl, data.readUnsignedShort(), name(data)};
            case "TXT" -> {
                List<String> entries = new ArrayList<>();
                while (data.isReadable()) {
                    entries.add(characterString(data));
                }
                yield new Object[] {type, ttl, entries.toArray()};
            }
            case "SRV" -> new Object[] {type, ttl, data.readUnsignedShort(), data.readUnsignedShort(),
                    data.readUnsignedShort(), name(data)};
            case "SOA" -> new Object[] {type, ttl, name(data), name(data), (double) data.readUnsignedInt(),
                    (double) data.readUnsignedInt(), (double) data.readUnsignedInt(),
                    (double) data.readUnsignedInt(), (double) data.readUnsignedInt()};
            case "NAPTR" -> new Object[] {type, ttl, data.readUnsignedShort(), data.readUnsignedShort(),
                    characterString(data), characterString(data), characterString(data), name(data)};
            case "CAA" -> new Object[] {type, ttl, data.readUnsignedByte(), characterString(data),
                    data.readCharSequence(data.readableBytes(), StandardCharsets.ISO_8859_1).toString()};
            case "TLSA" -> new Object[] {type, ttl, data.readUnsignedByte(), data.readUnsignedByte(),
                    data.readUnsignedByte(), ByteBufUtil.hexDump(data)};
            default -> null;
        };
    }

    /** A domain name in the record data; Netty's decoder follows compression pointers into the message. */
    private static String name(ByteBuf data) {
        return bareName(DefaultDnsRecordDecoder.decodeName(data));
    }

    // Netty writes names fully qualified ("example.test."), c-ares without the root's dot.
    private static String bareName(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    private static String characterString(ByteBuf data) {
        int length = data.readUnsignedByte();
        return data.readCharSequence(length, StandardCharsets.ISO_8859_1).toString();
    }
}
