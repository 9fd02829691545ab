package dev.jnode.http;

import org.graalvm.polyglot.HostAccess;

/**
 * {@code internalBinding('http_parser')}: makes {@link HttpParser}s for node:http, one per connection.
 */
public final class HttpParserBinding {
    /**
     * A parser for requests ({@code kind} "request") or responses ("response"); {@code maxHeaderSize} bounds
     * the head as Node's --max-http-header-size does; {@code lenient} is Node's insecureHTTPParser.
     */
    @HostAccess.Export
    public HttpParser create(String kind, int maxHeaderSize, boolean lenient) {
        return switch (kind) {
            case "request" -> new HttpParser(true, maxHeaderSize, lenient);
            case "response" -> new HttpParser(false, maxHeaderSize, lenient);
            default -> throw new IllegalArgumentException("parser kind: " + kind);
        };
    }
}
