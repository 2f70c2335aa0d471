package org.dueregard.pipeline;

import org.dueregard.Problem;
import org.dueregard.Problems;
import org.dueregard.ProblemsException;
import org.dueregard.content.ContentFiles;
import org.dueregard.content.FrontMatterParser;
import org.dueregard.content.ParsedSource;
import org.dueregard.content.SiteFileGuard;
import org.dueregard.content.SitePaths;
import org.dueregard.content.SourceText;
import org.dueregard.site.Page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Stage 3: every page's front matter (drafts too), read in parallel; a page with problems is reported and left out. */
final class PageReader {

    private PageReader() {
    }

    /**
     * The pages in the order of the content list. Pages the preview's cache still knows are taken in this thread;
     * only the others are read on every core (on a large site a save reads one page, not thousands).
     */
    static List<Page> readAll(Path root, ContentFiles files, BuildOptions options, Problems problems, Optional<RenderCache> cache) {
        List<String> sourcePaths = files.pages();
        Page[] pages = new Page[sourcePaths.size()];
        List<Integer> toRead = new ArrayList<>();
        for (int i = 0; i < pages.length; i++) {
            String sourcePath = sourcePaths.get(i);
            Optional<RenderCache.FrontMatterEntry> known = cache.flatMap(c -> c.findFrontMatter(sourcePath, root));
            if (known.isPresent()) pages[i] = known.get().page();
            else toRead.add(i);
        }
        List<Page> read = Parallel.map(toRead, i -> read(root, sourcePaths.get(i), problems, cache).orElse(null));
        for (int j = 0; j < toRead.size(); j++) pages[toRead.get(j)] = read.get(j);
        List<Page> all = Arrays.stream(pages).filter(Objects::nonNull).toList(); // drafts too: Drafts decides what is published
        // The same list as the last build's when no front matter changed, so later stages can keep what they made from it.
        return cache.isPresent() ? cache.get().samePagesAsLast(all) : all;
    }

    /** One page's front matter, read from its file (and kept by the preview's cache). */
    private static Optional<Page> read(Path root, String sourcePath, Problems problems, Optional<RenderCache> cache) {
        String file = "content/" + sourcePath;
        Optional<String> unaddressable = SitePaths.findUnaddressableName(sourcePath);
        if (unaddressable.isPresent()) {
            problems.add(Problem.error(file, 0, "The name '" + unaddressable.get() + "' has letters that cannot be part of a web address.",
                    "Name the file or folder with the letters a to z, digits and hyphens; the page's title can be in any language."));
            return Optional.empty();
        }
        String stamp = cache.map(c -> RenderCache.stamp(root.resolve(file))).orElse("");
        try {
            String text = SourceText.decodeUtf8(Files.readAllBytes(root.resolve(file)), file);
            Page page = toPage(sourcePath, FrontMatterParser.parse(text, file));
            return Optional.of(cache.map(c -> c.putFrontMatter(sourcePath, new RenderCache.FrontMatterEntry(stamp, page))).orElse(page));
        } catch (ProblemsException e) {
            problems.addAll(e.problems());
        } catch (IOException e) {
            problems.add(SiteFileGuard.unreadable(file, e));
        }
        return Optional.empty();
    }

    private static Page toPage(String sourcePath, ParsedSource parsed) {
        String folder = SitePaths.folderOf(sourcePath);
        boolean isIndex = sourcePath.equals("index.md") || sourcePath.endsWith("/index.md");
        Page.Kind kind = !isIndex ? Page.Kind.PAGE : folder.isEmpty() ? Page.Kind.HOME : Page.Kind.SECTION;
        return new Page(sourcePath, SitePaths.pageUrlPath(sourcePath), folder, kind, false, parsed.frontMatter(), parsed.bodyFirstLine());
    }
}
