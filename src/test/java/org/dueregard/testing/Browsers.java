package org.dueregard.testing;

import org.dueregard.checks.BrowserNotFoundException;
import org.dueregard.checks.BrowserPaths;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Chromium and its driver for browser tests: in CI (CI=true) a missing browser fails the test, elsewhere skips it. */
public final class Browsers {

    private Browsers() {
    }

    public static BrowserPaths required() {
        try {
            return BrowserPaths.find(Optional.empty(), Optional.empty(), System.getenv());
        } catch (BrowserNotFoundException e) {
            if ("true".equals(System.getenv("CI"))) fail("CI must run the browser checks: " + e.getMessage());
            assumeTrue(false, e.getMessage());
            throw new IllegalStateException("not reached", e);
        }
    }
}
