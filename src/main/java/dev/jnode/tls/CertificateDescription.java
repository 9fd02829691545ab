package dev.jnode.tls;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import tools.jackson.databind.ObjectMapper;

/**
 * A certificate as tls's getPeerCertificate() shows it, in Node's key order and OpenSSL's text forms
 * (short attribute names, "DNS:a, IP Address:b", "Jan  1 00:00:00 2000 GMT", colon-separated upper-case
 * fingerprints), as JSON; {@code raw} and {@code pubkey} are base64 for JavaScript to turn into Buffers.
 */
final class CertificateDescription {
    private CertificateDescription() {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter OPENSSL_TIME =
            DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss yyyy 'GMT'", Locale.ROOT).withZone(ZoneOffset.UTC);
    /** OpenSSL's short names where they differ from BouncyCastle's. */
    private static final Map<String, String> OPENSSL_NAMES = Map.of(
            "E", "emailAddress", "SERIALNUMBER", "serialNumber", "STREET", "street", "SURNAME", "SN",
            "GIVENNAME", "GN", "UniqueIdentifier", "x500UniqueIdentifier", "DN", "dnQualifier");

    static String of(X509Certificate certificate) {
        try {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("subject", names(certificate.getSubjectX500Principal().getEncoded()));
            fields.put("issuer", names(certificate.getIssuerX500Principal().getEncoded()));
            String altNames = subjectAltName(certificate);
            if (altNames != null) {
                fields.put("subjectaltname", altNames);
            }
            fields.put("ca", certificate.getBasicConstraints() >= 0);
            if (certificate.getPublicKey() instanceof RSAPublicKey rsa) {
                fields.put("modulus", rsa.getModulus().toString(16).toUpperCase(Locale.ROOT));
                fields.put("exponent", "0x" + rsa.getPublicExponent().toString(16));
                fields.put("pubkey", java.util.Base64.getEncoder().encodeToString(certificate.getPublicKey().getEncoded()));
                fields.put("bits", rsa.getModulus().bitLength());
            } else {
                fields.put("pubkey", java.util.Base64.getEncoder().encodeToString(certificate.getPublicKey().getEncoded()));
                if (certificate.getPublicKey() instanceof ECPublicKey ec) {
                    fields.put("bits", ec.getParams().getOrder().bitLength());
                }
            }
            fields.put("valid_from", OPENSSL_TIME.format(certificate.getNotBefore().toInstant()));
            fields.put("valid_to", OPENSSL_TIME.format(certificate.getNotAfter().toInstant()));
            byte[] der = certificate.getEncoded();
            fields.put("fingerprint", fingerprint("SHA-1", der));
            fields.put("fingerprint256", fingerprint("SHA-256", der));
            fields.put("fingerprint512", fingerprint("SHA-512", der));
            List<String> extendedUsage = certificate.getExtendedKeyUsage();
            if (extendedUsage != null) {
                fields.put("ext_key_usage", extendedUsage);
            }
            fields.put("serialNumber", serial(certificate.getSerialNumber()));
            fields.put("raw", java.util.Base64.getEncoder().encodeToString(der));
            return JSON.writeValueAsString(fields);
        } catch (CertificateEncodingException | CertificateParsingException e) {
            throw new IllegalStateException("unreadable certificate", e);
        }
    }

    /** {C: 'US', CN: 'x'}; an attribute given twice becomes an array, as in Node. */
    private static Map<String, Object> names(byte[] encodedName) {
        Map<String, Object> names = new LinkedHashMap<>();
        for (RDN rdn : X500Name.getInstance(encodedName).getRDNs()) {
            for (AttributeTypeAndValue attribute : rdn.getTypesAndValues()) {
                String name = shortName(attribute.getType());
                String value = IETFUtils.valueToString(attribute.getValue()).replace("\\", "");
                Object previous = names.get(name);
                if (previous == null) {
                    names.put(name, value);
                } else if (previous instanceof List<?> list) {
                    @SuppressWarnings("unchecked") List<Object> values = (List<Object>) list;
                    values.add(value);
                } else {
                    names.put(name, new ArrayList<>(List.of(previous, value)));
                }
            }
        }
        return names;
    }

    private static String shortName(ASN1ObjectIdentifier oid) {
        String name = BCStyle.INSTANCE.oidToDisplayName(oid);
        if (name == null) {
            return oid.getId();
        }
        return OPENSSL_NAMES.getOrDefault(name, name);
    }

    private static String subjectAltName(X509Certificate certificate) throws CertificateParsingException {
        var entries = certificate.getSubjectAlternativeNames();
        if (entries == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (List<?> entry : entries) {
            int type = (Integer) entry.get(0);
            String prefix = switch (type) {
                case 1 -> "email:";
                case 2 -> "DNS:";
                case 6 -> "URI:";
                case 7 -> "IP Address:";
                default -> null;
            };
            if (prefix != null) {
                String value = String.valueOf(entry.get(1));
                parts.add(prefix + (type == 7 ? value.toUpperCase(Locale.ROOT) : quotedIfUnsafe(value, type == 2)));
            }
        }
        return String.join(", ", parts);
    }

    // A name that could be misread in the comma-separated list (a comma, a quote, a control character, or a colon
    // in a DNS name) is written as a JSON string, so "DNS:a\u0000.b" cannot pass for two names.
    private static String quotedIfUnsafe(String name, boolean dns) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f || c == ',' || c == '"' || c == '\\' || (dns && c == ':')) {
                return JSON.writeValueAsString(name);
            }
        }
        return name;
    }

    private static String fingerprint(String algorithm, byte[] der) {
        try {
            byte[] digest = MessageDigest.getInstance(algorithm).digest(der);
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // OpenSSL's BN_bn2hex: upper case, an even number of digits.
    private static String serial(BigInteger serial) {
        String hex = serial.toString(16).toUpperCase(Locale.ROOT);
        return hex.length() % 2 == 0 ? hex : "0" + hex;
    }
}
