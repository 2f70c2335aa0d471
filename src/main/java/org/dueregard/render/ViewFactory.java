package org.dueregard.render;

import org.dueregard.config.SiteConfig;
import org.dueregard.content.FrontMatter;
import org.dueregard.content.Heading;
import org.dueregard.site.Page;
import org.dueregard.site.Site;

import java.util.List;

/** Makes the views templates see from the site model and a rendered body. */
public final class ViewFactory {

    private final Site site;
    private final java.util.Map<String, String> glossary;

    private final StatementView statement;

    public ViewFactory(Site site) {
        this(site, java.util.Map.of(), java.util.Optional.empty());
    }

    /**
     * @param glossary  hard words and their explanations, listed on the easy-read pages that use them
     * @param lastCheck the last accessibility check, for the accessibility statement
     */
    public ViewFactory(Site site, java.util.Map<String, String> glossary, java.util.Optional<org.dueregard.site.LastCheck> lastCheck) {
        this.site = site;
        this.glossary = glossary;
        this.statement = StatementView.of(site.config(), lastCheck);
    }

    /** The glossary's words that appear in an easy-read page's text, with their explanations. */
    private List<PageView.HardWord> hardWordsIn(String bodyHtml) {
        String text = org.jsoup.Jsoup.parse(bodyHtml).text();
        List<PageView.HardWord> words = new java.util.ArrayList<>();
        for (java.util.Map.Entry<String, String> entry : new java.util.TreeMap<>(glossary).entrySet()) {
            if (java.util.regex.Pattern.compile("(?i)\\b" + java.util.regex.Pattern.quote(entry.getKey()) + "\\b").matcher(text).find()) {
                words.add(new PageView.HardWord(entry.getKey(), entry.getValue()));
            }
        }
        return words;
    }

    public SiteView siteView(Page current) {
        SiteConfig config = site.config();
        return new SiteView(config.title(), config.organisation(), config.language(), config.banner(), config.basePath(),
                config.basePath(), config.basePath() + "feed.xml", config.contact(),
                site.menu(config.navigation(), current), site.menu(config.footerLinks(), current),
                config.acceptedIssues().stream().map(issue -> new SiteView.KnownIssue(issue.rule(), issue.page(), issue.reason(),
                        DateView.of(issue.reviewBy()))).toList(), statement);
    }

    public PageView pageView(Page page, String renderedHtml, List<Heading> headings) {
        FrontMatter fm = page.frontMatter();
        String bodyHtml = PhoneLinks.add(renderedHtml);
        if (page.easyRead()) bodyHtml = HardWordsInPlace.add(bodyHtml, glossary);
        List<PageView.ListedPage> children = site.childrenOf(page).stream()
                .map(child -> new PageView.ListedPage(child.title(), site.urlOf(child), child.frontMatter().summary(),
                        child.frontMatter().date().map(DateView::of).orElse(null)))
                .toList();
        List<Heading> contents = headings.stream().filter(h -> h.level() == 2).toList();
        org.dueregard.site.NavItem alternate = site.findPair(page)
                .map(other -> new org.dueregard.site.NavItem(page.easyRead() ? "Standard version of this page" : "Easy read version of this page",
                        site.urlOf(other), false))
                .orElse(null);
        // A list the build made up has no dates of its own: it was last updated when its newest page was.
        java.util.Optional<java.time.LocalDate> updated = fm.updated().or(() -> !page.generated() ? java.util.Optional.empty()
                : site.childrenOf(page).stream()
                        .map(child -> child.frontMatter().updated().or(() -> child.frontMatter().date()))
                        .flatMap(java.util.Optional::stream).max(java.time.LocalDate::compareTo));
        return new PageView(fm.title(), fm.summary(), site.urlOf(page), fm.lang().orElse(site.config().language()),
                page.layout(), page.kind() == Page.Kind.HOME,
                fm.date().map(DateView::of).orElse(null), updated.map(DateView::of).orElse(null),
                fm.reviewBy().map(DateView::of).orElse(null), fm.tags(), PageView.trusted(bodyHtml), contents,
                site.breadcrumbsOf(page), children, page.easyRead(), alternate,
                page.easyRead() && !glossary.isEmpty() ? hardWordsIn(bodyHtml) : List.of(),
                site.config().baseUrl().resolve(site.urlOf(page)).toString(), List.of());
    }

    /** The page shown for an address that does not exist. */
    public PageView notFoundView() {
        // A description even here: search engines and Lighthouse's SEO audit ask every page for one.
        return new PageView("Page not found", "There is no page at this address. How to find what you are looking for.", site.config().basePath() + "404.html", site.config().language(), "404",
                false, null, null, null, List.of(), PageView.trusted(""), List.of(), List.of(), List.of(), false, null, List.of(),
                site.config().baseUrl().resolve(site.config().basePath() + "404.html").toString(), List.of());
    }
}
