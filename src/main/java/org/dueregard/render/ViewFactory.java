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
    /** The theme's words for "Home" in each language, for breadcrumbs. */
    private final java.util.function.Function<String, String> homeLabels;

    public ViewFactory(Site site) {
        this(site, java.util.Map.of(), java.util.Optional.empty());
    }

    public ViewFactory(Site site, java.util.Map<String, String> glossary, java.util.Optional<org.dueregard.site.LastCheck> lastCheck) {
        this(site, glossary, lastCheck, language -> "Home");
    }

    /**
     * @param glossary  hard words and their explanations, listed on the easy-read pages that use them
     * @param lastCheck the last accessibility check, for the accessibility statement
     * @param homeLabels "Home" in a page's language
     */
    public ViewFactory(Site site, java.util.Map<String, String> glossary, java.util.Optional<org.dueregard.site.LastCheck> lastCheck,
                       java.util.function.Function<String, String> homeLabels) {
        this.site = site;
        this.homeLabels = homeLabels;
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

    /** The search page in the language of the page being read (the site's own when there is none in it). */
    private String searchUrl(Page current) {
        java.util.Optional<Page> search = site.findPage(Page.SEARCH_SOURCE).filter(page -> page.kind() == Page.Kind.SEARCH);
        if (search.isEmpty()) return null;
        if (current == null) return site.urlOf(search.get());
        return site.languages().inLanguageOf(Page.SEARCH_SOURCE, current).flatMap(site::findPage).map(site::urlOf)
                .orElse(site.urlOf(search.get()));
    }

    /**
     * On a translation, the menu's link to the home page in its language is called "Home" in that language ("Hafan"),
     * not by that page's title, which would make the menu longer than the English one.
     */
    private List<org.dueregard.site.NavItem> withHomeInLanguage(List<org.dueregard.site.NavItem> menu, Page current) {
        if (current == null || !site.languages().isTranslation(current)) return menu;
        java.util.Optional<String> home = site.languages().inLanguageOf("index.md", current).flatMap(site::findPage).map(site::urlOf);
        if (home.isEmpty()) return menu;
        return menu.stream().map(item -> item.url().equals(home.get())
                ? new org.dueregard.site.NavItem(homeLabel(current), item.url(), item.current()) : item).toList();
    }

    public SiteView siteView(Page current) {
        SiteConfig config = site.config();
        return new SiteView(config.title(), config.organisation(), config.language(), config.banner(), config.basePath(),
                config.basePath(), config.basePath() + "feed.xml", searchUrl(current), config.contact(),
                withHomeInLanguage(site.menu(config.navigation(), current), current), site.menu(config.footerLinks(), current),
                config.acceptedIssues().stream().map(issue -> new SiteView.KnownIssue(issue.rule(), issue.page(), issue.reason(),
                        DateView.of(issue.reviewBy()))).toList(), statement);
    }

    public PageView pageView(Page page, String renderedHtml, List<Heading> headings) {
        FrontMatter fm = page.frontMatter();
        String language = site.languages().languageOf(page);
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
        return new PageView(fm.title(), fm.summary(), site.urlOf(page), language,
                page.layout(), page.kind() == Page.Kind.HOME,
                fm.date().map(d -> DateView.of(d, language)).orElse(null), updated.map(d -> DateView.of(d, language)).orElse(null),
                fm.reviewBy().map(d -> DateView.of(d, language)).orElse(null), fm.tags(), PageView.trusted(bodyHtml), contents,
                site.breadcrumbsOf(page, homeLabel(page)), children, page.easyRead(), alternate,
                page.easyRead() && !glossary.isEmpty() ? hardWordsIn(bodyHtml) : List.of(),
                site.languages().directionOf(page), versionsOf(page), site.config().baseUrl().resolve(site.urlOf(page)).toString(), List.of());
    }

    /** The page in each of its languages, for the language links. */
    private List<PageView.Version> versionsOf(Page page) {
        org.dueregard.site.Languages languages = site.languages();
        return languages.versionsOf(page).stream().map(source -> site.findPage(source)).flatMap(java.util.Optional::stream)
                .map(version -> {
                    String lang = languages.languageOf(version);
                    return new PageView.Version(lang, org.dueregard.site.Languages.ownNameOf(lang), site.urlOf(version),
                            site.config().absoluteUrl(site.urlOf(version)), version == page);
                }).toList();
    }

    /** "Home" in the page's language, for its breadcrumbs. */
    private String homeLabel(Page page) {
        return homeLabels.apply(site.languages().languageOf(page));
    }

    /** The page shown for an address that does not exist. */
    public PageView notFoundView() {
        // A description even here: search engines and Lighthouse's SEO audit ask every page for one.
        return new PageView("Page not found", "There is no page at this address. How to find what you are looking for.", site.config().basePath() + "404.html", site.config().language(), "404",
                false, null, null, null, List.of(), PageView.trusted(""), List.of(), List.of(), List.of(), false, null, List.of(), "ltr", List.of(),
                site.config().baseUrl().resolve(site.config().basePath() + "404.html").toString(), List.of());
    }
}
