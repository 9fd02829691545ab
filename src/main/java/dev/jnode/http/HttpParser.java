package dev.jnode.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * An incremental HTTP/1.1 message parser with the behaviour of llhttp as Node 24 configures it: the same
 * framing decisions, error codes, reason texts and error positions (bytesParsed), so that node:http on top of
 * it answers malformed input exactly as Node does. It turns bytes into events (see {@link #execute}); a
 * message may be split at any byte across calls, and several messages may arrive in one call.
 *
 * <p>Header names, values, the URL and the status text are decoded once each, as latin1, when they end; a
 * token that crosses a call boundary waits in {@link #carry}. Body bytes are never copied: events name the
 * region of the caller's buffer.
 */
public final class HttpParser {
    // States, named after what the next byte is expected to be.
    private static final int START = 0;
    private static final int METHOD = 1;
    private static final int SPACES_BEFORE_URL = 2;
    private static final int URL_START = 3;
    private static final int URL_SCHEMA = 4;
    private static final int URL_SCHEMA_SLASH = 5;
    private static final int URL_SCHEMA_SLASH_SLASH = 6;
    private static final int URL_SERVER = 7;
    private static final int URL_SERVER_WITH_AT = 8;
    private static final int URL_PATH = 9;
    private static final int URL_QUERY = 10;
    private static final int URL_FRAGMENT = 11;
    private static final int URL_HTTP09_LF = 12;
    private static final int SPACES_BEFORE_PROTOCOL = 13;
    private static final int PROTOCOL = 14;
    private static final int PROTOCOL_SLASH = 15;
    private static final int MAJOR = 16;
    private static final int DOT = 17;
    private static final int MINOR = 18;
    private static final int REQUEST_LINE_CR = 19;
    private static final int REQUEST_LINE_LF = 20;
    private static final int HTTP2_PREFACE = 21;
    private static final int SPACE_AFTER_VERSION = 22;
    private static final int STATUS_CODE = 23;
    private static final int AFTER_STATUS_CODE = 24;
    private static final int STATUS_TEXT = 25;
    private static final int STATUS_LINE_LF = 26;
    private static final int HEADERS_START = 27;
    private static final int FIELD_START = 28;
    private static final int FIELD = 29;
    private static final int FIELD_SPACES_BEFORE_COLON = 30;
    private static final int VALUE_LEADING_WS = 31;
    private static final int VALUE_LEADING_WS_LF = 32;
    private static final int EMPTY_VALUE_LINE_END = 33;
    private static final int VALUE = 34;
    private static final int CONTENT_LENGTH_VALUE = 35;
    private static final int CONTENT_LENGTH_TRAILING_WS = 36;
    private static final int VALUE_LF = 37;
    private static final int VALUE_LINE_END = 38;
    private static final int HEADERS_LF = 39;
    private static final int BODY_IDENTITY = 40;
    private static final int BODY_UNTIL_EOF = 41;
    private static final int CHUNK_SIZE_START = 42;
    private static final int CHUNK_SIZE = 43;
    private static final int CHUNK_EXTENSION_START = 44;
    private static final int CHUNK_EXTENSION_NAME = 45;
    private static final int CHUNK_EXTENSION_VALUE = 46;
    private static final int CHUNK_EXTENSION_QUOTED = 47;
    private static final int CHUNK_EXTENSION_QUOTED_PAIR = 48;
    private static final int CHUNK_EXTENSION_QUOTED_DONE = 49;
    private static final int CHUNK_SIZE_LF = 50;
    private static final int CHUNK_DATA = 51;
    private static final int CHUNK_DATA_CR = 52;
    private static final int CHUNK_DATA_LF = 53;
    private static final int CLOSED = 54;
    private static final int UPGRADED = 55;
    private static final int FAILED = 56;

    // Message flags, as llhttp's.
    private static final int F_CONNECTION_KEEP_ALIVE = 1;
    private static final int F_CONNECTION_CLOSE = 1 << 1;
    private static final int F_CONNECTION_UPGRADE = 1 << 2;
    private static final int F_CHUNKED = 1 << 3;
    private static final int F_UPGRADE = 1 << 4;
    private static final int F_CONTENT_LENGTH = 1 << 5;
    private static final int F_SKIP_BODY = 1 << 6;
    private static final int F_TRAILING = 1 << 7;
    private static final int F_TRANSFER_ENCODING = 1 << 8;

    // Headers whose values steer the framing.
    private static final int GENERAL = 0;
    private static final int CONNECTION = 1;
    private static final int CONTENT_LENGTH = 2;
    private static final int TRANSFER_ENCODING = 3;
    private static final int UPGRADE = 4;

    /** What follows "PRI * HTTP/2.0" in HTTP/2's connection preface. */
    private static final String HTTP2_PREFACE_REST = "\r\n\r\nSM\r\n\r\n";

    /** Node's limit on the bytes of one chunk's extensions (node_http_parser.cc). */
    private static final int MAX_CHUNK_EXTENSIONS = 16384;

    private static final String[] NO_STRINGS = {};
    private static final Object[] NO_EVENTS = {};

    private final boolean request;
    private final int maxHeaderSize;
    private final boolean lenient;

    /**
     * The copy of a JavaScript buffer's bytes, one per thread and shared by its parsers: nothing in it outlives
     * a call (a token cut by the end of the call moves to {@link #carry}).
     */
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[16384]);

    private final List<Object> events = new ArrayList<>();
    private final List<String> fields = new ArrayList<>();

    private int state = START;
    /** Where the current token (method, URL, status text, header name or value) started in this call; -1 if none. */
    private int tokenStart = -1;
    /** The current token's bytes from earlier calls. */
    private byte[] carry = new byte[64];
    private int carryLength;
    /** How much of the current token was already counted against maxHeaderSize. */
    private int tokenCounted;

    private String method;
    private String url;
    private int versionMajor;
    private int versionMinor;
    private int statusCode;
    private String statusMessage;
    private int flags;
    private int headerKind;
    private String fieldName;
    private String fieldValue;
    private long contentLength;
    /** Bytes of this message's head consumed so far (see {@link #headerBytes}). */
    private int headBytes;
    /** Node's count against maxHeaderSize: the bytes of the URL, status text, header names and values. */
    private int trackedHeaderBytes;
    private int chunkExtensionBytes;
    private int matched;
    private String protocol;
    private boolean upgrade;
    private boolean keepAlive;
    /** Whether the Transfer-Encoding value being parsed ends with chunked. */
    private boolean lastCodingChunked;
    private String requestMethod = "GET";
    /** Where this call's bytes start in the array being parsed; bytesParsed counts from here. */
    private int callStart;
    /** Where this call's part of the head began, or -1 once the headers ended. */
    private int headStart;

    HttpParser(boolean request, int maxHeaderSize, boolean lenient) {
        this.request = request;
        this.maxHeaderSize = maxHeaderSize;
        this.lenient = lenient;
    }

    /**
     * Parses bytes [offset, offset + length) of a JavaScript ArrayBuffer; returns the events they complete, in
     * order. Body and upgrade regions are absolute offsets in that ArrayBuffer.
     */
    @HostAccess.Export
    public Object[] execute(Value arrayBuffer, int offset, int length) {
        if (state == FAILED) {
            return NO_EVENTS;
        }
        byte[] scratch = SCRATCH.get();
        if (scratch.length < length) {
            scratch = new byte[Math.max(length, scratch.length * 2)];
            SCRATCH.set(scratch);
        }
        arrayBuffer.readBuffer(offset, scratch, 0, length);
        return run(scratch, 0, length, offset);
    }

    /** {@link #execute(Value, int, int)} over a Java array: regions are offsets in {@code bytes}. */
    Object[] execute(byte[] bytes, int offset, int length) {
        if (state == FAILED) {
            return NO_EVENTS;
        }
        return run(bytes, offset, offset + length, 0);
    }

    /** The peer ended the stream. */
    @HostAccess.Export
    public Object[] finish() {
        switch (state) {
            case BODY_UNTIL_EOF -> {
                state = CLOSED;
                events.add(new Object[] {"complete", NO_STRINGS});
            }
            case START, CLOSED, UPGRADED, FAILED -> {
            }
            default -> fail("HPE_INVALID_EOF_STATE", "Invalid EOF state", 0);
        }
        return takeEvents();
    }

    /** Response parsers: the method of the request the next response answers. */
    @HostAccess.Export
    public void setRequestMethod(String method) {
        requestMethod = method;
    }

    @HostAccess.Export
    public void reset() {
        state = START;
        endToken();
        events.clear();
        requestMethod = "GET";
        beginMessage();
    }

    /** Bytes of the head (start line and header lines) of the message in progress; 0 between messages. */
    @HostAccess.Export
    public int headerBytes() {
        return headBytes;
    }

    private void beginMessage() {
        fields.clear();
        method = null;
        url = null;
        versionMajor = 0;
        versionMinor = 0;
        statusCode = 0;
        statusMessage = null;
        flags = 0;
        headerKind = GENERAL;
        contentLength = 0;
        headBytes = 0;
        trackedHeaderBytes = 0;
        upgrade = false;
        keepAlive = false;
    }

    private Object[] takeEvents() {
        if (events.isEmpty()) {
            return NO_EVENTS;
        }
        Object[] taken = events.toArray();
        events.clear();
        return taken;
    }

    /**
     * The state machine over data[from, to); {@code shift} turns an index in {@code data} into the caller's
     * offset.
     */
    private Object[] run(byte[] data, int from, int to, int shift) {
        if (state == UPGRADED) {
            events.add(new Object[] {"upgrade", from + shift, to - from});
            return takeEvents();
        }
        callStart = from;
        if (tokenStart >= 0) {
            tokenStart = from;
        }
        headStart = inHead() ? from : -1;
        int p = from;
        while (p < to) {
            int b = data[p] & 0xff;
            switch (state) {
                case START -> {
                    if (b == '\r' || b == '\n') {
                        p++;
                        continue;
                    }
                    beginMessage();
                    headStart = p;
                    if (request) {
                        state = METHOD;
                        tokenStart = p;
                    } else {
                        state = PROTOCOL;
                        matched = 0;
                    }
                    continue;
                }
                case METHOD -> {
                    if (carryLength == 0 && p == tokenStart) {
                        // The usual case, the whole method in this call: one lookup instead of one per byte.
                        int space = indexOfSpace(data, p, Math.min(to, p + Methods.LONGEST + 1));
                        String known = space < 0 ? null : Methods.exact(data, p, space - p);
                        if (known != null) {
                            method = known;
                            endToken();
                            state = SPACES_BEFORE_URL;
                            p = space + 1;
                            continue;
                        }
                    }
                    if (b == ' ') {
                        method = Methods.exact(tokenBytes(data, p), tokenBytesOffset(), tokenLength(p));
                        if (method == null) {
                            return failAt("HPE_INVALID_METHOD", "Invalid method encountered", p);
                        }
                        endToken();
                        state = SPACES_BEFORE_URL;
                        p++;
                        continue;
                    }
                    byte[] soFar = tokenBytes(data, p);
                    int soFarOffset = tokenBytesOffset();
                    int soFarLength = tokenLength(p);
                    if (!Methods.isPrefix(soFar, soFarOffset, soFarLength, (byte) b)) {
                        boolean complete = Methods.exact(soFar, soFarOffset, soFarLength) != null;
                        return failAt("HPE_INVALID_METHOD",
                                complete ? "Expected space after method" : "Invalid method encountered", p);
                    }
                    p++;
                }
                case SPACES_BEFORE_URL -> {
                    if (b == ' ') {
                        p++;
                        continue;
                    }
                    tokenStart = p;
                    state = method.equals("CONNECT") ? URL_SERVER : URL_START;
                }
                case URL_START, URL_SCHEMA, URL_SCHEMA_SLASH, URL_SCHEMA_SLASH_SLASH, URL_SERVER, URL_SERVER_WITH_AT,
                     URL_PATH, URL_QUERY, URL_FRAGMENT -> {
                    int end = scanUrl(data, p, to, b);
                    if (end < 0) {
                        return failAt("HPE_INVALID_URL", urlError, -end - 1);
                    }
                    if (end == to) {
                        p = to;
                        continue;
                    }
                    // The URL ended at a space, CR or LF.
                    if (!trackToken(end)) {
                        return failAt("HPE_HEADER_OVERFLOW", "Header overflow", end);
                    }
                    url = takeToken(data, end);
                    int terminator = data[end];
                    if (terminator == ' ') {
                        state = SPACES_BEFORE_PROTOCOL;
                        p = end + 1;
                    } else if (terminator == '\r') {
                        state = URL_HTTP09_LF;
                        p = end + 1;
                    } else {
                        versionMajor = 0;
                        versionMinor = 9;
                        state = HEADERS_START;
                        p = end + 1;
                    }
                }
                case URL_HTTP09_LF -> {
                    if (b != '\n') {
                        return failAt("HPE_INVALID_URL", "Expected CRLF", p);
                    }
                    versionMajor = 0;
                    versionMinor = 9;
                    state = HEADERS_START;
                    p++;
                }
                case SPACES_BEFORE_PROTOCOL -> {
                    if (b == ' ') {
                        p++;
                        continue;
                    }
                    state = PROTOCOL;
                    matched = 0;
                }
                case PROTOCOL -> {
                    if (matched == 0) {
                        protocol = b == 'H' ? "HTTP" : b == 'R' ? "RTSP" : b == 'I' ? "ICE" : null;
                    }
                    if (protocol == null || protocol.charAt(matched) != b) {
                        return failAt("HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/", p);
                    }
                    p++;
                    if (++matched == protocol.length()) {
                        if (request && !Methods.allowedWith(protocol, method)) {
                            String reason = switch (protocol) {
                                case "HTTP" -> "Invalid method for HTTP/x.x request";
                                case "RTSP" -> "Invalid method for RTSP/x.x request";
                                default -> "Expected SOURCE method for ICE/x.x request";
                            };
                            return failAt("HPE_INVALID_CONSTANT", reason, p);
                        }
                        state = PROTOCOL_SLASH;
                    }
                }
                case PROTOCOL_SLASH -> {
                    if (b != '/') {
                        return failAt("HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/", p);
                    }
                    state = MAJOR;
                    p++;
                }
                case MAJOR -> {
                    if (b < '0' || b > '9') {
                        return failAt("HPE_INVALID_VERSION", "Invalid major version", p);
                    }
                    versionMajor = b - '0';
                    state = DOT;
                    p++;
                }
                case DOT -> {
                    if (b != '.') {
                        return failAt("HPE_INVALID_VERSION", "Expected dot", p);
                    }
                    state = MINOR;
                    p++;
                }
                case MINOR -> {
                    if (b < '0' || b > '9') {
                        return failAt("HPE_INVALID_VERSION", "Invalid minor version", p);
                    }
                    versionMinor = b - '0';
                    p++;
                    if (!lenient && !supportedVersion()) {
                        return failAt("HPE_INVALID_VERSION", "Invalid HTTP version", p);
                    }
                    matched = 0;
                    state = !request ? SPACE_AFTER_VERSION : method.equals("PRI") ? HTTP2_PREFACE : REQUEST_LINE_CR;
                }
                case REQUEST_LINE_CR -> {
                    if (b == '\r') {
                        state = REQUEST_LINE_LF;
                    } else if (b == '\n' && lenient) {
                        state = HEADERS_START;
                    } else {
                        return failAt("HPE_INVALID_VERSION", "Expected CRLF after version", b == '\n' ? p + 1 : p);
                    }
                    p++;
                }
                case REQUEST_LINE_LF -> {
                    if (b == '\n') {
                        p++;
                    } else if (!lenient) {
                        return failAt("HPE_STRICT", "Expected CRLF after version", p);
                    }
                    state = HEADERS_START;
                }
                case HTTP2_PREFACE -> {
                    if (b != HTTP2_PREFACE_REST.charAt(matched)) {
                        return failAt("HPE_INVALID_VERSION", "Expected HTTP/2 Connection Preface", p);
                    }
                    p++;
                    if (++matched == HTTP2_PREFACE_REST.length()) {
                        // llhttp pauses here for an HTTP/2 upgrade, which node:http reports as an error.
                        return failAt("HPE_PAUSED_H2_UPGRADE", "Pause on PRI/Upgrade", p);
                    }
                }
                case SPACE_AFTER_VERSION -> {
                    if (b != ' ') {
                        return failAt("HPE_INVALID_VERSION", "Expected space after version", p);
                    }
                    state = STATUS_CODE;
                    matched = 0;
                    p++;
                }
                case STATUS_CODE -> {
                    if (b < '0' || b > '9') {
                        return failAt("HPE_INVALID_STATUS", "Invalid status code", p);
                    }
                    statusCode = statusCode * 10 + b - '0';
                    p++;
                    if (++matched == 3) {
                        state = AFTER_STATUS_CODE;
                    }
                }
                case AFTER_STATUS_CODE -> {
                    p++;
                    if (b == ' ') {
                        state = STATUS_TEXT;
                        tokenStart = p;
                    } else if (b == '\r') {
                        statusMessage = "";
                        state = STATUS_LINE_LF;
                    } else if (b == '\n' && lenient) {
                        statusMessage = "";
                        state = HEADERS_START;
                    } else {
                        return failAt("HPE_INVALID_STATUS", "Invalid response status", b == '\n' ? p : p - 1);
                    }
                }
                case STATUS_TEXT -> {
                    int end = p;
                    while (end < to && data[end] != '\r' && data[end] != '\n') {
                        end++;
                    }
                    if (end == to) {
                        p = to;
                        continue;
                    }
                    if (!trackToken(end)) {
                        return failAt("HPE_HEADER_OVERFLOW", "Header overflow", end + 1);
                    }
                    statusMessage = takeToken(data, end);
                    p = end + 1;
                    if (data[end] == '\r') {
                        state = STATUS_LINE_LF;
                    } else if (lenient) {
                        state = HEADERS_START;
                    } else {
                        return failAt("HPE_CR_EXPECTED", "Missing expected CR after response line", p);
                    }
                }
                case STATUS_LINE_LF -> {
                    if (b == '\n') {
                        p++;
                    } else if (!lenient) {
                        return failAt("HPE_STRICT", "Expected LF after CR", p);
                    }
                    state = HEADERS_START;
                }
                case HEADERS_START -> {
                    if (b == ' ') {
                        if (!lenient) {
                            return failAt("HPE_UNEXPECTED_SPACE", "Unexpected space after start line", p + 1);
                        }
                        p++;
                    }
                    state = FIELD_START;
                }
                case FIELD_START -> {
                    if (b == '\r') {
                        state = HEADERS_LF;
                        p++;
                    } else if (b == '\n') {
                        if (!lenient) {
                            return failAt("HPE_INVALID_HEADER_TOKEN", "Invalid header field char", p + 1);
                        }
                        p++;
                        if (!headersEnded(p, to, shift)) {
                            return takeEvents();
                        }
                    } else if (b == ':') {
                        return failAt("HPE_INVALID_HEADER_TOKEN", "Invalid header token", p);
                    } else {
                        tokenStart = p;
                        state = FIELD;
                    }
                }
                case FIELD -> {
                    int end = p;
                    while (end < to && Chars.TOKEN[data[end] & 0xff]) {
                        end++;
                    }
                    if (end == to) {
                        p = to;
                        continue;
                    }
                    byte terminator = data[end];
                    if (terminator == ' ' && lenient && isSpecialHeader(takeTokenPeek(data, end))) {
                        // Lenient: spaces before the colon of a framing header stay part of its name, as in llhttp.
                        state = FIELD_SPACES_BEFORE_COLON;
                        p = end;
                        continue;
                    }
                    if (terminator != ':') {
                        boolean special = terminator == ' ' && isSpecialHeader(takeTokenPeek(data, end));
                        return special
                                ? failAt("HPE_INVALID_HEADER_TOKEN", "Invalid header field char", end + 1)
                                : failAt("HPE_INVALID_HEADER_TOKEN", "Invalid header token", end);
                    }
                    p = end + 1;
                    if (!fieldNameEnded(data, end, p)) {
                        return takeEvents();
                    }
                }
                case FIELD_SPACES_BEFORE_COLON -> {
                    if (b == ' ') {
                        p++;
                    } else if (b == ':') {
                        p++;
                        if (!fieldNameEnded(data, p - 1, p)) {
                            return takeEvents();
                        }
                    } else {
                        // More name after the spaces: the name goes on, now an ordinary one.
                        state = FIELD;
                    }
                }
                case VALUE_LEADING_WS -> {
                    if (b == ' ' || b == '\t') {
                        p++;
                    } else if (b == '\r') {
                        state = VALUE_LEADING_WS_LF;
                        p++;
                    } else if (b == '\n') {
                        if (!lenient) {
                            return failAt("HPE_INVALID_HEADER_TOKEN", "Invalid header value char", p + 1);
                        }
                        state = EMPTY_VALUE_LINE_END;
                        p++;
                    } else {
                        if (!valueStarts(p)) {
                            return takeEvents();
                        }
                    }
                }
                case VALUE_LEADING_WS_LF -> {
                    if (b == '\n') {
                        p++;
                    } else if (!lenient) {
                        return failAt("HPE_STRICT", "Expected LF after CR", p);
                    }
                    state = EMPTY_VALUE_LINE_END;
                }
                case EMPTY_VALUE_LINE_END -> {
                    if (b == ' ' || b == '\t') {
                        if (!lenient) {
                            return failAt("HPE_INVALID_HEADER_TOKEN", "Invalid header value char", p + 1);
                        }
                        state = VALUE_LEADING_WS;
                        p++;
                    } else if (headerKind == CONTENT_LENGTH) {
                        return failAt("HPE_INVALID_CONTENT_LENGTH", "Empty Content-Length", p);
                    } else {
                        fieldValue = fieldValue == null ? "" : fieldValue;
                        fieldEnded();
                    }
                }
                case CONTENT_LENGTH_VALUE -> {
                    if (b >= '0' && b <= '9') {
                        if (Long.compareUnsigned(contentLength, Long.divideUnsigned(-1L - (b - '0'), 10)) > 0) {
                            return failAt("HPE_INVALID_CONTENT_LENGTH", "Content-Length overflow", p + 1);
                        }
                        contentLength = contentLength * 10 + b - '0';
                        p++;
                    } else {
                        state = CONTENT_LENGTH_TRAILING_WS;
                    }
                }
                case CONTENT_LENGTH_TRAILING_WS -> {
                    if (b == ' ' || b == '\t') {
                        p++;
                    } else if (b == '\r' || b == '\n') {
                        flags |= F_CONTENT_LENGTH;
                        state = VALUE;
                    } else {
                        return failAt("HPE_INVALID_CONTENT_LENGTH", "Invalid character in Content-Length", p);
                    }
                }
                case VALUE -> {
                    int end = p;
                    if (lenient) {
                        while (end < to && data[end] != '\r' && data[end] != '\n') {
                            end++;
                        }
                    } else {
                        while (end < to && Chars.HEADER_VALUE[data[end] & 0xff]) {
                            end++;
                        }
                    }
                    if (end == to) {
                        p = to;
                        continue;
                    }
                    int terminator = data[end];
                    if (terminator == '\n' && !lenient) {
                        return failAt("HPE_CR_EXPECTED", "Missing expected CR after header value", end);
                    }
                    if (terminator != '\r' && terminator != '\n') {
                        return failAt("HPE_INVALID_HEADER_TOKEN", "Invalid header value char", end);
                    }
                    if (!trackToken(end)) {
                        return failAt("HPE_HEADER_OVERFLOW", "Header overflow", terminator == '\r' ? end + 1 : end);
                    }
                    int valueLength = tokenLength(end);
                    String piece = takeToken(data, end);
                    fieldValue = fieldValue == null ? piece : fieldValue + piece;
                    if (headerKind == CONNECTION) {
                        applyConnectionTokens(piece);
                    } else if (headerKind == TRANSFER_ENCODING) {
                        int failure = checkTransferEncoding(piece);
                        if (failure >= 0) {
                            int position = Math.max(from, end - (valueLength - failure));
                            return failAt("HPE_INVALID_TRANSFER_ENCODING", "Invalid `Transfer-Encoding` header value",
                                    position);
                        }
                    }
                    state = terminator == '\r' ? VALUE_LF : VALUE_LINE_END;
                    p = end + 1;
                }
                case VALUE_LF -> {
                    if (b != '\n') {
                        return failAt("HPE_LF_EXPECTED", "Missing expected LF after header value", p);
                    }
                    state = VALUE_LINE_END;
                    p++;
                }
                case VALUE_LINE_END -> {
                    if (b == ' ' || b == '\t') {
                        if (!lenient) {
                            return failAt("HPE_INVALID_HEADER_TOKEN", "Unexpected whitespace after header value", p);
                        }
                        // Obsolete line folding, accepted leniently: the value goes on from the whitespace, which
                        // llhttp parses as the start of another value of the same header (unless it was chunked).
                        if (headerKind == TRANSFER_ENCODING && lastCodingChunked) {
                            headerKind = GENERAL;
                            lastCodingChunked = false;
                        }
                        if (!valueStarts(p)) {
                            return takeEvents();
                        }
                    } else {
                        fieldEnded();
                    }
                }
                case HEADERS_LF -> {
                    if (b == '\n') {
                        p++;
                    } else if (!lenient) {
                        return failAt("HPE_STRICT", "Expected LF after headers", p);
                    }
                    if (!headersEnded(p, to, shift)) {
                        return takeEvents();
                    }
                }
                case BODY_IDENTITY -> {
                    int take = available(p, to);
                    events.add(new Object[] {"body", p + shift, take});
                    p += take;
                    contentLength -= take;
                    if (contentLength == 0 && !messageEnded(p, to, shift)) {
                        return takeEvents();
                    }
                }
                case BODY_UNTIL_EOF -> {
                    events.add(new Object[] {"body", p + shift, to - p});
                    p = to;
                }
                case CHUNK_SIZE_START -> {
                    int digit = Chars.HEX[b];
                    if (digit < 0) {
                        return failAt("HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size", p);
                    }
                    contentLength = digit;
                    chunkExtensionBytes = 0;
                    state = CHUNK_SIZE;
                    p++;
                }
                case CHUNK_SIZE -> {
                    int digit = Chars.HEX[b];
                    if (digit >= 0) {
                        if (contentLength >>> 60 != 0) {
                            return failAt("HPE_INVALID_CHUNK_SIZE", "Chunk size overflow", p + 1);
                        }
                        contentLength = contentLength << 4 | digit;
                        p++;
                    } else if (b == '\r') {
                        state = CHUNK_SIZE_LF;
                        p++;
                    } else if (b == ';') {
                        state = CHUNK_EXTENSION_START;
                        p++;
                    } else if ((b == ' ' || b == '\t') && lenient) {
                        p++;
                    } else if (b == '\n') {
                        if (!lenient) {
                            return failAt("HPE_CR_EXPECTED", "Missing expected CR after chunk size", p + 1);
                        }
                        p++;
                        chunkSizeLineEnded();
                    } else {
                        int at = b == ' ' || b == '\t' ? p + 1 : p;
                        return failAt("HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size", at);
                    }
                }
                case CHUNK_EXTENSION_START -> {
                    if (b == ' ' || b == '\r') {
                        return failAt("HPE_STRICT", "Invalid character in chunk extensions", p + 1);
                    }
                    state = CHUNK_EXTENSION_NAME;
                }
                case CHUNK_EXTENSION_NAME, CHUNK_EXTENSION_VALUE, CHUNK_EXTENSION_QUOTED, CHUNK_EXTENSION_QUOTED_PAIR,
                     CHUNK_EXTENSION_QUOTED_DONE -> {
                    int before = state;
                    if (b == '\n' && lenient && before != CHUNK_EXTENSION_QUOTED && before != CHUNK_EXTENSION_QUOTED_PAIR) {
                        state = CHUNK_SIZE_LF;
                        continue;
                    }
                    String failure = chunkExtensionByte(b);
                    if (failure != null) {
                        boolean missingCr = failure.startsWith("Missing");
                        boolean atByte = missingCr || state == CHUNK_EXTENSION_QUOTED_DONE;
                        return failAt(missingCr ? "HPE_CR_EXPECTED" : "HPE_STRICT", failure, atByte ? p : p + 1);
                    }
                    p++;
                    // Node counts the bytes of extension names and values, checking where each one ends.
                    boolean separator = before == CHUNK_EXTENSION_NAME && state != CHUNK_EXTENSION_NAME
                            || before == CHUNK_EXTENSION_VALUE && state != CHUNK_EXTENSION_VALUE
                                    && state != CHUNK_EXTENSION_QUOTED;
                    if (before != CHUNK_EXTENSION_QUOTED_DONE && !separator) {
                        chunkExtensionBytes++;
                    }
                    boolean ended = separator || before == CHUNK_EXTENSION_QUOTED && state == CHUNK_EXTENSION_QUOTED_DONE;
                    if (ended && chunkExtensionBytes > MAX_CHUNK_EXTENSIONS) {
                        return failAt("HPE_CHUNK_EXTENSIONS_OVERFLOW", "Chunk extensions overflow", p);
                    }
                }
                case CHUNK_SIZE_LF -> {
                    if (b == '\n') {
                        p++;
                    } else if (!lenient) {
                        return failAt("HPE_STRICT", "Expected LF after chunk size", p);
                    }
                    chunkSizeLineEnded();
                }
                case CHUNK_DATA -> {
                    int take = available(p, to);
                    events.add(new Object[] {"body", p + shift, take});
                    p += take;
                    contentLength -= take;
                    if (contentLength == 0) {
                        state = CHUNK_DATA_CR;
                    }
                }
                case CHUNK_DATA_CR -> {
                    if (b == '\r') {
                        state = CHUNK_DATA_LF;
                        p++;
                    } else if (b == '\n') {
                        if (!lenient) {
                            return failAt("HPE_CR_EXPECTED", "Missing expected CR after chunk data", p + 1);
                        }
                        state = CHUNK_SIZE_START;
                        p++;
                    } else if (lenient) {
                        state = CHUNK_SIZE_START;
                    } else {
                        return failAt("HPE_STRICT", "Expected LF after chunk data", p);
                    }
                }
                case CHUNK_DATA_LF -> {
                    if (b == '\n') {
                        p++;
                    } else if (!lenient) {
                        return failAt("HPE_STRICT", "Expected LF after chunk data", p);
                    }
                    state = CHUNK_SIZE_START;
                }
                case CLOSED -> {
                    if (b == '\r' || b == '\n') {
                        p++;
                    } else if (lenient) {
                        state = START;
                    } else {
                        return failAt("HPE_CLOSED_CONNECTION", "Data after `Connection: close`", p + 1);
                    }
                }
                default -> throw new IllegalStateException("state " + state);
            }
        }
        if (headStart >= 0 && inHead()) {
            headBytes += to - headStart;
        }
        if (tokenStart >= 0) {
            keepTokenAcrossCalls(data, to);
        } else if (state >= CHUNK_EXTENSION_NAME && state <= CHUNK_EXTENSION_QUOTED_PAIR
                && chunkExtensionBytes > MAX_CHUNK_EXTENSIONS) {
            failedAt("HPE_CHUNK_EXTENSIONS_OVERFLOW", "Chunk extensions overflow", to);
        }
        return takeEvents();
    }

    /**
     * At the end of a call inside a token: keeps its bytes for the next call and counts them against
     * maxHeaderSize, as Node does at the end of each call.
     */
    private void keepTokenAcrossCalls(byte[] data, int to) {
        if (state != METHOD && !trackToken(to)) {
            failedAt("HPE_HEADER_OVERFLOW", "Header overflow", to);
            return;
        }
        appendToCarry(data, to);
    }

    private boolean inHead() {
        return state != START && state < BODY_IDENTITY && (flags & F_TRAILING) == 0;
    }

    private boolean supportedVersion() {
        return switch (versionMajor) {
            case 0 -> versionMinor == 9;
            case 1 -> versionMinor <= 1;
            case 2 -> versionMinor == 0;
            default -> false;
        };
    }

    private static int indexOfSpace(byte[] data, int from, int to) {
        for (int i = from; i < to; i++) {
            if (data[i] == ' ') {
                return i;
            }
        }
        return -1;
    }

    /** The reason of the failure {@link #scanUrl} reports. */
    private String urlError;

    private int urlFailure(String reason, int position) {
        urlError = reason;
        return -position - 1;
    }

    /**
     * Runs llhttp's URL states from {@code p}: the index of the space, CR or LF that ends the URL, {@code to}
     * if the URL goes on past this call, or {@code -(index + 1)} of a failure whose reason is in
     * {@link #urlError}.
     */
    private int scanUrl(byte[] data, int p, int to, int first) {
        int b = first;
        while (true) {
            if (b == '\t' || b == '\f') {
                return urlFailure("Invalid characters in url", p + 1);
            }
            switch (state) {
                case URL_START -> {
                    if (b == '/' || b == '*') {
                        state = URL_PATH;
                    } else if (Chars.isAlpha(b)) {
                        state = URL_SCHEMA;
                    } else if (b == ' ' || b == '\r' || b == '\n') {
                        return urlFailure("Invalid characters in url", p + 1);
                    } else {
                        return urlFailure("Unexpected start char in url", p);
                    }
                }
                case URL_SCHEMA -> {
                    if (b == ':') {
                        state = URL_SCHEMA_SLASH;
                    } else if (b == ' ' || b == '\r' || b == '\n') {
                        return urlFailure("Invalid characters in url", p + 1);
                    } else if (!Chars.isAlpha(b)) {
                        return urlFailure("Unexpected char in url schema", p);
                    }
                }
                case URL_SCHEMA_SLASH, URL_SCHEMA_SLASH_SLASH -> {
                    // llhttp matches "//" as one sequence: only its first byte may be whitespace-checked.
                    if (state == URL_SCHEMA_SLASH && (b == ' ' || b == '\r' || b == '\n')) {
                        return urlFailure("Invalid characters in url", p + 1);
                    }
                    if (b != '/') {
                        return urlFailure("Unexpected char in url schema", p);
                    }
                    state = state == URL_SCHEMA_SLASH ? URL_SCHEMA_SLASH_SLASH : URL_SERVER;
                }
                case URL_SERVER, URL_SERVER_WITH_AT -> {
                    if (b == ' ' || b == '\r' || b == '\n') {
                        return p;
                    } else if (b == '/') {
                        state = URL_PATH;
                    } else if (b == '?') {
                        state = URL_QUERY;
                    } else if (b == '@') {
                        if (state == URL_SERVER_WITH_AT) {
                            return urlFailure("Double @ in url", p + 1);
                        }
                        state = URL_SERVER_WITH_AT;
                    } else if (!Chars.USERINFO[b] && b != '[' && b != ']') {
                        return urlFailure("Unexpected char in url server", p);
                    }
                }
                case URL_PATH -> {
                    while (Chars.URL[b]) {
                        if (++p == to) {
                            return to;
                        }
                        b = data[p] & 0xff;
                    }
                    if (b == ' ' || b == '\r' || b == '\n') {
                        return p;
                    } else if (b == '?') {
                        state = URL_QUERY;
                    } else if (b == '#') {
                        state = URL_FRAGMENT;
                    } else if (b == '\t' || b == '\f') {
                        continue;
                    } else {
                        return urlFailure("Invalid char in url path", p);
                    }
                }
                case URL_QUERY -> {
                    if (b == ' ' || b == '\r' || b == '\n') {
                        return p;
                    } else if (b == '#') {
                        state = URL_FRAGMENT;
                    } else if (!Chars.URL[b] && b != '?') {
                        return urlFailure("Invalid char in url query", p);
                    }
                }
                case URL_FRAGMENT -> {
                    if (b == ' ' || b == '\r' || b == '\n') {
                        return p;
                    } else if (!Chars.URL[b] && b != '?' && b != '#') {
                        return urlFailure("Invalid char in url fragment start", p);
                    }
                }
                default -> throw new IllegalStateException("state " + state);
            }
            if (++p == to) {
                return to;
            }
            b = data[p] & 0xff;
        }
    }

    /** Called with the colon consumed; false if the name broke a rule (the failure is recorded). */
    private boolean fieldNameEnded(byte[] data, int nameEnd, int p) {
        if (!trackToken(nameEnd)) {
            failedAt("HPE_HEADER_OVERFLOW", "Header overflow", p);
            return false;
        }
        fieldName = takeToken(data, nameEnd);
        fieldValue = null;
        headerKind = specialHeader(fieldName);
        if (!lenient && headerKind == TRANSFER_ENCODING && (flags & F_CONTENT_LENGTH) != 0) {
            failedAt("HPE_INVALID_TRANSFER_ENCODING", "Transfer-Encoding can't be present with Content-Length", p);
            return false;
        }
        if (!lenient && headerKind == CONTENT_LENGTH && (flags & F_TRANSFER_ENCODING) != 0) {
            failedAt("HPE_INVALID_CONTENT_LENGTH", "Content-Length can't be present with Transfer-Encoding", p);
            return false;
        }
        state = VALUE_LEADING_WS;
        return true;
    }

    /** At the first byte of a header value. */
    private boolean valueStarts(int p) {
        switch (headerKind) {
            case UPGRADE -> flags |= F_UPGRADE;
            case TRANSFER_ENCODING -> {
                if (request && !lenient && (flags & F_CHUNKED) != 0) {
                    failedAt("HPE_INVALID_TRANSFER_ENCODING", "Invalid `Transfer-Encoding` header value", p + 1);
                    return false;
                }
                flags = (flags | F_TRANSFER_ENCODING) & ~F_CHUNKED;
            }
            case CONTENT_LENGTH -> {
                if ((flags & F_CONTENT_LENGTH) != 0) {
                    failedAt("HPE_UNEXPECTED_CONTENT_LENGTH", "Duplicate Content-Length", p);
                    return false;
                }
                contentLength = 0;
                tokenStart = p;
                state = CONTENT_LENGTH_VALUE;
                return true;
            }
            default -> {
            }
        }
        tokenStart = p;
        state = VALUE;
        return true;
    }

    /**
     * Follows llhttp through a Transfer-Encoding value: records whether chunked is its last coding, and returns
     * where a request fails for naming a coding after chunked (just past that comma), or -1. A byte that is no
     * token character ends the analysis, as llhttp then reads the rest as an ordinary value.
     */
    private int checkTransferEncoding(String value) {
        lastCodingChunked = false;
        int length = value.length();
        int i = 0;
        while (true) {
            if (value.regionMatches(true, i, "chunked", 0, 7)) {
                i += 7;
                while (i < length && value.charAt(i) == ' ') {
                    i++;
                }
                if (i == length) {
                    lastCodingChunked = true;
                    return -1;
                }
                if (value.charAt(i) == ',' && request && !lenient) {
                    return i + 1;
                }
            }
            while (i < length && value.charAt(i) != ',') {
                if (!Chars.CONNECTION_TOKEN[value.charAt(i)]) {
                    return -1;
                }
                i++;
            }
            if (i == length) {
                return -1;
            }
            i++;
            while (i < length && (value.charAt(i) == ' ' || value.charAt(i) == '\t')) {
                i++;
            }
        }
    }

    /** A header line is complete: records it and applies what it says about the connection. */
    private void fieldEnded() {
        String value = trimTrailingWhitespace(fieldValue);
        if (headerKind == TRANSFER_ENCODING && lastCodingChunked) {
            flags |= F_CHUNKED;
        }
        lastCodingChunked = false;
        fields.add(fieldName);
        fields.add(value);
        fieldName = null;
        fieldValue = null;
        headerKind = GENERAL;
        state = FIELD_START;
    }

    /**
     * Sets the flags of the close, upgrade and keep-alive tokens of a Connection value; as in llhttp, a byte that
     * is no token character ends the analysis, and the token it is in does not count.
     */
    private void applyConnectionTokens(String value) {
        int length = value.length();
        int tokenBegin = 0;
        while (tokenBegin <= length) {
            int tokenEnd = tokenBegin;
            while (tokenEnd < length && value.charAt(tokenEnd) != ',') {
                if (!Chars.CONNECTION_TOKEN[value.charAt(tokenEnd)]) {
                    return;
                }
                tokenEnd++;
            }
            int start = tokenBegin;
            int end = tokenEnd;
            while (start < end && (value.charAt(start) == ' ' || value.charAt(start) == '\t')) {
                start++;
            }
            while (end > start && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
                end--;
            }
            int tokenLength = end - start;
            if (tokenLength == 5 && value.regionMatches(true, start, "close", 0, 5)) {
                flags |= F_CONNECTION_CLOSE;
            } else if (tokenLength == 7 && value.regionMatches(true, start, "upgrade", 0, 7)) {
                flags |= F_CONNECTION_UPGRADE;
            } else if (tokenLength == 10 && value.regionMatches(true, start, "keep-alive", 0, 10)) {
                flags |= F_CONNECTION_KEEP_ALIVE;
            }
            tokenBegin = tokenEnd + 1;
        }
    }

    private static String trimTrailingWhitespace(String value) {
        int end = value.length();
        while (end > 0 && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
            end--;
        }
        return end == value.length() ? value : value.substring(0, end);
    }

    private static int specialHeader(String name) {
        int length = name.length();
        while (length > 0 && name.charAt(length - 1) == ' ') {
            length--;
        }
        return switch (length) {
            case 7 -> name.regionMatches(true, 0, "upgrade", 0, 7) ? UPGRADE : GENERAL;
            case 10 -> name.regionMatches(true, 0, "connection", 0, 10) ? CONNECTION : GENERAL;
            case 14 -> name.regionMatches(true, 0, "content-length", 0, 14) ? CONTENT_LENGTH : GENERAL;
            case 16 -> name.regionMatches(true, 0, "proxy-connection", 0, 16) ? CONNECTION : GENERAL;
            case 17 -> name.regionMatches(true, 0, "transfer-encoding", 0, 17) ? TRANSFER_ENCODING : GENERAL;
            default -> GENERAL;
        };
    }

    private static boolean isSpecialHeader(String name) {
        return specialHeader(name) != GENERAL;
    }

    /**
     * The blank line after the headers (or trailers) was consumed, p is the next byte: emits the headers
     * event and picks the framing, as llhttp's after_headers_complete. False if parsing stops here.
     */
    private boolean headersEnded(int p, int to, int shift) {
        if ((flags & F_TRAILING) != 0) {
            return messageEnded(p, to, shift);
        }
        boolean informational = isInformational();
        // node:http's client takes any final response to CONNECT as the start of the tunnel.
        boolean connectTunnel = !request && !informational && requestMethod.equals("CONNECT");
        if (!request && !informational) {
            if (requestMethod.equals("HEAD") || connectTunnel) {
                flags |= F_SKIP_BODY;
            }
            requestMethod = "GET";
        }
        boolean upgradeHeaders = (flags & F_UPGRADE) != 0 && (flags & F_CONNECTION_UPGRADE) != 0;
        if (request) {
            upgrade = upgradeHeaders || method.equals("CONNECT");
        } else {
            upgrade = statusCode == 101 && upgradeHeaders || connectTunnel;
        }
        keepAlive = shouldKeepAlive();
        headBytes += p - headStart;
        headStart = -1;
        events.add(new Object[] {"headers", method, url, versionMajor, versionMinor, statusCode,
            request ? null : statusMessage, fields.toArray(NO_STRINGS), upgrade, keepAlive});
        fields.clear();
        trackedHeaderBytes = 0;

        // node:http's server skips an upgrade request's body (it goes to the new protocol with the rest).
        if (upgrade) {
            return messageEnded(p, to, shift);
        }
        if (!request && statusCode / 100 == 1 || (flags & F_SKIP_BODY) != 0 || statusCode == 204 || statusCode == 304) {
            return messageEnded(p, to, shift);
        }
        if ((flags & F_CHUNKED) != 0) {
            state = CHUNK_SIZE_START;
        } else if ((flags & F_TRANSFER_ENCODING) != 0) {
            if (request && !lenient) {
                failedAt("HPE_INVALID_TRANSFER_ENCODING", "Request has invalid `Transfer-Encoding`", p);
                return false;
            }
            state = BODY_UNTIL_EOF;
        } else if ((flags & F_CONTENT_LENGTH) != 0 && contentLength != 0) {
            state = BODY_IDENTITY;
        } else if (needsEof()) {
            state = BODY_UNTIL_EOF;
        } else {
            return messageEnded(p, to, shift);
        }
        return true;
    }

    /** How many of the bytes [p, to) belong to the body; lengths are unsigned 64-bit, as llhttp's. */
    private int available(int p, int to) {
        return Long.compareUnsigned(contentLength, to - p) < 0 ? (int) contentLength : to - p;
    }

    /** The last chunk (size 0) is followed by the trailers. */
    private void chunkSizeLineEnded() {
        if (contentLength == 0) {
            flags |= F_TRAILING;
            state = FIELD_START;
        } else {
            state = CHUNK_DATA;
        }
    }

    /** A message ended just before p: emits complete, then an upgrade or the next state. */
    private boolean messageEnded(int p, int to, int shift) {
        events.add(new Object[] {"complete", fields.toArray(NO_STRINGS)});
        fields.clear();
        headBytes = 0;
        boolean informational = isInformational();
        if (upgrade) {
            state = UPGRADED;
            events.add(new Object[] {"upgrade", p + shift, to - p});
            return false;
        }
        state = keepAlive || informational || lenient ? START : CLOSED;
        beginMessage();
        return true;
    }

    /** A 1xx response before the final one (101 Switching Protocols is final). */
    private boolean isInformational() {
        return !request && statusCode / 100 == 1 && statusCode != 101;
    }

    /** llhttp_message_needs_eof: a response whose end only the end of the stream marks. */
    private boolean needsEof() {
        if (request || statusCode / 100 == 1 || statusCode == 204 || statusCode == 304
                || (flags & F_SKIP_BODY) != 0) {
            return false;
        }
        if ((flags & F_TRANSFER_ENCODING) != 0 && (flags & F_CHUNKED) == 0) {
            return true;
        }
        return (flags & (F_CHUNKED | F_CONTENT_LENGTH)) == 0;
    }

    /** llhttp_should_keep_alive (which treats HTTP/2.0 like 1.0, since it tests the minor version). */
    private boolean shouldKeepAlive() {
        if (versionMajor > 0 && versionMinor > 0) {
            if ((flags & F_CONNECTION_CLOSE) != 0) {
                return false;
            }
        } else if ((flags & F_CONNECTION_KEEP_ALIVE) == 0) {
            return false;
        }
        return !needsEof();
    }

    /** One byte inside a chunk's extensions; the failure reason, or null. */
    private String chunkExtensionByte(int b) {
        switch (state) {
            case CHUNK_EXTENSION_NAME -> {
                if (Chars.TOKEN[b]) {
                    return null;
                }
                return switch (b) {
                    case '=' -> {
                        state = CHUNK_EXTENSION_VALUE;
                        yield null;
                    }
                    case ';' -> {
                        state = CHUNK_EXTENSION_START;
                        yield null;
                    }
                    case '\r' -> {
                        state = CHUNK_SIZE_LF;
                        yield null;
                    }
                    case '\n' -> "Missing expected CR after chunk extension name";
                    default -> "Invalid character in chunk extensions name";
                };
            }
            case CHUNK_EXTENSION_VALUE -> {
                if (b == '"') {
                    state = CHUNK_EXTENSION_QUOTED;
                    return null;
                }
                if (Chars.TOKEN[b]) {
                    return null;
                }
                return switch (b) {
                    case ';' -> {
                        state = CHUNK_EXTENSION_START;
                        yield null;
                    }
                    case '\r' -> {
                        state = CHUNK_SIZE_LF;
                        yield null;
                    }
                    case '\n' -> "Missing expected CR after chunk extension value";
                    default -> "Invalid character in chunk extensions value";
                };
            }
            case CHUNK_EXTENSION_QUOTED -> {
                if (b == '"') {
                    state = CHUNK_EXTENSION_QUOTED_DONE;
                } else if (b == '\\') {
                    state = CHUNK_EXTENSION_QUOTED_PAIR;
                } else if (!Chars.QUOTED_TEXT[b]) {
                    return "Invalid character in chunk extensions quoted value";
                }
                return null;
            }
            case CHUNK_EXTENSION_QUOTED_PAIR -> {
                if (!Chars.HEADER_VALUE[b]) {
                    return "Invalid quoted-pair in chunk extensions quoted value";
                }
                state = CHUNK_EXTENSION_QUOTED;
                return null;
            }
            default -> {
                return switch (b) {
                    case ';' -> {
                        state = CHUNK_EXTENSION_START;
                        yield null;
                    }
                    case '\r' -> {
                        state = CHUNK_SIZE_LF;
                        yield null;
                    }
                    case '\n' -> "Missing expected CR after chunk extension value";
                    default -> "Invalid character in chunk extensions quote value";
                };
            }
        }
    }

    /**
     * Node's TrackHeader for the current token up to {@code end}, counting only what earlier calls did not:
     * false once the tracked header bytes reach maxHeaderSize.
     */
    private boolean trackToken(int end) {
        int length = tokenLength(end);
        trackedHeaderBytes += length - tokenCounted;
        tokenCounted = length;
        return trackedHeaderBytes < maxHeaderSize;
    }

    private int tokenLength(int end) {
        return carryLength + end - tokenStart;
    }

    /** The array holding the token's bytes so far (copying this call's part after the carry if needed). */
    private byte[] tokenBytes(byte[] data, int end) {
        if (carryLength == 0) {
            return data;
        }
        appendToCarry(data, end);
        return carry;
    }

    private int tokenBytesOffset() {
        return carryLength == 0 ? tokenStart : 0;
    }

    private void appendToCarry(byte[] data, int end) {
        int length = end - tokenStart;
        if (carryLength + length > carry.length) {
            carry = Arrays.copyOf(carry, Math.max(carryLength + length, carry.length * 2));
        }
        System.arraycopy(data, tokenStart, carry, carryLength, length);
        carryLength += length;
        tokenStart = end;
    }

    /** Decodes the token ending at {@code end} and ends it. */
    private String takeToken(byte[] data, int end) {
        String token = takeTokenPeek(data, end);
        endToken();
        return token;
    }

    /** Decodes the token ending at {@code end} without ending it. */
    private String takeTokenPeek(byte[] data, int end) {
        if (carryLength == 0) {
            return new String(data, tokenStart, end - tokenStart, StandardCharsets.ISO_8859_1);
        }
        appendToCarry(data, end);
        return new String(carry, 0, carryLength, StandardCharsets.ISO_8859_1);
    }

    private void endToken() {
        tokenStart = -1;
        carryLength = 0;
        tokenCounted = 0;
    }

    private Object[] failAt(String code, String reason, int position) {
        failedAt(code, reason, position);
        return takeEvents();
    }

    /** Records a failure at {@code position} of the array being parsed. */
    private void failedAt(String code, String reason, int position) {
        fail(code, reason, position - callStart);
    }

    private void fail(String code, String reason, int bytesParsed) {
        state = FAILED;
        endToken();
        events.add(new Object[] {"error", code, reason, bytesParsed});
    }
}
