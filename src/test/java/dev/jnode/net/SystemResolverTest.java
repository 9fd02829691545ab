package dev.jnode.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** getaddrinfo/getnameinfo answer from /etc/hosts and /etc/services, with libuv's error codes. */
class SystemResolverTest {

    @Test
    void localhostResolvesToTheLoopback() throws Exception {
        assertThat(SystemResolver.getAddrInfo("localhost", 4, 0)).containsExactly("127.0.0.1", 4);
    }

    @Test
    void anAddressAndPortAreNamedFromHostsAndServices() throws Exception {
        assertThat(SystemResolver.getNameInfo(InetAddress.ofLiteral("127.0.0.1"), 22))
                .containsExactly("localhost", "ssh");
    }

    @Test
    void badHintsFailWithLibuvsCode() {
        assertThatThrownBy(() -> SystemResolver.getAddrInfo("localhost", 4, 0x7fff_0000))
                .isInstanceOfSatisfying(SystemResolver.LookupException.class,
                        e -> assertThat(e.uvCode).isEqualTo(-3002)); // UV_EAI_BADFLAGS
    }
}
