package org.dueregard.preview;

import org.dueregard.testing.MiniSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile requests to a real preview on a free port, sent as raw bytes: other hosts (DNS rebinding), path
 * traversal in every spelling, dotfiles, NUL and broken escapes, huge requests and other methods. Each must get
 * the expected status with a short plain message, at once, and nothing from outside the preview folder.
 */
class PreviewHttpHostileTest {

    /** What no answer may ever contain: files planted outside the preview folder and in hidden places. */
    private static final String SECRET = "secret-outside-the-preview";
    private static final String HIDDEN = "hidden-in-a-dotfile";

    @TempDir
    static Path folder;
    private static PreviewSession session;
    private static int port;

    @BeforeAll
    static void startPreview() throws Exception {
        MiniSite site = MiniSite.write(folder.resolve("site"), """
                -- content/index.md --
                ---
                title: Home
                ---
                Welcome to [the report](report.md).
                -- content/report.md --
                ---
                title: Report
                ---
                ## Results
                """);
        Files.writeString(folder.resolve("site/secret.txt"), SECRET);
        Files.writeString(folder.resolve("outside.txt"), SECRET);
        session = new PreviewSession(site.root(), freePort(), false, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        port = session.port();
        assertTrue(session.rebuild().ok());
        Path output = session.output();
        Files.writeString(output.resolve("assets/.hidden.txt"), HIDDEN);
        Files.createDirectories(output.resolve(".git"));
        Files.writeString(output.resolve(".git/config"), HIDDEN);
        Files.createSymbolicLink(output.resolve("linked.txt"), folder.resolve("outside.txt"));
    }

    @AfterAll
    static void stopPreview() {
        session.close();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String host() {
        return "127.0.0.1:" + port;
    }

    static Stream<Arguments> requests() {
        return Stream.of(
                // Host: only the preview's own names and port (DNS rebinding)
                Arguments.of("another host with our port", "GET / HTTP/1.1\r\nHost: evil.example:PORT\r\n\r\n", 403),
                Arguments.of("another host without a port", "GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n", 403),
                Arguments.of("a rebinding name that resolves to 127.0.0.1", "GET / HTTP/1.1\r\nHost: 127.0.0.1.nip.io:PORT\r\n\r\n", 403),
                Arguments.of("our address without the port", "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 403),
                Arguments.of("localhost on another port", "GET / HTTP/1.1\r\nHost: localhost:1\r\n\r\n", 403),
                Arguments.of("localhost with a trailing dot", "GET / HTTP/1.1\r\nHost: localhost.:PORT\r\n\r\n", 403),
                Arguments.of("an IPv6 address", "GET / HTTP/1.1\r\nHost: [::1]:PORT\r\n\r\n", 403),
                Arguments.of("no Host at all (HTTP/1.0)", "GET / HTTP/1.0\r\n\r\n", 400),
                Arguments.of("two Host headers", "GET / HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\nHost: evil.example\r\n\r\n", 400),
                Arguments.of("a full address naming another host", "GET http://evil.example/ HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\n\r\n", 400),
                // Traversal: every spelling is refused before it reaches the file system
                Arguments.of("../ segments", "GET /../../../../etc/passwd HTTP/1.1\r\nHost: HOST\r\n\r\n", 400),
                Arguments.of("..%2f (an escaped slash)", "GET /..%2f..%2fsecret.txt HTTP/1.1\r\nHost: HOST\r\n\r\n", 400),
                Arguments.of("%2e%2e segments", "GET /%2e%2e/%2E%2E/secret.txt HTTP/1.1\r\nHost: HOST\r\n\r\n", 400),
                Arguments.of("an escaped backslash", "GET /%2e%2e%5c%2e%2e%5csecret.txt HTTP/1.1\r\nHost: HOST\r\n\r\n", 400),
                Arguments.of("raw backslashes", "GET /..\\..\\secret.txt HTTP/1.1\r\nHost: HOST\r\n\r\n", 400),
                Arguments.of("overlong UTF-8 dots", "GET /%c0%ae%c0%ae/secret.txt HTTP/1.1\r\nHost: HOST\r\n\r\n", 400),
                Arguments.of("a . segment", "GET /./index.html HTTP/1.1\r\nHost: HOST\r\n\r\n", 400),
                Arguments.of("a drive letter", "GET /C:/Windows/win.ini HTTP/1.1\r\nHost: HOST\r\n\r\n", 400),
                Arguments.of("a doubled leading slash", "GET //etc/passwd HTTP/1.1\r\nHost: HOST\r\n\r\n", 404),
                Arguments.of("a link planted in the folder that points outside", "GET /linked.txt HTTP/1.1\r\nHost: HOST\r\n\r\n", 404),
                // Dotfiles and dot-folders
                Arguments.of("the build's marker file", "GET /.dueregard-site HTTP/1.1\r\nHost: HOST\r\n\r\n", 404),
                Arguments.of("the marker, escaped", "GET /%2edueregard-site HTTP/1.1\r\nHost: HOST\r\n\r\n", 404),
                Arguments.of("a dotfile in a folder", "GET /assets/.hidden.txt HTTP/1.1\r\nHost: HOST\r\n\r\n", 404),
                Arguments.of("a file in a dot-folder", "GET /.git/config HTTP/1.1\r\nHost: HOST\r\n\r\n", 404),
                // NUL, control characters and broken escapes
                Arguments.of("%00", "GET /%00 HTTP/1.1\r\nHost: HOST\r\n\r\n", 400),
                Arguments.of("a NUL before a second extension", "GET /index.html%00.txt HTTP/1.1\r\nHost: HOST\r\n\r\n", 400),
                Arguments.of("a raw NUL byte", "GET /index.html\u0000.txt HTTP/1.1\r\nHost: HOST\r\n\r\n", 400),
                Arguments.of("an escaped line break (header injection)", "GET /%0d%0aSet-Cookie:%20a=b HTTP/1.1\r\nHost: HOST\r\n\r\n", 400),
                Arguments.of("a broken escape", "GET /%zz HTTP/1.1\r\nHost: HOST\r\n\r\n", 400),
                Arguments.of("a cut-off escape", "GET /index.html%4 HTTP/1.1\r\nHost: HOST\r\n\r\n", 400),
                Arguments.of("bytes that are not UTF-8", "GET /%ff%fe HTTP/1.1\r\nHost: HOST\r\n\r\n", 400),
                Arguments.of("a space in the path", "GET /a b HTTP/1.1\r\nHost: HOST\r\n\r\n", 400),
                Arguments.of("not HTTP at all", "hello\r\n\r\n", 400),
                Arguments.of("a header without a name", "GET / HTTP/1.1\r\nHost: HOST\r\n: nameless\r\n\r\n", 400),
                Arguments.of("a folded header line", "GET / HTTP/1.1\r\nHost: HOST\r\n folded\r\n\r\n", 400),
                // Methods
                Arguments.of("POST", "POST / HTTP/1.1\r\nHost: HOST\r\nContent-Length: 5\r\n\r\nhello", 405),
                Arguments.of("PUT", "PUT /index.html HTTP/1.1\r\nHost: HOST\r\nContent-Length: 0\r\n\r\n", 405),
                Arguments.of("DELETE", "DELETE /index.html HTTP/1.1\r\nHost: HOST\r\n\r\n", 405),
                Arguments.of("OPTIONS", "OPTIONS * HTTP/1.1\r\nHost: HOST\r\n\r\n", 405),
                Arguments.of("TRACE", "TRACE / HTTP/1.1\r\nHost: HOST\r\n\r\n", 405),
                Arguments.of("CONNECT", "CONNECT evil.example:443 HTTP/1.1\r\nHost: HOST\r\n\r\n", 405),
                // Too large: answered at once, without reading it all
                Arguments.of("a 100 KB address", "GET /" + "a".repeat(100_000) + " HTTP/1.1\r\nHost: HOST\r\n\r\n", 414),
                Arguments.of("a 100 KB header", "GET / HTTP/1.1\r\nHost: HOST\r\nX-Big: " + "b".repeat(100_000) + "\r\n\r\n", 431),
                Arguments.of("1,000 headers", "GET / HTTP/1.1\r\nHost: HOST\r\n" + "X-Many: 1\r\n".repeat(1_000) + "\r\n", 431));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("requests")
    void aHostileRequestGetsItsStatusAtOnceAndNothingSecret(String name, String request, int status) throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, request.replace("HOST", host()).replace("PORT", String.valueOf(port)));
        assertEquals(status, answer.status(), answer.text());
        assertTrue(answer.millis() < 3_000, "answered in " + answer.millis() + " ms");
        assertFalse(answer.text().contains(SECRET) || answer.text().contains(HIDDEN) || answer.text().contains("root:"), answer.text());
        assertFalse(answer.text().contains("Exception") || answer.text().contains("\tat "), "no Java names or stack trace: " + answer.text());
        assertTrue(answer.head().contains("Connection: close"), answer.head());
        if (status != 404) {
            assertTrue(answer.head().contains("Content-Type: text/plain; charset=utf-8"), answer.head());
            assertTrue(answer.body().length() < 200 && answer.body().endsWith(".\n"), "a short plain message: " + answer.body());
        }
    }

    @Test
    void wrongHostSaysWhichHostsAreAnswered() throws IOException {
        RawHttp.Answer answer = RawHttp.get(port, "/", "evil.example:" + port);
        assertEquals("This preview only answers requests for 127.0.0.1:" + port + " or localhost:" + port + ".\n", answer.body());
    }

    @Test
    void unsupportedMethodsAreToldWhichAreAllowed() throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, "DELETE / HTTP/1.1\r\nHost: " + host() + "\r\n\r\n");
        assertTrue(answer.head().contains("\r\nAllow: GET, HEAD"), answer.head());
    }

