package dev.jnode.tls;

import static dev.jnode.tls.KeyMaterialTest.pem;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeerVerifierTest {
    private static List<X509Certificate> certs(String name) throws Exception {
        return KeyMaterial.certificates(pem(name));
    }

    private static String codeFor(String presented, String trusted) throws Exception {
        PeerVerifier.Failure failure = PeerVerifier.verify(certs(presented),
                trusted == null ? List.of() : certs(trusted), new Date());
        return failure == null ? null : failure.code();
    }

    @Test
    void aLeafSignedByATrustedCaIsTrusted() throws Exception {
        assertThat(codeFor("server.pem", "ca.pem")).isNull();
        assertThat(codeFor("leaf-chain.pem", "ca.pem")).isNull();
        assertThat(codeFor("self-signed.pem", "self-signed.pem")).isNull();
    }

    @Test
    void untrustedChainsGetOpenSslsCodes() throws Exception {
        assertThat(codeFor("self-signed.pem", "ca.pem")).isEqualTo("DEPTH_ZERO_SELF_SIGNED_CERT");
        assertThat(codeFor("server.pem", null)).isEqualTo("UNABLE_TO_VERIFY_LEAF_SIGNATURE");
        assertThat(codeFor("leaf-of-intermediate.pem", "ca.pem")).isEqualTo("UNABLE_TO_VERIFY_LEAF_SIGNATURE");
        assertThat(codeFor("leaf-chain.pem", null)).isEqualTo("UNABLE_TO_GET_ISSUER_CERT_LOCALLY");
    }

    @Test
    void aChainEndingInAnUntrustedRootIsSelfSignedInChain() throws Exception {
        List<X509Certificate> presented = new java.util.ArrayList<>(certs("leaf-chain.pem"));
        presented.addAll(certs("ca.pem"));
        assertThat(PeerVerifier.verify(presented, List.of(), new Date()).code()).isEqualTo("SELF_SIGNED_CERT_IN_CHAIN");
    }

    @Test
    void validityIsCheckedOnceTheChainIsTrusted() throws Exception {
        assertThat(codeFor("expired.pem", "ca.pem")).isEqualTo("CERT_HAS_EXPIRED");
        PeerVerifier.Failure early = PeerVerifier.verify(certs("server.pem"), certs("ca.pem"), new Date(0));
        assertThat(early.code()).isEqualTo("CERT_NOT_YET_VALID");
        assertThat(early.message()).isEqualTo("certificate is not yet valid");
    }

    @Test
    void noCertificateAtAllCannotBeVerified() {
        assertThat(PeerVerifier.verify(List.of(), List.of(), new Date()).code()).isEqualTo("UNABLE_TO_GET_ISSUER_CERT");
    }

    @Test
    void aCasNameConstraintsRefuseNamesOutsideThem() throws Exception {
        java.nio.file.Path x509 = java.nio.file.Path.of("test/fixtures/x509");
        List<X509Certificate> constrainedCa = KeyMaterial.certificates(
                java.nio.file.Files.readString(x509.resolve("constrained-ca.pem")));
        PeerVerifier.Failure outside = PeerVerifier.verify(KeyMaterial.certificates(
                java.nio.file.Files.readString(x509.resolve("outside-leaf.pem"))), constrainedCa, new Date());
        assertThat(outside.message()).isEqualTo("permitted subtree violation");
        assertThat(outside.code()).isEqualTo("UNSPECIFIED");
        assertThat(PeerVerifier.verify(KeyMaterial.certificates(
                java.nio.file.Files.readString(x509.resolve("inside-leaf.pem"))), constrainedCa, new Date())).isNull();
    }
}
