package org.dueregard.site;

import org.dueregard.Problem;
import org.dueregard.Problems;
import org.dueregard.config.SiteConfig;
import org.dueregard.content.ContentFiles;
import org.dueregard.content.FrontMatter;
import org.dueregard.content.LinkTargets;
import org.dueregard.content.LinkTargets.Picture;
import org.dueregard.content.SitePaths;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every page of the site and how they relate: sections, breadcrumbs, menus. Immutable once made; no I/O.
 */
public final class Site implements LinkTargets {

    /** Section lists: lower weight first, then title. */
    static final Comparator<Page> LIST_ORDER = Comparator.comparingInt((Page p) -> p.frontMatter().weight())
            .thenComparing(Page::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Page::sourcePath);

    private final SiteConfig config;
    private final List<Page> pages;
    private final Map<String, Page> bySource;
    private final Map<String, Page> sectionIndexByFolder;
    private final Map<String, List<Page>> childrenByFolder;
    private final ContentFiles files;
    /** Each page's other version: standard to easy read and back. */
    private final Map<String, Page> pairs = new HashMap<>();
    private final Map<String, Picture> pictures;
    private final Languages languages;

    private Site(SiteConfig config, List<Page> pages, ContentFiles files, Map<String, Picture> pictures, Languages languages) {
        this.pictures = pictures;
        this.languages = languages;
        this.config = config;
        this.pages = List.copyOf(pages);
        this.files = files;
        this.bySource = new HashMap<>();
        this.sectionIndexByFolder = new HashMap<>();
        Map<String, List<Page>> children = new TreeMap<>();
        for (Page page : pages) {
            bySource.put(page.sourcePath(), page);
            page.indexedFolder().ifPresent(folder -> sectionIndexByFolder.put(folder, page));
        }
        for (Page page : pages) {
            if (page.kind() == Page.Kind.HOME || page.kind() == Page.Kind.EASY_READ_INDEX || page.kind() == Page.Kind.SEARCH
                    || page.easyRead() || languages.isTranslation(page)) continue;
            if (!page.generatedBody().isEmpty()) continue; // an objective's page is listed by its overview, not its section
            String parent = page.kind() == Page.Kind.SECTION ? SitePaths.folderOf(page.folder()) : page.folder();
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(page);
        }
        children.values().forEach(list -> list.sort(LIST_ORDER));
        this.childrenByFolder = children;
    }

    /**
     * Builds the site from the pages read from Markdown. Adds an index page for every folder that lacks one and
     * reports pages that would share a URL and menu links to pages that do not exist.
     */
    public static Site of(SiteConfig config, List<Page> markdownPages, ContentFiles files, Problems problems) {
        return of(config, markdownPages, files, Map.of(), problems);
    }

    public static Site of(SiteConfig config, List<Page> markdownPages, ContentFiles files, Map<String, Picture> pictures,
                          Problems problems) {
        Languages.Localised localised = Languages.localise(config, markdownPages);
        markdownPages = localised.pages();
        List<Page> pages = new ArrayList<>(markdownPages);
        java.util.Set<String> indexed = new java.util.HashSet<>();
        for (Page page : markdownPages) page.indexedFolder().ifPresent(indexed::add);
        java.util.TreeSet<String> folders = new java.util.TreeSet<>();
        for (Page page : markdownPages) {
            for (String folder = page.folder(); ; folder = SitePaths.folderOf(folder)) {
                folders.add(folder);
                if (folder.isEmpty()) break;
            }
        }
        for (String folder : folders) {
            if (!indexed.contains(folder)) pages.add(generatedIndex(config, folder));
        }
        boolean anyEasyRead = markdownPages.stream().anyMatch(Page::easyRead);
        boolean rootEasyRead = markdownPages.stream().anyMatch(p -> p.urlPath().equals("easy-read/"));
        if (anyEasyRead && !rootEasyRead) {
            FrontMatter index = FrontMatter.generated("Easy read pages", "Every page of this site that has an easy read version.");
            pages.add(new Page(Page.EASY_READ_INDEX_SOURCE, "easy-read/", "easy-read", Page.Kind.EASY_READ_INDEX, true, index, 1));
        }
        addSearchPages(pages, localised.languages(), problems);
        pages.sort(Comparator.comparing(Page::urlPath).thenComparing(Page::sourcePath));
        reportDuplicateUrls(pages, problems);
        Site site = new Site(config, pages, files, pictures, localised.languages());
        site.pairEasyRead(problems);
        site.languages.check(config, site.pages, site.bySource, problems);
        site.checkMenuLinks(config.navigation(), problems);
        site.checkMenuLinks(config.footerLinks(), problems);
        return site;
    }

