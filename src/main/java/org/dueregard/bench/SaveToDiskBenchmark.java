package org.dueregard.bench;

import org.dueregard.preview.PreviewSession;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Times what an author waits for under {@code serve}: from saving a page to its new HTML on disk, through the real
 * preview session and file watcher (its quiet period included), on a generated site. Each save appends a line to a
 * different report page; the clock stops when the page's HTML file holds that line. The pages are put back after.
 */
public final class SaveToDiskBenchmark {

    private static final long TIMEOUT_MILLIS = 120_000;

    private SaveToDiskBenchmark() {
    }

    /** The milliseconds each save took, in order. */
    public static List<Long> run(Path site, int port, int saves, PrintWriter log) throws Exception {
        List<Long> millis = new ArrayList<>();
        List<Path> pages = pagesToEdit(site, saves);
        List<String> originals = new ArrayList<>();
        for (Path page : pages) originals.add(Files.readString(page, StandardCharsets.UTF_8));
        CountDownLatch firstBuild = new CountDownLatch(1);
        try (PreviewSession session = new PreviewSession(site, port, false, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))) {
            Thread running = new Thread(() -> {
                try {
                    session.run((changed, result) -> firstBuild.countDown());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "preview");
            running.setDaemon(true);
            long started = System.nanoTime();
            running.start();
            if (!firstBuild.await(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) throw new IllegalStateException("the first build did not finish");
            log.printf("First build: %d ms%n", (System.nanoTime() - started) / 1_000_000);
            Thread.sleep(1_000); // let the session settle into waiting for events
            for (int i = 0; i < pages.size(); i++) {
                long took = saveAndWait(site, session.output(), pages.get(i), originals.get(i), "Saved for the benchmark: " + i);
                millis.add(took);
                log.printf("Save %d (%s): %d ms%n", i + 1, site.relativize(pages.get(i)), took);
                Thread.sleep(500);
            }
            running.interrupt();
        } finally {
            for (int i = 0; i < pages.size(); i++) Files.writeString(pages.get(i), originals.get(i), StandardCharsets.UTF_8);
        }
        return millis;
    }

    /** Saves the page with a new line and waits, looking every millisecond, until its HTML holds it. */
    private static long saveAndWait(Path site, Path output, Path page, String original, String line) throws Exception {
        String sourcePath = site.resolve("content").relativize(page).toString().replace('\\', '/');
        Path html = output.resolve(sourcePath.substring(0, sourcePath.length() - ".md".length())).resolve("index.html");
        long started = System.nanoTime();
        Files.writeString(page, original + "\n" + line + "\n", StandardCharsets.UTF_8);
        long lastModified = -1;
        while (System.nanoTime() - started < TIMEOUT_MILLIS * 1_000_000) {
            long modified = Files.exists(html) ? Files.getLastModifiedTime(html).toMillis() + Files.size(html) : -1;
            if (modified != lastModified) {
                lastModified = modified;
                if (Files.readString(html, StandardCharsets.UTF_8).contains(line)) return (System.nanoTime() - started) / 1_000_000;
            }
            Thread.sleep(1);
        }
        throw new IllegalStateException(page + " never showed the save");
    }

    /** Report pages spread over the site: one in each of the first sections. */
    private static List<Path> pagesToEdit(Path site, int saves) {
        List<Path> pages = new ArrayList<>();
        for (int i = 0; pages.size() < saves; i++) {
            int index = i * BenchSiteGenerator.PAGES_PER_SECTION + 37;
            Path page = site.resolve("content/section-" + (index / BenchSiteGenerator.PAGES_PER_SECTION) + "/report-" + index + ".md");
            if (!Files.isRegularFile(page)) {
                if (i > 1000) throw new IllegalArgumentException(site + " is not a generated benchmark site with enough pages");
                continue;
            }
            pages.add(page);
        }
        return pages;
    }

    /** The middle value (the mean of the two middle ones for an even count). */
    public static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
