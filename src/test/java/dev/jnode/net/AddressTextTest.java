package dev.jnode.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class AddressTextTest {

    @Test
    void ipv6AddressesAreWrittenAsNodeWritesThem() {
        assertThat(TcpBinding.compressIpv6("0:0:0:0:0:0:0:1")).isEqualTo("::1");
        assertThat(TcpBinding.compressIpv6("0:0:0:0:0:0:0:0")).isEqualTo("::");
        assertThat(TcpBinding.compressIpv6("fe80:0:0:0:1:0:0:2")).isEqualTo("fe80::1:0:0:2");
        assertThat(TcpBinding.compressIpv6("2001:db8:0:1:1:1:1:1")).isEqualTo("2001:db8:0:1:1:1:1:1");
        assertThat(TcpBinding.compressIpv6("1:0:0:2:0:0:0:3")).isEqualTo("1:0:0:2::3");
    }

    @Test
    void ipv4PeersOfADualStackListenerShowAsMappedAddresses() throws Exception {
        InetSocketAddress peer = new InetSocketAddress(InetAddress.ofLiteral("127.0.0.1"), 4000);
        assertThat(TcpBinding.describe(peer, true)).containsExactly("::ffff:127.0.0.1", "IPv6", 4000);
        assertThat(TcpBinding.describe(peer, false)).containsExactly("127.0.0.1", "IPv4", 4000);
        InetSocketAddress v6 = new InetSocketAddress(InetAddress.ofLiteral("::1"), 5);
        assertThat(TcpBinding.describe(v6, true)).containsExactly("::1", "IPv6", 5);
    }
}