    /**
     * Every site has a search page at /search/, unless one of its own pages has that address: then it has none, and a
     * warning says how to get it back. Each language the site has pages in gets its own, searching only those pages
     * (/cy/search/).
     */
    private static void addSearchPages(List<Page> pages, Languages languages, Problems problems) {
        Optional<Page> taken = pages.stream().filter(page -> page.urlPath().equals(SEARCH_URL)).findFirst();
        if (taken.isPresent()) {
            Page page = taken.get();
            problems.add(Problem.warning(page.generated() ? "content/search/" : page.file(), page.generated() ? 0 : 1,
                    "The address /" + SEARCH_URL + " is taken by your own " + (page.generated() ? "folder" : "page") + ", so the site has no search page.",
                    "Rename your search folder or page (say to find-out/) and the site's search page will be published at /" + SEARCH_URL + "."));
            return;
        }
        FrontMatter search = FrontMatter.generated("Search this site", "Find a page of this site by the words in it.");
        pages.add(new Page(Page.SEARCH_SOURCE, SEARCH_URL, "search", Page.Kind.SEARCH, true, search, 1));
        for (String code : languages.translationLanguagesUsed()) {
            String source = "search/index." + code + ".md";
            FrontMatter translated = new FrontMatter(search.title(), search.summary(), Optional.empty(), Optional.empty(), Optional.empty(),
                    false, Optional.of(code), 0, List.of(), Optional.empty(), Optional.empty(), 1, 1, List.of());
            pages.add(new Page(source, code + "/" + SEARCH_URL, "search", Page.Kind.SEARCH, true, translated, 1));
            languages.addGenerated(Page.SEARCH_SOURCE, source, code);
        }
    }

    /** Where the search page is published. */
    public static final String SEARCH_URL = "search/";

    private static Page generatedIndex(SiteConfig config, String folder) {
        String title = folder.isEmpty() ? config.title() : humanise(folder.substring(folder.lastIndexOf('/') + 1));
        FrontMatter frontMatter = FrontMatter.generated(title, "");
        String sourcePath = folder.isEmpty() ? "index.md" : folder + "/index.md";
        Page.Kind kind = folder.isEmpty() ? Page.Kind.HOME : Page.Kind.SECTION;
        return new Page(sourcePath, SitePaths.folderUrlPath(folder), folder, kind, true, frontMatter, 1);
    }

