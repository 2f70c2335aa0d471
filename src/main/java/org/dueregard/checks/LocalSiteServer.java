package org.dueregard.checks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.dueregard.output.ContentTypes;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Serves a built site on 127.0.0.1 so the browser sees it over HTTP, as a resident would. Pretty URLs resolve to
 * index.html; anything else is a 404 with the site's own 404 page.
 */
public final class LocalSiteServer implements AutoCloseable {

    static {
        // The JDK's server otherwise leaves Nagle's algorithm on: a small response on a kept-alive connection then
        // waits for the browser's delayed acknowledgement, about 30 ms a page (measured; see bench/README.md).
        if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final Path root;
    private final String basePath;

    /**
     * @param basePath the path the site is published under ("/" or "/equality/"); requests outside it are 404s
     */
    public LocalSiteServer(Path root, String basePath) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.basePath = basePath;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "dueregard-check-server");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    /** The address of a site path such as "/equality/reports/". */
    public String url(String sitePath) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + sitePath;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            Path file = resolve(path);
            int status = 200;
            if (file == null) {
                status = 404;
                file = root.resolve("404.html");
            }
            byte[] body = Files.exists(file) ? Files.readAllBytes(file) : "Not found".getBytes(StandardCharsets.UTF_8);
            String name = file.getFileName().toString();
            String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
            exchange.getResponseHeaders().set("Content-Type", ContentTypes.of(extension));
            // The site does not change while it is served for a check: each browser fetches the styles, scripts,
            // pictures and fonts once, not again for every page (about 35 ms a page). Pages are always fetched.
            if (status == 200 && !extension.equals("html")) exchange.getResponseHeaders().set("Cache-Control", "max-age=600");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private Path resolve(String path) {
        if (!path.startsWith(basePath)) return null;
        Path file = root.resolve(path.substring(basePath.length())).normalize();
        if (!file.startsWith(root)) return null;
        if (Files.isDirectory(file)) file = file.resolve("index.html");
        return Files.isRegularFile(file) ? file : null;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
