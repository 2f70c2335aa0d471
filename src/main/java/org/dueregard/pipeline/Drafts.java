package org.dueregard.pipeline;

import org.dueregard.content.ContentFiles;
import org.dueregard.content.SitePaths;
import org.dueregard.site.Page;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pages marked draft: true stay out of a published build, and so does what only they need: the easy-read version of
 * a draft, and a document or image beside it that no published page links to (a plan nobody has approved yet).
 */
final class Drafts {

    /** Markdown link and image targets, inline ("](plan.pdf)") and as reference definitions ("[1]: plan.pdf"). */
    private static final Pattern TARGET = Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)|^\\s{0,3}\\[[^\\]]+\\]:\\s*<?([^\\s>]+)", Pattern.MULTILINE);

    private final List<Page> published;
    private final List<Page> drafts;

    private Drafts(List<Page> published, List<Page> drafts) {
        this.published = published;
        this.drafts = drafts;
    }

    /** Splits the pages; with {@code include} (--drafts) every page is published. */
    static Drafts of(List<Page> pages, boolean include) {
        if (include) return new Drafts(pages, List.of());
        Set<String> draftSources = new HashSet<>();
        for (Page page : pages) if (page.frontMatter().draft()) draftSources.add(page.sourcePath());
        List<Page> published = new java.util.ArrayList<>();
        List<Page> drafts = new java.util.ArrayList<>();
        // One pass: a list's contains() here made a 10,000-page build spend 20 s comparing pages.
        for (Page page : pages) {
            boolean draft = page.frontMatter().draft() || page.easyRead() && draftSources.contains(SitePaths.standardSourceOf(page.sourcePath()));
            (draft ? drafts : published).add(page);
        }
        return new Drafts(List.copyOf(published), List.copyOf(drafts));
    }

    List<Page> published() {
        return published;
    }

    /** Files beside pages that a draft links to and no published page does. */
    Set<String> filesOnlyTheyUse(Path root, ContentFiles files) throws IOException {
        if (drafts.isEmpty()) return Set.of();
        Set<String> usedByDrafts = targetsOf(root, files, drafts);
        if (usedByDrafts.isEmpty()) return Set.of();
        usedByDrafts.removeAll(targetsOf(root, files, published));
        return usedByDrafts;
    }

    private static Set<String> targetsOf(Path root, ContentFiles files, List<Page> pages) throws IOException {
        Set<String> targets = new HashSet<>();
        for (Page page : pages) {
            if (page.generated()) continue;
            String text = new String(Files.readAllBytes(root.resolve(page.file())), StandardCharsets.UTF_8);
            Matcher m = TARGET.matcher(text);
            while (m.find()) {
                String url = m.group(1) != null ? m.group(1) : m.group(2);
                String path = url.replaceAll("[?#].*$", "");
                SitePaths.resolve(page.sourcePath(), SitePaths.decodeUrlPath(path)).filter(files.assets()::contains).ifPresent(targets::add);
            }
        }
        return targets;
    }
}
