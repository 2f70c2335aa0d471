package org.dueregard.pipeline;

import org.dueregard.Problem;
import org.dueregard.Problems;
import org.dueregard.ProblemsException;
import org.dueregard.charts.DataEmbeds;
import org.dueregard.checks.AcceptedIssues;
import org.dueregard.checks.Finding;
import org.dueregard.checks.PageSource;
import org.dueregard.checks.ReadabilityRules;
import org.dueregard.checks.StaticChecks;
import org.dueregard.content.FrontMatterParser;
import org.dueregard.content.MarkdownRenderer;
import org.dueregard.content.RenderedMarkdown;
import org.dueregard.content.SiteFileGuard;
import org.dueregard.content.SitePaths;
import org.dueregard.content.SourceText;
import org.dueregard.output.SearchIndex;
import org.dueregard.output.SiteOutput;
import org.dueregard.render.PageView;
import org.dueregard.render.SiteView;
import org.dueregard.render.TemplateRenderer;
import org.dueregard.render.ViewFactory;
import org.dueregard.site.LastCheck;
import org.dueregard.site.Page;
import org.dueregard.site.Site;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Stage 5: every page read, rendered (Markdown, then its template), checked (static checks and the readability
 * linter) and written, on every core. Output does not depend on the order pages finish in: each page's HTML is
 * made from the page and the site model alone, and problems are sorted before they are shown.
 */
final class PageRenderer {

    /**
     * What every page is rendered with.
     *
     * @param lastCheck the check the accessibility statement reports
     * @param keepSources keep each page's Markdown for the browser checks, which trace findings to lines
     * @param documents   makes the PDFs of the pages that have them
     */
    record Inputs(Path root, Site site, TemplateRenderer templates, DataEmbeds embeds, SiteOutput output, AcceptedIssues accepted,
                  ReadabilityRules readability, Map<String, String> glossary, Optional<LastCheck> lastCheck, boolean keepSources,
                  DocumentWriter documents) {
    }

    private final MarkdownRenderer markdown;
    private final Consumer<String> progress;
    private final int threads;

    /**
     * @param threads how many pages at once (the number of cores for builds; 1 gives the reference for tests)
     */
    PageRenderer(MarkdownRenderer markdown, Consumer<String> progress, int threads) {
        this.markdown = markdown;
        this.progress = progress;
        this.threads = threads;
    }

