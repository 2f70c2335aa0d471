package org.dueregard.checks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page the browser cannot open or crashes on stops the check at once with a message naming the page, not after a
 * long wait and not as "an internal error". chrome://crash is Chromium's own address for crashing a page on purpose.
 */
class BrowserStoppedIT {

    @TempDir
    Path folder;

    @Test
    void aCrashedPageStopsTheCheckWithThePageNamed() throws IOException {
        BrowserPaths paths = org.dueregard.testing.Browsers.required();
        Files.writeString(folder.resolve("index.html"), "<!doctype html><html lang=\"en\"><title>Home</title><main><h1>Home</h1></main></html>");
        try (LocalSiteServer server = new LocalSiteServer(folder, "/"); BrowserStarter browsers = BrowserStarter.start(paths, 1)) {
            AtomicInteger checked = new AtomicInteger();
            long started = System.nanoTime();
            BrowserStoppedException stopped = assertThrows(BrowserStoppedException.class,
                    () -> BrowserPool.check(browsers, List.of(server.url("/"), "chrome://crash", server.url("/")), page -> checked.incrementAndGet()));
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            assertEquals(1, checked.get(), "the page before the crash was checked");
            assertTrue(stopped.getMessage().startsWith("Chromium stopped while it checked chrome://crash ("), stopped.getMessage());
            assertTrue(stopped.getMessage().contains("Run the check again"), stopped.getMessage());
            // Chromium says so as it happens; only a page that never answers waits for the 60 s limit.
            assertTrue(seconds < 50, "reported after " + seconds + " s");
        }
    }

    @Test
    void aPageThatCrashesFailsItsCommandAndEveryLaterOneAtOnce() throws IOException {
        BrowserPaths paths = org.dueregard.testing.Browsers.required();
        Files.writeString(folder.resolve("index.html"), "<!doctype html><html lang=\"en\"><title>Home</title><main><h1>Home</h1></main></html>");
        try (LocalSiteServer server = new LocalSiteServer(folder, "/"); BrowserSession browser = BrowserSession.start(paths)) {
            browser.checkPage(server.url("/"));
            DevToolsSocket page = browser.pageConnection();
            DevToolsSocket.Stopped crashed = assertThrows(DevToolsSocket.Stopped.class, () -> page.call("Page.crash", java.util.Map.of()));
            assertTrue(crashed.getMessage().startsWith("the page crashed in Chromium"), crashed.getMessage());
            long started = System.nanoTime();
            DevToolsSocket.Stopped later = assertThrows(DevToolsSocket.Stopped.class, () -> browser.checkPage(server.url("/")));
            assertTrue(later.getMessage().startsWith("the page crashed in Chromium, before Page.navigate"), later.getMessage());
            assertTrue((System.nanoTime() - started) / 1_000_000_000L < 5, "the next page failed at once, not after the 60 s limit");
        }
    }
}
