package org.dueregard.preview;

import org.dueregard.bench.BenchSiteGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, item 11: the preview never loses a save. A real session watches a generated 2,000-page site while the
 * test saves pages during the first build, 10 ms apart, and while a rebuild runs; every save's text must reach the
 * served page. Some saves keep the file's size and modification time, as two saves in one tick of a coarse
 * file-system clock (a second on some systems) do: the stamps the build's own cache trusts then do not move.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreviewSavesTest {

    private static final int PAGES = 2_000;
    private static final long WAIT_MILLIS = 120_000;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path root;
    private static PreviewSession session;
    private static Thread running;
    private static final List<PreviewSession.Rebuild> builds = new CopyOnWriteArrayList<>();
    /** Runs after each build, in the window before the session looks at the stamps again. */
    private static volatile Consumer<Set<String>> afterBuild = changed -> { };
    private static final Map<Integer, String> original = new ConcurrentHashMap<>();
    /** The last text saved in each page: what the served page must end up showing. */
    private static final Map<Integer, String> expected = new ConcurrentHashMap<>();
    private static final AtomicBoolean firstBuildDone = new AtomicBoolean();

    /** Starts the session while page 8 is saved every 20 ms, and saves page 7 right after the first build. */
    @BeforeAll
    static void startWhileSaving() throws Exception {
        BenchSiteGenerator.generate(root, PAGES, 1);
        for (int page : new int[] {7, 8, 100, 101, 102, 103, 104, 300, 301, 302}) save(page, "save-0000", false);
        session = new PreviewSession(root, freePort(), false, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        Thread saver = keepSaving(8, firstBuildDone);
        afterBuild = changed -> {
            firstBuildDone.set(true);
            join(saver);
            save(7, "first-done", true);
            afterBuild = later -> { };
        };
        running = new Thread(() -> {
            try {
                session.run((changed, result) -> {
                    builds.add(result);
                    afterBuild.accept(changed);
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                // the test is over
            }
        }, "preview-under-test");
        running.start();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        running.interrupt();
        running.join(10_000);
        session.close();
    }

    @Test
    @Order(1)
    void savesMadeWhileServeStartsReachThePage() throws Exception {
        assertSavesReachTheirPages(List.of(7, 8));
    }

    @Test
    @Order(2)
    void savesTenMillisecondsApartAllReachTheirPages() throws Exception {
        List<Integer> pages = List.of(100, 101, 102, 103, 104);
        for (int round = 1; round <= 4; round++) {
            for (int page : pages) {
                save(page, String.format("fast-%04d", round), (page + round) % 2 == 0);
                Thread.sleep(10);
            }
        }
        assertSavesReachTheirPages(pages);
    }

    @Test
    @Order(3)
    void savesDuringARebuildReachTheirPages() throws Exception {
        AtomicBoolean rebuilt = new AtomicBoolean();
        Thread saver = keepSaving(301, rebuilt);
        afterBuild = changed -> {
            if (!changed.contains(pageFile(300))) return;
            rebuilt.set(true);
            join(saver);
            save(302, "after-read", true); // the build has read every file, but has not yet looked again
            afterBuild = later -> { };
        };
        save(300, "rebuild-go", false);
        assertSavesReachTheirPages(List.of(300, 301, 302));
    }

    /**
     * A build may read a page while the test is still writing it and fail (an editor that writes in place leaves a
     * half-written file for a moment); the finished write moves the stamp, so the next build puts it right.
     */
    @Test
    @Order(4)
    void thePreviewEndsOnAGoodBuildOfTheWholeSite() throws InterruptedException {
        // The pages are shown before a build is over: the preview writes the search index after the reload, and only
        // then reports the build. Wait for that report rather than take the one before it.
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (!builds.get(builds.size() - 1).ok() && System.currentTimeMillis() < deadline) Thread.sleep(20);
        PreviewSession.Rebuild last = builds.get(builds.size() - 1);
        assertTrue(last.ok(), last.problems().stream().filter(org.dueregard.Problem::isError).toList().toString());
        assertEquals(PAGES + 1 + PAGES / BenchSiteGenerator.PAGES_PER_SECTION + 1, last.pages(), "the pages, home, sections and search");
    }

    /** Saves the page every 20 ms with a new text until {@code stop} is set; the last one falls inside the build. */
    private static Thread keepSaving(int page, AtomicBoolean stop) {
        Thread saver = new Thread(() -> {
            for (int count = 1; !stop.get(); count++) {
                save(page, String.format("loop-%04d", count), count % 2 == 0);
                sleep(20);
            }
        }, "saver");
        saver.start();
        return saver;
    }

    /**
     * Writes the page with "Saved text: TEXT" at the end (texts all have the same length, so the size stays the same).
     * With {@code keepStamp}, the modification time is set back to what it was, as on a file system whose clock had
     * not ticked since the last save.
     */
    private static void save(int page, String text, boolean keepStamp) {
        try {
            Path file = root.resolve(pageFile(page));
            String body = original.computeIfAbsent(page, p -> read(file));
            FileTime before = Files.getLastModifiedTime(file);
            Files.writeString(file, body + "\n\nSaved text: " + text + "\n");
            if (keepStamp) Files.setLastModifiedTime(file, before);
            expected.put(page, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pageFile(int page) {
        return "content/section-" + page / BenchSiteGenerator.PAGES_PER_SECTION + "/report-" + page + ".md";
    }

    /** Waits until every page serves its last saved text; fails naming the pages that never did. */
    private static void assertSavesReachTheirPages(List<Integer> pages) throws Exception {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        List<Integer> missing = new ArrayList<>(pages);
        while (!missing.isEmpty() && System.currentTimeMillis() < deadline) {
            missing.removeIf(page -> served(page).contains("Saved text: " + expected.get(page)));
            if (!missing.isEmpty()) Thread.sleep(50);
        }
        assertTrue(missing.isEmpty(), "pages never showing their last save: " + missing + " (builds: " + builds.size() + ")");
    }

    private static String served(int page) {
        URI address = URI.create(session.address() + "section-" + page / BenchSiteGenerator.PAGES_PER_SECTION + "/report-" + page + "/");
        try {
            return HTTP.send(HttpRequest.newBuilder(address).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
