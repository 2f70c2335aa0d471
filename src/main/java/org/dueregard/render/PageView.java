package org.dueregard.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import org.dueregard.content.Heading;
import org.dueregard.site.NavItem;

import java.util.List;

/**
 * What a template knows about the page it renders. {@code content} is the only trusted HTML a template receives:
 * Markdown rendered by us, marked safe here and nowhere else.
 *
 * @param alternate the page's other version ("Easy read version" or "Standard version"), or null when it has none
 * @param dir       "rtl" for a page in a language written right to left, else "ltr"
 * @param versions  the page in each language it is published in (itself included); just itself when it has no translation
 * @param address   the page's full web address, for documents read away from the site
 * @param documents the documents made from the page (its PDF), for the links to them; empty when none
 */
public record PageView(
        String title,
        String summary,
        String url,
        String lang,
        String layout,
        boolean home,
        DateView published,
        DateView updated,
        DateView reviewBy,
        List<String> tags,
        SafeString content,
        List<Heading> contents,
        List<NavItem> breadcrumbs,
        List<ListedPage> children,
        boolean easyRead,
        NavItem alternate,
        List<HardWord> hardWords,
        String dir,
        List<Version> versions,
        String address,
        List<DocumentView> documents) {

    /**
     * One language version of the page, for the language links and the hreflang links.
     *
     * @param name the language's name in its own words ("Cymraeg")
     */
    public record Version(String lang, String name, String url, String absoluteUrl, boolean current) {
    }

    /** A word from the site's glossary that the page uses, and what it means. */
    public record HardWord(String word, String meaning) {
    }

    /** A page as it appears in a section's list. */
    public record ListedPage(String title, String url, String summary, DateView published) {
    }

    /** The same page with the documents made from it, once they are made (their sizes are in the links). */
    public PageView withDocuments(List<DocumentView> made) {
        return new PageView(title, summary, url, lang, layout, home, published, updated, reviewBy, tags, content, contents, breadcrumbs,
                children, easyRead, alternate, hardWords, dir, versions, address, List.copyOf(made));
    }

    static SafeString trusted(String renderedHtml) {
        return new SafeString(renderedHtml);
    }
}
