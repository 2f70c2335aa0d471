package org.dueregard.pipeline;

import org.dueregard.Problem;
import org.dueregard.Problems;
import org.dueregard.ProblemsException;
import org.dueregard.config.SiteConfig;
import org.dueregard.content.ContentFiles;
import org.dueregard.output.InPlaceOutput;
import org.dueregard.render.TemplateRenderer;
import org.dueregard.site.Page;
import org.dueregard.site.Site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the preview keeps between rebuilds so a saved page costs that page, not the site. The preview tells it which
 * source files changed before each build ({@link #forget}); everything else is taken as it was, without looking at
 * the disk again: the list of content files, each page's front matter, each page's render (by a key of what it
 * depends on), the compiled templates and what the output folder holds. A page is rendered again when its own file
 * changed, when a page it shows (a child in its list, a section in its breadcrumbs, its other version) changed its
 * title, date or other metadata, or when something every page depends on changed: the config, templates, theme,
 * datasets, content files, glossary or the set of pages.
 */
public final class RenderCache {

    /** A page's front matter as read, with the stamp of its file then. */
    record FrontMatterEntry(String stamp, Page page) {
    }

    /**
     * A page as rendered: the site key and its file's stamp then (a render is kept while both are the same), and the
     * page's file in the output (made once: its hash is then computed once, not on every save).
     */
    record RenderEntry(String siteKey, String stamp, PageOutcome outcome, String htmlFile) {
    }

    private final Map<String, FrontMatterEntry> frontMatter = new ConcurrentHashMap<>();
    /** Each search index's entries as JSON, as the last build wrote them (see SearchIndex.render). */
    private final Map<String, org.dueregard.output.SearchIndex.Written> searchIndexes = new ConcurrentHashMap<>();
    /** Renders whose pages are on disk: a build that finds one keeps the file as it is. */
    private final Map<String, RenderEntry> renders = new ConcurrentHashMap<>();
    /**
     * This build's new renders, moved into {@link #renders} only when the build commits its output: a failed build
     * writes nothing, and remembering its renders would keep an old page on disk as if it were the new one.
     */
    private final Map<String, RenderEntry> pending = new ConcurrentHashMap<>();
    /** Pages whose title, date or other metadata changed since the last build: the pages showing them render again. */
    private final Set<String> changedMetadata = ConcurrentHashMap.newKeySet();
    /** Site files (paths from the site folder) changed since the last build, as the preview saw them. */
    private final Set<String> changedFiles = new HashSet<>();
    /** The pages among them, by source path ("reports/a.md"): looked up once for each page on every save. */
    private final Set<String> changedPages = new HashSet<>();
    /** The pages the last build read, so a save that changed no page's front matter gives the same list back. */
    private List<Page> pagesRead = List.of();
    /** Stages' results kept with what they were made from: see {@link #reuse}. */
    private final Map<String, Kept> kept = new HashMap<>();

    private record Kept(List<Object> inputs, Object result, List<Problem> problems) {
    }
    /**
     * Whether the next build was told every change ({@link #forget}), as the preview's session does; a build without
     * it (a caller that just rebuilds) looks at every file's stamp, as a cache cannot trust what it was not told.
     */
    private volatile boolean informed;
    /** The sitemap, feed, robots.txt and 404 page as last written (by the site key), and what this build wrote. */
    private RenderEntry siteFiles;
    private RenderEntry pendingSiteFiles;
    private ContentFiles contentFiles;
    /** The outcomes the anchor check last saw, and what it found. */
    private AnchorEntry anchors;

    private record AnchorEntry(List<PageOutcome> outcomes, List<Problem> problems) {
    }

    /** The last site model, with the inputs it was made from and the problems making it found. */
    private SiteEntry site;

    private record SiteEntry(SiteConfig config, ContentFiles files, List<Page> pages, Site site, List<Problem> problems, String key) {
    }
    private String templatesKey = "";
    private TemplateRenderer templates;
    private InPlaceOutput output;
    private int rendered;

    /**
     * Forgets what was kept for these files (paths from the site folder, such as "content/report.md"): the next build
     * reads them again whatever their stamps say, as two saves within one tick of a coarse file-system clock can leave
     * the same stamp. A page file costs that page (and the pages showing its metadata, if that changed); any other
     * file (config, dataset, template...) can change every page, so every render is forgotten.
     */
    public synchronized void forget(Collection<String> siteFiles) {
        changedFiles.addAll(siteFiles);
        informed = true;
        boolean everyPage = false;
        for (String file : siteFiles) {
            if (file.startsWith("content/") && file.endsWith(".md")) {
                renders.remove(file.substring("content/".length()));
                changedPages.add(file.substring("content/".length()));
            } else {
                everyPage = true;
            }
        }
        if (everyPage) {
            renders.clear();
            putTemplates("", null);
            site = null;
            kept.clear();
        }
    }

    /**
     * A stage's result, with its problems reported again, when the stage last ran on the same inputs (see
     * {@link #same}); otherwise runs the stage and keeps what it gives. For stages that depend on their inputs alone,
     * or that read files other than pages: every kept result goes when the preview says such a file changed.
     */
    static <T> T reuse(Optional<RenderCache> cache, String stage, List<Object> inputs, Problems problems, Function<Problems, T> run) {
        if (cache.isEmpty()) return run.apply(problems);
        Optional<Kept> known = cache.get().findKept(stage, inputs);
        if (known.isPresent()) {
            problems.addAll(known.get().problems());
            @SuppressWarnings("unchecked") T result = (T) known.get().result();
            return result;
        }
        Problems found = new Problems();
        T result = run.apply(found);
        List<Problem> foundProblems = found.sorted();
        problems.addAll(foundProblems);
        cache.get().putKept(stage, new Kept(inputs, result, foundProblems));
        return result;
    }

    private synchronized Optional<Kept> findKept(String stage, List<Object> inputs) {
        Kept known = kept.get(stage);
        if (known == null || known.inputs().size() != inputs.size()) return Optional.empty();
        for (int i = 0; i < inputs.size(); i++) {
            if (!same(known.inputs().get(i), inputs.get(i))) return Optional.empty();
        }
        return Optional.of(known);
    }

    /**
     * Text and the config (read again on every build) by value; anything else only when it is the same object: a
     * list of 10,000 pages compared page by page would cost what keeping saves, and a list of content files equal to
     * the last says nothing about whether a dataset in it changed.
     */
    private static boolean same(Object before, Object now) {
        return before == now || (before instanceof String || before instanceof SiteConfig) && before.equals(now);
    }

    private synchronized void putKept(String stage, Kept result) {
        kept.put(stage, result);
    }

    /** The pages read, as the same list as last time when every page is the same object (no front matter changed). */
    synchronized List<Page> samePagesAsLast(List<Page> pages) {
        if (pages.size() == pagesRead.size()) {
            boolean same = true;
            for (int i = 0; same && i < pages.size(); i++) same = pages.get(i) == pagesRead.get(i);
            if (same) return pagesRead;
        }
        pagesRead = pages;
        return pages;
    }

    /**
     * The last list of content files, when the files that changed since are all files it already lists (edits, not
     * new or deleted files): then nothing under content/ needs listing again.
     */
    synchronized Optional<ContentFiles> findContentFiles(Path root) {
        if (contentFiles == null || !informed) return Optional.empty();
        for (String file : changedFiles) {
            if (!file.startsWith("content/")) continue;
            String sourcePath = file.substring("content/".length());
            boolean listed = contentFiles.pages().contains(sourcePath) || contentFiles.assets().contains(sourcePath)
                    || contentFiles.datasets().contains(sourcePath) || contentFiles.records().contains(sourcePath);
            // A new file, or a listed one that is gone or is no longer an ordinary file, changes the list.
            if (!listed || !Files.isRegularFile(root.resolve(file), java.nio.file.LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
        }
        return Optional.of(contentFiles);
    }

    synchronized void putContentFiles(ContentFiles files) {
        contentFiles = files;
    }

    /**
     * The last site model when it was made from the same config, content list and pages (the same page objects:
     * {@link #putFrontMatter} keeps a page whose front matter did not change), with its problems reported again.
     */
    synchronized Optional<Site> findSite(SiteConfig config, ContentFiles files, List<Page> pages, Problems problems) {
        if (site == null || !informed || site.files() != files || !site.config().equals(config) || site.pages().size() != pages.size()) {
            return Optional.empty();
        }
        for (int i = 0; i < pages.size(); i++) {
            if (site.pages().get(i) != pages.get(i)) return Optional.empty();
        }
        problems.addAll(site.problems());
        return Optional.of(site.site());
    }

    synchronized void putSite(SiteConfig config, ContentFiles files, List<Page> pages, Site made, List<Problem> problems) {
        site = new SiteEntry(config, files, List.copyOf(pages), made, List.copyOf(problems), null);
    }

    /** The anchor check's problems for these outcomes, when every page has the same headings and links as last time. */
    synchronized Optional<List<Problem>> findAnchorProblems(List<PageOutcome> outcomes) {
        if (anchors == null || anchors.outcomes().size() != outcomes.size()) return Optional.empty();
        for (int i = 0; i < outcomes.size(); i++) {
            PageOutcome before = anchors.outcomes().get(i);
            PageOutcome now = outcomes.get(i);
            boolean same = before == now || before.sourcePath().equals(now.sourcePath()) && before.ids().equals(now.ids())
                    && before.anchorLinks().equals(now.anchorLinks());
            if (!same) return Optional.empty();
        }
        return Optional.of(anchors.problems());
    }

    synchronized void putAnchorProblems(List<PageOutcome> outcomes, List<Problem> problems) {
        anchors = new AnchorEntry(List.copyOf(outcomes), List.copyOf(problems));
    }

    /** The site key computed for the site model last kept, when it is still the same model. */
    synchronized Optional<String> findSiteKey(Site model) {
        return site != null && site.site() == model && site.key() != null ? Optional.of(site.key()) : Optional.empty();
    }

    synchronized void putSiteKey(Site model, String key) {
        if (site != null && site.site() == model) site = new SiteEntry(site.config(), site.files(), site.pages(), model, site.problems(), key);
    }

    /** A page's front matter as last read, when its file is not among those that changed (no look at the disk). */
    Optional<FrontMatterEntry> findFrontMatter(String sourcePath, Path root) {
        FrontMatterEntry entry = frontMatter.get(sourcePath);
        if (entry == null || changedPages.contains(sourcePath)) return Optional.empty();
        if (!informed && !entry.stamp().equals(stamp(root.resolve("content").resolve(sourcePath)))) return Optional.empty();
        return Optional.of(entry);
    }

    /**
     * Keeps a page's front matter, noting whether its metadata changed since the last read. Returns the page to use:
     * the one kept before when nothing about it changed (a text edit), so the site model can be kept too.
     */
    Page putFrontMatter(String sourcePath, FrontMatterEntry entry) {
        FrontMatterEntry before = frontMatter.get(sourcePath);
        if (before != null && before.page().equals(entry.page())) {
            frontMatter.put(sourcePath, new FrontMatterEntry(entry.stamp(), before.page()));
            return before.page();
        }
        frontMatter.put(sourcePath, entry);
        if (before != null && !sameMetadata(before.page(), entry.page())) changedMetadata.add(sourcePath);
        return entry.page();
    }

    private static boolean sameMetadata(Page before, Page after) {
        return before.frontMatter().equals(after.frontMatter()) && before.urlPath().equals(after.urlPath())
                && before.kind() == after.kind();
    }

    /** The stamp of a page's file when its front matter was read; "" for pages the build made up. */
    String stampOf(Page page) {
        FrontMatterEntry entry = frontMatter.get(page.sourcePath());
        return entry == null ? "" : entry.stamp();
    }

    Set<String> changedMetadata() {
        return Set.copyOf(changedMetadata);
    }

    Optional<RenderEntry> findRender(Page page, String siteKey) {
        RenderEntry entry = renders.get(page.sourcePath());
        return entry != null && entry.siteKey().equals(siteKey) && entry.stamp().equals(stampOf(page)) ? Optional.of(entry) : Optional.empty();
    }

    void putRender(Page page, String siteKey, PageOutcome outcome) {
        pending.put(page.sourcePath(), new RenderEntry(siteKey, stampOf(page), outcome, PageRenderer.htmlFileOf(page)));
    }

    void removeRender(String sourcePath) {
        pending.remove(sourcePath);
        renders.remove(sourcePath);
    }

    /**
     * The 404 page's outcome when the sitemap, feed, robots.txt and 404 page on disk are still right: the site key
     * is the same and no page's metadata changed.
     */
    synchronized Optional<PageOutcome> findSiteFiles(String key) {
        if (siteFiles == null || !siteFiles.siteKey().equals(key) || !changedMetadata.isEmpty()) return Optional.empty();
        return Optional.of(siteFiles.outcome());
    }

    synchronized void putSiteFiles(String key, PageOutcome notFound) {
        pendingSiteFiles = new RenderEntry(key, "", notFound, "404.html");
    }

    /** The build's output is on disk: its renders can be reused, and the changes it was told of are built. */
    synchronized void commitRenders() {
        renders.putAll(pending);
        pending.clear();
        if (pendingSiteFiles != null) siteFiles = pendingSiteFiles;
        pendingSiteFiles = null;
        changedMetadata.clear();
        changedFiles.clear();
        changedPages.clear();
        informed = false;
    }

    /**
     * The build failed and wrote nothing: its renders are forgotten, and the changes it was told of stay to be built
     * again (its front matter reads stay too: they describe the files as they are).
     */
    synchronized void discardRenders() {
        pending.clear();
        pendingSiteFiles = null;
        informed = false;
    }

    /** How many pages the last build rendered (the rest came from the cache). */
    public int rendered() {
        return rendered;
    }

    void countRendered(int count) {
        rendered = count;
    }

    Optional<TemplateRenderer> findTemplates(String key) {
        return key.equals(templatesKey) ? Optional.ofNullable(templates) : Optional.empty();
    }

    void putTemplates(String key, TemplateRenderer renderer) {
        templatesKey = key;
        templates = renderer;
    }

    /** The preview's folder, opened (and checked) by the session's first build. */
    synchronized InPlaceOutput output(Path folder, Path root) throws ProblemsException, IOException {
        if (output == null || !output.path().equals(folder.toAbsolutePath().normalize())) output = OutputFolder.openInPlace(folder, root);
        return output;
    }

    /** "modified time/size" of a file, the cheap stamp make and most build tools trust; "" when it is missing. */
    static String stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.lastModifiedTime().toMillis() + "/" + attributes.lastModifiedTime().toInstant().getNano() + "/" + attributes.size();
        } catch (IOException e) {
            return "";
        }
    }

    /** A search index file's entries as the last build wrote them; the build leaves its own there. */
    org.dueregard.output.SearchIndex.Written searchIndex(String file) {
        return searchIndexes.computeIfAbsent(file, name -> new org.dueregard.output.SearchIndex.Written());
    }
}
