package org.dueregard.cli;

import org.dueregard.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dueregard serve} from the command line: its messages, exit codes, and a site served until stopped. */
class ServeCommandTest {

    @TempDir
    Path folder;

    @Test
    void aPortOutOfRangeIsAUsageErrorWithoutAStackTrace() {
        MiniSite.Run run = MiniSite.run("serve", "--source", folder.toString(), "--port", "70000");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals("--port must be a number from 1 to 65535, such as 8000.", run.err().strip());
    }

    @Test
    void whenEveryPortIsTakenItSaysWhichAndHowToChoose() throws IOException {
        List<ServerSocket> taken = takeTwentyPorts();
        try {
            int first = taken.get(0).getLocalPort();
            MiniSite.Run run = MiniSite.run("serve", "--source", folder.toString(), "--port", String.valueOf(first));
            assertEquals(ExitCode.USAGE, run.exitCode());
            assertEquals("Ports " + first + " to " + (first + 19) + " are all in use by other programs. Choose another with --port, such as --port 9000.",
                    run.err().strip());
        } finally {
            for (ServerSocket socket : taken) socket.close();
        }
    }

    @Test
    void servesTheSiteUntilStoppedAndSaysWhatItDid() throws Exception {
        MiniSite site = MiniSite.write(folder, "-- content/index.md --\n---\ntitle: Home\n---\nHello from the preview.\n");
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        AtomicReference<MiniSite.Run> result = new AtomicReference<>();
        Thread serve = new Thread(() -> result.set(MiniSite.run("serve", "--source", site.root().toString(), "--port", String.valueOf(port))));
        serve.start();
        assertTrue(awaitPage("http://127.0.0.1:" + port + "/", "Hello from the preview."), "the page is served");
        serve.interrupt();
        serve.join(10_000);
        MiniSite.Run run = result.get();
        assertEquals(ExitCode.OK, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("Preview: http://127.0.0.1:" + port + "/"), "the address comes first, before the build: " + run.out());
        assertTrue(run.out().contains("Built 2 pages in "), run.out());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    private static boolean awaitPage(String address, String text) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        for (long end = System.currentTimeMillis() + 30_000; System.currentTimeMillis() < end; Thread.sleep(50)) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString()).body().contains(text)) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
        }
        return false;
    }

    /** Twenty consecutive ports on 127.0.0.1, held open. */
    private static List<ServerSocket> takeTwentyPorts() throws IOException {
        for (int base = 20_000 + (int) (Math.random() * 30_000); ; base += 20) {
            List<ServerSocket> sockets = new ArrayList<>();
            try {
                for (int port = base; port < base + 20; port++) sockets.add(new ServerSocket(port, 1, InetAddress.getLoopbackAddress()));
                return sockets;
            } catch (IOException e) {
                for (ServerSocket socket : sockets) socket.close();
            }
        }
    }
}
