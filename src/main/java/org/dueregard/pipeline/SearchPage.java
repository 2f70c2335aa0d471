package org.dueregard.pipeline;

import org.dueregard.output.SearchIndex;
import org.dueregard.output.SiteOutput;
import org.dueregard.site.Page;
import org.dueregard.site.Site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The search page's index: every published page's address, title, summary and words, made after the pages. */
final class SearchPage {

    private SearchPage() {
    }

    /** Writes search-index.json when the site has a search page. */
    static void writeIndex(Site site, List<PageOutcome> outcomes, SiteOutput output) {
        if (site.pages().stream().noneMatch(page -> page.kind() == Page.Kind.SEARCH)) return;
        Map<String, String> words = new HashMap<>();
        for (PageOutcome outcome : outcomes) words.put(outcome.sourcePath(), outcome.searchWords());
        List<SearchIndex.Entry> entries = site.pages().stream()
                .filter(page -> page.kind() != Page.Kind.SEARCH)
                .map(page -> new SearchIndex.Entry(site.urlOf(page), page.title(), page.frontMatter().summary(),
                        words.getOrDefault(page.sourcePath(), "")))
                .toList();
        output.writeText(SearchIndex.FILE, SearchIndex.render(entries));
    }
}
