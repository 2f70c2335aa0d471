package org.dueregard.pipeline;

import org.dueregard.Problem;
import org.dueregard.Problems;
import org.dueregard.ProblemsException;
import org.dueregard.checks.AcceptedIssues;
import org.dueregard.checks.BrowserNotFoundException;
import org.dueregard.checks.BrowserStarter;
import org.dueregard.checks.ReadabilityRules;
import org.dueregard.config.SiteConfig;
import org.dueregard.config.SiteConfigLoader;
import org.dueregard.content.ContentFiles;
import org.dueregard.content.MarkdownRenderer;
import org.dueregard.duty.DutyReport;
import org.dueregard.output.InPlaceOutput;
import org.dueregard.output.OutputLock;
import org.dueregard.output.SiteOutput;
import org.dueregard.site.Page;
import org.dueregard.site.Site;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Builds a site: Markdown and config in, a complete static website out, or every problem found and no change.
 * {@link #build} is the pipeline's table of contents; each stage is a class of this package.
 */
public final class SiteBuilder {

    private final MarkdownRenderer markdown = new MarkdownRenderer();
    /** Present for the preview's incremental rebuilds; a published build always renders everything. */
    private final Optional<RenderCache> cache;
    /** Receives "Rendered 400 of 1,000 pages" now and then during a long build; a terminal shows it. */
    private final Consumer<String> progress;
    /** Pages rendered at once: every core, or 1 for the reference build tests compare with. */
    private final int threads;
    /** The preview's: documents that changed are made after the pages are shown (see DocumentWriter.Later). */
    private final boolean documentsLater;

    public SiteBuilder() {
        this(line -> { });
    }

    public SiteBuilder(Consumer<String> progress) {
        this(Optional.empty(), progress, Runtime.getRuntime().availableProcessors(), false);
    }

    /**
     * A builder that reuses what did not change since its last build (for the preview).
     *
     * @param documentsLater make the documents that changed after the pages are shown (the build's report names
     *                       their pages, to be built again by a builder without it)
     */
    public SiteBuilder(RenderCache cache, boolean documentsLater) {
        this(Optional.of(cache), line -> { }, Runtime.getRuntime().availableProcessors(), documentsLater);
    }

    private SiteBuilder(Optional<RenderCache> cache, Consumer<String> progress, int threads, boolean documentsLater) {
        this.cache = cache;
        this.progress = progress;
        this.threads = threads;
        this.documentsLater = documentsLater;
    }

    /** A builder rendering one page at a time: the reference that parallel builds must match byte for byte. */
    static SiteBuilder oneThread() {
        return new SiteBuilder(Optional.empty(), line -> { }, 1, false);
    }

    /** Starts the log line with the browser's timings, which the command line shows only with --verbose. */
    public static final String TIMING = "Timing:";

    /** Builds the site, one build at a time per output folder; a checked build starts its browsers straight away. */
    public BuildReport build(BuildOptions options) throws ProblemsException, IOException, BrowserNotFoundException {
        if (cache.isPresent()) return buildLocked(options, BrowserStarter.NONE); // the preview holds its folder's lock all session
        try (OutputLock lock = OutputLock.take(options.output()); BrowserStarter browsers = BrowserGate.startEarly(options.check())) {
            return buildLocked(options, browsers);
        }
    }

    /** The whole pipeline, one stage per line. */
    private BuildReport buildLocked(BuildOptions options, BrowserStarter browsers) throws ProblemsException, IOException {
        long started = System.nanoTime();
        StepTimer timer = new StepTimer();
        Path root = options.siteRoot().toAbsolutePath().normalize();
        Problems problems = new Problems();
        SiteConfig config = ConfigReader.read(root, options);
        ContentFiles files = ContentScan.scan(root, problems, cache);
        SiteConfigLoader.findPlainHttpProblem(config, options.check().isPresent()).ifPresent(problems::add);
        timer.done("config and scan");
        List<Page> pages = PageReader.readAll(root, files, options, problems, cache);
        Drafts drafts = RenderCache.reuse(cache, "drafts", List.of(pages, String.valueOf(options.includeDrafts())), problems,
                found -> Drafts.of(pages, options.includeDrafts()));
        timer.done("front matter");
        SiteModel.Parts model = SiteModel.make(root, config, files, drafts.published(), problems, cache);
        Site site = model.site();
        Optional<DutyReport> duty = DutyStage.calendar(config, site, model.datasets(), options, problems);
        problems.throwIfErrors();
        timer.done("site model");

        SiteOutput output = OutputFolder.open(options, root, config, cache, problems);
        try {
            Map<String, String> glossary = GlossaryReader.read(root, problems);
            Optional<DocumentWriter.Later> documents = documentsLater && options.check().isEmpty()
                    ? Optional.of(new DocumentWriter.Later()) : Optional.empty();
            AcceptedIssues accepted = new AcceptedIssues(config.acceptedIssues(), options.check().map(CheckSettings::today).orElse(LocalDate.now()));
            PageRenderer.Inputs inputs = new PageRenderer.Inputs(root, site, model.templates(), model.embeds(), output, accepted,
                    readabilityRules(config, glossary), glossary, DutyStage.lastCheck(root, site, options), options.check().isPresent(),
                    new DocumentWriter(root, site, model.theme(), model.templates(), model.embeds(), output, options.check().isPresent(), documents));
            String siteKey = cache.isPresent() ? SiteKey.of(root, options, config, files, model, cache.get()) : "";
            List<PageOutcome> outcomes = new PageRenderer(markdown, progress, threads).renderAll(inputs, problems, cache, siteKey);
            model.embeds().files().forEach(output::writeBytes);
            timer.done("render pages");
            // The preview writes its search index (9 MB at 10,000 pages) after the saved page is shown.
            Optional<InPlaceOutput> indexLater = output instanceof InPlaceOutput preview && SearchPage.indexesIn(site, preview.path())
                    ? Optional.of(preview) : Optional.empty();
            if (indexLater.isPresent()) SearchPage.keepIndex(site, output);
            else SearchPage.writeIndex(site, outcomes, output, cache);
            timer.done("search index");
            AnchorCheck.check(outcomes, problems, cache);
            int copied = FileCopier.copyAll(root, files, model.theme(), output, picturesUsed(outcomes),
                    drafts.filesOnlyTheyUse(root, files), problems);
            PageOutcome notFound = SiteFiles.writeOrKeep(site, model.templates(), output, problems, accepted, cache, siteKey);
            timer.done("files, sitemap, feed");
            if (options.check().isPresent()) {
                BrowserGate.run(options.check().get(), config, output, outcomes, notFound, problems, browsers);
                timer.done("accessibility gate");
            }
            problems.throwIfErrors();
            output.commit();
            cache.ifPresent(RenderCache::commitRenders);
            timer.done("swap into place");
            List<Problem> warnings = problems.sorted();
            BuildReport.Later afterShown = () -> {
                if (indexLater.isPresent()) {
                    for (Map.Entry<String, byte[]> index : SearchPage.indexes(site, outcomes, cache).entrySet()) {
                        indexLater.get().writeNow(index.getKey(), index.getValue());
                    }
                    timer.done("search index, after the pages are shown");
                }
                if (documents.isPresent()) {
                    documents.get().makeAll();
                    timer.done("documents, after the pages are shown");
                }
            };
            return new BuildReport(site.pages().size(), copied, warnings, Duration.ofNanos(System.nanoTime() - started), duty,
                    LanguageReport.write(root, site), afterShown, documents.map(DocumentWriter.Later::pageFiles).orElse(Set.of()));
        } catch (ProblemsException | IOException | RuntimeException e) {
            output.discard();
            cache.ifPresent(RenderCache::discardRenders);
            throw e;
        }
    }

    private static ReadabilityRules readabilityRules(SiteConfig config, Map<String, String> glossary) {
        return ReadabilityRules.from(config.readability(), glossary.keySet().stream()
                .map(word -> word.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()));
    }

    private static Set<String> picturesUsed(List<PageOutcome> outcomes) {
        Set<String> used = new java.util.HashSet<>(); // a loop: the preview asks on every save, of 10,000 pages
        for (PageOutcome outcome : outcomes) if (!outcome.pictures().isEmpty()) used.addAll(outcome.pictures());
        return used;
    }
}
