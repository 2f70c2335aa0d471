package org.dueregard.build;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything a build needs to know, given once.
 *
 * @param siteRoot      the folder with dueregard.yml and content/
 * @param output        where the site is written (replaced as a whole)
 * @param baseUrl       overrides the config's base_url when present
 * @param includeDrafts publish pages marked draft: true
 */
public record BuildOptions(Path siteRoot, Path output, Optional<URI> baseUrl, boolean includeDrafts) {

    public static BuildOptions defaults(Path siteRoot) {
        return new BuildOptions(siteRoot, siteRoot.resolve("site"), Optional.empty(), false);
    }

    public BuildOptions withOutput(Path newOutput) {
        return new BuildOptions(siteRoot, newOutput, baseUrl, includeDrafts);
    }
}
