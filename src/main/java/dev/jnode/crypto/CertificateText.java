package dev.jnode.crypto;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.nist.NISTNamedCurves;
import org.bouncycastle.asn1.sec.SECNamedCurves;
import org.bouncycastle.asn1.x9.X962NamedCurves;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import tools.jackson.databind.ObjectMapper;

/**
 * A certificate's fields in the text forms Node prints from OpenSSL: names one attribute a line (X509Certificate's
 * subject) or as tls's getPeerCertificate() objects, subject alternative names and information access with Node's
 * escaping of unsafe names, "Jan  1 00:00:00 2000 GMT" dates, colon-separated upper-case fingerprints.
 */
public final class CertificateText {
    private CertificateText() {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter OPENSSL_TIME =
            DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss yyyy 'GMT'", Locale.ROOT).withZone(ZoneOffset.UTC);
    /** OpenSSL's short names where they differ from BouncyCastle's. */
    private static final Map<String, String> OPENSSL_NAMES = Map.of(
            "E", "emailAddress", "SERIALNUMBER", "serialNumber", "STREET", "street", "SURNAME", "SN",
            "GIVENNAME", "GN", "UniqueIdentifier", "x500UniqueIdentifier", "DN", "dnQualifier");
    /** OpenSSL's long names of the access methods (id-ad-*). */
    private static final Map<String, String> ACCESS_METHODS = Map.of(
            "1.3.6.1.5.5.7.48.1", "OCSP", "1.3.6.1.5.5.7.48.2", "CA Issuers", "1.3.6.1.5.5.7.48.3", "AD Time Stamping",
            "1.3.6.1.5.5.7.48.5", "CA Repository");
    private static final String XMPP_ADDR = "1.3.6.1.5.5.7.8.5";
    private static final String SRV_NAME = "1.3.6.1.5.5.7.8.7";

    /** getPeerCertificate()'s object as JSON, in Node's key order; raw and pubkey as base64. */
    public static String legacyJson(X509Certificate certificate) {
        try {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("subject", legacyNames(certificate.getSubjectX500Principal().getEncoded()));
            fields.put("issuer", legacyNames(certificate.getIssuerX500Principal().getEncoded()));
            fields.put("subjectaltname", subjectAltName(certificate));
            fields.put("infoAccess", infoAccess(certificate));
            fields.put("ca", certificate.getBasicConstraints() >= 0);
            String publicKey = Base64.getEncoder().encodeToString(certificate.getPublicKey().getEncoded());
            if (certificate.getPublicKey() instanceof RSAPublicKey rsa) {
                fields.put("modulus", rsa.getModulus().toString(16).toUpperCase(Locale.ROOT));
                fields.put("exponent", "0x" + rsa.getPublicExponent().toString(16));
                fields.put("pubkey", publicKey);
                fields.put("bits", rsa.getModulus().bitLength());
            } else if (certificate.getPublicKey() instanceof ECPublicKey ec) {
                // Node gives an EC key as its encoded point, with OpenSSL's and NIST's names of the curve.
                SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(certificate.getPublicKey().getEncoded());
                fields.put("pubkey", Base64.getEncoder().encodeToString(info.getPublicKeyData().getBytes()));
                fields.put("bits", ec.getParams().getOrder().bitLength());
                if (info.getAlgorithm().getParameters() instanceof ASN1ObjectIdentifier curve) {
                    fields.put("asn1Curve", curveName(curve));
                    fields.put("nistCurve", NISTNamedCurves.getName(curve));
                }
            } else {
                fields.put("pubkey", publicKey);
            }
            fields.put("valid_from", time(certificate.getNotBefore()));
            fields.put("valid_to", time(certificate.getNotAfter()));
            byte[] der = certificate.getEncoded();
            fields.put("fingerprint", fingerprint("SHA-1", der));
            fields.put("fingerprint256", fingerprint("SHA-256", der));
            fields.put("fingerprint512", fingerprint("SHA-512", der));
            List<String> extendedUsage = certificate.getExtendedKeyUsage();
            if (extendedUsage != null) {
                fields.put("ext_key_usage", extendedUsage);
            }
            fields.put("serialNumber", serial(certificate.getSerialNumber()));
            fields.put("raw", Base64.getEncoder().encodeToString(der));
            return JSON.writeValueAsString(fields);
        } catch (CertificateEncodingException | java.security.cert.CertificateParsingException e) {
            throw new IllegalStateException("unreadable certificate", e);
        }
    }

    /** OpenSSL's short name of a named curve ("prime256v1" for P-256, where SEC says secp256r1). */
    private static String curveName(ASN1ObjectIdentifier curve) {
        String x962 = X962NamedCurves.getName(curve);
        if (x962 != null) {
            return x962;
        }
        String sec = SECNamedCurves.getName(curve);
        return sec != null ? sec : curve.getId();
    }

    /** {C: 'US', CN: 'x'}, the values as they are; an attribute given twice becomes an array, as in Node. */
    private static Map<String, Object> legacyNames(byte[] encodedName) {
        Map<String, Object> names = new LinkedHashMap<>();
        for (RDN rdn : X500Name.getInstance(encodedName).getRDNs()) {
            for (AttributeTypeAndValue attribute : rdn.getTypesAndValues()) {
                String name = shortName(attribute.getType());
                String value = valueText(attribute.getValue());
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

    /**
     * A name as X509Certificate's subject/issuer: one RDN a line, " + " inside a multi-valued one, values escaped
     * as RFC 2253 asks with control characters as \XX (OpenSSL's XN_FLAG_SEP_MULTILINE with ESC_2253 and ESC_CTRL).
     */
    static String multilineName(byte[] encodedName) {
        return joinName(X500Name.getInstance(encodedName).getRDNs(), "\n", " + ", true);
    }

    // OpenSSL's RFC 2253 form without escaping of control or non-ASCII characters: the DirName of an alt name.
    private static String rfc2253Name(X500Name name) {
        RDN[] rdns = name.getRDNs().clone();
        java.util.Collections.reverse(java.util.Arrays.asList(rdns));
        return joinName(rdns, ",", "+", false);
    }

    private static String joinName(RDN[] rdns, String rdnSeparator, String valueSeparator, boolean escapeControls) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < rdns.length; i++) {
            if (i > 0) {
                out.append(rdnSeparator);
            }
            AttributeTypeAndValue[] values = rdns[i].getTypesAndValues();
            for (int j = 0; j < values.length; j++) {
                if (j > 0) {
                    out.append(valueSeparator);
                }
                out.append(shortName(values[j].getType())).append('=');
                appendEscaped(out, valueText(values[j].getValue()), escapeControls);
            }
        }
        return out.toString();
    }

    private static void appendEscaped(StringBuilder out, String value, boolean escapeControls) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean special = ",+\"\\<>;".indexOf(c) >= 0 || (i == 0 && (c == '#' || c == ' '))
                    || (i == value.length() - 1 && c == ' ');
            if (special) {
                out.append('\\').append(c);
            } else if (escapeControls && (c < 0x20 || c == 0x7f)) {
                out.append('\\').append(HexFormat.of().withUpperCase().toHexDigits((byte) c));
            } else {
                out.append(c);
            }
        }
    }

