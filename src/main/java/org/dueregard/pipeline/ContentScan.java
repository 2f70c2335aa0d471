package org.dueregard.pipeline;

import org.dueregard.Problem;
import org.dueregard.Problems;
import org.dueregard.ProblemsException;
import org.dueregard.content.ContentFiles;
import org.dueregard.content.ContentScanner;
import org.dueregard.content.SiteFileGuard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Stage 2: what is under content/ (pages, published files, datasets, records), each file checked on the way. */
final class ContentScan {

    private ContentScan() {
    }

    /**
     * Lists content/; the preview's cache gives back the last list when it knows only existing files changed,
     * saving a walk of every folder of a large site on each save.
     */
    static ContentFiles scan(Path root, Problems problems, Optional<RenderCache> cache) throws ProblemsException, IOException {
        Optional<ContentFiles> known = cache.flatMap(c -> c.findContentFiles(root));
        ContentFiles files = known.isPresent() ? known.get() : scanFolder(root);
        if (files != null) problems.addAll(files.problems());
        if (files == null || files.isEmpty()) {
            problems.throwIfErrors();
            throw new ProblemsException(Problem.error("content/", 0, "There are no pages: the content folder has no Markdown (.md) files.",
                    "Put your pages in " + root.resolve("content") + ", starting with index.md for the home page."));
        }
        cache.ifPresent(c -> c.putContentFiles(files));
        return files;
    }

    private static ContentFiles scanFolder(Path root) throws IOException {
        Path content = root.resolve("content");
        return Files.isDirectory(content) ? ContentScanner.scan(content, new SiteFileGuard(root)) : null;
    }
}
