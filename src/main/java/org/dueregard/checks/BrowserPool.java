package org.dueregard.checks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Checks pages in several browsers at once, each taking the next page from a shared list, so a slow page does not
 * hold the others up. Each browser is one Chromium with its own profile; results come back in the pages' order.
 */
final class BrowserPool {

    /**
     * What the browsers found, page by page, and how long it took.
     *
     * @param startMillis how long the check waited for the browsers to start (they start while the site builds)
     */
    record Checked(List<List<RawFinding>> findings, List<Long> pageMillis, long startMillis) {
    }

    private BrowserPool() {
    }

    /**
     * @param urls     the pages' addresses, in order
     * @param browsers browsers started ahead (one page at a time each); taken only when there is a page to check
     * @param checked  told the index of each page as it is done, for progress
     */
    static Checked check(BrowserStarter browsers, List<String> urls, IntConsumer checked) throws IOException {
        if (urls.isEmpty()) return new Checked(List.of(), List.of(), 0);
        long waited = System.nanoTime();
        List<BrowserSession> sessions = browsers.take();
        long startMillis = (System.nanoTime() - waited) / 1_000_000;
        int count = sessions.size();
        List<List<RawFinding>> findings = new ArrayList<>(Collections.nCopies(urls.size(), null));
        List<Long> millis = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(count, task -> {
            Thread thread = new Thread(task, "dueregard-browser");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int b = 0; b < count; b++) {
                int browser = b;
                workers.add(threads.submit(() -> {
                    try (BrowserSession session = sessions.get(browser)) {
                        for (int i = next.getAndIncrement(); i < urls.size(); i = next.getAndIncrement()) {
                            long t = System.nanoTime();
                            List<RawFinding> found;
                            try {
                                found = session.checkPage(urls.get(i));
                            } catch (DevToolsSocket.Stopped stopped) {
                                throw new BrowserStoppedException(urls.get(i), stopped);
                            }
                            synchronized (findings) {
                                findings.set(i, found);
                            }
                            millis.add((System.nanoTime() - t) / 1_000_000);
                            checked.accept(i);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) worker.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("The check was interrupted", e);
        } catch (ExecutionException e) {
            next.set(urls.size()); // the other browsers stop after their current page, and close
            threads.shutdown();
            try {
                threads.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException runtime) throw runtime;
            throw new IllegalStateException(e.getCause());
        } finally {
            threads.shutdown();
        }
        return new Checked(findings, List.copyOf(millis), startMillis);
    }
}
