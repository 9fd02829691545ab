package dev.jnode.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import javax.crypto.Mac;
import org.junit.jupiter.api.Test;

/** Digests: Node's (OpenSSL's) digest names resolve to JDK algorithms the JDK really has. */
class DigestsTest {
    @Test
    void namesAreCaseInsensitiveWithOpenSslSpellings() {
        assertThat(Digests.algorithm("SHA256")).isEqualTo("SHA-256");
        assertThat(Digests.algorithm("sha-256")).isEqualTo("SHA-256");
        assertThat(Digests.algorithm("SHA2-256")).isEqualTo("SHA-256");
        assertThat(Digests.algorithm("RSA-SHA512/224")).isEqualTo("SHA-512/224");
        assertThat(Digests.algorithm("ID-RSASSA-PKCS1-V1_5-WITH-SHA3-256")).isEqualTo("SHA3-256");
    }

    @Test
    void unknownAndMissingNamesHaveNoAlgorithm() {
        assertThat(Digests.algorithm("sha512/256")).isNull();
        assertThat(Digests.algorithm("sha3_256")).isNull();
        assertThat(Digests.algorithm("ripemd160")).isNull();
        assertThat(Digests.isMissing("MD5-SHA1")).isTrue();
        assertThat(Digests.isMissing("ripemd160")).isFalse();
        assertThat(Digests.isMissing("nope")).isFalse();
    }

    @Test
    void everyListedNameHasADigestAndAnHmacInTheJdkOrBouncyCastle() throws Exception {
        for (String name : Digests.names()) {
            String algorithm = Digests.algorithm(name);
            if (algorithm == null) {
                assertThat(BcDigests.hash(name)).as(name).isNotNull();
                continue;
            }
            assertThat(algorithm).as(name).isNotNull();
            assertThat(MessageDigest.getInstance(algorithm)).isNotNull();
            assertThat(Mac.getInstance(Digests.hmacAlgorithm(algorithm))).isNotNull();
        }
    }

    @Test
    void namesAreSortedByCodePointAsNodeLists() {
        assertThat(Digests.names()).isSorted().startsWith("RSA-MD5").contains("sha512-224WithRSAEncryption");
    }
}
