package dev.jnode.tls;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

/**
 * Checks a peer's certificate chain against trusted CA certificates the way OpenSSL's verification reports it
 * to Node: the first problem as OpenSSL's code and message (DEPTH_ZERO_SELF_SIGNED_CERT, CERT_HAS_EXPIRED, ...),
 * or null for a trusted chain. Node lets every handshake finish and judges afterwards (authorized,
 * authorizationError, rejectUnauthorized), so this runs after the handshake, not inside it.
 */
final class PeerVerifier {
    private PeerVerifier() {}

    /** OpenSSL's verification failure: the code Node puts on errors and its message. */
    record Failure(String code, String message) {}

    static Failure verify(List<X509Certificate> presented, Collection<X509Certificate> trusted, Date now) {
        if (presented.isEmpty()) {
            return new Failure("UNABLE_TO_GET_ISSUER_CERT", "unable to get issuer certificate");
        }
        List<X509Certificate> path = new ArrayList<>();
        X509Certificate current = presented.get(0);
        path.add(current);
        Failure chainFailure = null;
        while (true) {
            if (trusted.contains(current)) {
                break;
            }
            X509Certificate anchor = issuerAmong(current, trusted);
            if (anchor != null) {
                path.add(anchor);
                break;
            }
            if (isSelfSigned(current)) {
                chainFailure = path.size() == 1
                        ? new Failure("DEPTH_ZERO_SELF_SIGNED_CERT", "self-signed certificate")
                        : new Failure("SELF_SIGNED_CERT_IN_CHAIN", "self-signed certificate in certificate chain");
                break;
            }
            X509Certificate next = issuerAmong(current, presented);
            if (next == null || path.contains(next)) {
                chainFailure = path.size() == 1
                        ? new Failure("UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate")
                        : new Failure("UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "unable to get local issuer certificate");
                break;
            }
            path.add(next);
            current = next;
        }
        if (chainFailure != null) {
            return chainFailure;
        }
        for (X509Certificate certificate : path) {
            if (now.before(certificate.getNotBefore())) {
                return new Failure("CERT_NOT_YET_VALID", "certificate is not yet valid");
            }
            if (now.after(certificate.getNotAfter())) {
                return new Failure("CERT_HAS_EXPIRED", "certificate has expired");
            }
        }
        return null;
    }

    static X509Certificate issuerAmong(X509Certificate certificate, Collection<X509Certificate> candidates) {
        for (X509Certificate candidate : candidates) {
            if (candidate != certificate
                    && candidate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())
                    && signedBy(certificate, candidate)) {
                return candidate;
            }
        }
        return null;
    }

    static boolean isSelfSigned(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())
                && signedBy(certificate, certificate);
    }

    private static boolean signedBy(X509Certificate certificate, X509Certificate issuer) {
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