    static String humanise(String name) {
        String words = name.replace('-', ' ').replace('_', ' ').strip();
        return words.isEmpty() ? name : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Pairs each easy-read page with its standard page, both ways, and reports pages that lack their pair. */
    private void pairEasyRead(Problems problems) {
        for (Page page : pages) {
            if (!page.easyRead()) continue;
            String standard = page.frontMatter().pair()
                    .flatMap(pair -> SitePaths.resolve(page.sourcePath(), pair))
                    .orElse(SitePaths.standardSourceOf(page.sourcePath()));
            Page other = bySource.get(standard);
            if (other == null || other.easyRead()) {
                problems.add(Problem.error(page.file(), 1, "This easy read page has no standard page to pair with ('" + standard + "' does not exist).",
                        "Name it after its standard page (report.md and report.easy-read.md), or say which page it goes with: pair: report.md"));
                continue;
            }
            pairs.put(page.sourcePath(), other);
            pairs.put(other.sourcePath(), page);
        }
        if (config.easyReadRequired()) {
            for (Page page : pages) {
                if (!page.generated() && !page.easyRead() && !languages.isTranslation(page) && page.layout().equals("report")
                        && !pairs.containsKey(page.sourcePath())) {
                    problems.add(Problem.error(page.file(), 1, "This report has no easy read version, and the site says every report needs one.",
                            "Write " + page.sourcePath().replaceFirst("\\.md$", ".easy-read.md") + " beside it (see the authoring guide), "
                                    + "or set easy_read_required: false in dueregard.yml."));
                }
            }
        }
    }

    /** The page's other version: the easy-read page of a standard page, or the standard page of an easy-read one. */
    public Optional<Page> findPair(Page page) {
        return Optional.ofNullable(pairs.get(page.sourcePath()));
    }

    /** Every easy-read page, by title. */
    public List<Page> easyReadPages() {
        return pages.stream().filter(Page::easyRead).sorted(LIST_ORDER).toList();
    }

    @Override
    public Optional<Picture> findPicture(String name) {
        return Optional.ofNullable(pictures.get(name));
    }

    @Override
    public Collection<String> pictureNames() {
        return pictures.keySet().stream().sorted().toList();
    }

    private static void reportDuplicateUrls(List<Page> pages, Problems problems) {
        Map<String, Page> seen = new HashMap<>();
        for (Page page : pages) {
            Page earlier = seen.putIfAbsent(page.urlPath(), page);
            if (earlier != null) {
                problems.add(Problem.error(page.file(), 1,
                        "This page would be published at /" + page.urlPath() + ", the same address as " + earlier.file() + ".",
                        "Rename or move one of the two files so each page has its own address."));
            }
        }
    }

    private void checkMenuLinks(List<SiteConfig.NavLink> links, Problems problems) {
        // The search page can be linked (page: search/index.md) but is never the page an author meant to type.
        java.util.Set<String> suggestions = new java.util.TreeSet<>(bySource.keySet());
        suggestions.remove(Page.SEARCH_SOURCE);
        for (SiteConfig.NavLink link : links) {
            link.page().filter(page -> !bySource.containsKey(page))
                    .ifPresent(page -> problems.add(Problem.error(SiteConfig.FILE_NAME, link.line(),
                            "The link '" + link.title() + "' points at the page '" + page + "', which does not exist"
                                    + org.dueregard.Suggestions.didYouMean(page, suggestions)
                                    + (org.dueregard.Suggestions.findNearest(page, suggestions).isPresent() ? "" : "."),
                            "Give the page's file name relative to the content folder, for example equality-duty/index.md")));
        }
    }

    public SiteConfig config() {
        return config;
    }

    /** Every page, generated section pages included, in URL order. */
    public List<Page> pages() {
        return pages;
    }

    public String urlOf(Page page) {
        return config.basePath() + page.urlPath();
    }

    /** The pages and sections listed under a home or section page. */
    public List<Page> childrenOf(Page page) {
        if (page.kind() == Page.Kind.EASY_READ_INDEX || page.urlPath().equals("easy-read/")) return easyReadPages();
        if (page.kind() == Page.Kind.SEARCH) return everyPageByTitle(languages.languageOf(page));
        if (page.indexedFolder().isEmpty()) return List.of();
        return childrenByFolder.getOrDefault(page.folder(), List.of());
    }

    /** The search page's list of every page in its language, for readers whose browser does not run its script. */
    private List<Page> everyPageByTitle(String language) {
        return inLanguage(language).stream()
                .sorted(Comparator.comparing((Page page) -> page.title().toLowerCase(java.util.Locale.ROOT)).thenComparing(Page::urlPath))
                .toList();
    }

    /** Every page in a language (the site's own pages, or one translation's), search pages left out; in site order. */
    public List<Page> inLanguage(String language) {
        return pages.stream().filter(page -> page.kind() != Page.Kind.SEARCH && languages.languageOf(page).equals(language)).toList();
    }

    /** The pages' languages and which page translates which. */
    public Languages languages() {
        return languages;
    }

    /** From home down to the page's parent, not including the page itself; empty on the home page. */
    public List<NavItem> breadcrumbsOf(Page page) {
        return breadcrumbsOf(page, "Home");
    }

    /**
     * The breadcrumbs, each in the page's own language where that version exists; {@code home} names the home page.
     * A translation of the home page has none, like the home page.
     */
    public List<NavItem> breadcrumbsOf(Page page, String home) {
        List<NavItem> crumbs = new ArrayList<>();
        if (page.kind() == Page.Kind.HOME) return crumbs;
        Optional<Page> overview = findOverviewOf(page);
        if (overview.isPresent()) {
            crumbs.addAll(breadcrumbsOf(overview.get(), home));
            crumbs.add(new NavItem(overview.get().title(), urlOf(overview.get()), false));
            return crumbs;
        }
        if (languages.isTranslation(page) && languages.versionsOf(page).get(0).equals("index.md") && !page.easyRead()) return crumbs;
        String folder = page.kind() == Page.Kind.SECTION ? SitePaths.folderOf(page.folder()) : page.folder();
        while (true) {
            Page index = sectionIndexByFolder.get(folder);
            if (index != null) {
                Page shown = languages.inLanguageOf(index.sourcePath(), page).map(bySource::get).orElse(index);
                crumbs.add(0, new NavItem(index.kind() == Page.Kind.HOME ? home : shown.title(), urlOf(shown), false));
            }
            if (folder.isEmpty()) break;
            folder = SitePaths.folderOf(folder);
        }
        return crumbs;
    }

    /** For an objective's page, the page that lists all the objectives; empty for every other page. */
    public Optional<Page> findOverviewOf(Page page) {
        if (page.generatedBody().isEmpty()) return Optional.empty();
        String folder = SitePaths.folderOf(page.sourcePath());
        return Optional.ofNullable(bySource.get(folder + ".md")).or(() -> Optional.ofNullable(bySource.get(folder + "/index.md")))
                .or(() -> Optional.ofNullable(bySource.get(folder.isEmpty() ? "index.md" : "")));
    }

    /** A menu from config links; the item for the current page (or its section) is marked current. */
    public List<NavItem> menu(List<SiteConfig.NavLink> links, Page current) {
        List<NavItem> items = new ArrayList<>();
        for (SiteConfig.NavLink link : links) {
            if (link.url().isPresent()) {
                items.add(new NavItem(link.title(), link.url().get(), false));
                continue;
            }
            Page target = bySource.get(link.page().orElseThrow());
            if (target == null) continue;
            // On a translation, a link goes to the page in the reader's language where there is one.
            Page shown = languages.inLanguageOf(target.sourcePath(), current == null ? target : current).map(bySource::get).orElse(target);
            items.add(new NavItem(shown == target ? link.title() : shown.title(), urlOf(shown), shown == current));
        }
        return items;
    }

    /** Pages with a published date, newest first: the feed of publications (an objective's page is part of its overview's). */
    public List<Page> publications() {
        return pages.stream().filter(p -> p.frontMatter().date().isPresent() && p.generatedBody().isEmpty() && !languages.isTranslation(p))
                .sorted(Comparator.comparing((Page p) -> p.frontMatter().date().orElseThrow()).reversed()
                        .thenComparing(Page::urlPath))
                .toList();
    }

    @Override
    public Optional<String> findPageUrl(String sourcePath) {
        Page page = bySource.get(sourcePath);
        return page == null ? Optional.empty() : Optional.of(urlOf(page));
    }

    @Override
    public Optional<String> findAssetUrl(String sourcePath) {
        return files.assets().contains(sourcePath) ? Optional.of(config.basePath() + encodePath(sourcePath)) : Optional.empty();
    }

    @Override
    public Collection<String> pageSourcePaths() {
        return bySource.keySet().stream().sorted().toList();
    }

    public Optional<Page> findPage(String sourcePath) {
        return Optional.ofNullable(bySource.get(sourcePath));
    }

    static String encodePath(String path) {
        StringBuilder encoded = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            if (encoded.length() > 0) encoded.append('/');
            encoded.append(java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return encoded.toString();
    }
}
