package org.dueregard.build;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How to run the accessibility gate in the browser after a build.
 *
 * @param chromium     the browser, when not in the usual place
 * @param chromedriver its driver, when not in the usual place
 * @param reportFolder where the HTML, JUnit and JSON reports go (outside the published site)
 * @param cacheFile    where results are kept so unchanged pages are not checked again
 * @param today        the date accepted issues are reviewed against
 * @param log          receives progress and the summary, line by line
 */
public record CheckSettings(Optional<Path> chromium, Optional<Path> chromedriver, Path reportFolder, Path cacheFile,
                            LocalDate today, Consumer<String> log) {

    /** The usual places, in the site folder: check-report/ and .dueregard/check-cache.json. */
    public static CheckSettings inSiteFolder(Path siteRoot, Consumer<String> log) {
        return new CheckSettings(Optional.empty(), Optional.empty(), siteRoot.resolve("check-report"),
                siteRoot.resolve(".dueregard").resolve("check-cache.json"), LocalDate.now(), log);
    }

    public CheckSettings withBrowser(Optional<Path> newChromium, Optional<Path> newChromedriver) {
        return new CheckSettings(newChromium, newChromedriver, reportFolder, cacheFile, today, log);
    }
}
