package org.dueregard.checks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Browsers started while the site builds, so the check does not then wait a second or two for them. Whatever is not
 * taken (no page changed since the last check) is closed at the end; nothing is started when there is no check.
 */
public final class BrowserStarter implements AutoCloseable {

    /** No browsers: the build has no check. */
    public static final BrowserStarter NONE = new BrowserStarter(List.of(), null);

    private final List<Future<BrowserSession>> starting;
    private final ExecutorService threads;
    private boolean taken;

    private BrowserStarter(List<Future<BrowserSession>> starting, ExecutorService threads) {
        this.starting = starting;
        this.threads = threads;
    }

    /** Starts {@code count} browsers in the background. */
    public static BrowserStarter start(BrowserPaths paths, int count) {
        ExecutorService threads = Executors.newFixedThreadPool(count, task -> {
            Thread thread = new Thread(task, "dueregard-browser-start");
            thread.setDaemon(true);
            return thread;
        });
        List<Future<BrowserSession>> starting = new ArrayList<>();
        for (int i = 0; i < count; i++) starting.add(threads.submit(() -> BrowserSession.start(paths)));
        threads.shutdown();
        return new BrowserStarter(starting, threads);
    }

    int count() {
        return starting.size();
    }

    /** The browsers, once started; the caller closes them. Fails if any did not start (those that did are closed). */
    synchronized List<BrowserSession> take() throws IOException {
        taken = true;
        List<BrowserSession> sessions = new ArrayList<>();
        IOException failure = null;
        for (Future<BrowserSession> future : starting) {
            try {
                sessions.add(future.get());
            } catch (ExecutionException e) {
                failure = e.getCause() instanceof IOException io ? io : new IOException("Chromium did not start: " + e.getCause(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new IOException("The check was interrupted", e);
            }
        }
        if (failure != null) {
            sessions.forEach(BrowserSession::close);
            throw failure;
        }
        return sessions;
    }

    /** Closes the browsers nobody took. */
    @Override
    public synchronized void close() {
        if (taken || threads == null) return;
        taken = true;
        for (Future<BrowserSession> future : starting) {
            try {
                future.get().close();
            } catch (ExecutionException e) {
                // it never started: nothing to close
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
