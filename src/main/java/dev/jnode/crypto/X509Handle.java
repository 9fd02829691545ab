package dev.jnode.crypto;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.graalvm.polyglot.HostAccess;

/** One parsed certificate behind crypto.X509Certificate; the texts are OpenSSL's (see {@link CertificateText}). */
public final class X509Handle {
    /** OpenSSL's long names of the usual signature algorithms. */
    private static final Map<String, String> SIGNATURE_NAMES = Map.ofEntries(
            Map.entry("1.2.840.113549.1.1.4", "md5WithRSAEncryption"),
            Map.entry("1.2.840.113549.1.1.5", "sha1WithRSAEncryption"),
            Map.entry("1.2.840.113549.1.1.10", "rsassaPss"),
            Map.entry("1.2.840.113549.1.1.11", "sha256WithRSAEncryption"),
            Map.entry("1.2.840.113549.1.1.12", "sha384WithRSAEncryption"),
            Map.entry("1.2.840.113549.1.1.13", "sha512WithRSAEncryption"),
            Map.entry("1.2.840.113549.1.1.14", "sha224WithRSAEncryption"),
            Map.entry("1.2.840.10045.4.1", "ecdsa-with-SHA1"),
            Map.entry("1.2.840.10045.4.3.1", "ecdsa-with-SHA224"),
            Map.entry("1.2.840.10045.4.3.2", "ecdsa-with-SHA256"),
            Map.entry("1.2.840.10045.4.3.3", "ecdsa-with-SHA384"),
            Map.entry("1.2.840.10045.4.3.4", "ecdsa-with-SHA512"),
            Map.entry("1.2.840.10040.4.3", "dsaWithSHA1"),
            Map.entry("2.16.840.1.101.3.4.3.2", "dsa_with_SHA256"),
            Map.entry("1.3.101.112", "ED25519"),
            Map.entry("1.3.101.113", "ED448"));

    private final X509Certificate certificate;

    public X509Handle(X509Certificate certificate) {
        this.certificate = certificate;
    }

