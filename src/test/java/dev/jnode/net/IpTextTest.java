package dev.jnode.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import org.junit.jupiter.api.Test;

class IpTextTest {

    @Test
    void ipv4LiteralsAreStrictDottedQuads() {
        assertThat(IpText.parseIpv4("127.0.0.1").getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(IpText.parseIpv4("255.255.255.255")).isNotNull();
        for (String text : new String[] {"1", "1.2.3", "127.1", "01.2.3.4", "1.2.3.256", "1.2.3.4.", "::1", "", "a.b.c.d"}) {
            assertThat(IpText.parseIpv4(text)).as(text).isNull();
        }
    }

    @Test
    void ipv6LiteralsKeepMappedFormsAndResolveZonesByInterfaceName() throws Exception {
        assertThat(IpText.parseIpv6("::1").getHostAddress()).startsWith("0:0:0:0:0:0:0:1");
        Inet6Address mapped = IpText.parseIpv6("::ffff:127.0.0.1");
        assertThat(mapped.getAddress()).hasSize(16);
        assertThat(IpText.parseIpv6("::%nosuchinterface").getScopeId()).isZero();
        NetworkInterface loopback = NetworkInterface.getByName("lo");
        if (loopback != null) {
            assertThat(IpText.parseIpv6("::%lo").getScopeId()).isEqualTo(loopback.getIndex());
        }
        for (String text : new String[] {"127.0.0.1", "", "undefined", "[::1]", "1::2::3", "::g"}) {
            assertThat(IpText.parseIpv6(text)).as(text).isNull();
        }
    }

    @Test
    void addressesAreShownAsNodeShowsThem() throws Exception {
        InetSocketAddress four = new InetSocketAddress(InetAddress.ofLiteral("127.0.0.1"), 7);
        assertThat(IpText.describe(four, false)).containsExactly("127.0.0.1", "IPv4", 7);
        assertThat(IpText.describe(four, true)).containsExactly("::ffff:127.0.0.1", "IPv6", 7);
        InetSocketAddress mapped = new InetSocketAddress(IpText.parseIpv6("::ffff:10.0.0.1"), 8);
        assertThat(IpText.describe(mapped, true)).containsExactly("::ffff:10.0.0.1", "IPv6", 8);
        InetSocketAddress any = new InetSocketAddress(IpText.parseIpv6("::"), 9);
        assertThat(IpText.describe(any, true)).containsExactly("::", "IPv6", 9);
        NetworkInterface loopback = NetworkInterface.getByName("lo");
        if (loopback != null) {
            InetSocketAddress linkLocal = new InetSocketAddress(IpText.parseIpv6("fe80::1%lo"), 10);
            assertThat(IpText.describe(linkLocal, true)).containsExactly("fe80::1%lo", "IPv6", 10);
        }
    }

    @Test
    void socketAddressesAreEncodedAsTheKernelReadsThem() {
        byte[] in = SocketCalls.sockaddr(new InetSocketAddress(IpText.parseIpv4("127.0.0.1"), 0x1234), false);
        assertThat(in).containsExactly(2, 0, 0x12, 0x34, 127, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0);
        byte[] in6 = SocketCalls.sockaddr(new InetSocketAddress(IpText.parseIpv4("1.2.3.4"), 80), true);
        assertThat(in6).hasSize(28);
        assertThat(in6[0]).isEqualTo((byte) 10);
        assertThat(in6[3]).isEqualTo((byte) 80);
        assertThat(java.util.Arrays.copyOfRange(in6, 8, 24))
                .containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1, 1, 2, 3, 4);
    }

    @Test
    void optionsOnAMissingDescriptorFailWithEbadf() {
        assertThat(SocketCalls.setInt(-1, SocketCalls.SOL_SOCKET, SocketCalls.SO_BROADCAST, 1)).isEqualTo(-9);
        assertThat(SocketCalls.getInt(-1, SocketCalls.SOL_SOCKET, SocketCalls.SO_RCVBUF)).isEqualTo(-9);
    }
}
