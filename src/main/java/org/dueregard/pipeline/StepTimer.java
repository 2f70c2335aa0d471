package org.dueregard.pipeline;

/** Prints how long each stage took when DUEREGARD_TIMINGS=1 is set, for profiling builds; silent otherwise. */
final class StepTimer {

    private static final boolean ON = "1".equals(System.getenv("DUEREGARD_TIMINGS"));
    private long stepStarted = System.nanoTime();

    void done(String stage) {
        if (!ON) return;
        long now = System.nanoTime();
        System.err.printf("  %-22s %6d ms%n", stage, (now - stepStarted) / 1_000_000);
        stepStarted = now;
    }
}