    @Test
    void ourOwnNamesAreAnsweredInAnyCase() throws IOException {
        for (String name : new String[] {"127.0.0.1", "localhost", "LocalHost"}) {
            RawHttp.Answer answer = RawHttp.get(port, "/report/", name + ":" + port);
            assertEquals(200, answer.status(), name);
            assertTrue(answer.body().contains("<h1") && answer.body().contains("Report"), answer.body());
        }
    }

    @Test
    void headAnswersWithTheLengthAndNoBody() throws IOException {
        RawHttp.Answer get = RawHttp.get(port, "/", host());
        RawHttp.Answer head = RawHttp.send(port, "HEAD / HTTP/1.1\r\nHost: " + host() + "\r\n\r\n");
        assertEquals(200, head.status());
        assertTrue(head.head().contains("Content-Length: " + get.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length), head.head());
        assertEquals("", head.body());
    }

    @Test
    void aQueryStringIsIgnoredAndEscapesInNamesWork() throws IOException {
        assertEquals(200, RawHttp.get(port, "/report/?utm_source=x#top", host()).status());
        assertEquals(200, RawHttp.get(port, "/%72eport/index.html", host()).status());
    }

    @Test
    void aClientThatSendsNothingIsLetGoWithoutHarm() throws IOException {
        try (java.net.Socket idle = new java.net.Socket(InetAddress.getLoopbackAddress(), port)) {
            RawHttp.Answer answer = RawHttp.get(port, "/", host());
            assertEquals(200, answer.status(), "an idle connection does not block others");
        }
    }

