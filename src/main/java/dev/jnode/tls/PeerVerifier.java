package dev.jnode.tls;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.NameConstraintValidatorException;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.bouncycastle.asn1.x509.PKIXNameConstraintValidator;

/**
 * Checks a peer's certificate chain against trusted CA certificates the way OpenSSL's verification reports it
 * to Node: the first problem as OpenSSL's code and message (DEPTH_ZERO_SELF_SIGNED_CERT, CERT_HAS_EXPIRED, ...),
 * or null for a trusted chain. Node lets every handshake finish and judges afterwards (authorized,
 * authorizationError, rejectUnauthorized), so this runs after the handshake, not inside it.
 */
final class PeerVerifier {
    private PeerVerifier() {}

    /** The code Node gives the verification failures its table does not name (the name constraint violations). */
    private static final String NODE_UNNAMED = "UNSPECIFIED";

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
        Failure constraintFailure = nameConstraintFailure(path);
        if (constraintFailure != null) {
            return constraintFailure;
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

    /**
     * The first name under a CA that its name constraints refuse (RFC 5280 as OpenSSL applies it: the subject and
     * the alternative names of every certificate below the CA; BouncyCastle's validator matches the subtrees).
     */
    private static Failure nameConstraintFailure(List<X509Certificate> path) {
        for (int ca = 1; ca < path.size(); ca++) {
            byte[] extension = path.get(ca).getExtensionValue(Extension.nameConstraints.getId());
            if (extension == null) {
                continue;
            }
            NameConstraints constraints = NameConstraints.getInstance(ASN1OctetString.getInstance(extension).getOctets());
            PKIXNameConstraintValidator validator = new PKIXNameConstraintValidator();
            if (constraints.getPermittedSubtrees() != null) {
                validator.intersectPermittedSubtree(constraints.getPermittedSubtrees());
            }
            if (constraints.getExcludedSubtrees() != null) {
                for (GeneralSubtree subtree : constraints.getExcludedSubtrees()) {
                    validator.addExcludedSubtree(subtree);
                }
            }
            for (int below = 0; below < ca; below++) {
                X509Certificate certificate = path.get(below);
                if (below > 0 && certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
                    continue;
                }
                Failure failure = check(validator, names(certificate));
                if (failure != null) {
                    return failure;
                }
            }
        }
        return null;
    }

    private static List<GeneralName> names(X509Certificate certificate) {
        List<GeneralName> names = new ArrayList<>();
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        if (subject.getRDNs().length > 0) {
            names.add(new GeneralName(subject));
        }
        byte[] altNames = certificate.getExtensionValue(Extension.subjectAlternativeName.getId());
        if (altNames != null) {
            names.addAll(List.of(GeneralNames.getInstance(ASN1OctetString.getInstance(altNames).getOctets()).getNames()));
        }
        return names;
    }

    private static Failure check(PKIXNameConstraintValidator validator, List<GeneralName> names) {
        for (GeneralName name : names) {
            try {
                validator.checkPermitted(name);
            } catch (NameConstraintValidatorException e) {
                return new Failure(NODE_UNNAMED, "permitted subtree violation");
            }
            try {
                validator.checkExcluded(name);
            } catch (NameConstraintValidatorException e) {
                return new Failure(NODE_UNNAMED, "excluded subtree violation");
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
