package org.dueregard.preview;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells open pages that a build has finished, over server-sent events. Every page carries the version of the build
 * it shows; the channel sends the current version as soon as a page connects and again after every build, so a
 * page reloads whenever it is out of date, even when the build finished before the page was listening.
 */
final class ReloadChannel implements AutoCloseable {

    /** Closed tabs are noticed only when a write fails, so the oldest listener makes way past this many. */
    private static final int MAX_LISTENERS = 64;
    private final List<Socket> listeners = new ArrayList<>();
    private String version;

    ReloadChannel(String version) {
        this.version = version;
    }

    /** Answers an events request and keeps the connection open for the next builds. */
    synchronized void listen(Socket connection) throws IOException {
        if (listeners.size() >= MAX_LISTENERS) closeQuietly(listeners.remove(0));
        OutputStream out = connection.getOutputStream();
        String head = HttpResponse.of(200, "text/event-stream; charset=utf-8", new byte[0]).head(-1);
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        send(out, version);
        listeners.add(connection);
    }

    /** Sends the new version to every open page; pages showing another version reload. */
    synchronized void publish(String newVersion) {
        version = newVersion;
        for (Socket listener : List.copyOf(listeners)) {
            try {
                send(listener.getOutputStream(), version);
            } catch (IOException e) {
                // The page was closed: nothing to tell it.
                listeners.remove(listener);
                closeQuietly(listener);
            }
        }
    }

    private static void send(OutputStream out, String version) throws IOException {
        out.write(("data: " + version + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing a connection the other side already dropped: nothing left to do.
        }
    }

    @Override
    public synchronized void close() {
        listeners.forEach(ReloadChannel::closeQuietly);
        listeners.clear();
    }
}
