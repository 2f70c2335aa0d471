package org.dueregard.pipeline;

import org.dueregard.site.NavItem;
import org.dueregard.site.Page;
import org.dueregard.site.Site;

import java.util.HashSet;
import java.util.Set;

/**
 * The pages that show another page's title, summary or dates, so the preview renders those again, and only those,
 * when that page's front matter changes: the page itself, the section page that lists it, the pages below a section
 * page (their breadcrumbs name it), and its other version (easy read or standard).
 */
final class PagesShowing {

    private PagesShowing() {
    }

    /** Source paths of the pages showing the metadata of any of {@code changed} (source paths). */
    static Set<String> changes(Site site, Set<String> changed) {
        if (changed.isEmpty()) return Set.of();
        Set<String> urls = new HashSet<>();
        for (String sourcePath : changed) site.findPage(sourcePath).ifPresent(page -> urls.add(site.urlOf(page)));
        Set<String> showing = new HashSet<>();
        for (Page page : site.pages()) {
            if (changed.contains(page.sourcePath()) || listsAny(site, page, changed) || namesAny(site, page, urls)
                    || site.findPair(page).map(pair -> changed.contains(pair.sourcePath())).orElse(false)) {
                showing.add(page.sourcePath());
            }
        }
        return showing;
    }

    private static boolean listsAny(Site site, Page page, Set<String> changed) {
        for (Page child : site.childrenOf(page)) {
            if (changed.contains(child.sourcePath())) return true;
        }
        return false;
    }

    private static boolean namesAny(Site site, Page page, Set<String> urls) {
        for (NavItem crumb : site.breadcrumbsOf(page)) {
            if (urls.contains(crumb.url())) return true;
        }
        return false;
    }
}
