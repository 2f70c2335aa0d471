package org.dueregard.pipeline;

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
 * @param check         run the accessibility gate in the browser before publishing, when present
 */
public record BuildOptions(Path siteRoot, Path output, Optional<URI> baseUrl, boolean includeDrafts,
                           Optional<CheckSettings> check) {

    public static BuildOptions defaults(Path siteRoot) {
        return new BuildOptions(siteRoot, siteRoot.resolve("site"), Optional.empty(), false, Optional.empty());
    }

    public BuildOptions withOutput(Path newOutput) {
        return new BuildOptions(siteRoot, newOutput, baseUrl, includeDrafts, check);
    }

    public BuildOptions withCheck(CheckSettings settings) {
        return new BuildOptions(siteRoot, output, baseUrl, includeDrafts, Optional.of(settings));
    }
}
