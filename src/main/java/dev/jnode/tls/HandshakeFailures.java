package dev.jnode.tls;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a failed handshake as Node does, by the OpenSSL error it would have seen: a fatal alert from the peer
 * ("Received fatal alert: unknown_ca" becomes ERR_SSL_TLSV1_ALERT_UNKNOWN_CA with OpenSSL's message), or the
 * local reason. A connection that closed mid-handshake is ECONNRESET, for which net's message is made in JS.
 */
final class HandshakeFailures {
    private HandshakeFailures() {}

    private static final Pattern ALERT = Pattern.compile("Received fatal alert: (\\w+)");
    private static final Pattern NOT_TLS = Pattern.compile("not an SSL/TLS record: ((?:[0-9a-f]{2}){1,8})");
    private static final Pattern HTTP_METHOD = Pattern.compile("(GET|POST|HEAD|PUT|DELETE|OPTIONS|PATCH|CONNECT) ");

    /** TLS alert numbers (RFC 8446 section 6); OpenSSL's reason for alert n is 1000 + n. */
    private static final Map<String, Integer> ALERTS = Map.ofEntries(
            Map.entry("unexpected_message", 10), Map.entry("bad_record_mac", 20), Map.entry("handshake_failure", 40),
            Map.entry("bad_certificate", 42), Map.entry("unsupported_certificate", 43),
            Map.entry("certificate_revoked", 44), Map.entry("certificate_expired", 45),
            Map.entry("certificate_unknown", 46), Map.entry("illegal_parameter", 47), Map.entry("unknown_ca", 48),
            Map.entry("access_denied", 49), Map.entry("decode_error", 50), Map.entry("decrypt_error", 51),
            Map.entry("protocol_version", 70), Map.entry("insufficient_security", 71),
            Map.entry("internal_error", 80), Map.entry("user_canceled", 90), Map.entry("no_renegotiation", 100),
            Map.entry("missing_extension", 109), Map.entry("unsupported_extension", 110),
            Map.entry("unrecognized_name", 112), Map.entry("certificate_required", 116),
            Map.entry("no_application_protocol", 120));

    /** [code, message] for the failure. */
    static String[] describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        String messages = text.toString();
        Matcher alert = ALERT.matcher(messages);
        if (alert.find() && ALERTS.containsKey(alert.group(1))) {
            return alertError(alert.group(1), ALERTS.get(alert.group(1)));
        }
        // user_canceled: the peer gave up mid-handshake (Netty says so when its side closes).
        if (messages.contains("closed") || messages.contains("Connection reset") || messages.contains("user_canceled")) {
            return new String[] {"ECONNRESET", null};
        }
        // Netty names the first bytes of what was not a TLS record: an HTTP method there is OpenSSL's "http request".
        Matcher plain = NOT_TLS.matcher(messages);
        if (plain.find()) {
            String head = new String(HexFormat.of().parseHex(plain.group(1)), StandardCharsets.ISO_8859_1);
            return HTTP_METHOD.matcher(head).lookingAt() ? sslError(0x9C, "http request") : sslError(0x10B, "wrong version number");
        }
        if (messages.contains("Unsupported or unrecognized SSL message")) {
            return sslError(0x10B, "wrong version number");
        }
        if (messages.contains("No appropriate protocol") || messages.contains("protocol_version")
                || messages.contains("not supported or has been disabled")) {
            return sslError(0x102, "unsupported protocol");
        }
        if (messages.contains("no_application_protocol")) {
            return sslError(0xEB, "no application protocol");
        }
        if (messages.contains("no cipher suites in common")) {
            return sslError(0xC1, "no shared cipher");
        }
        if (messages.contains("Empty client certificate chain") || messages.contains("certificate_required")) {
            return sslError(0xC7, "peer did not return a certificate");
        }
        return new String[] {"ERR_SSL_HANDSHAKE_FAILURE", "error:0A000410:SSL routines::" + firstLine(failure)};
    }

    private static String[] alertError(String name, int number) {
        // OpenSSL words the SSLv3-era alerts (below 48) as "sslv3 alert", later ones as "tlsv1 alert", except
        // unrecognized_name ("tlsv1 unrecognized name") and TLS 1.3's certificate_required ("tlsv13 alert").
        String words = name.replace('_', ' ');
        String reason;
        if (number == 112) {
            reason = "tlsv1 " + words;
        } else if (number == 116) {
            reason = "tlsv13 alert " + words;
        } else {
            reason = (number < 48 ? "sslv3 alert " : "tlsv1 alert ") + words;
        }
        return sslError(1000 + number, reason);
    }

    private static String[] sslError(int reasonNumber, String reason) {
        String code = "ERR_SSL_" + reason.toUpperCase(Locale.ROOT).replace(' ', '_');
        return new String[] {code, String.format("error:0A%06X:SSL routines::%s", reasonNumber, reason)};
    }

    private static String firstLine(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
