package org.dueregard.content;

import java.util.Collection;
import java.util.Optional;

/** What a page's links can point at: the site's pages and published files. */
public interface LinkTargets {

    /** The URL (with base path) of the page written in {@code sourcePath} ("reports/a.md"), if there is one. */
    Optional<String> findPageUrl(String sourcePath);

    /** The URL (with base path) of a published file under content/ ("reports/chart.png"), if there is one. */
    Optional<String> findAssetUrl(String sourcePath);

    /** Every page's source path, for "did you mean" suggestions. */
    Collection<String> pageSourcePaths();
}
