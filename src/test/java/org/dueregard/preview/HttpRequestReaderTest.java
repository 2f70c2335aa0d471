package org.dueregard.preview;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HttpRequestReaderTest {

    private static HttpRequest read(String text) throws Exception {
        return HttpRequestReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static int refusal(String text) {
        return assertThrows(RequestRefused.class, () -> read(text)).status();
    }

    @Test
    void readsTheLineAndHeadersByLowerCaseName() throws Exception {
        HttpRequest request = read("GET /report/?a=1 HTTP/1.1\r\nHost: 127.0.0.1:8000\r\nAccept:  text/html \r\n\r\n");
        assertEquals("GET", request.method());
        assertEquals("/report/?a=1", request.target());
        assertEquals(List.of("127.0.0.1:8000"), request.header("HOST"));
        assertEquals(List.of("text/html"), request.header("accept"));
    }

    @Test
    void bareLineFeedsAndALeadingEmptyLineAreAccepted() throws Exception {
        assertEquals("/", read("\r\nGET / HTTP/1.0\nHost: x\n\n").target());
    }

    @Test
    void limitsAreKept() {
        assertEquals(414, refusal("GET /" + "a".repeat(HttpRequestReader.MAX_REQUEST_LINE) + " HTTP/1.1\r\n\r\n"));
        assertEquals(431, refusal("GET / HTTP/1.1\r\nX: " + "a".repeat(HttpRequestReader.MAX_HEADER_BYTES) + "\r\n\r\n"));
        assertEquals(431, refusal("GET / HTTP/1.1\r\n" + "X: 1\r\n".repeat(HttpRequestReader.MAX_HEADERS + 1) + "\r\n"));
    }

    @Test
    void malformedRequestsAreRefused() {
        assertEquals(400, refusal("GET /\r\n\r\n"));
        assertEquals(400, refusal("GET  / HTTP/1.1\r\n\r\n"));
        assertEquals(400, refusal("GET / HTTP/2.0\r\n\r\n"));
        assertEquals(400, refusal("G\u0000T / HTTP/1.1\r\n\r\n"));
        assertEquals(400, refusal("GET / HTTP/1.1\r\nNo colon\r\n\r\n"));
        assertEquals(400, refusal("GET / HTTP/1.1\r\nX: a\u0000b\r\n\r\n"));
        assertEquals(400, refusal("GET / HTTP/1.1\r\nBad name: 1\r\n\r\n"));
    }

    @Test
    void aRequestCutOffIsNotAnsweredAsItCannotBe() {
        assertThrows(EOFException.class, () -> read("GET / HTTP/1.1\r\nHost: x\r\n"));
        assertThrows(EOFException.class, () -> read(""));
    }
}
