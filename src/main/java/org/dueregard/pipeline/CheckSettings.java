package org.dueregard.pipeline;

import org.dueregard.checks.Shard;

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
 * @param browsers     how many pages are checked at once, each in its own browser
 * @param shard        which part of the pages to check (all of them unless the site is checked in parts)
 */
public record CheckSettings(Optional<Path> chromium, Optional<Path> chromedriver, Path reportFolder, Path cacheFile,
                            LocalDate today, Consumer<String> log, int browsers, Shard shard) {

    /** The usual places, in the site folder: check-report/ and .dueregard/check-cache.json. */
    public static CheckSettings inSiteFolder(Path siteRoot, Consumer<String> log) {
        return new CheckSettings(Optional.empty(), Optional.empty(), siteRoot.resolve("check-report"),
                siteRoot.resolve(".dueregard").resolve("check-cache.json"), LocalDate.now(), log,
                org.dueregard.checks.AccessibilityGate.DEFAULT_BROWSERS, Shard.ALL);
    }

    public CheckSettings withBrowser(Optional<Path> newChromium, Optional<Path> newChromedriver) {
        return new CheckSettings(newChromium, newChromedriver, reportFolder, cacheFile, today, log, browsers, shard);
    }

    public CheckSettings withBrowsers(int count) {
        return new CheckSettings(chromium, chromedriver, reportFolder, cacheFile, today, log, count, shard);
    }

    /** Checks one part of the pages; each part keeps its own cache, as a cache keeps only the pages it checked. */
    public CheckSettings withShard(Shard part) {
        Path partCache = part == Shard.ALL ? cacheFile
                : cacheFile.resolveSibling("check-cache-" + part.index() + "-of-" + part.count() + ".json");
        return new CheckSettings(chromium, chromedriver, reportFolder, partCache, today, log, browsers, part);
    }
}
