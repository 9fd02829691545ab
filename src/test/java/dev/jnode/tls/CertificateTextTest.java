package dev.jnode.tls;

import static dev.jnode.tls.KeyMaterialTest.pem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jnode.crypto.CertificateText;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class CertificateTextTest {
    @Test
    void describesACertificateInOpenSslsTextForms() throws Exception {
        JsonNode server = new ObjectMapper().readTree(
                CertificateText.legacyJson(KeyMaterial.certificates(pem("server.pem")).get(0)));
        assertThat(server.get("subject").get("CN").asString()).isEqualTo("localhost");
        assertThat(server.get("issuer").get("OU").asString()).isEqualTo("ca");
        assertThat(server.get("subjectaltname").asString())
                .isEqualTo("DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1");
        assertThat(server.get("serialNumber").asString()).isEqualTo("2001");
        assertThat(server.get("exponent").asString()).isEqualTo("0x10001");
        assertThat(server.get("bits").asInt()).isEqualTo(2048);
        assertThat(server.get("ca").asBoolean()).isFalse();
        assertThat(server.get("fingerprint256").asString()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
    }

    @Test
    void datesArePaddedAsOpenSslPrintsThem() throws Exception {
        JsonNode expired = new ObjectMapper().readTree(
                CertificateText.legacyJson(KeyMaterial.certificates(pem("expired.pem")).get(0)));
        assertThat(expired.get("valid_from").asString()).isEqualTo("Jan  1 00:00:00 2000 GMT");
        assertThat(expired.get("valid_to").asString()).isEqualTo("Jan  1 00:00:00 2001 GMT");
        assertThat(expired.get("serialNumber").asString()).isEqualTo("5001");
    }
}
