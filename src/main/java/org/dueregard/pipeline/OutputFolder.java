package org.dueregard.pipeline;

import org.dueregard.Problem;
import org.dueregard.Problems;
import org.dueregard.ProblemsException;
import org.dueregard.config.SiteConfig;
import org.dueregard.output.InPlaceOutput;
import org.dueregard.output.KeptFiles;
import org.dueregard.output.SiteOutput;
import org.dueregard.output.StagingFolder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the pages go: a staging folder swapped in at the end for a published build; for the preview, its own folder
 * written in place (only changed files), kept open across its builds.
 */
final class OutputFolder {

    private OutputFolder() {
    }

    static SiteOutput open(BuildOptions options, Path root, SiteConfig config, Optional<RenderCache> cache, Problems problems)
            throws ProblemsException, IOException {
        if (cache.isPresent()) return cache.get().output(options.output(), root);
        StagingFolder staging = StagingFolder.prepare(options.output(), root, root.resolve("content"), KeptFiles.of(config.keep()));
        for (String file : staging.foreignFiles()) {
            problems.add(Problem.warning("", 0, "The output folder has " + file + ", which dueregard did not make; it was kept.",
                    "If the site needs it, add it to keep: in dueregard.yml; if not, delete it from the output folder."));
        }
        return staging;
    }

    /** The preview's folder, checked once and kept open, so it remembers what it wrote. */
    static InPlaceOutput openInPlace(Path output, Path root) throws ProblemsException, IOException {
        return InPlaceOutput.open(output, root, root.resolve("content"));
    }
}
