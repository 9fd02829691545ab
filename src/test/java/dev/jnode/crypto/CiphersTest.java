package dev.jnode.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class CiphersTest {
    private static final HexFormat HEX = HexFormat.of();

    private static byte[] run(CipherContext cipher, byte[]... chunks) {
        var out = new java.io.ByteArrayOutputStream();
        for (byte[] chunk : chunks) {
            out.writeBytes(cipher.update(chunk, 0, chunk.length));
        }
        out.writeBytes(cipher.finish());
        return out.toByteArray();
    }

    private static CipherContext open(String name, String key, String iv, boolean encrypt) throws Exception {
        return CipherContext.open(CipherSpec.byName(name), HEX.parseHex(key), iv == null ? new byte[0] : HEX.parseHex(iv),
                encrypt, 16);
    }

    @Test
    void namesAndAliasesFindTheSameCipher() {
        assertThat(CipherSpec.byName("AES128")).isEqualTo(CipherSpec.byName("aes-128-cbc"));
        assertThat(CipherSpec.byName("id-aes256-GCM").name()).isEqualTo("id-aes256-gcm");
        assertThat(CipherSpec.byNid(44).name()).isEqualTo("des-ede3-cbc");
        assertThat(CipherSpec.byName("rc4")).isNull();
    }

    @Test
    void aesCbcMatchesTheNistVectorWithoutPadding() throws Exception {
        // NIST SP 800-38A F.2.1, first block.
        CipherContext cipher = open("aes-128-cbc", "2b7e151628aed2a6abf7158809cf4f3c", "000102030405060708090a0b0c0d0e0f",
                true);
        cipher.setAutoPadding(false);
        assertThat(HEX.formatHex(run(cipher, HEX.parseHex("6bc1bee22e409f96e93d7e117393172a"))))
                .isEqualTo("7649abac8119b246cee98e9b12e9197d");
    }

    @Test
    void paddedDecryptionHoldsTheLastBlockBack() throws Exception {
        byte[] encrypted = run(open("aes-128-cbc", "00".repeat(16), "00".repeat(16), true), new byte[32]);
        CipherContext decipher = open("aes-128-cbc", "00".repeat(16), "00".repeat(16), false);
        assertThat(decipher.update(encrypted, 0, 32)).hasSize(16);
        assertThat(decipher.update(encrypted, 32, 16)).hasSize(16);
        assertThat(decipher.finish()).isEmpty();
    }

    @Test
    void aBadPadIsOpensslsBadDecrypt() throws Exception {
        CipherContext decipher = open("aes-128-cbc", "00".repeat(16), "00".repeat(16), false);
        decipher.update(new byte[16], 0, 16);
        assertThatThrownBy(decipher::finish).isInstanceOf(CryptoException.class)
                .hasMessage("error:1C800064:Provider routines::bad decrypt")
                .extracting(e -> ((CryptoException) e).code()).isEqualTo("ERR_OSSL_BAD_DECRYPT");
    }

    @Test
    void gcmMatchesTheSpecificationsTestCaseAndChecksTags() throws Exception {
        // The GCM specification's test case 3 (AES-128, 96-bit IV, no AAD).
        String key = "feffe9928665731c6d6a8f9467308308";
        String iv = "cafebabefacedbaddecaf888";
        byte[] plain = HEX.parseHex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                + "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255");
        CipherContext cipher = open("aes-128-gcm", key, iv, true);
        byte[] encrypted = run(cipher, java.util.Arrays.copyOf(plain, 5),
                java.util.Arrays.copyOfRange(plain, 5, plain.length));
        assertThat(HEX.formatHex(encrypted)).startsWith("42831ec2217774244b7221b784d0d49c");
        assertThat(HEX.formatHex(cipher.authTag())).isEqualTo("4d5c2af327cd64a62cf35abd2ba6fab4");

        CipherContext decipher = open("aes-128-gcm", key, iv, false);
        decipher.setAuthTag(cipher.authTag());
        assertThat(run(decipher, encrypted)).isEqualTo(plain);

        CipherContext forged = open("aes-128-gcm", key, iv, false);
        forged.setAuthTag(new byte[16]);
        forged.update(encrypted, 0, encrypted.length);
        assertThatThrownBy(forged::finish).hasMessage("Unsupported state or unable to authenticate data");
    }

    @Test
    void streamModesReturnEveryByteAtOnce() throws Exception {
        for (String name : new String[] {"aes-128-ctr", "aes-128-cfb", "aes-128-cfb8", "aes-128-ofb"}) {
            CipherContext cipher = open(name, "00".repeat(16), "00".repeat(16), true);
            assertThat(cipher.update(new byte[5], 0, 5)).as(name).hasSize(5);
        }
    }
}
