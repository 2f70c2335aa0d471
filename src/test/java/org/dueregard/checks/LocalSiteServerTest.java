package org.dueregard.checks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalSiteServerTest {

    @TempDir
    Path site;

    @Test
    void stylesAreKeptByTheBrowserForTheCheckButPagesAreAlwaysFetched() throws Exception {
        Files.createDirectories(site.resolve("reports/assets"));
        Files.writeString(site.resolve("reports/index.html"), "<!DOCTYPE html><title>Reports</title>");
        Files.writeString(site.resolve("reports/assets/site.css"), "body { margin: 0 }");
        Files.writeString(site.resolve("404.html"), "<!DOCTYPE html><title>Not found</title>");
        try (LocalSiteServer server = new LocalSiteServer(site, "/")) {
            HttpResponse<String> page = get(server.url("/reports/"));
            assertEquals(200, page.statusCode());
            assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElse("").toLowerCase());
            assertTrue(page.headers().firstValue("Cache-Control").isEmpty(), page.headers().map().toString());

            HttpResponse<String> styles = get(server.url("/reports/assets/site.css"));
            assertEquals("body { margin: 0 }", styles.body());
            assertEquals("max-age=600", styles.headers().firstValue("Cache-Control").orElse(""));

            HttpResponse<String> missing = get(server.url("/reports/assets/gone.css"));
            assertEquals(404, missing.statusCode());
            assertTrue(missing.body().contains("Not found"));
            assertTrue(missing.headers().firstValue("Cache-Control").isEmpty(), "a missing file may appear in the next build");

        }
    }

    @Test
    void answersWithoutWaitingForTheBrowsersAcknowledgement() throws ClassNotFoundException {
        // Nagle's algorithm off (about 30 ms a page otherwise): the server's class sets it before the JDK's server reads it.
        Class.forName(LocalSiteServer.class.getName(), true, LocalSiteServer.class.getClassLoader());
        assertEquals("true", System.getProperty("sun.net.httpserver.nodelay"));
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
