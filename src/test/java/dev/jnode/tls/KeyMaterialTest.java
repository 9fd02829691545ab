package dev.jnode.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyMaterialTest {
    static final Path FIXTURES = Path.of("test/fixtures/tls");

    static String pem(String name) throws Exception {
        return Files.readString(FIXTURES.resolve(name));
    }

    @Test
    void everyPemKeyFormReadsToTheSameKey() throws Exception {
        PrivateKey plain = KeyMaterial.privateKey(pem("server-key.pem"), null);
        PrivateKey pkcs8 = KeyMaterial.privateKey(pem("server-key-encrypted.pem"), "secret");
        PrivateKey traditional = KeyMaterial.privateKey(pem("server-key-traditional-encrypted.pem"), "secret");
        assertThat(pkcs8.getEncoded()).isEqualTo(plain.getEncoded());
        assertThat(traditional.getEncoded()).isEqualTo(plain.getEncoded());
        assertThat(KeyMaterial.privateKey(pem("ec-server-key.pem"), null).getAlgorithm()).isEqualTo("EC");
    }

    @Test
    void aWrongOrMissingPassphraseIsOpenSslsBadDecrypt() {
        assertThatThrownBy(() -> KeyMaterial.privateKey(pem("server-key-encrypted.pem"), "wrong"))
                .hasMessage("error:1C800064:Provider routines::bad decrypt");
        assertThatThrownBy(() -> KeyMaterial.privateKey(pem("server-key-encrypted.pem"), null))
                .satisfies(e -> assertThat(((KeyMaterial.KeyMaterialException) e).code).isEqualTo("ERR_OSSL_BAD_DECRYPT"));
        assertThatThrownBy(() -> KeyMaterial.privateKey("garbage", null))
                .satisfies(e -> assertThat(((KeyMaterial.KeyMaterialException) e).code).isEqualTo("ERR_OSSL_UNSUPPORTED"));
    }

    @Test
    void certificateTextYieldsEachCertificateInOrder() throws Exception {
        List<X509Certificate> chain = KeyMaterial.certificates(pem("leaf-chain.pem"));
        assertThat(chain).hasSize(2);
        assertThat(chain.get(1).getSubjectX500Principal().getName()).contains("CN=jnode test intermediate CA");
    }

    @Test
    void aPfxBundleHoldsKeyChainAndMatchingCertificate() throws Exception {
        KeyMaterial.Pfx pfx = KeyMaterial.pfx(Files.readAllBytes(FIXTURES.resolve("server.pfx")), "secret");
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) pfx.key();
        assertThat(((RSAPublicKey) pfx.chain().get(0).getPublicKey()).getModulus()).isEqualTo(key.getModulus());
        assertThatThrownBy(() -> KeyMaterial.pfx(Files.readAllBytes(FIXTURES.resolve("server.pfx")), "wrong"))
                .isInstanceOf(KeyMaterial.KeyMaterialException.class);
    }
}
