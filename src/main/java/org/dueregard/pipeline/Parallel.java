package org.dueregard.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs work on every core, results in input order. The threads have a large stack: parsing Markdown recurses with
 * some input (a long run of dashes), and a page that still goes too deep must fail alone, as a problem with its file,
 * not bring down the build (see MarkdownLimits for the limits that normally stop it first). The pools are made once
 * and kept (their threads are daemons): the preview builds many times a minute, and making threads for each build
 * cost a save on a large site several milliseconds. Work given to a pool must not itself call {@link #map}.
 */
final class Parallel {

    /** 256 MB of address space a thread, reserved but only used by a pathological page. */
    private static final long STACK_BYTES = 256L * 1024 * 1024;
    private static final Map<Integer, ExecutorService> POOLS = new ConcurrentHashMap<>();

    private Parallel() {
    }

    static <T, R> List<R> map(List<T> items, Function<T, R> work) {
        return map(items, Runtime.getRuntime().availableProcessors(), work);
    }

    /** As {@link #map(List, Function)}, with at most {@code threads} at once (1 gives the one-thread reference). */
    static <T, R> List<R> map(List<T> items, int threads, Function<T, R> work) {
        if (items.isEmpty()) return List.of();
        ExecutorService pool = POOLS.computeIfAbsent(Math.max(1, threads), Parallel::newPool);
        AtomicBoolean failed = new AtomicBoolean();
        List<Future<R>> futures = new ArrayList<>(items.size());
        for (T item : items) futures.add(pool.submit(() -> failed.get() ? null : work.apply(item)));
        try {
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> future : futures) results.add(future.get());
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed.set(true);
            throw new IllegalStateException("The build was interrupted", e);
        } catch (ExecutionException e) {
            // The rest are skipped and the running ones waited for: none may write after the build has failed.
            failed.set(true);
            waitForAll(futures);
            if (e.getCause() instanceof RuntimeException runtime) throw runtime;
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void waitForAll(List<? extends Future<?>> futures) {
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                // already reported by the first failure
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static ExecutorService newPool(int threads) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(null, task, "dueregard-" + count.incrementAndGet(), STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        });
    }
}
