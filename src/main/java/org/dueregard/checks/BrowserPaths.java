package org.dueregard.checks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where Chromium and chromedriver are: a path given on the command line, else the DUEREGARD_CHROMIUM and
 * DUEREGARD_CHROMEDRIVER environment variables, else Debian's /usr/bin/chromium and /usr/bin/chromedriver.
 * Nothing is ever downloaded.
 */
public record BrowserPaths(Path chromium, Path chromedriver) {

    static final String INSTALL_HINT = "Install them with: sudo apt-get install -y chromium chromium-driver "
            + "(or give their paths with --chromium and --chromedriver, or the DUEREGARD_CHROMIUM and DUEREGARD_CHROMEDRIVER "
            + "environment variables).";

    public static BrowserPaths find(Optional<Path> chromium, Optional<Path> chromedriver, Map<String, String> environment)
            throws BrowserNotFoundException {
        Path browser = chromium.or(() -> fromEnvironment(environment, "DUEREGARD_CHROMIUM"))
                .orElseGet(() -> firstExisting("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"));
        Path driver = chromedriver.or(() -> fromEnvironment(environment, "DUEREGARD_CHROMEDRIVER"))
                .orElseGet(() -> firstExisting("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"));
        if (browser == null || !Files.isExecutable(browser)) {
            throw new BrowserNotFoundException("The accessibility check needs Chromium, and it was not found"
                    + (browser == null ? "" : " at " + browser) + ". " + INSTALL_HINT);
        }
        if (driver == null || !Files.isExecutable(driver)) {
            throw new BrowserNotFoundException("The accessibility check needs chromedriver, and it was not found"
                    + (driver == null ? "" : " at " + driver) + ". " + INSTALL_HINT);
        }
        return new BrowserPaths(browser, driver);
    }

    private static Optional<Path> fromEnvironment(Map<String, String> environment, String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }

    private static Path firstExisting(String... candidates) {
        for (String candidate : candidates) {
            if (Files.isExecutable(Path.of(candidate))) return Path.of(candidate);
        }
        return null;
    }
}
