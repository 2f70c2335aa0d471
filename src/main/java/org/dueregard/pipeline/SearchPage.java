package org.dueregard.pipeline;

import org.dueregard.output.SearchIndex;
import org.dueregard.output.SiteOutput;
import org.dueregard.site.Page;
import org.dueregard.site.Site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The search page's index: every published page's address, title, summary and words, made after the pages. */
final class SearchPage {

    private SearchPage() {
    }

    /** Writes an index for each search page: search-index.json for the site's language, search-index.cy.json for Welsh. */
    static void writeIndex(Site site, List<PageOutcome> outcomes, SiteOutput output, Optional<RenderCache> cache) {
        indexes(site, outcomes, cache).forEach(output::writeBytes);
    }

    /**
     * Notes the index files as part of the site without writing them: the preview writes them once the pages are
     * shown (see {@link BuildReport#afterShown()}).
     */
    static void keepIndex(Site site, SiteOutput output) {
        for (Page search : searchPages(site)) output.keep(fileOf(site, search));
    }

    /**
     * Whether every index file is already in the folder: the preview then writes the new ones after the pages are
     * shown. On its first build (or when a language is added) it writes them with the pages, so a search page never
     * asks for an index that is not there.
     */
    static boolean indexesIn(Site site, Path folder) {
        return searchPages(site).stream().allMatch(search -> Files.isRegularFile(folder.resolve(fileOf(site, search))));
    }

    /** Each index file and its bytes, in the order of the site's search pages. */
    static Map<String, byte[]> indexes(Site site, List<PageOutcome> outcomes, Optional<RenderCache> cache) {
        Map<String, String> words = new HashMap<>();
        for (PageOutcome outcome : outcomes) words.put(outcome.sourcePath(), outcome.searchWords());
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Page search : searchPages(site)) {
            String language = site.languages().languageOf(search);
            List<SearchIndex.Entry> entries = site.inLanguage(language).stream()
                    .map(page -> new SearchIndex.Entry(site.urlOf(page), page.title(), page.frontMatter().summary(),
                            words.getOrDefault(page.sourcePath(), "")))
                    .toList();
            String file = fileOf(site, search);
            // Under the preview, the entries' JSON from the last build is used again for the pages that did not change.
            SearchIndex.Written written = cache.map(c -> c.searchIndex(file)).orElseGet(SearchIndex.Written::new);
            files.put(file, SearchIndex.render(entries, written));
        }
        return files;
    }

    private static List<Page> searchPages(Site site) {
        return site.pages().stream().filter(page -> page.kind() == Page.Kind.SEARCH).toList();
    }

    private static String fileOf(Site site, Page search) {
        return SearchIndex.fileFor(site.languages().languageOf(search), site.config().language());
    }
}
