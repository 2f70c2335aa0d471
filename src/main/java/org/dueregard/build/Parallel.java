package org.dueregard.build;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs work on every core, results in input order. The threads have a large stack: parsing Markdown recurses with
 * some input (a long run of dashes), and a page that still goes too deep must fail alone, as a problem with its file,
 * not bring down the build (see MarkdownLimits for the limits that normally stop it first).
 */
final class Parallel {

    /** 256 MB of address space a thread, reserved but only used by a pathological page. */
    private static final long STACK_BYTES = 256L * 1024 * 1024;

    private Parallel() {
    }

    static <T, R> List<R> map(List<T> items, Function<T, R> work) {
        return map(items, Runtime.getRuntime().availableProcessors(), work);
    }

    /** As {@link #map(List, Function)}, with at most {@code threads} at once (1 gives the one-thread reference). */
    static <T, R> List<R> map(List<T> items, int threads, Function<T, R> work) {
        if (items.isEmpty()) return List.of();
        threads = Math.min(items.size(), threads);
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(null, task, "dueregard-" + count.incrementAndGet(), STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) futures.add(pool.submit(() -> work.apply(item)));
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> future : futures) results.add(future.get());
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The build was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) throw runtime;
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
