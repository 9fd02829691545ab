package dev.jnode.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * The parser against llhttp's behaviour in Node 24: codes, reasons and bytesParsed were recorded from node's
 * 'clientError' events for the same bytes.
 */
class HttpParserTest {
    private static final int NODE_MAX_HEADER_SIZE = 16384;

    // ---- helpers: events rendered as short strings, adjacent body pieces joined ----

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static HttpParser requestParser() {
        return new HttpParser(true, NODE_MAX_HEADER_SIZE, false);
    }

    private static HttpParser responseParser() {
        return new HttpParser(false, NODE_MAX_HEADER_SIZE, false);
    }

    /** Feeds the input in pieces cut at {@code cuts} (ascending offsets); returns the rendered events. */
    private static List<String> parse(HttpParser parser, String input, int... cuts) {
        byte[] bytes = latin1(input);
        List<String> rendered = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= cuts.length; i++) {
            int end = i < cuts.length ? cuts[i] : bytes.length;
            render(parser.execute(bytes, start, end - start), bytes, rendered);
            start = end;
        }
        return rendered;
    }

    private static List<String> parse(HttpParser parser, String input) {
        return parse(parser, input, new int[0]);
    }

    private static List<String> finish(HttpParser parser) {
        List<String> rendered = new ArrayList<>();
        render(parser.finish(), null, rendered);
        return rendered;
    }

    private static void render(Object[] events, byte[] bytes, List<String> into) {
        for (Object item : events) {
            Object[] event = (Object[]) item;
            String text = switch ((String) event[0]) {
                case "headers" -> (event[1] != null ? event[1] + " " + event[2] : event[5] + " " + event[6])
                        + " " + event[3] + "." + event[4] + " " + Arrays.toString((String[]) event[7])
                        + (Boolean.TRUE.equals(event[8]) ? " upgrade" : "")
                        + (Boolean.TRUE.equals(event[9]) ? " keep-alive" : " close");
                case "body" -> "body " + new String(bytes, (int) event[1], (int) event[2], StandardCharsets.ISO_8859_1);
                case "complete" -> "complete" + (((String[]) event[1]).length > 0 ? " " + Arrays.toString((String[]) event[1]) : "");
                case "upgrade" -> "upgrade " + new String(bytes, (int) event[1], (int) event[2], StandardCharsets.ISO_8859_1);
                case "error" -> "error " + event[1] + " " + event[2] + " " + event[3];
                default -> throw new AssertionError(event[0]);
            };
            int last = into.size() - 1;
            if (text.startsWith("body ") && last >= 0 && into.get(last).startsWith("body ")) {
                into.set(last, into.get(last) + text.substring(5));
            } else if (!text.equals("body ")) {
                into.add(text);
            }
        }
    }

    private static String error(String input) {
        List<String> events = parse(requestParser(), input);
        return events.get(events.size() - 1);
    }

    private static String responseError(String input) {
        List<String> events = parse(responseParser(), input);
        return events.get(events.size() - 1);
    }

    // ---- requests and framing ----

    @Test
    void getRequestWithHeadersKeepsCasingOrderAndDuplicates() {
        assertThat(parse(requestParser(), "GET /a?b=1 HTTP/1.1\r\nHost: x\r\nX-A:  1 \r\nx-a: 2\r\n\r\n"))
                .containsExactly("GET /a?b=1 1.1 [Host, x, X-A, 1, x-a, 2] keep-alive", "complete");
    }

    @Test
    void contentLengthBody() {
        assertThat(parse(requestParser(), "POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello"))
                .containsExactly("POST / 1.1 [Content-Length, 5] keep-alive", "body hello", "complete");
    }

    @Test
    void contentLengthBodyRegionsAreOffsetsInTheCallersArray() {
        byte[] bytes = latin1("xxPOST / HTTP/1.1\r\nContent-Length: 2\r\n\r\nhiyy");
        Object[] events = requestParser().execute(bytes, 2, bytes.length - 4);
        Object[] body = (Object[]) events[1];
        assertThat(body).containsExactly("body", bytes.length - 4, 2);
    }

    @Test
    void javaScriptCallersGetRegionsOfTheirArrayBuffer() {
        try (Context context = Context.newBuilder("js")
                .allowHostAccess(HostAccess.newBuilder(HostAccess.EXPLICIT).allowBufferAccess(true).allowArrayAccess(true).build())
                .build()) {
            context.getBindings("js").putMember("binding", new HttpParserBinding());
            Value regions = context.eval("js", """
                    const text = '..POST / HTTP/1.1\\r\\nContent-Length: 2\\r\\n\\r\\nhi';
                    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
                    const parser = binding.create('request', 16384, false);
                    const events = parser.execute(bytes.buffer, 2, bytes.length - 2);
                    [events.length, events[0][0], events[0][7].length, events[1][1], events[1][2], events[2][0]].join()
                    """);
            assertThat(regions.asString()).isEqualTo("3,headers,2,40,2,complete");
        }
    }

    @Test
    void chunkedBodyWithExtensionsAndTrailers() {
        assertThat(parse(requestParser(),
                "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3;a=b;c=\"d\"\r\nabc\r\n2\r\nde\r\n0\r\nX-T: 1\r\n\r\n"))
                .containsExactly("POST / 1.1 [Transfer-Encoding, chunked] keep-alive", "body abcde", "complete [X-T, 1]");
    }

    @Test
    void chunkedBodyGivesOneEventPerDataRegion() {
        byte[] bytes = latin1("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n");
        Object[] events = requestParser().execute(bytes, 0, bytes.length);
        assertThat(Arrays.stream(events).map(e -> ((Object[]) e)[0])).containsExactly("headers", "body", "body", "complete");
    }

    @Test
    void transferEncodingEndingInChunkedAfterOtherCodings() {
        assertThat(parse(requestParser(), "POST / HTTP/1.1\r\nTransfer-Encoding: gzip, CHUNKED\r\n\r\n1\r\nx\r\n0\r\n\r\n"))
                .containsExactly("POST / 1.1 [Transfer-Encoding, gzip, CHUNKED] keep-alive", "body x", "complete");
    }

    @Test
    void requestWithoutLengthHasNoBody() {
        assertThat(parse(requestParser(), "DELETE /x HTTP/1.1\r\n\r\nGET / HTTP/1.1\r\n\r\n"))
                .containsExactly("DELETE /x 1.1 [] keep-alive", "complete", "GET / 1.1 [] keep-alive", "complete");
    }

    @Test
    void emptyLinesBeforeARequestAreSkipped() {
        assertThat(parse(requestParser(), "\r\n\r\nGET / HTTP/1.1\r\n\r\n"))
                .containsExactly("GET / 1.1 [] keep-alive", "complete");
    }

    @Test
    void absoluteUrlsAndAsteriskAndHttp09() {
        assertThat(parse(requestParser(), "GET http://u:p@h:1/p?q#f HTTP/1.1\r\n\r\n"))
                .containsExactly("GET http://u:p@h:1/p?q#f 1.1 [] keep-alive", "complete");
        assertThat(parse(requestParser(), "OPTIONS * HTTP/1.1\r\n\r\n"))
                .containsExactly("OPTIONS * 1.1 [] keep-alive", "complete");
        assertThat(parse(requestParser(), "GET /\r\n\r\n")).containsExactly("GET / 0.9 [] close", "complete");
    }

    @Test
    void headerBytesAreLatin1() {
        assertThat(parse(requestParser(), "GET / HTTP/1.1\r\nX-A: \u00e9\u00ff\r\n\r\n"))
                .containsExactly("GET / 1.1 [X-A, \u00e9\u00ff] keep-alive", "complete");
    }

    @Test
    void emptyHeaderValue() {
        assertThat(parse(requestParser(), "GET / HTTP/1.1\r\nX-Empty:\r\nX-Spaces:   \r\n\r\n"))
                .containsExactly("GET / 1.1 [X-Empty, , X-Spaces, ] keep-alive", "complete");
    }

    // ---- keep-alive ----

    @Test
    void keepAliveRules() {
        assertThat(parse(requestParser(), "GET / HTTP/1.1\r\nConnection: close\r\n\r\n"))
                .containsExactly("GET / 1.1 [Connection, close] close", "complete");
        assertThat(parse(requestParser(), "GET / HTTP/1.0\r\n\r\n")).containsExactly("GET / 1.0 [] close", "complete");
        assertThat(parse(requestParser(), "GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n"))
                .containsExactly("GET / 1.0 [Connection, Keep-Alive] keep-alive", "complete");
        assertThat(parse(requestParser(), "GET / HTTP/1.1\r\nConnection: foo, close\r\n\r\n"))
                .containsExactly("GET / 1.1 [Connection, foo, close] close", "complete");
        assertThat(parse(requestParser(), "GET / HTTP/1.1\r\nConnection: closed\r\n\r\n"))
                .containsExactly("GET / 1.1 [Connection, closed] keep-alive", "complete");
    }

    @Test
    void dataAfterConnectionCloseIsAnError() {
        assertThat(parse(requestParser(), "GET /a HTTP/1.0\r\n\r\nGET /b HTTP/1.0\r\n\r\n")).containsExactly(
                "GET /a 1.0 [] close", "complete", "error HPE_CLOSED_CONNECTION Data after `Connection: close` 20");
    }

    // ---- upgrade and CONNECT ----

    @Test
    void upgradeRequestHandsBackTheRest() {
        HttpParser parser = requestParser();
        assertThat(parse(parser, "GET / HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: ws\r\n\r\nHELLO")).containsExactly(
                "GET / 1.1 [Connection, Upgrade, Upgrade, ws] upgrade keep-alive", "complete", "upgrade HELLO");
        assertThat(parse(parser, "more")).containsExactly("upgrade more");
    }

    @Test
    void upgradeHeaderWithoutConnectionUpgradeIsNotAnUpgrade() {
        assertThat(parse(requestParser(), "GET / HTTP/1.1\r\nUpgrade: ws\r\n\r\n"))
                .containsExactly("GET / 1.1 [Upgrade, ws] keep-alive", "complete");
    }

    @Test
    void connectRequestIsAnUpgradeEvenWithoutRest() {
        assertThat(parse(requestParser(), "CONNECT host:443 HTTP/1.1\r\nHost: host:443\r\n\r\n")).containsExactly(
                "CONNECT host:443 1.1 [Host, host:443] upgrade keep-alive", "complete", "upgrade ");
    }

    @Test
    void upgradeRequestBodyGoesToTheNewProtocol() {
        assertThat(parse(requestParser(),
                "POST / HTTP/1.1\r\nConnection: upgrade\r\nUpgrade: x\r\nContent-Length: 2\r\n\r\nabREST")).containsExactly(
                "POST / 1.1 [Connection, upgrade, Upgrade, x, Content-Length, 2] upgrade keep-alive", "complete",
                "upgrade abREST");
    }

    // ---- responses ----

    @Test
    void responseWithContentLength() {
        assertThat(parse(responseParser(), "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi"))
                .containsExactly("200 OK 1.1 [Content-Length, 2] keep-alive", "body hi", "complete");
    }

    @Test
    void responseWithoutLengthIsReadUntilEof() {
        HttpParser parser = responseParser();
        assertThat(parse(parser, "HTTP/1.1 200 OK\r\n\r\nsome", new int[] {20}))
                .containsExactly("200 OK 1.1 [] close", "body some");
        assertThat(finish(parser)).containsExactly("complete");
        assertThat(finish(parser)).isEmpty();
    }

    @Test
    void responseWithUnknownTransferCodingIsReadUntilEof() {
        HttpParser parser = responseParser();
        assertThat(parse(parser, "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nzz"))
                .containsExactly("200 OK 1.1 [Transfer-Encoding, gzip] close", "body zz");
        assertThat(finish(parser)).containsExactly("complete");
    }

    @Test
    void responseToHeadHasNoBody() {
        HttpParser parser = responseParser();
        parser.setRequestMethod("HEAD");
        assertThat(parse(parser, "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx"))
                .containsExactly("200 OK 1.1 [Content-Length, 10] keep-alive", "complete",
                        "200 OK 1.1 [Content-Length, 1] keep-alive", "body x", "complete");
    }

    @Test
    void noContentAndNotModifiedHaveNoBody() {
        assertThat(parse(responseParser(), "HTTP/1.1 204 No Content\r\n\r\nHTTP/1.1 304 Not Modified\r\nContent-Length: 5\r\n\r\n"))
                .containsExactly("204 No Content 1.1 [] keep-alive", "complete",
                        "304 Not Modified 1.1 [Content-Length, 5] keep-alive", "complete");
    }

    @Test
    void informationalResponsesPrecedeTheRealOne() {
        assertThat(parse(responseParser(), "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"
                + "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx")).containsExactly(
                "100 Continue 1.1 [] keep-alive", "complete", "103 Early Hints 1.1 [Link, </a>] keep-alive", "complete",
                "200 OK 1.1 [Content-Length, 1] keep-alive", "body x", "complete");
    }

    @Test
    void switchingProtocolsUpgrades() {
        assertThat(parse(responseParser(), "HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: ws\r\n\r\nDATA"))
                .containsExactly("101 Switching Protocols 1.1 [Connection, Upgrade, Upgrade, ws] upgrade keep-alive",
                        "complete", "upgrade DATA");
    }

    @Test
    void successfulResponseToConnectUpgrades() {
        HttpParser parser = responseParser();
        parser.setRequestMethod("CONNECT");
        assertThat(parse(parser, "HTTP/1.1 200 Connection established\r\n\r\nTLS"))
                .containsExactly("200 Connection established 1.1 [] upgrade keep-alive", "complete", "upgrade TLS");
    }

    @Test
    void anyFinalResponseToConnectOpensTheTunnelAsNodesClientDoes() {
        HttpParser parser = responseParser();
        parser.setRequestMethod("CONNECT");
        assertThat(parse(parser, "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 407 Auth\r\nContent-Length: 1\r\n\r\nxREST"))
                .containsExactly("100 Continue 1.1 [] keep-alive", "complete",
                        "407 Auth 1.1 [Content-Length, 1] upgrade keep-alive", "complete", "upgrade xREST");
    }

    @Test
    void switchingProtocolsWithoutUpgradeHeadersIsAFinalResponseWithoutBody() {
        assertThat(parse(responseParser(), "HTTP/1.1 101 Switching\r\nContent-Length: 3\r\n\r\n"))
                .containsExactly("101 Switching 1.1 [Content-Length, 3] keep-alive", "complete");
    }

    @Test
    void responseWithoutReasonPhrase() {
        assertThat(parse(responseParser(), "HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n"))
                .containsExactly("200  1.1 [Content-Length, 0] keep-alive", "complete");
    }

    // ---- splitting ----

    @Test
    void pipelinedMessagesSplitAtEveryByteGiveTheSameEvents() {
        String pair = "POST /a HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n4;x=\"y\"\r\nwxyz\r\n0\r\nT: v\r\n\r\n"
                + "PUT /b?c HTTP/1.1\r\nContent-Length: 3\r\nConnection: keep-alive\r\n\r\nabc";
        List<String> whole = parse(requestParser(), pair);
        assertThat(whole).containsExactly(
                "POST /a 1.1 [Host, h, Transfer-Encoding, chunked] keep-alive", "body wxyz", "complete [T, v]",
                "PUT /b?c 1.1 [Content-Length, 3, Connection, keep-alive] keep-alive", "body abc", "complete");
        for (int cut = 0; cut <= pair.length(); cut++) {
            assertThat(parse(requestParser(), pair, cut)).as("cut at %d", cut).isEqualTo(whole);
        }
        for (int cut = 1; cut < pair.length(); cut++) {
            assertThat(parse(requestParser(), pair, cut - 1, cut)).as("cuts at %d and %d", cut - 1, cut).isEqualTo(whole);
        }
    }

    @Test
    void responsesSplitAtEveryByteGiveTheSameEvents() {
        String pair = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc"
                + "HTTP/1.0 404 Not Found\r\nConnection: keep-alive\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\n\r\n";
        List<String> whole = parse(responseParser(), pair);
        for (int cut = 0; cut <= pair.length(); cut++) {
            assertThat(parse(responseParser(), pair, cut)).as("cut at %d", cut).isEqualTo(whole);
        }
    }

    @Test
    void errorPositionIsRelativeToTheCallThatFoundIt() {
        assertThat(parse(requestParser(), "GET / HTTP/1.1\r\nA: b\u0001c\r\n\r\n", 18))
                .containsExactly("error HPE_INVALID_HEADER_TOKEN Invalid header value char 2");
    }

    // ---- errors (code, reason and bytesParsed as node reports them) ----

    @Test
    void requestLineErrors() {
        assertThat(error("GEX / HTTP/1.1\r\n\r\n")).isEqualTo("error HPE_INVALID_METHOD Invalid method encountered 2");
        assertThat(error("GETX / HTTP/1.1\r\n\r\n")).isEqualTo("error HPE_INVALID_METHOD Expected space after method 3");
        assertThat(error("GET /\u00e9 HTTP/1.1\r\n\r\n")).isEqualTo("error HPE_INVALID_URL Invalid char in url path 5");
        assertThat(error("GET /a\tb HTTP/1.1\r\n\r\n")).isEqualTo("error HPE_INVALID_URL Invalid characters in url 7");
        assertThat(error("GET / HTXP/1.1\r\n\r\n")).isEqualTo("error HPE_INVALID_CONSTANT Expected HTTP/, RTSP/ or ICE/ 8");
        assertThat(error("DESCRIBE / HTTP/1.1\r\n\r\n"))
                .isEqualTo("error HPE_INVALID_CONSTANT Invalid method for HTTP/x.x request 15");
        assertThat(error("GET / HTTP/1.2\r\n\r\n")).isEqualTo("error HPE_INVALID_VERSION Invalid HTTP version 14");
        assertThat(error("GET / HTTP/1.1\nHost: x\n\n")).isEqualTo("error HPE_INVALID_VERSION Expected CRLF after version 15");
    }

    @Test
    void urlSchemeSlashesAreOneSequence() {
        assertThat(error("PUT http:/ /h:80/x HTTP/1.1\r\n\r\n")).isEqualTo("error HPE_INVALID_URL Unexpected char in url schema 10");
        assertThat(error("PUT http: //h HTTP/1.1\r\n\r\n")).isEqualTo("error HPE_INVALID_URL Invalid characters in url 10");
    }

    @Test
    void headerErrors() {
        assertThat(error("GET / HTTP/1.1\r\n Host: x\r\n\r\n"))
                .isEqualTo("error HPE_UNEXPECTED_SPACE Unexpected space after start line 17");
        assertThat(error("GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n"))
                .isEqualTo("error HPE_INVALID_HEADER_TOKEN Unexpected whitespace after header value 22");
        assertThat(error("GET / HTTP/1.1\r\nContent-Length : 0\r\n\r\n"))
                .isEqualTo("error HPE_INVALID_HEADER_TOKEN Invalid header field char 31");
        assertThat(error("GET / HTTP/1.1\r\nFoo : 0\r\n\r\n")).isEqualTo("error HPE_INVALID_HEADER_TOKEN Invalid header token 19");
        assertThat(error("GET / HTTP/1.1\r\nX-\u00e9: 1\r\n\r\n")).isEqualTo("error HPE_INVALID_HEADER_TOKEN Invalid header token 18");
        assertThat(error("GET / HTTP/1.1\r\nA: b\u0001c\r\n\r\n"))
                .isEqualTo("error HPE_INVALID_HEADER_TOKEN Invalid header value char 20");
        assertThat(error("GET / HTTP/1.1\r\nA: bc\n\r\n"))
                .isEqualTo("error HPE_CR_EXPECTED Missing expected CR after header value 21");
        assertThat(error("GET / HTTP/1.1\r\nHost: x\r\r\n"))
                .isEqualTo("error HPE_LF_EXPECTED Missing expected LF after header value 24");
        assertThat(error("GET / HTTP/1.1\r\nHost: x\r\n\rX"))
                .isEqualTo("error HPE_STRICT Expected LF after headers 26");
    }

    @Test
    void contentLengthErrors() {
        assertThat(error("POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n"))
                .isEqualTo("error HPE_INVALID_CONTENT_LENGTH Invalid character in Content-Length 34");
        assertThat(error("POST / HTTP/1.1\r\nContent-Length:\r\n\r\n"))
                .isEqualTo("error HPE_INVALID_CONTENT_LENGTH Empty Content-Length 34");
        assertThat(error("POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabc"))
                .isEqualTo("error HPE_UNEXPECTED_CONTENT_LENGTH Duplicate Content-Length 52");
        assertThat(error("POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc"))
                .isEqualTo("error HPE_UNEXPECTED_CONTENT_LENGTH Duplicate Content-Length 52");
    }

    @Test
    void conflictingFramingIsRefused() {
        assertThat(error("POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"))
                .isEqualTo("error HPE_INVALID_TRANSFER_ENCODING Transfer-Encoding can't be present with Content-Length 54");
        assertThat(error("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n"))
                .isEqualTo("error HPE_INVALID_CONTENT_LENGTH Content-Length can't be present with Transfer-Encoding 60");
        assertThat(error("POST / HTTP/1.1\r\nTransfer-Encoding: chunked, gzip\r\n\r\n"))
                .isEqualTo("error HPE_INVALID_TRANSFER_ENCODING Invalid `Transfer-Encoding` header value 44");
        assertThat(error("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: gzip\r\n\r\n"))
                .isEqualTo("error HPE_INVALID_TRANSFER_ENCODING Invalid `Transfer-Encoding` header value 65");
        assertThat(error("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n"))
                .isEqualTo("error HPE_INVALID_TRANSFER_ENCODING Request has invalid `Transfer-Encoding` 44");
    }

    @Test
    void chunkErrors() {
        assertThat(error("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"))
                .isEqualTo("error HPE_INVALID_CHUNK_SIZE Invalid character in chunk size 47");
        assertThat(error("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3; a\r\nabc\r\n0\r\n\r\n"))
                .isEqualTo("error HPE_STRICT Invalid character in chunk extensions 50");
        assertThat(error("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n0\r\n\r\n"))
                .isEqualTo("error HPE_STRICT Expected LF after chunk data 53");
    }

    @Test
    void responseLineErrors() {
        assertThat(responseError("HTTP/1.1 2x0 OK\r\n\r\n")).isEqualTo("error HPE_INVALID_STATUS Invalid status code 10");
        assertThat(responseError("HTTX/1.1 200 OK\r\n\r\n"))
                .isEqualTo("error HPE_INVALID_CONSTANT Expected HTTP/, RTSP/ or ICE/ 3");
        assertThat(responseError("HTTP/1.1 200 OK\nA: b\r\n\r\n"))
                .isEqualTo("error HPE_CR_EXPECTED Missing expected CR after response line 16");
    }

    @Test
    void lengthsAreUnsigned64Bit() {
        assertThat(error("POST / HTTP/1.1\r\nContent-Length: 18446744073709551615\r\n\r\n"))
                .isEqualTo("POST / 1.1 [Content-Length, 18446744073709551615] keep-alive");
        assertThat(error("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n"))
                .isEqualTo("error HPE_INVALID_CONTENT_LENGTH Content-Length overflow 53");
        assertThat(error("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFF\r\n"))
                .isEqualTo("error HPE_INVALID_CHUNK_SIZE Chunk size overflow 64");
    }

    @Test
    void chunkExtensionsAreLimitedAsNodeLimitsThem() {
        String head = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1;a=";
        assertThat(error(head + "b".repeat(16383) + "\r\nx\r\n0\r\n\r\n")).isEqualTo("complete");
        assertThat(error(head + "b".repeat(20000) + "\r\nx\r\n0\r\n\r\n"))
                .isEqualTo("error HPE_CHUNK_EXTENSIONS_OVERFLOW Chunk extensions overflow " + (head.length() + 20001));
    }

    @Test
    void http2PrefaceStopsTheParser() {
        assertThat(error("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n")).isEqualTo("error HPE_PAUSED_H2_UPGRADE Pause on PRI/Upgrade 24");
        assertThat(error("PRI * HTTP/2.0\r\n\r\nXX")).isEqualTo("error HPE_INVALID_VERSION Expected HTTP/2 Connection Preface 18");
    }

    @Test
    void afterAnErrorInputIsIgnoredUntilReset() {
        HttpParser parser = requestParser();
        assertThat(parse(parser, "BAD / HTTP/1.1\r\n\r\n")).hasSize(1);
        assertThat(parse(parser, "GET / HTTP/1.1\r\n\r\n")).isEmpty();
        parser.reset();
        assertThat(parse(parser, "GET / HTTP/1.1\r\n\r\n")).containsExactly("GET / 1.1 [] keep-alive", "complete");
    }

    @Test
    void endOfStreamInsideAMessage() {
        HttpParser parser = requestParser();
        parse(parser, "POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc");
        assertThat(finish(parser)).containsExactly("error HPE_INVALID_EOF_STATE Invalid EOF state 0");
        HttpParser idle = requestParser();
        parse(idle, "GET / HTTP/1.1\r\n\r\n");
        assertThat(finish(idle)).isEmpty();
    }

    // ---- limits ----

    @Test
    void headerSizeLimitCountsUrlNamesAndValues() {
        assertThat(parse(new HttpParser(true, 10, false), "GET /xxxxxxxx HTTP/1.1\r\n\r\n"))
                .containsExactly("GET /xxxxxxxx 1.1 [] keep-alive", "complete");
        assertThat(parse(new HttpParser(true, 10, false), "GET /xxxxxxxxx HTTP/1.1\r\n\r\n"))
                .containsExactly("error HPE_HEADER_OVERFLOW Header overflow 14");
        assertThat(parse(new HttpParser(true, 20, false), "GET / HTTP/1.1\r\nAbcdefghij: " + "x".repeat(20) + "\r\n\r\n"))
                .containsExactly("error HPE_HEADER_OVERFLOW Header overflow 49");
        assertThat(parse(new HttpParser(true, 20, false), "GET / HTTP/1.1\r\n" + "N".repeat(30) + ": x\r\n\r\n"))
                .containsExactly("error HPE_HEADER_OVERFLOW Header overflow 47");
    }

    @Test
    void headerSizeLimitIsCheckedAtTheEndOfEachCall() {
        assertThat(parse(new HttpParser(true, 20, false), "GET / HTTP/1.1\r\nA: " + "x".repeat(30), 25))
                .containsExactly("error HPE_HEADER_OVERFLOW Header overflow 24");
    }

    @Test
    void headerSizeLimitDoesNotDependOnHowTheHeadIsSplit() {
        // Tracked bytes: URL 1 + "Host" 4 + "example" 7 + "X-Long" 6 + value 11 = 29.
        String fits = "GET / HTTP/1.1\r\nHost: example\r\nX-Long: abcdefghijk\r\n\r\n";
        String overflows = fits.replace("abcdefghijk", "abcdefghijkl");
        for (int cut = 0; cut <= fits.length(); cut++) {
            assertThat(parse(new HttpParser(true, 30, false), fits, cut)).as("cut at %d", cut).hasSize(2);
        }
        for (int cut = 0; cut <= overflows.length(); cut++) {
            assertThat(parse(new HttpParser(true, 30, false), overflows, cut)).as("cut at %d", cut)
                    .singleElement().asString().startsWith("error HPE_HEADER_OVERFLOW Header overflow");
        }
    }

    @Test
    void headerBytesCountsTheHeadInProgress() {
        HttpParser parser = requestParser();
        parse(parser, "GET / HTTP/1.1\r\nHost");
        assertThat(parser.headerBytes()).isEqualTo(20);
        parse(parser, ": x\r\n\r\n");
        assertThat(parser.headerBytes()).isZero();
    }

    // ---- lenient (insecureHTTPParser) ----

    @Test
    void lenientAcceptsControlCharactersAndFoldingInValues() {
        HttpParser parser = new HttpParser(true, NODE_MAX_HEADER_SIZE, true);
        assertThat(parse(parser, "GET / HTTP/1.1\r\nA: b\u0001c\r\nB: x \r\n y\r\n\r\n"))
                .containsExactly("GET / 1.1 [A, b\u0001c, B, x  y] keep-alive", "complete");
    }

    @Test
    void lenientAllowsSpacesBeforeTheColonOfFramingHeadersOnly() {
        assertThat(parse(new HttpParser(true, NODE_MAX_HEADER_SIZE, true), "POST / HTTP/1.1\r\nContent-Length  : 1\r\n\r\nx"))
                .containsExactly("POST / 1.1 [Content-Length  , 1] keep-alive", "body x", "complete");
        assertThat(parse(new HttpParser(true, NODE_MAX_HEADER_SIZE, true), "GET / HTTP/1.1\r\nConnection close\r\n\r\n"))
                .containsExactly("error HPE_INVALID_HEADER_TOKEN Invalid header token 32");
    }

    @Test
    void lenientReadsARequestWhoseTransferEncodingIsNotChunkedUntilEof() {
        HttpParser parser = new HttpParser(true, NODE_MAX_HEADER_SIZE, true);
        assertThat(parse(parser, "POST / HTTP/1.1\r\nTransfer-Encoding: \u007fgzip, chunked\r\n\r\n2\r\nxy\r\n0\r\n\r\n"))
                .containsExactly("POST / 1.1 [Transfer-Encoding, \u007fgzip, chunked] keep-alive", "body 2\r\nxy\r\n0\r\n\r\n");
        assertThat(finish(parser)).containsExactly("complete");
    }

    @Test
    void lenientFoldingOfContentLengthIsADuplicate() {
        assertThat(parse(new HttpParser(false, NODE_MAX_HEADER_SIZE, true), "HTTP/1.1 200 OK \r\nContent-Length: 5\r\n \nhello"))
                .containsExactly("error HPE_UNEXPECTED_CONTENT_LENGTH Duplicate Content-Length 37");
    }

    @Test
    void lenientConnectionTokensStopAtAByteThatIsNoTokenCharacter() {
        assertThat(parse(new HttpParser(true, NODE_MAX_HEADER_SIZE, true),
                "GET / HTTP/1.1\r\nConnection: keep-aliv\u0001e, Upgrade\r\nUpgrade: websocket\r\n\r\n")).containsExactly(
                "GET / 1.1 [Connection, keep-aliv\u0001e, Upgrade, Upgrade, websocket] keep-alive", "complete");
    }

    @Test
    void lenientAcceptsBareLineFeedsInChunkFraming() {
        assertThat(parse(new HttpParser(false, NODE_MAX_HEADER_SIZE, true),
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\nabc\n2\nde\r\n0\r\nT: 1\r\n\r\n"))
                .containsExactly("200 OK 1.1 [Transfer-Encoding, chunked] keep-alive", "body abcde", "complete [T, 1]");
    }

    @Test
    void lenientLetsChunkedWinOverContentLength() {
        HttpParser parser = new HttpParser(true, NODE_MAX_HEADER_SIZE, true);
        assertThat(parse(parser, "POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\n\r\n"))
                .containsExactly("POST / 1.1 [Content-Length, 3, Transfer-Encoding, chunked] keep-alive", "body x", "complete");
    }
}
