package dev.jnode.tls;

import static org.assertj.core.api.Assertions.assertThat;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class HandshakeFailuresTest {
    @Test
    void alertsFromThePeerAreNamedAsOpenSslNamesThem() {
        assertThat(HandshakeFailures.describe(new SSLHandshakeException("Received fatal alert: certificate_required")))
                .containsExactly("ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED",
                        "error:0A00045C:SSL routines::tlsv13 alert certificate required");
        assertThat(HandshakeFailures.describe(new SSLHandshakeException("Received fatal alert: protocol_version")))
                .containsExactly("ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION",
                        "error:0A00042E:SSL routines::tlsv1 alert protocol version");
        assertThat(HandshakeFailures.describe(new SSLHandshakeException("Received fatal alert: handshake_failure"))[0])
                .isEqualTo("ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE");
    }

    @Test
    void localFailuresCarryTheirOwnReason() {
        assertThat(HandshakeFailures.describe(new SSLHandshakeException("Unsupported or unrecognized SSL message")))
                .containsExactly("ERR_SSL_WRONG_VERSION_NUMBER", "error:0A00010B:SSL routines::wrong version number");
        assertThat(HandshakeFailures.describe(new SSLHandshakeException("Empty client certificate chain"))[0])
                .isEqualTo("ERR_SSL_PEER_DID_NOT_RETURN_A_CERTIFICATE");
        assertThat(HandshakeFailures.describe(new SSLHandshakeException("Connection closed by peer"))[0])
                .isEqualTo("ECONNRESET");
    }

    @Test
    void plaintextWhereARecordShouldBeIsAnHttpRequestOrAWrongVersion() {
        assertThat(HandshakeFailures.describe(new SSLException("not an SSL/TLS record: 474554202f20485454502f312e31"))
                [0]).isEqualTo("ERR_SSL_HTTP_REQUEST");
        assertThat(HandshakeFailures.describe(new SSLException("not an SSL/TLS record: 68656c6c6f"))[0])
                .isEqualTo("ERR_SSL_WRONG_VERSION_NUMBER");
    }
}
