package dev.jnode.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class KeysTest {
    private static final byte[] MESSAGE = "message".getBytes(StandardCharsets.UTF_8);

    private static KeyHandle generate(String type, String curve) throws Exception {
        return Keys.generate(type, 1024, 65537, curve, null, null, -1);
    }

    @Test
    void pkcs8PemRoundTripsToTheSameKey() throws Exception {
        for (String[] spec : new String[][] {{"rsa", null}, {"ec", "secp256k1"}, {"ed25519", null}, {"x448", null}}) {
            KeyHandle key = generate(spec[0], spec[1]);
            byte[] pem = Keys.exportPrivate(key, "pem", "pkcs8", null, null);
            KeyHandle back = Keys.parse(pem, "pem", null, true, null);
            assertThat(back.sameAs(key)).as(spec[0]).isTrue();
            assertThat(Keys.asymmetricType(back)).isEqualTo(spec[0]);
        }
    }

    @Test
    void encryptedKeysNeedTheirPassphrase() throws Exception {
        KeyHandle key = generate("ec", "prime256v1");
        byte[] pass = "secret".getBytes(StandardCharsets.UTF_8);
        byte[] pem = Keys.exportPrivate(key, "pem", "sec1", "aes-128-cbc", pass);
        assertThat(new String(pem, StandardCharsets.ISO_8859_1)).contains("Proc-Type: 4,ENCRYPTED");
        assertThat(Keys.parse(pem, "pem", null, true, pass).sameAs(key)).isTrue();
        assertThatThrownBy(() -> Keys.parse(pem, "pem", null, true, "wrong".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("error:1C800064:Provider routines::bad decrypt");
    }

    @Test
    void garbageIsOpensslsUnsupportedDecoder() {
        assertThatThrownBy(() -> Keys.parse("garbage".getBytes(StandardCharsets.UTF_8), "pem", null, true, null))
                .hasMessage("error:1E08010C:DECODER routines::unsupported");
    }

    @Test
    void jwkRoundTripsAnEcKey() throws Exception {
        KeyHandle key = generate("ec", "prime256v1");
        var jwk = Keys.toJwk(key);
        assertThat(jwk.keySet()).containsExactly("kty", "x", "y", "crv", "d");
        assertThat(Keys.fromJwk(jwk, true).sameAs(key)).isTrue();
    }

    @Test
    void pssVerificationRecoversTheSaltLength() throws Exception {
        KeyHandle key = generate("rsa", null);
        for (int salt : new int[] {0, 20, Asymmetric.SALTLEN_MAX}) {
            var signing = new Asymmetric.SignOptions("sha256", Asymmetric.RSA_PKCS1_PSS_PADDING, salt, false);
            byte[] signature = Asymmetric.sign(key, signing, MESSAGE);
            var auto = new Asymmetric.SignOptions("sha256", Asymmetric.RSA_PKCS1_PSS_PADDING, Asymmetric.SALTLEN_MAX,
                    false);
            assertThat(Asymmetric.verify(key.publicHalf(), auto, MESSAGE, signature)).as("salt " + salt).isTrue();
        }
    }

    @Test
    void kdfsMatchTheirRfcVectors() throws Exception {
        byte[] password = "password".getBytes(StandardCharsets.UTF_8);
        byte[] salt = "salt".getBytes(StandardCharsets.UTF_8);
        assertThat(HexFormat.of().formatHex(Kdfs.pbkdf2("SHA-1", password, salt, 2, 20)))
                .isEqualTo("ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957");
        byte[] ikm = new byte[22];
        java.util.Arrays.fill(ikm, (byte) 0x0b);
        assertThat(HexFormat.of().formatHex(Kdfs.hkdf("SHA-256", ikm, HexFormat.of().parseHex("000102030405060708090a0b0c"),
                HexFormat.of().parseHex("f0f1f2f3f4f5f6f7f8f9"), 42)))
                .isEqualTo("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
    }
}