    @Test
    void aRequestSentAByteAtATimeIsCutOffAtTheDeadline() throws Exception {
        try (java.net.Socket socket = new java.net.Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(1);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: " + host() + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            long start = System.nanoTime();
            byte[] answer = new byte[256];
            int read = -1;
            // a header that never ends, one byte every 400 ms: without a deadline for the whole request this goes on for ever
            while (read < 0 && System.nanoTime() - start < 30_000_000_000L) {
                try {
                    out.write('x');
                    out.flush();
                } catch (IOException e) {
                    break; // the server has closed the connection; its answer may still be waiting
                }
                socket.setSoTimeout(400);
                try {
                    read = socket.getInputStream().read(answer);
                } catch (java.net.SocketTimeoutException e) {
                    read = -1;
                }
            }
            if (read < 0) {
                socket.setSoTimeout(2_000);
                read = socket.getInputStream().read(answer);
            }
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertTrue(read > 0, "the server answered");
            assertTrue(new String(answer, 0, read, java.nio.charset.StandardCharsets.US_ASCII).startsWith("HTTP/1.1 408"),
                    new String(answer, 0, read, java.nio.charset.StandardCharsets.US_ASCII));
            assertTrue(seconds <= PreviewServer.REQUEST_DEADLINE_MILLIS / 1000 + 3, "cut off after " + seconds + " s");
        }
    }
}
