package org.dueregard.content;

import java.util.Collection;
import java.util.Optional;

/** What a page's links can point at: the site's pages and published files. */
public interface LinkTargets {

    /** The URL (with base path) of the page written in {@code sourcePath} ("reports/a.md"), if there is one. */
    Optional<String> findPageUrl(String sourcePath);

    /** The URL (with base path) of a published file under content/ ("reports/chart.png"), if there is one. */
    Optional<String> findAssetUrl(String sourcePath);

    /** A picture of the easy-read set by name ("money"): its URL and built-in alt text. */
    default Optional<Picture> findPicture(String name) {
        return Optional.empty();
    }

    /** Every picture's name, for "did you mean" suggestions. */
    default Collection<String> pictureNames() {
        return java.util.List.of();
    }

    /** A picture from the theme's easy-read set. */
    record Picture(String url, String alt) {
    }

    /** Every page's source path, for "did you mean" suggestions. */
    Collection<String> pageSourcePaths();
}