    /**
     * A certificate from PEM text or DER bytes. Failures are OpenSSL's PEM errors, as Node reports them: no
     * "BEGIN CERTIFICATE" and no DER certificate either, base64 that does not decode, or a body that is no certificate.
     */
    static X509Handle parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int begin = text.indexOf("-----BEGIN CERTIFICATE-----");
        byte[] der;
        if (begin < 0) {
            der = bytes;
        } else {
            int bodyStart = begin + "-----BEGIN CERTIFICATE-----".length();
            int end = text.indexOf("-----END CERTIFICATE-----", bodyStart);
            if (end < 0) {
                throw pemError("0480006C", "no start line");
            }
            String body = text.substring(bodyStart, end).replaceAll("\\s", "");
            // OpenSSL refuses characters outside the alphabet and a last group short of four.
            if (body.length() % 4 != 0 || !body.matches("[A-Za-z0-9+/]*={0,2}")) {
                throw pemError("04800064", "bad base64 decode");
            }
            der = Base64.getDecoder().decode(body);
        }
        try {
            return new X509Handle((X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der)));
        } catch (CertificateException e) {
            throw begin < 0 ? pemError("0480006C", "no start line") : asn1Error(der);
        }
    }

    private static CryptoException pemError(String hex, String reason) {
        return CryptoException.alone(hex, "PEM routines", reason);
    }

    // OpenSSL's first complaint about a PEM body that is no certificate: its outer header, then its tag.
    private static CryptoException asn1Error(byte[] der) {
        return headerFits(der)
                ? CryptoException.alone("068000A8", "asn1 encoding routines", "wrong tag")
                : CryptoException.alone("0680007B", "asn1 encoding routines", "header too long");
    }

    private static boolean headerFits(byte[] der) {
        if (der.length < 2) {
            return false;
        }
        int first = der[1] & 0xff;
        if (first < 0x80) {
            return 2 + first <= der.length;
        }
        int lengthBytes = first & 0x7f;
        if (lengthBytes == 0 || lengthBytes > 4 || 2 + lengthBytes > der.length) {
            return false;
        }
        long length = 0;
        for (int i = 0; i < lengthBytes; i++) {
            length = (length << 8) | (der[2 + i] & 0xff);
        }
        return 2 + lengthBytes + length <= der.length;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    @HostAccess.Export
    public String subject() {
        return CertificateText.multilineName(certificate.getSubjectX500Principal().getEncoded());
    }

    @HostAccess.Export
    public String issuer() {
        return CertificateText.multilineName(certificate.getIssuerX500Principal().getEncoded());
    }

    @HostAccess.Export
    public String subjectAltName() {
        return CertificateText.subjectAltName(certificate);
    }

    @HostAccess.Export
    public String infoAccess() {
        return CertificateText.infoAccess(certificate);
    }

    @HostAccess.Export
    public String validFrom() {
        return CertificateText.time(certificate.getNotBefore());
    }

    @HostAccess.Export
    public String validTo() {
        return CertificateText.time(certificate.getNotAfter());
    }

    @HostAccess.Export
    public double validFromMillis() {
        return certificate.getNotBefore().getTime();
    }

    @HostAccess.Export
    public double validToMillis() {
        return certificate.getNotAfter().getTime();
    }

    /** The fingerprint by "SHA-1", "SHA-256" or "SHA-512". */
    @HostAccess.Export
    public String fingerprint(String algorithm) {
        return CertificateText.fingerprint(algorithm, der());
    }

    /** The extended key usages' OIDs, or null without the extension. */
    @HostAccess.Export
    public String[] keyUsage() throws GeneralSecurityException {
        List<String> usages = certificate.getExtendedKeyUsage();
        return usages == null ? null : usages.toArray(String[]::new);
    }

    @HostAccess.Export
    public String serialNumber() {
        return CertificateText.serial(certificate.getSerialNumber());
    }

    @HostAccess.Export
    public String signatureAlgorithm() {
        String oid = certificate.getSigAlgOID();
        return SIGNATURE_NAMES.getOrDefault(oid, oid);
    }

    @HostAccess.Export
    public String signatureAlgorithmOid() {
        return certificate.getSigAlgOID();
    }

    @HostAccess.Export
    public boolean ca() {
        return certificate.getBasicConstraints() >= 0;
    }

    /** The DER bytes, as latin1. */
    @HostAccess.Export
    public String raw() {
        return new String(der(), StandardCharsets.ISO_8859_1);
    }

    @HostAccess.Export
    public String pem() {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der())
                + "\n-----END CERTIFICATE-----\n";
    }

    @HostAccess.Export
    public KeyHandle publicKey() {
        return KeyHandle.publicKey(SubjectPublicKeyInfo.getInstance(certificate.getPublicKey().getEncoded()));
    }

    /** getPeerCertificate()'s object, as JSON. */
    @HostAccess.Export
    public String legacy() {
        return CertificateText.legacyJson(certificate);
    }

    /**
     * The certificate's name that covers {@code host}, or null (OpenSSL's X509_check_host). {@code subject}:
     * "default" reads the subject's CN only when there are no DNS alt names, "always" reads it too, "never" not.
     */
    @HostAccess.Export
    public String checkHost(String host, String subject, boolean wildcards, boolean partialWildcards,
            boolean multiLabelWildcards, boolean singleLabelSubdomains) {
        List<String> dnsNames = altNames(GeneralName.dNSName);
        for (String name : dnsNames) {
            if (HostPattern.matches(name, host, wildcards, partialWildcards, multiLabelWildcards, singleLabelSubdomains)) {
                return name;
            }
        }
        if (subject.equals("always") || (subject.equals("default") && dnsNames.isEmpty())) {
            for (String name : subjectValues(BCStyle.CN)) {
                if (HostPattern.matches(name, host, wildcards, partialWildcards, multiLabelWildcards,
                        singleLabelSubdomains)) {
                    return name;
                }
            }
        }
        return null;
    }

    /** Whether one of the certificate's addresses equals {@code email} (the domain in any case). */
    @HostAccess.Export
    public boolean checkEmail(String email, String subject) {
        List<String> addresses = altNames(GeneralName.rfc822Name);
        List<String> candidates = new ArrayList<>(addresses);
        if (subject.equals("always") || (subject.equals("default") && addresses.isEmpty())) {
            candidates.addAll(subjectValues(BCStyle.EmailAddress));
        }
        return candidates.stream().anyMatch(address -> sameEmail(address, email));
    }

    private static boolean sameEmail(String a, String b) {
        int at = a.lastIndexOf('@');
        int otherAt = b.lastIndexOf('@');
        if (at < 0 || otherAt < 0) {
            return a.equals(b);
        }
        return a.substring(0, at).equals(b.substring(0, otherAt))
                && a.substring(at + 1).equalsIgnoreCase(b.substring(otherAt + 1));
    }

    /** Whether an IP alt name holds the address {@code ip} (a literal the caller validated). */
    @HostAccess.Export
    public boolean checkIp(String ip) throws java.net.UnknownHostException {
        byte[] wanted = InetAddress.getByName(ip).getAddress();
        for (GeneralName name : generalNames()) {
            if (name.getTagNo() == GeneralName.iPAddress
                    && Arrays.equals(ASN1OctetString.getInstance(name.getName()).getOctets(), wanted)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code issuer} issued this certificate by its names and key identifiers (signature unchecked). */
    @HostAccess.Export
    public boolean checkIssued(X509Handle issuer) {
        if (!certificate.getIssuerX500Principal().equals(issuer.certificate.getSubjectX500Principal())) {
            return false;
        }
        byte[] authorityKey = certificate.getExtensionValue(Extension.authorityKeyIdentifier.getId());
        byte[] subjectKey = issuer.certificate.getExtensionValue(Extension.subjectKeyIdentifier.getId());
        if (authorityKey != null && subjectKey != null) {
            byte[] wanted = AuthorityKeyIdentifier.getInstance(ASN1OctetString.getInstance(authorityKey).getOctets())
                    .getKeyIdentifier();
            byte[] actual = SubjectKeyIdentifier.getInstance(ASN1OctetString.getInstance(subjectKey).getOctets())
                    .getKeyIdentifier();
            if (wanted != null && !Arrays.equals(wanted, actual)) {
                return false;
            }
        }
        boolean[] usage = issuer.certificate.getKeyUsage();
        return usage == null || usage[5];
    }

    /** Whether the private key is the one this certificate's public key belongs to. */
    @HostAccess.Export
    public boolean checkPrivateKey(KeyHandle key) {
        return key.publicHalf().sameAs(publicKey());
    }

    /** Whether this certificate's signature verifies with the public key. */
    @HostAccess.Export
    public boolean verify(KeyHandle key) {
        try {
            certificate.verify(key.jcaPublic());
            return true;
        } catch (GeneralSecurityException | java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    private byte[] der() {
        try {
            return certificate.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private GeneralName[] generalNames() {
        byte[] extension = certificate.getExtensionValue(Extension.subjectAlternativeName.getId());
        return extension == null ? new GeneralName[0]
                : GeneralNames.getInstance(ASN1OctetString.getInstance(extension).getOctets()).getNames();
    }

    private List<String> altNames(int tag) {
        List<String> names = new ArrayList<>();
        for (GeneralName name : generalNames()) {
            if (name.getTagNo() == tag) {
                names.add(((ASN1String) name.getName()).getString());
            }
        }
        return names;
    }

    private List<String> subjectValues(org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
        List<String> values = new ArrayList<>();
        for (RDN rdn : X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).getRDNs()) {
            for (AttributeTypeAndValue attribute : rdn.getTypesAndValues()) {
                if (attribute.getType().equals(type) && attribute.getValue() instanceof ASN1String string) {
                    values.add(string.getString());
                }
            }
        }
        return values;
    }

    /** OpenSSL's matching of a certificate's DNS name (maybe with a wildcard) against a host name. */
    static final class HostPattern {
        private HostPattern() {}

        static boolean matches(String pattern, String host, boolean wildcards, boolean partialWildcards,
                boolean multiLabelWildcards, boolean singleLabelSubdomains) {
            String name = pattern.toLowerCase(Locale.ROOT);
            String wanted = host.toLowerCase(Locale.ROOT);
            if (singleLabelSubdomains && wanted.startsWith(".")) {
                String suffix = wanted;
                return name.endsWith(suffix) && name.length() > suffix.length()
                        && name.indexOf('.') == name.length() - suffix.length();
            }
            int star = name.indexOf('*');
            if (star < 0 || !wildcards) {
                return name.equals(wanted);
            }
            int firstDot = name.indexOf('.');
            // One '*' in the leftmost label, at least two labels after it, never in an IDN A-label.
            if (name.indexOf('*', star + 1) >= 0 || firstDot < star || name.indexOf('.', firstDot + 1) < 0
                    || name.startsWith("xn--")) {
                return name.equals(wanted);
            }
            String prefix = name.substring(0, star);
            String suffix = name.substring(star + 1);
            if (!partialWildcards && (!prefix.isEmpty() || firstDot != star + 1)) {
                return name.equals(wanted);
            }
            if (wanted.length() < prefix.length() + suffix.length() || !wanted.startsWith(prefix)
                    || !wanted.endsWith(suffix)) {
                return false;
            }
            String covered = wanted.substring(prefix.length(), wanted.length() - suffix.length());
            if (covered.isEmpty() && prefix.isEmpty()) {
                return false;
            }
            return multiLabelWildcards || covered.indexOf('.') < 0;
        }
    }
}
