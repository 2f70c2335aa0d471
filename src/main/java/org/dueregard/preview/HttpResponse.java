package org.dueregard.preview;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One answer: status, headers and body. Every answer ends its connection, so no length can be misread by a client. */
record HttpResponse(int status, Map<String, String> headers, byte[] body) {

    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(200, "OK"), Map.entry(400, "Bad Request"),
            Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
            Map.entry(408, "Request Timeout"), Map.entry(414, "URI Too Long"), Map.entry(431, "Request Header Fields Too Large"),
            Map.entry(500, "Internal Server Error"), Map.entry(503, "Service Unavailable"));

    static HttpResponse of(int status, String contentType, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        // The preview changes with every save: a cached copy would hide the newest text.
        headers.put("Cache-Control", "no-store");
        headers.put("X-Content-Type-Options", "nosniff");
        return new HttpResponse(status, headers, body);
    }

    static HttpResponse text(int status, String message) {
        return of(status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse html(int status, String html) {
        return of(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new HttpResponse(status, more, body);
    }

    /** Writes the status line and headers, then the body unless the request was HEAD. */
    void writeTo(OutputStream out, boolean head) throws IOException {
        out.write(head(body.length).getBytes(StandardCharsets.ISO_8859_1));
        if (!head) out.write(body);
        out.flush();
    }

    /** The status line and headers, with the body's length when it has one (-1: a stream with no set end). */
    String head(long length) {
        StringBuilder text = new StringBuilder("HTTP/1.1 ").append(status).append(' ')
                .append(REASONS.getOrDefault(status, "Error")).append("\r\n");
        headers.forEach((name, value) -> text.append(name).append(": ").append(value).append("\r\n"));
        if (length >= 0) text.append("Content-Length: ").append(length).append("\r\n");
        return text.append("Connection: close\r\n\r\n").toString();
    }
}