    private static String valueText(ASN1Encodable value) {
        if (value instanceof ASN1String string) {
            return string.getString();
        }
        try {
            return "#" + HexFormat.of().formatHex(value.toASN1Primitive().getEncoded());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shortName(ASN1ObjectIdentifier oid) {
        String name = BCStyle.INSTANCE.oidToDisplayName(oid);
        if (name == null) {
            return oid.getId();
        }
        return OPENSSL_NAMES.getOrDefault(name, name);
    }

    /** "DNS:a, IP Address:1.2.3.4", or null without the extension. */
    static String subjectAltName(X509Certificate certificate) {
        byte[] extension = extensionValue(certificate, Extension.subjectAlternativeName);
        if (extension == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (GeneralName name : GeneralNames.getInstance(extension).getNames()) {
            parts.add(generalName(name));
        }
        return String.join(", ", parts);
    }

    /** "OCSP - URI:http://a\nCA Issuers - URI:http://b", or null without the extension. */
    static String infoAccess(X509Certificate certificate) {
        byte[] extension = extensionValue(certificate, Extension.authorityInfoAccess);
        if (extension == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (AccessDescription access : AuthorityInformationAccess.getInstance(extension).getAccessDescriptions()) {
            String method = access.getAccessMethod().getId();
            lines.add(ACCESS_METHODS.getOrDefault(method, method) + " - " + generalName(access.getAccessLocation()));
        }
        return String.join("\n", lines);
    }

    private static byte[] extensionValue(X509Certificate certificate, ASN1ObjectIdentifier oid) {
        byte[] wrapped = certificate.getExtensionValue(oid.getId());
        return wrapped == null ? null : ASN1OctetString.getInstance(wrapped).getOctets();
    }

    // Node's PrintGeneralName: a name that could be misread in the list (a comma, quote, backslash, control or,
    // outside UTF-8 strings, non-ASCII character) is written quoted with JSON escapes.
    private static String generalName(GeneralName name) {
        ASN1Encodable value = name.getName();
        return switch (name.getTagNo()) {
            case GeneralName.dNSName -> "DNS:" + altName(((ASN1String) value).getString(), false);
            case GeneralName.uniformResourceIdentifier -> "URI:" + altName(((ASN1String) value).getString(), false);
            case GeneralName.rfc822Name -> "email:" + altName(((ASN1String) value).getString(), false);
            case GeneralName.iPAddress -> "IP Address:" + ipAddress(ASN1OctetString.getInstance(value).getOctets());
            case GeneralName.directoryName -> "DirName:" + altName(rfc2253Name(X500Name.getInstance(value)), true);
            case GeneralName.registeredID -> "Registered ID:" + ASN1ObjectIdentifier.getInstance(value).getId();
            case GeneralName.otherName -> "othername:" + otherName(ASN1Sequence.getInstance(value));
            case GeneralName.x400Address -> "X400Name:<unsupported>";
            default -> "EdiPartyName:<unsupported>";
        };
    }

    private static String otherName(ASN1Sequence sequence) {
        String type = ASN1ObjectIdentifier.getInstance(sequence.getObjectAt(0)).getId();
        ASN1Primitive inner = ASN1TaggedObject.getInstance(sequence.getObjectAt(1)).getBaseObject().toASN1Primitive();
        boolean xmpp = type.equals(XMPP_ADDR);
        // OpenSSL prints an XmppAddr only as a UTF8String and an SRVName only as an IA5String.
        boolean printable = xmpp ? inner instanceof DERUTF8String : type.equals(SRV_NAME) && inner instanceof DERIA5String;
        if (!printable) {
            return "<unsupported>";
        }
        ASN1String string = (ASN1String) inner;
        String prefix = xmpp ? "XmppAddr" : "SRVName";
        String text = string.getString();
        return isSafe(text, xmpp) ? prefix + ":" + text : quoted(prefix + ":" + text, xmpp);
    }

    private static String altName(String name, boolean utf8) {
        return isSafe(name, utf8) ? name : quoted(name, utf8);
    }

    private static boolean isSafe(String name, boolean utf8) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '"' || c == '\\' || c == ',' || c == '\'' || c < 0x20 || c == 0x7f || (!utf8 && c > '~')) {
                return false;
            }
        }
        return true;
    }

    private static String quoted(String name, boolean utf8) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || c == ',' || c == '\'' || (!utf8 && c > 0x7f)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    // OpenSSL's form: dotted IPv4, IPv6 as eight upper-case groups without leading zeros or "::".
    private static String ipAddress(byte[] address) {
        if (address.length == 4) {
            return (address[0] & 0xff) + "." + (address[1] & 0xff) + "." + (address[2] & 0xff) + "." + (address[3] & 0xff);
        }
        if (address.length != 16) {
            return "<invalid length=" + address.length + ">";
        }
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < 16; i += 2) {
            groups.add(Integer.toHexString(((address[i] & 0xff) << 8) | (address[i + 1] & 0xff)).toUpperCase(Locale.ROOT));
        }
        return String.join(":", groups);
    }

    static String time(java.util.Date date) {
        return OPENSSL_TIME.format(date.toInstant());
    }

    static String fingerprint(String algorithm, byte[] der) {
        try {
            byte[] digest = MessageDigest.getInstance(algorithm).digest(der);
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // OpenSSL's BN_bn2hex: upper case, an even number of digits.
    static String serial(BigInteger serial) {
        String hex = serial.toString(16).toUpperCase(Locale.ROOT);
        return hex.length() % 2 == 0 ? hex : "0" + hex;
    }
}
