package org.dueregard.preview;

import org.dueregard.Problem;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * Serves the preview folder on 127.0.0.1, one request per connection. It is a small HTTP/1.1 server of our own
 * rather than the JDK's, which has no limits on a request's size and drops some malformed requests without an
 * answer: here every request gets a status, a stalled one a timeout, and nothing outside the folder is served.
 */
public final class PreviewServer implements AutoCloseable {

    private static final int PORTS_TO_TRY = 20;
    /**
     * A request not read whole in this time gets 408, so a stalled client cannot keep a thread, nor a client that
     * sends a byte every few seconds (each read waits only for what is left of this).
     */
    static final int REQUEST_DEADLINE_MILLIS = 10_000;
    private static final int LINGER_MILLIS = 1_000;
    private static final int MAX_CONNECTIONS = 32;

    private final ServerSocket socket;
    private final PreviewContent content;
    private final ReloadChannel reload;
    private final Consumer<Throwable> bugs;
    private final Semaphore slots = new Semaphore(MAX_CONNECTIONS);
    private final ExecutorService workers = Executors.newCachedThreadPool(PreviewServer::daemon);
    private volatile PreviewState state = PreviewState.building(UUID.randomUUID().toString().substring(0, 8));

    private PreviewServer(ServerSocket socket, Path root, Consumer<Throwable> bugs) {
        this.socket = socket;
        this.content = new PreviewContent(root.toAbsolutePath().normalize());
        this.reload = new ReloadChannel(state.version());
        this.bugs = bugs;
    }

    /**
     * Starts on the given port, or the next free one of the following 19. Until {@link #showBuild} is first called,
     * pages say the site is being built. {@code bugs} hears of errors in our own code while answering.
     */
    public static PreviewServer start(Path root, int port, Consumer<Throwable> bugs) throws IOException, PortsTakenException {
        int last = Math.min(port + PORTS_TO_TRY - 1, 65535);
        for (int candidate = port; candidate <= last; candidate++) {
            ServerSocket socket = new ServerSocket();
            try {
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), candidate), 50);
            } catch (BindException e) {
                socket.close();
                continue;
            }
            PreviewServer server = new PreviewServer(socket, root, bugs);
            daemon(server::acceptConnections).start();
            return server;
        }
        throw new PortsTakenException(port, last);
    }

    public int port() {
        return socket.getLocalPort();
    }

    public String address() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** Shows the outcome of a build (the errors, when it failed) and tells every open page to reload. */
    public synchronized void showBuild(boolean ok, List<Problem> errors) {
        state = state.next(ok, errors);
        reload.publish(state.version());
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "dueregard-preview");
        thread.setDaemon(true);
        return thread;
    }

    private void acceptConnections() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                if (slots.tryAcquire()) {
                    workers.execute(() -> serveAndRelease(connection));
                } else {
                    try (connection) {
                        HttpResponse.text(503, "The preview is busy; try again.").writeTo(connection.getOutputStream(), false);
                    }
                }
            } catch (IOException e) {
                // The server socket was closed (the session ends) or one client failed: go on while open.
            }
        }
    }

    private void serveAndRelease(Socket connection) {
        try {
            new Exchange(connection).run();
        } finally {
            slots.release();
        }
    }

    /** Reads a socket until a deadline: each read may wait only for the time left, then times out. */
    private static final class DeadlineInputStream extends java.io.FilterInputStream {
        private final Socket socket;
        private final long deadline;

        DeadlineInputStream(Socket socket, long deadline) throws IOException {
            super(socket.getInputStream());
            this.socket = socket;
            this.deadline = deadline;
        }

        @Override
        public int read() throws IOException {
            waitAtMostTheTimeLeft();
            return super.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            waitAtMostTheTimeLeft();
            return super.read(buffer, offset, length);
        }

        private void waitAtMostTheTimeLeft() throws IOException {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) throw new SocketTimeoutException("The request took too long to arrive.");
            socket.setSoTimeout((int) Math.min(left, Integer.MAX_VALUE));
        }
    }

    /** One connection: read the request, answer it, close; or hand it to the reload channel. */
    private final class Exchange {

        private final Socket connection;
        private boolean head;

        Exchange(Socket connection) {
            this.connection = connection;
        }

        void run() {
            boolean keptOpen = false;
            try {
                InputStream in = new BufferedInputStream(new DeadlineInputStream(connection,
                        System.nanoTime() + REQUEST_DEADLINE_MILLIS * 1_000_000L));
                HttpResponse response = respond(in);
                if (response == null) {
                    keptOpen = true;
                    return;
                }
                response.writeTo(connection.getOutputStream(), head);
                linger();
            } catch (IOException e) {
                // The client left before a whole request or mid-answer: nobody to answer.
            } catch (RuntimeException e) {
                bugs.accept(e);
                tryToSend(HttpResponse.text(500, "dueregard hit an internal error; the terminal shows what went wrong."));
            } finally {
                if (!keptOpen) closeQuietly();
            }
        }

        /** The answer, or null when the connection now belongs to the reload channel. */
        private HttpResponse respond(InputStream in) throws IOException {
            try {
                HttpRequest request = HttpRequestReader.read(in);
                head = request.method().equals("HEAD");
                RequestPath path = check(request);
                if (!head && path.is("__dueregard", "events")) {
                    reload.listen(connection);
                    return null;
                }
                return answer(path);
            } catch (RequestRefused refused) {
                return refused.toResponse();
            } catch (SocketTimeoutException e) {
                return HttpResponse.text(408, "The request took too long to arrive.");
            }
        }

        private RequestPath check(HttpRequest request) throws RequestRefused {
            HostCheck.require(request, port());
            if (!head && !request.method().equals("GET")) {
                throw new RequestRefused(405, "The preview only answers GET and HEAD requests.");
            }
            return RequestPath.parse(request.target());
        }

        private HttpResponse answer(RequestPath path) {
            if (path.is("__dueregard", "reload.js")) {
                return HttpResponse.of(200, "text/javascript; charset=utf-8", StatusPages.SCRIPT.getBytes(StandardCharsets.UTF_8));
            }
            try {
                return content.answer(path, state);
            } catch (IOException e) {
                return HttpResponse.text(500, "The preview could not read this file: " + e.getMessage());
            }
        }

        /**
         * Closes our side, then reads on for a moment what the client still sends: closing with unread data makes
         * the system reset the connection, and the client would lose the answer (a 431, say) it has not read yet.
         */
        private void linger() throws IOException {
            connection.shutdownOutput();
            connection.setSoTimeout(LINGER_MILLIS);
            InputStream in = connection.getInputStream(); // past the request's deadline: read the socket itself
            byte[] buffer = new byte[8192];
            try {
                for (int total = 0; total < 1 << 20; ) {
                    int read = in.read(buffer);
                    if (read < 0) return;
                    total += read;
                }
            } catch (SocketTimeoutException e) {
                // The client keeps the connection open without sending: the answer has gone, so close.
            }
        }

        private void tryToSend(HttpResponse response) {
            try {
                response.writeTo(connection.getOutputStream(), head);
            } catch (IOException e) {
                // The client has gone: nobody to tell.
            }
        }

        private void closeQuietly() {
            try {
                connection.close();
            } catch (IOException e) {
                // Already closed by the client.
            }
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing a listening socket cannot lose data; the port is free either way.
        }
        reload.close();
        workers.shutdownNow();
    }
}
