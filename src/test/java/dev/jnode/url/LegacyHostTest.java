package dev.jnode.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LegacyHostTest {

    @Test
    void asciiHostsAreOnlyLowerCasedNotReadAsIpv4() {
        assertThat(HostParser.legacyDomainToAscii("80")).isEqualTo("80");
        assertThat(HostParser.legacyDomainToAscii("0x7F.1")).isEqualTo("0x7f.1");
        assertThat(HostParser.legacyDomainToAscii("1.2.3")).isEqualTo("1.2.3");
        assertThat(HostParser.legacyDomainToAscii("256.1.1.1")).isEqualTo("256.1.1.1");
    }

    @Test
    void invalidPunycodeInAnAsciiHostIsKept() {
        assertThat(HostParser.legacyDomainToAscii("XN--A.COM")).isEqualTo("xn--a.com");
    }

    @Test
    void otherHostsGoThroughUts46() {
        assertThat(HostParser.legacyDomainToAscii("münchen.DE")).isEqualTo("xn--mnchen-3ya.de");
        assertThat(HostParser.legacyDomainToAscii("faß.de")).isEqualTo("xn--fa-hia.de");
        assertThat(HostParser.legacyDomainToAscii("\u2474.com")).isEqualTo("(1).com");
        assertThat(HostParser.legacyDomainToAscii("\u200dx.com")).isNull();
        assertThat(HostParser.legacyDomainToAscii("xn--zz-\u00fc.com")).isNull();
    }
}
