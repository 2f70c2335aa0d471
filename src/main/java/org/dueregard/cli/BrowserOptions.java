package org.dueregard.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** Where to find the browser for the accessibility gate, when it is not in the usual place. */
final class BrowserOptions {

    @Option(names = "--chromium", paramLabel = "PATH", description = "The Chromium browser (default: /usr/bin/chromium, or DUEREGARD_CHROMIUM).")
    Path chromium;

    @Option(names = "--chromedriver", paramLabel = "PATH", description = "Its chromedriver (default: /usr/bin/chromedriver, or DUEREGARD_CHROMEDRIVER).")
    Path chromedriver;

    @Option(names = "--browsers", paramLabel = "N", description = "How many pages to check at once, each in its own browser (default: 2).")
    int browsers = org.dueregard.checks.AccessibilityGate.DEFAULT_BROWSERS;

    Optional<Path> chromiumPath() {
        return Optional.ofNullable(chromium);
    }

    Optional<Path> chromedriverPath() {
        return Optional.ofNullable(chromedriver);
    }
}
