package org.dueregard.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.dueregard.Problem;

import org.dueregard.output.ContentTypes;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Serves the built site on 127.0.0.1 for the author. HTML responses get a small live-reload script of ours (added
 * as the page is sent, never written to disk, so a published build never has it). While the last build failed,
 * every page shows the problems instead, with the same words as the terminal.
 */
public final class PreviewServer implements AutoCloseable {

    static final String EVENTS = "/__dueregard/events";
    static final String RELOAD_SCRIPT = "<script>(function(){var s=new EventSource('" + EVENTS + "');"
            + "s.onmessage=function(e){if(e.data==='reload'){location.reload();}};})();</script>";
    private final HttpServer server;
    private final Path root;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private volatile List<Problem> problems = List.of();

    private PreviewServer(HttpServer server, Path root) {
        this.server = server;
        this.root = root;
    }

    /** Starts on the given port, or the next free one of the following 20. */
    public static PreviewServer start(Path root, int port) throws IOException {
        IOException last = null;
        for (int candidate = port; candidate < port + 20; candidate++) {
            try {
                HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), candidate), 32);
                PreviewServer preview = new PreviewServer(http, root.toAbsolutePath().normalize());
                http.createContext("/", preview::handle);
                http.setExecutor(Executors.newCachedThreadPool(runnable -> {
                    Thread thread = new Thread(runnable, "dueregard-preview");
                    thread.setDaemon(true);
                    return thread;
                }));
                http.start();
                return preview;
            } catch (BindException e) {
                last = e;
            }
        }
        throw new IOException("Ports " + port + " to " + (port + 19) + " are all in use. Choose another with --port.", last);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String address() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** Shows these problems instead of the site until the next successful build (empty clears them). */
    public void showProblems(List<Problem> current) {
        this.problems = List.copyOf(current);
    }

    /** Tells every open page to reload. */
    public void reloadPages() {
        for (OutputStream listener : listeners) {
            try {
                listener.write("data: reload\n\n".getBytes(StandardCharsets.UTF_8));
                listener.flush();
            } catch (IOException e) {
                listeners.remove(listener);
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
        if (path.equals(EVENTS)) {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            listeners.add(out);
            return; // kept open; closed when the page goes away
        }
        try (exchange) {
            Path file = resolve(path);
            List<Problem> current = problems;
            boolean html = file == null || file.getFileName().toString().endsWith(".html");
            if (!current.isEmpty() && html) {
                send(exchange, 200, "text/html; charset=utf-8", ErrorPage.render(current).getBytes(StandardCharsets.UTF_8));
                return;
            }
            int status = 200;
            if (file == null) {
                status = 404;
                file = root.resolve("404.html");
                if (!Files.isRegularFile(file)) {
                    send(exchange, 404, "text/plain; charset=utf-8", "Not found".getBytes(StandardCharsets.UTF_8));
                    return;
                }
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
            if (extension.equals("html")) body = withReloadScript(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            send(exchange, status, ContentTypes.of(extension), body);
        }
    }

    static String withReloadScript(String html) {
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + RELOAD_SCRIPT : html.substring(0, end) + RELOAD_SCRIPT + "\n" + html.substring(end);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private Path resolve(String path) {
        Path file = root.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
        if (!file.startsWith(root)) return null;
        if (Files.isDirectory(file)) file = file.resolve("index.html");
        return Files.isRegularFile(file) ? file : null;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