    /**
     * Renders the pages, keeping only what later checks need (never the HTML). With the preview's cache, a page
     * whose key and shown metadata did not change is kept as it is on disk, in this thread, and only the rest go to
     * the pool: on a 10,000-page site a save then costs the pages it touches.
     */
    List<PageOutcome> renderAll(Inputs in, Problems problems, Optional<RenderCache> cache, String siteKey) {
        List<Page> pages = in.site().pages();
        Set<String> showingChanges = cache.map(c -> PagesShowing.changes(in.site(), c.changedMetadata())).orElse(Set.of());
        PageOutcome[] outcomes = new PageOutcome[pages.size()];
        List<Integer> toRender = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            Optional<RenderCache.RenderEntry> known = in.keepSources() || showingChanges.contains(page.sourcePath()) ? Optional.empty()
                    : cache.flatMap(c -> c.findRender(page, siteKey));
            if (known.isPresent()) {
                outcomes[i] = keep(known.get(), in.output(), problems);
            } else {
                toRender.add(i);
            }
        }
        ViewFactory views = new ViewFactory(in.site(), in.glossary(), in.lastCheck(),
                language -> in.templates().messages().forLanguage(language).get("home"));
        Progress counter = new Progress(toRender.size());
        List<PageOutcome> rendered = Parallel.map(toRender, threads, i -> {
            counter.onePageMore();
            Page page = pages.get(i);
            return renderOne(in, views, page, problems, cache, siteKey);
        });
        for (int j = 0; j < toRender.size(); j++) outcomes[toRender.get(j)] = rendered.get(j);
        cache.ifPresent(c -> c.countRendered(toRender.size()));
        List<PageOutcome> made = new ArrayList<>(outcomes.length); // a loop: a stream here was 2 ms of each save at 10,000 pages
        for (PageOutcome outcome : outcomes) if (outcome != null) made.add(outcome);
        return java.util.Collections.unmodifiableList(made);
    }

    /** A page unchanged since it was written: its file stays, its findings are reported again. */
    private static PageOutcome keep(RenderCache.RenderEntry kept, SiteOutput output, Problems problems) {
        PageOutcome outcome = kept.outcome();
        problems.addAll(outcome.findingProblems());
        output.keep(kept.htmlFile());
        for (String file : outcome.files()) output.keep(file);
        return outcome;
    }

    /** The page's file in the output. */
    static String htmlFileOf(Page page) {
        return page.urlPath() + "index.html";
    }

    private PageOutcome renderOne(Inputs in, ViewFactory views, Page page, Problems problems, Optional<RenderCache> cache, String siteKey) {
        try {
            String body = readBody(in.root(), page);
            RenderedMarkdown rendered = body.isEmpty() && page.generated() ? RenderedMarkdown.EMPTY
                    : markdown.render(body, page.file(), page.sourcePath(), page.bodyFirstLine(), in.site(), in.embeds());
            problems.addAll(rendered.problems());
            boolean markdownOk = rendered.problems().stream().noneMatch(Problem::isError);
            SiteView siteView = views.siteView(page);
            PageView pageView = views.pageView(page, rendered.html(), rendered.headings());
            DocumentWriter.Made documents = markdownOk ? in.documents().writeFor(page, siteView, pageView, problems) : DocumentWriter.Made.NONE;
            String html = in.templates().render(page.layout(), siteView, pageView.withDocuments(documents.links()));
            List<Problem> anchorProblems = rendered.checkAnchorsIn(html);
            problems.addAll(anchorProblems);
            PageSource source = new PageSource(in.site().urlOf(page), htmlFileOf(page),
                    page.generated() ? "" : page.file(), body, page.bodyFirstLine(), in.templates().layoutPath(page.layout()));
            List<Finding> findings = List.of();
            String words = "";
            // A page whose Markdown has errors is not checked again here: its errors already say what to fix (and it
            // is not published, so it needs no search words).
            if (markdownOk) {
                Document doc = Jsoup.parse(html);
                findings = in.accepted().apply(StaticChecks.check(doc, source, href -> sizeOfLinkedFile(in.root(), in.site(), href),
                        page.easyRead(), readabilityFor(in, page)));
                findings.forEach(finding -> problems.add(finding.toProblem()));
                // The words of the page's own text, read from the checks' copy of the page when its template marks
                // the text (.prose): reading the HTML a second time was a tenth of a 10,000-page build.
                Element prose = doc.selectFirst(".prose");
                words = prose != null ? SearchIndex.wordsOf(prose) : SearchIndex.wordsOf(rendered.html());
            }
            in.output().writeText(htmlFileOf(page), html);
            PageOutcome outcome = new PageOutcome(page.sourcePath(), rendered.ids(), rendered.anchorLinks(), findings,
                    in.keepSources() ? source : null, rendered.pictures(), filesOf(in, page, documents),
                    words);
            // A page linking documents still to be made is not kept: the next build renders it again with them.
            if (markdownOk && anchorProblems.isEmpty() && !in.documents().leftForLater(page)) {
                cache.ifPresent(c -> c.putRender(page, siteKey, outcome));
            } else {
                cache.ifPresent(c -> c.removeRender(page.sourcePath()));
            }
            return outcome;
        } catch (ProblemsException e) {
            problems.addAll(e.problems());
        } catch (IOException e) {
            problems.add(SiteFileGuard.unreadable(page.file(), e));
        } catch (StackOverflowError e) {
            problems.add(Problem.error(page.file(), 0, "This page is built in too complex a way to read (very deep nesting or a very long run of one character).",
                    "Simplify the page: fewer levels of lists and quotes, shorter lines."));
        }
        return null;
    }

    /** The plain-English and easy-read rules are English rules: a page in another language is not measured by them. */
    private static ReadabilityRules readabilityFor(Inputs in, Page page) {
        String language = in.site().languages().languageOf(page).toLowerCase(Locale.ROOT);
        return language.equals("en") || language.startsWith("en-") ? in.readability() : null;
    }

    /** The files the page published besides itself: its figures' CSVs and charts, and its documents. */
    private static Set<String> filesOf(Inputs in, Page page, DocumentWriter.Made documents) {
        Set<String> files = new java.util.TreeSet<>(in.embeds().filesOf(page.sourcePath()));
        files.addAll(documents.files());
        return Set.copyOf(files);
    }

    private static String readBody(Path root, Page page) throws IOException, ProblemsException {
        if (page.generated()) return page.generatedBody();
        String text = SourceText.decodeUtf8(Files.readAllBytes(root.resolve(page.file())), page.file());
        return FrontMatterParser.bodyOf(text, page.bodyFirstLine());
    }

    /** The size in bytes of a file of the site linked as {@code href}, or -1 when it is not one of ours. */
    private static long sizeOfLinkedFile(Path root, Site site, String href) {
        String basePath = site.config().basePath();
        if (!href.startsWith(basePath)) return -1;
        try {
            String relative = SitePaths.decodeUrlPath(href.substring(basePath.length()));
            Path file = root.resolve("content").resolve(relative).normalize();
            return file.startsWith(root.resolve("content")) && Files.isRegularFile(file) ? Files.size(file) : -1;
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return -1;
        }
    }

    /** "Rendered 400 of 1,000 pages" at most twice a second, for a terminal. */
    private final class Progress {
        private final int total;
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicLong lastReport = new AtomicLong(System.nanoTime());

        Progress(int total) {
            this.total = total;
        }

        void onePageMore() {
            int count = done.incrementAndGet();
            long now = System.nanoTime();
            long last = lastReport.get();
            if (now - last > 500_000_000L && lastReport.compareAndSet(last, now)) {
                progress.accept(String.format(Locale.UK, "Rendered %,d of %,d pages", count, total));
            }
        }
    }
}
