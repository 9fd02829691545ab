package dev.jnode.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class X509HandleTest {
    private static X509Handle load(String path) throws Exception {
        return X509Handle.parse(Files.readAllBytes(Path.of("test/fixtures", path)));
    }

    private static String parseFailure(String text) {
        try {
            X509Handle.parse(text.getBytes(StandardCharsets.ISO_8859_1));
            return null;
        } catch (CryptoException e) {
            return e.code();
        }
    }

    @Test
    void namesArePrintedOneRdnALineWithRfc2253Escapes() throws Exception {
        X509Handle names = load("x509/names.pem");
        assertThat(names.subject()).isEqualTo("C=DE\nstreet=Hauptstr. 1 + L=Berlin\\, \\\"Mitte\\\"\n"
                + "O=Zeichen \\<&\\> Co\\; KG\nO=\\#second\\ \nOU=München\nCN=names.example");
        assertThat(names.subjectAltName()).startsWith(
                "DNS:names.example, DNS:\"good.example\\u002c DNS:evil.example\", URI:\"http://example.com/a\\u002cb\"")
                .contains("IP Address:2001:DB8:0:0:0:0:0:7", "DirName:\"L=Koeln\\\\\\u002c Rhein \\\\+ Ufer\\u002cC=DE\"",
                        "othername:XmppAddr:user@chat.example", "othername:<unsupported>");
        assertThat(names.infoAccess()).isEqualTo("OCSP - URI:http://ocsp.names.example/\n"
                + "CA Issuers - URI:http://names.example/ca.cer\nOCSP - URI:\"http://ocsp.names.example/a\\u002cb\"");
    }

    @Test
    void pemAndDerFailuresAreOpenSslsPemErrors() {
        assertThat(parseFailure("no certificate here")).isEqualTo("ERR_OSSL_PEM_NO_START_LINE");
        assertThat(parseFailure("-----BEGIN CERTIFICATE-----\nabc\n-----END CERTIFICATE-----"))
                .isEqualTo("ERR_OSSL_PEM_BAD_BASE64_DECODE");
        assertThat(parseFailure("-----BEGIN CERTIFICATE-----\nAAAAAAAA\n-----END CERTIFICATE-----"))
                .isEqualTo("ERR_OSSL_ASN1_WRONG_TAG");
        assertThat(parseFailure("-----BEGIN CERTIFICATE-----\nvalidcertcontent\n-----END CERTIFICATE-----"))
                .isEqualTo("ERR_OSSL_ASN1_HEADER_TOO_LONG");
        assertThatThrownBy(() -> X509Handle.parse(new byte[] {1, 2, 3})).isInstanceOf(CryptoException.class);
    }

    @Test
    void hostPatternsFollowOpenSslsWildcardRules() {
        assertThat(X509Handle.HostPattern.matches("*.wild.example", "x.wild.example", true, true, false, false)).isTrue();
        assertThat(X509Handle.HostPattern.matches("*.wild.example", "a.b.wild.example", true, true, false, false)).isFalse();
        assertThat(X509Handle.HostPattern.matches("*.wild.example", "a.b.wild.example", true, true, true, false)).isTrue();
        assertThat(X509Handle.HostPattern.matches("*.wild.example", "x.wild.example", false, true, false, false)).isFalse();
        assertThat(X509Handle.HostPattern.matches("f*.wild.example", "foo.wild.example", true, true, false, false)).isTrue();
        assertThat(X509Handle.HostPattern.matches("f*.wild.example", "foo.wild.example", true, false, false, false)).isFalse();
        assertThat(X509Handle.HostPattern.matches("*.example", "x.example", true, true, false, false)).isFalse();
        assertThat(X509Handle.HostPattern.matches("Host.Example", "host.example", true, true, false, false)).isTrue();
    }

    @Test
    void issuersKeysAndSignatures() throws Exception {
        X509Handle server = load("tls/server.pem");
        X509Handle ca = load("tls/ca.pem");
        assertThat(server.checkIssued(ca)).isTrue();
        assertThat(ca.checkIssued(server)).isFalse();
        assertThat(server.verify(ca.publicKey())).isTrue();
        assertThat(server.verify(server.publicKey())).isFalse();
        assertThat(server.checkHost("LOCALHOST", "default", true, true, false, false)).isEqualTo("localhost");
        assertThat(server.checkIp("::1")).isTrue();
        assertThat(server.signatureAlgorithm()).isEqualTo("sha256WithRSAEncryption");
    }
}
