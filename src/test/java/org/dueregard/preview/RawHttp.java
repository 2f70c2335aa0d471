package org.dueregard.preview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Talks HTTP over a plain socket, byte for byte, so a test can send what no HTTP client library would. */
final class RawHttp {

    /** What came back: the status (0 when the server closed without one) and everything it sent. */
    record Answer(int status, String text, long millis) {

        String body() {
            int at = text.indexOf("\r\n\r\n");
            return at < 0 ? "" : text.substring(at + 4);
        }

        String head() {
            int at = text.indexOf("\r\n\r\n");
            return at < 0 ? text : text.substring(0, at);
        }
    }

    private RawHttp() {
    }

    /** Sends the bytes (ISO-8859-1, so "\u0000" is a NUL byte), then reads until the server closes, for at most 5 s. */
    static Answer send(int port, String request) throws IOException {
        long started = System.nanoTime();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String text = readAll(socket.getInputStream());
            int status = text.startsWith("HTTP/1.1 ") && text.length() >= 12 ? Integer.parseInt(text.substring(9, 12)) : 0;
            return new Answer(status, text, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** A GET with the given target and Host header. */
    static Answer get(int port, String target, String host) throws IOException {
        return send(port, "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
