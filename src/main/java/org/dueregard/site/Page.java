package org.dueregard.site;

import org.dueregard.content.FrontMatter;

import java.util.Optional;

/**
 * One page of the site, without its body: enough to build navigation, lists, the feed and the sitemap. The body is
 * read again when the page is rendered, so the whole site's text is never held in memory at once.
 *
 * @param sourcePath    the Markdown file relative to content/ ("reports/a.md"); for a section page made up by the
 *                      build because its folder has no index.md, the index.md it would have
 * @param urlPath       the page's path below the base path ("reports/a/"); "" for the home page
 * @param folder        the section the page belongs to: its folder relative to content/ ("" for the top)
 * @param kind          home, section index or ordinary page
 * @param generated     true when no Markdown file exists (a section without index.md)
 * @param bodyFirstLine the line of the file on which the Markdown body starts
 * @param generatedBody for a generated page with content (an objective's page), the Markdown dueregard wrote for it;
 *                      "" for every other page
 */
public record Page(String sourcePath, String urlPath, String folder, Kind kind, boolean generated,
                   FrontMatter frontMatter, int bodyFirstLine, String generatedBody) {

    public Page(String sourcePath, String urlPath, String folder, Kind kind, boolean generated, FrontMatter frontMatter, int bodyFirstLine) {
        this(sourcePath, urlPath, folder, kind, generated, frontMatter, bodyFirstLine, "");
    }

    public enum Kind { HOME, SECTION, PAGE, EASY_READ_INDEX, SEARCH }

    /** The source path of the generated list of easy-read pages, published at /easy-read/. */
    public static final String EASY_READ_INDEX_SOURCE = "easy-read/index.md";

    /** The source path of the generated search page, published at /search/. */
    public static final String SEARCH_SOURCE = "search/index.md";

    /** An easy-read version of another page. */
    public boolean easyRead() {
        return org.dueregard.content.SitePaths.isEasyRead(sourcePath);
    }

    public String title() {
        return frontMatter.title();
    }

    /** The file as messages name it, relative to the site folder. */
    public String file() {
        return "content/" + sourcePath;
    }

    /** The layout named in front matter, else the one for the page's kind. */
    public String layout() {
        if (frontMatter.layout().isPresent()) return frontMatter.layout().get();
        if (easyRead() || kind == Kind.EASY_READ_INDEX) return "easy-read";
        return switch (kind) {
            case HOME -> "home";
            case SECTION, EASY_READ_INDEX -> "section";
            case PAGE -> "page";
            case SEARCH -> "search";
        };
    }

    /** The folder whose index this page is, for home and section pages. */
    public Optional<String> indexedFolder() {
        return kind == Kind.HOME || kind == Kind.SECTION ? Optional.of(folder) : Optional.empty();
    }
}
