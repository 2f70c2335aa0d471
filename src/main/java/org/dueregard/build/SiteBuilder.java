package org.dueregard.build;

import org.dueregard.Problem;
import org.dueregard.Problems;
import org.dueregard.ProblemsException;
import org.dueregard.charts.ChartCache;
import org.dueregard.charts.DataEmbeds;
import org.dueregard.checks.AcceptedIssues;
import org.dueregard.checks.AccessibilityGate;
import org.dueregard.checks.BrowserNotFoundException;
import org.dueregard.checks.BrowserPaths;
import org.dueregard.checks.CheckReports;
import org.dueregard.checks.Finding;
import org.dueregard.checks.GateResult;
import org.dueregard.checks.PageSource;
import org.dueregard.checks.ReadabilityRules;
import org.dueregard.checks.StaticChecks;
import org.dueregard.config.SiteConfig;
import org.dueregard.config.SiteConfigLoader;
import org.dueregard.content.AnchorLink;
import org.dueregard.data.Dataset;
import org.dueregard.data.DatasetLibrary;
import org.dueregard.data.DatasetParser;
import org.dueregard.content.ContentFiles;
import org.dueregard.content.ContentScanner;
import org.dueregard.content.FigureReferences;
import org.dueregard.content.FrontMatter;
import org.dueregard.content.FrontMatterParser;
import org.dueregard.content.MarkdownRenderer;
import org.dueregard.content.ParsedSource;
import org.dueregard.content.RenderedMarkdown;
import org.dueregard.content.SiteFileGuard;
import org.dueregard.content.SitePaths;
import org.dueregard.content.SourceText;
import org.dueregard.output.AtomFeed;
import org.dueregard.output.Sitemap;
import org.dueregard.output.InPlaceOutput;
import org.dueregard.output.KeptFiles;
import org.dueregard.output.OutputLock;
import org.dueregard.output.PublishedFiles;
import org.dueregard.output.SiteOutput;
import org.dueregard.output.StagingFolder;
import org.dueregard.render.PictureSet;
import org.dueregard.render.TemplateRenderer;
import org.dueregard.render.Theme;
import org.dueregard.render.ViewFactory;
import org.dueregard.site.Page;
import org.dueregard.site.Site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds a site: Markdown and config in, a complete static website out, or every problem found and no change. */
public final class SiteBuilder {

    private final MarkdownRenderer markdown = new MarkdownRenderer();
    /** Present for the preview's incremental rebuilds; a published build always renders everything. */
    private final Optional<RenderCache> cache;

    /** Receives "Rendered 400 of 1,000 pages" now and then during a long build; a terminal shows it. */
    private final java.util.function.Consumer<String> progress;

    public SiteBuilder() {
        this(line -> { });
    }

    public SiteBuilder(java.util.function.Consumer<String> progress) {
        this.cache = Optional.empty();
        this.progress = progress;
    }

    /** A builder that reuses what did not change since its last build (for the preview). */
    public SiteBuilder(RenderCache cache) {
        this.cache = Optional.of(cache);
        this.progress = line -> { };
    }
    /** Set DUEREGARD_TIMINGS=1 to print how long each step takes, for profiling builds. */
    private static final boolean TIMINGS = "1".equals(System.getenv("DUEREGARD_TIMINGS"));
    private long stepStarted = System.nanoTime();

    private void step(String name) {
        if (!TIMINGS) return;
        long now = System.nanoTime();
        System.err.printf("  %-22s %6d ms%n", name, (now - stepStarted) / 1_000_000);
        stepStarted = now;
    }

    /** Builds the site, one build at a time per output folder. */
    public BuildReport build(BuildOptions options) throws ProblemsException, IOException, BrowserNotFoundException {
        if (cache.isPresent()) return buildLocked(options); // the preview holds the lock on its folder for its whole session
        try (OutputLock lock = OutputLock.take(options.output())) {
            return buildLocked(options);
        }
    }

    /** The whole pipeline, one step per line. */
    private BuildReport buildLocked(BuildOptions options) throws ProblemsException, IOException, BrowserNotFoundException {
        long started = System.nanoTime();
        Path root = options.siteRoot().toAbsolutePath().normalize();
        step("start");
        SiteConfig config = loadConfig(root, options);
        Problems problems = new Problems();
        ContentFiles files = scanContent(root, problems);
        SiteConfigLoader.findPlainHttpProblem(config, options.check().isPresent()).ifPresent(problems::add);
        step("config and scan");
        Drafts drafts = Drafts.of(readPages(root, files, options, problems, cache), options.includeDrafts());
        List<Page> pages = drafts.published();
        step("front matter");
        DatasetLibrary datasets = loadDatasets(root, files, problems);
        DataEmbeds embeds = new DataEmbeds(datasets, config.basePath(), ChartCache.inFolder(root.resolve(".dueregard").resolve("charts")));
        pages = withFiguresInFrontMatter(pages, embeds, problems);
        Theme theme = Theme.load(root, config);
        Site site = Site.of(config, pages, files, PictureSet.load(theme, config.basePath()), problems);
        Optional<org.dueregard.duty.DutyReport> duty = dutyCalendar(config, site, datasets, options, problems);
        String templatesKey = cache.isPresent() ? layersKey(theme, "templates") : "";
        TemplateRenderer templates = cache.flatMap(c -> c.findTemplates(templatesKey)).orElseGet(() -> new TemplateRenderer(theme, root));
        cache.ifPresent(c -> c.putTemplates(templatesKey, templates));
        checkLayouts(site, templates, problems);
        problems.throwIfErrors();
        step("site model");

        SiteOutput staging = cache.isPresent()
                ? InPlaceOutput.open(options.output(), root, root.resolve("content"))
                : StagingFolder.prepare(options.output(), root, root.resolve("content"), KeptFiles.of(config.keep()));
        if (staging instanceof StagingFolder folder) {
            for (String file : folder.foreignFiles()) {
                problems.add(Problem.warning("", 0, "The output folder has " + file + ", which dueregard did not make; it was kept.",
                        "If the site needs it, add it to keep: in dueregard.yml; if not, delete it from the output folder."));
            }
        }
        String siteKey = cache.isPresent() ? siteKey(root, options, config, files, theme, site, templatesKey) : "";
        try {
            boolean keepSources = options.check().isPresent();
            AcceptedIssues accepted = new AcceptedIssues(config.acceptedIssues(),
                    options.check().map(CheckSettings::today).orElse(java.time.LocalDate.now()));
            Map<String, String> glossary = loadGlossary(root, problems);
            ReadabilityRules readability = ReadabilityRules.from(config.readability(), glossary.keySet().stream()
                    .map(word -> word.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toSet()));
            List<PageOutcome> outcomes = renderPages(root, site, templates, embeds, staging, problems, keepSources, accepted, readability, siteKey,
                    glossary, lastCheckFor(root, site, options));
            embeds.files().forEach(staging::writeBytes);
            step("render pages");
            checkAnchorLinks(outcomes, problems);
            Set<String> pictures = outcomes.stream().flatMap(outcome -> outcome.pictures().stream()).collect(java.util.stream.Collectors.toSet());
            int copied = copyFiles(root, files, theme, staging, pictures, drafts.filesOnlyTheyUse(root, files), problems);
            PageOutcome notFound = writeSiteFiles(site, templates, staging, problems, accepted);
            step("files, sitemap, feed");
            if (options.check().isPresent()) {
                runGate(options.check().get(), config, staging, outcomes, notFound, problems);
                step("accessibility gate");
            }
            problems.throwIfErrors();
            staging.commit();
            cache.ifPresent(RenderCache::commitRenders);
            step("swap into place");
            List<Problem> warnings = problems.sorted();
            return new BuildReport(site.pages().size(), copied, warnings, Duration.ofNanos(System.nanoTime() - started), duty);
        } catch (ProblemsException | IOException | BrowserNotFoundException | RuntimeException e) {
            staging.discard();
            cache.ifPresent(RenderCache::discardRenders);
            throw e;
        }
    }

    /**
     * The equality duty's calendar, when the site has duty: settings: overdue publications and pages past their
     * review date become warnings (errors with strict: true). Worked out at the site's as_of date or today.
     */
    private static Optional<org.dueregard.duty.DutyReport> dutyCalendar(SiteConfig config, Site site, DatasetLibrary datasets,
                                                                       BuildOptions options, Problems problems) {
        if (config.duty().isEmpty()) return Optional.empty();
        SiteConfig.Duty duty = config.duty().get();
        java.time.LocalDate today = duty.asOf().orElseGet(() -> options.check().map(CheckSettings::today).orElse(java.time.LocalDate.now()));
        List<Page> published = site.pages().stream().filter(page -> !page.generated()).toList();
        org.dueregard.duty.DutyReport report = org.dueregard.duty.DutyCalendar.of(duty, config.organisation(), published,
                List.copyOf(datasets.all()), today);
        problems.addAll(org.dueregard.duty.DutyCalendar.problems(report, duty.line()));
        return Optional.of(report);
    }

    /**
     * The check the accessibility statement reports. A build with --check publishes only if today's check passes, so
     * its statement can say today's check found nothing to fix; a plain build reports the last check on record.
     */
    private static Optional<org.dueregard.site.LastCheck> lastCheckFor(Path root, Site site, BuildOptions options) {
        if (options.check().isPresent()) {
            return Optional.of(new org.dueregard.site.LastCheck(options.check().get().today(), site.pages().size() + 1, 0, 0));
        }
        return org.dueregard.site.LastCheck.find(root.resolve(".dueregard"));
    }

    private static SiteConfig loadConfig(Path root, BuildOptions options) throws ProblemsException, IOException {
        Path file = root.resolve(SiteConfig.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new ProblemsException(Problem.error(SiteConfig.FILE_NAME, 0, "There is no " + SiteConfig.FILE_NAME + " in " + root + ".",
                    "Run the command in your site's folder (the one with " + SiteConfig.FILE_NAME + "), pass --source FOLDER, "
                            + "or create the file with at least title:, organisation: and base_url:."));
        }
        java.util.Optional<Problem> outside = new SiteFileGuard(root).checkSettingsFile(SiteConfig.FILE_NAME);
        if (outside.isPresent()) throw new ProblemsException(outside.get());
        SiteConfig config = SiteConfigLoader.parse(SourceText.decodeUtf8(Files.readAllBytes(file), SiteConfig.FILE_NAME), SiteConfig.FILE_NAME);
        return options.baseUrl().map(config::withBaseUrl).orElse(config);
    }

    private static ContentFiles scanContent(Path root, Problems problems) throws ProblemsException, IOException {
        Path content = root.resolve("content");
        ContentFiles files = Files.isDirectory(content) ? ContentScanner.scan(content, new SiteFileGuard(root)) : null;
        if (files != null) problems.addAll(files.problems());
        if (files == null || files.isEmpty()) {
            problems.throwIfErrors();
            throw new ProblemsException(Problem.error("content/", 0, "There are no pages: the content folder has no Markdown (.md) files.",
                    "Put your pages in " + content + ", starting with index.md for the home page."));
        }
        return files;
    }

    /** A title or summary may quote figures too ("Our gender pay gap is {{ gpg-2024.median-hourly-pay.gap }}"). */
    private static List<Page> withFiguresInFrontMatter(List<Page> pages, DataEmbeds embeds, Problems problems) {
        List<Page> out = new ArrayList<>(pages.size());
        for (Page page : pages) {
            FrontMatter fm = page.frontMatter();
            if (!fm.title().contains("{{") && !fm.summary().contains("{{")) {
                out.add(page);
                continue;
            }
            List<Problem> found = new ArrayList<>();
            String title = FigureReferences.replaceInValue(fm.title(), page.file(), page.sourcePath(), fm.titleLine(), embeds, found);
            String summary = FigureReferences.replaceInValue(fm.summary(), page.file(), page.sourcePath(), fm.summaryLine(), embeds, found);
            problems.addAll(found);
            out.add(new Page(page.sourcePath(), page.urlPath(), page.folder(), page.kind(), page.generated(), fm.withText(title, summary),
                    page.bodyFirstLine()));
        }
        return out;
    }

    /** Reads every page's front matter, in parallel; a page with problems is reported and left out. */
    private static List<Page> readPages(Path root, ContentFiles files, BuildOptions options, Problems problems,
                                        Optional<RenderCache> cache) {
        return Parallel.map(files.pages(), sourcePath -> {
            String file = "content/" + sourcePath;
            String stamp = cache.map(c -> RenderCache.stamp(root.resolve(file))).orElse("");
            Optional<RenderCache.FrontMatterEntry> known = cache.map(c -> c.frontMatter.get(sourcePath)).filter(e -> e.stamp().equals(stamp));
            if (known.isPresent()) {
                return known.get().page(); // drafts too: Drafts decides what is published
            }
            Optional<String> unaddressable = SitePaths.findUnaddressableName(sourcePath);
            if (unaddressable.isPresent()) {
                problems.add(Problem.error(file, 0, "The name '" + unaddressable.get() + "' has letters that cannot be part of a web address.",
                        "Name the file or folder with the letters a to z, digits and hyphens; the page's title can be in any language."));
                return null;
            }
            try {
                String text = SourceText.decodeUtf8(Files.readAllBytes(root.resolve(file)), file);
                ParsedSource parsed = FrontMatterParser.parse(text, file);
                Page page = toPage(sourcePath, parsed);
                cache.ifPresent(c -> c.frontMatter.put(sourcePath, new RenderCache.FrontMatterEntry(stamp, page)));
                return page;
            } catch (ProblemsException e) {
                problems.addAll(e.problems());
                return null;
            } catch (IOException e) {
                problems.add(SiteFileGuard.unreadable(file, e));
                return null;
            }
        }).stream().filter(Objects::nonNull).toList();
    }

    private static Page toPage(String sourcePath, ParsedSource parsed) {
        String folder = SitePaths.folderOf(sourcePath);
        boolean isIndex = sourcePath.equals("index.md") || sourcePath.endsWith("/index.md");
        Page.Kind kind = !isIndex ? Page.Kind.PAGE : folder.isEmpty() ? Page.Kind.HOME : Page.Kind.SECTION;
        return new Page(sourcePath, SitePaths.pageUrlPath(sourcePath), folder, kind, false, parsed.frontMatter(), parsed.bodyFirstLine());
    }

    private static void checkLayouts(Site site, TemplateRenderer templates, Problems problems) {
        Set<String> known = Set.of("home", "section", "page", "report", "statement", "easy-read");
        for (Page page : site.pages()) {
            if (!page.layout().matches("[A-Za-z0-9_-]{1,64}")) {
                problems.add(Problem.error(page.file(), 0, "There is no layout called '" + page.layout() + "': a layout is a name, not a path.",
                        "Use one of: " + String.join(", ", known.stream().sorted().toList()) + "."));
                continue;
            }
            if (!templates.hasLayout(page.layout())) {
                problems.add(Problem.error(page.file(), 0, "There is no layout called '" + page.layout() + "'"
                                + org.dueregard.Suggestions.didYouMean(page.layout(), known),
                        "Use one of: " + String.join(", ", known.stream().sorted().toList())
                                + ", or add templates/" + page.layout() + ".peb to your site."));
            }
        }
    }

    /**
     * What rendering one page leaves behind for the checks that need every page: its ids and cross-page links, its
     * static findings, and (only when the gate will run) where it came from.
     */
    record PageOutcome(String sourcePath, Set<String> ids, List<AnchorLink> anchorLinks,
                       List<Finding> staticFindings, PageSource source, Set<String> pictures, Set<String> files) {
    }

    /** Renders and writes pages in parallel, keeping only what later checks need (never the HTML). */
    private List<PageOutcome> renderPages(Path root, Site site, TemplateRenderer templates, DataEmbeds embeds, SiteOutput staging,
                                          Problems problems, boolean keepSources, AcceptedIssues accepted, ReadabilityRules readability,
                                          String siteKey, Map<String, String> glossary, Optional<org.dueregard.site.LastCheck> lastCheck) {
        ViewFactory views = new ViewFactory(site, glossary, lastCheck);
        java.util.concurrent.atomic.AtomicInteger rendered = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicLong lastReport = new java.util.concurrent.atomic.AtomicLong(System.nanoTime());
        int total = site.pages().size();
        List<PageOutcome> outcomes = Parallel.map(site.pages(), page -> {
            String key = cache.isEmpty() ? "" : siteKey + "|" + page.sourcePath() + "|" + (page.generated() ? "" : RenderCache.stamp(root.resolve(page.file())));
            Optional<RenderCache.RenderEntry> known = cache.map(c -> c.renders.get(page.sourcePath())).filter(e -> e.key().equals(key));
            if (known.isPresent() && !keepSources) {
                PageOutcome outcome = known.get().outcome();
                problems.addAll(outcome.staticFindings().stream().map(Finding::toProblem).toList());
                staging.keep(page.urlPath() + "index.html");
                outcome.files().forEach(staging::keep);
                return outcome;
            }
            rendered.incrementAndGet();
            int count = done.incrementAndGet();
            long now = System.nanoTime();
            long last = lastReport.get();
            if (now - last > 500_000_000L && lastReport.compareAndSet(last, now)) {
                progress.accept(String.format(java.util.Locale.UK, "Rendered %,d of %,d pages", count, total));
            }
            try {
                String markdown = readBody(root, page);
                RenderedMarkdown body = renderBody(markdown, site, page, embeds);
                problems.addAll(body.problems());
                String html = templates.render(page.layout(), views.siteView(page), views.pageView(page, body.html(), body.headings()));
                List<Problem> anchorProblems = body.checkAnchorsIn(html);
                problems.addAll(anchorProblems);
                PageSource source = new PageSource(site.urlOf(page), page.urlPath() + "index.html",
                        page.generated() ? "" : page.file(), markdown, page.bodyFirstLine(), templates.layoutPath(page.layout()));
                List<Finding> findings = List.of();
                // A page whose Markdown has errors is not checked again here: its errors already say what to fix.
                if (body.problems().stream().noneMatch(Problem::isError)) {
                    findings = accepted.apply(StaticChecks.check(html, source, href -> sizeOfLinkedFile(root, site, href),
                            page.easyRead(), readability));
                    findings.forEach(finding -> problems.add(finding.toProblem()));
                }
                staging.writeText(page.urlPath() + "index.html", html);
                PageOutcome outcome = new PageOutcome(page.sourcePath(), body.ids(), body.anchorLinks(), findings, keepSources ? source : null,
                        body.pictures(), embeds.filesOf(page.sourcePath()));
                if (body.problems().stream().noneMatch(Problem::isError) && anchorProblems.isEmpty()) {
                    cache.ifPresent(c -> c.putRender(page.sourcePath(), new RenderCache.RenderEntry(key, outcome)));
                } else {
                    cache.ifPresent(c -> c.removeRender(page.sourcePath()));
                }
                return outcome;
            } catch (ProblemsException e) {
                problems.addAll(e.problems());
                return null;
            } catch (IOException e) {
                problems.add(SiteFileGuard.unreadable(page.file(), e));
                return null;
            } catch (StackOverflowError e) {
                problems.add(Problem.error(page.file(), 0, "This page is built in too complex a way to read (very deep nesting or a very long run of one character).",
                        "Simplify the page: fewer levels of lists and quotes, shorter lines."));
                return null;
            }
        }).stream().filter(Objects::nonNull).toList();
        cache.ifPresent(c -> c.countRendered(rendered.get()));
        return outcomes;
    }

    /**
     * Everything every page depends on besides its own file, as one key: the options, the config, templates and
     * assets, content files and datasets, the glossary, and every page's metadata (titles, addresses, dates...).
     */
    private static String siteKey(Path root, BuildOptions options, SiteConfig config, ContentFiles files, Theme theme, Site site,
                                  String templatesKey) {
        StringBuilder key = new StringBuilder();
        key.append(options.baseUrl()).append('|').append(options.includeDrafts()).append('|').append(config).append('\n');
        key.append(templatesKey).append('|').append(layersKey(theme, "assets")).append('\n');
        for (String asset : files.assets()) key.append(asset).append('=').append(RenderCache.stamp(root.resolve("content").resolve(asset))).append(';');
        for (String dataset : files.datasets()) key.append(dataset).append('=').append(RenderCache.stamp(root.resolve("content").resolve(dataset))).append(';');
        for (String records : files.records()) key.append(records).append('=').append(RenderCache.stamp(root.resolve("content").resolve(records))).append(';');
        key.append(RenderCache.stamp(root.resolve("glossary.yml"))).append('|')
                .append(RenderCache.stamp(root.resolve(".dueregard").resolve(org.dueregard.site.LastCheck.FILE))).append('\n');
        for (Page page : site.pages()) {
            key.append(page.sourcePath()).append('|').append(page.urlPath()).append('|').append(page.kind()).append('|')
                    .append(page.generated()).append('|').append(page.frontMatter()).append('\n');
        }
        return RenderCache.hash(key.toString());
    }

    /** Every file of a theme folder ("templates", "assets") in every layer, with its stamp. */
    private static String layersKey(Theme theme, String folder) {
        StringBuilder key = new StringBuilder();
        for (Path layer : theme.layers()) {
            Path dir = layer.resolve(folder);
            if (!Files.isDirectory(dir)) continue;
            try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) key.append(file).append('=').append(RenderCache.stamp(file)).append(';');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return RenderCache.hash(key.toString());
    }

    private static String readBody(Path root, Page page) throws IOException, ProblemsException {
        if (page.generated()) return "";
        String text = SourceText.decodeUtf8(Files.readAllBytes(root.resolve(page.file())), page.file());
        return FrontMatterParser.bodyOf(text, page.bodyFirstLine());
    }

    private RenderedMarkdown renderBody(String body, Site site, Page page, DataEmbeds embeds) {
        if (page.generated()) return new RenderedMarkdown("", List.of(), Set.of(), List.of(), List.of(), List.of(), Set.of());
        return markdown.render(body, page.file(), page.sourcePath(), page.bodyFirstLine(), site, embeds);
    }

    /** The words glossary.yml (in the site folder) explains, with their explanations; empty when there is none. */
    private static Map<String, String> loadGlossary(Path root, Problems problems) throws IOException {
        Path file = root.resolve("glossary.yml");
        java.util.Optional<Problem> outside = new SiteFileGuard(root).checkSettingsFile("glossary.yml");
        if (outside.isPresent()) {
            problems.add(outside.get());
            return Map.of();
        }
        if (!Files.isRegularFile(file)) return Map.of();
        try {
            org.dueregard.config.YamlNode node = org.dueregard.config.YamlParser.parse(
                    SourceText.decodeUtf8(Files.readAllBytes(file), "glossary.yml"), "glossary.yml", 1);
            if (node instanceof org.dueregard.config.YamlNode.Mapping mapping) {
                Map<String, String> words = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                for (org.dueregard.config.YamlNode.Entry entry : mapping.entries().values()) {
                    if (entry.value() instanceof org.dueregard.config.YamlNode.Scalar scalar && scalar.text() != null) {
                        words.put(entry.key(), scalar.text().strip());
                    }
                }
                return words;
            }
            problems.add(Problem.error("glossary.yml", 1, "The glossary should be 'word: explanation' lines.",
                    "For example: ICB: The NHS organisation that plans health services in our area."));
        } catch (ProblemsException e) {
            problems.addAll(e.problems());
        }
        return Map.of();
    }

    /** Reads every dataset, in parallel; a dataset with problems is reported and left out. */
    private static DatasetLibrary loadDatasets(Path root, ContentFiles files, Problems problems) {
        List<Dataset> datasets = Parallel.map(files.datasets(), sourcePath -> {
            String file = "content/" + sourcePath;
            Path folder = root.resolve(file).getParent();
            try {
                String text = SourceText.decodeUtf8(Files.readAllBytes(root.resolve(file)), file);
                return DatasetParser.parseFile(DatasetLibrary.nameOf(sourcePath), text, file, (relative, limit) -> {
                    Path sibling = folder.resolve(relative).normalize();
                    String name = root.relativize(sibling).toString().replace('\\', '/');
                    // Only files the scan listed (links that leave the site and pipes were refused there).
                    if (!sibling.startsWith(root.resolve("content")) || !files.records().contains(name.substring("content/".length()))) {
                        return Optional.empty();
                    }
                    try (java.io.InputStream in = Files.newInputStream(sibling)) {
                        return Optional.of(in.readNBytes(limit + 1));
                    }
                });
            } catch (ProblemsException e) {
                problems.addAll(e.problems());
                return List.<Dataset>of();
            } catch (IOException e) {
                problems.add(SiteFileGuard.unreadable(file, e));
                return List.<Dataset>of();
            }
        }).stream().flatMap(List::stream).toList();
        datasets.forEach(dataset -> problems.addAll(dataset.warnings()));
        return DatasetLibrary.of(datasets, problems);
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

    private static void checkAnchorLinks(List<PageOutcome> outcomes, Problems problems) {
        Map<String, Set<String>> idsByPage = outcomes.stream().collect(Collectors.toMap(PageOutcome::sourcePath, PageOutcome::ids));
        for (PageOutcome outcome : outcomes) {
            for (AnchorLink link : outcome.anchorLinks()) {
                Set<String> ids = idsByPage.getOrDefault(link.targetSource(), Set.of());
                if (!ids.contains(link.anchor())) {
                    problems.add(Problem.error(link.file(), link.line(),
                            "The link to '" + link.targetSource() + "#" + link.anchor() + "' points at a heading that page does not have"
                                    + org.dueregard.Suggestions.didYouMean(link.anchor(), ids),
                            "Use the id of one of its headings: the heading text in lower case, with hyphens for spaces."));
                }
            }
        }
    }

    /**
     * Copies the theme's assets (of the easy-read picture set, only the pictures pages use, and its licence) and the
     * files published beside pages; data files are never copied. The site's own files are checked on the way
     * (SVG sanitised, images and documents what their extension says); the built-in theme's are ours.
     */
    private static int copyFiles(Path root, ContentFiles files, Theme theme, SiteOutput staging, Set<String> pictures,
                                 Set<String> draftOnly, Problems problems) throws IOException {
        int copied = 0;
        for (Map.Entry<String, Path> asset : theme.assets().entrySet()) {
            String path = asset.getKey();
            if (path.startsWith("easy-read/")) {
                String name = path.substring("easy-read/".length());
                boolean used = name.endsWith(".svg") && pictures.contains(name.substring(0, name.length() - 4));
                boolean licence = name.equals("LICENCE.txt") && !pictures.isEmpty();
                if (!used && !licence) continue;
            }
            if (asset.getValue().startsWith(root)) {
                String file = root.relativize(asset.getValue()).toString().replace('\\', '/');
                PublishedFiles.publish(asset.getValue(), file, "assets/" + asset.getKey(), staging, problems);
            } else {
                staging.copy(asset.getValue(), "assets/" + asset.getKey());
            }
            copied++;
        }
        for (String asset : files.assets()) {
            if (draftOnly.contains(asset)) continue; // published with the draft that uses it, not before
            PublishedFiles.publish(root.resolve("content").resolve(asset), "content/" + asset, asset, staging, problems);
            copied++;
        }
        return copied;
    }

    /** Writes the sitemap, robots.txt, the feed and the 404 page, whose outcome is returned for the checks. */
    private static PageOutcome writeSiteFiles(Site site, TemplateRenderer templates, SiteOutput staging, Problems problems,
                                              AcceptedIssues accepted) throws ProblemsException {
        SiteConfig config = site.config();
        List<Sitemap.Entry> entries = site.pages().stream()
                .map(page -> new Sitemap.Entry(config.absoluteUrl(site.urlOf(page)),
                        page.frontMatter().updated().or(() -> page.frontMatter().date())))
                .toList();
        staging.writeText("sitemap.xml", Sitemap.render(entries));
        staging.writeText("robots.txt", "User-agent: *\nAllow: /\n\nSitemap: " + config.absoluteUrl(config.basePath() + "sitemap.xml") + "\n");
        List<AtomFeed.Entry> feed = site.publications().stream()
                .map(page -> new AtomFeed.Entry(page.title(), config.absoluteUrl(site.urlOf(page)), page.frontMatter().summary(),
                        page.frontMatter().date().orElseThrow(),
                        page.frontMatter().updated().orElse(page.frontMatter().date().orElseThrow())))
                .toList();
        staging.writeText("feed.xml", AtomFeed.render(config.title(), config.organisation(), config.absoluteUrl(config.basePath()),
                config.absoluteUrl(config.basePath() + "feed.xml"), feed));
        ViewFactory views = new ViewFactory(site);
        String notFound = templates.render("404", views.siteView(null), views.notFoundView());
        staging.writeText("404.html", notFound);
        PageSource source = new PageSource(config.basePath() + "404.html", "404.html", "", "", 1, templates.layoutPath("404"));
        List<Finding> findings = accepted.apply(StaticChecks.check(notFound, source, href -> -1));
        findings.forEach(finding -> problems.add(finding.toProblem()));
        return new PageOutcome("404.html", Set.of(), List.of(), findings, source, Set.of(), Set.of());
    }

    /** Starts the log line with the browser's timings, which the command line shows only with --verbose. */
    public static final String TIMING = "Timing:";

    /** Runs the browser checks on the staged site, writes the reports, and adds every browser finding as a problem. */
    private static void runGate(CheckSettings settings, SiteConfig config, SiteOutput staging, List<PageOutcome> outcomes,
                                PageOutcome notFound, Problems problems) throws IOException, BrowserNotFoundException {
        List<PageOutcome> all = new java.util.ArrayList<>(outcomes);
        all.add(notFound);
        all.sort(java.util.Comparator.comparing(outcome -> outcome.source().page()));
        BrowserPaths browser = BrowserPaths.find(settings.chromium(), settings.chromedriver(), System.getenv());
        AccessibilityGate gate = new AccessibilityGate(new AccessibilityGate.Options(browser, settings.cacheFile(),
                settings.today(), config.acceptedIssues(), settings.log()));
        GateResult result = gate.check(staging.path(), config.basePath(), all.stream().map(PageOutcome::source).toList());
        List<Finding> staticFindings = all.stream().flatMap(outcome -> outcome.staticFindings().stream()).toList();
        List<Finding> findings = new java.util.ArrayList<>(staticFindings);
        findings.addAll(result.findings());
        findings = AccessibilityGate.withoutDuplicates(findings);
        findings.stream().filter(finding -> !staticFindings.contains(finding)).forEach(finding -> problems.add(finding.toProblem()));
        CheckReports.write(settings.reportFolder(), findings, new CheckReports.Summary(config.title(), result.pages(),
                result.pagesInBrowser(), result.pagesFromCache(), result.browserStartMillis(), result.medianPageMillis(),
                result.totalMillis()));
        long errors = findings.stream().filter(Finding::isError).count();
        // The accessibility statement says when the site was last tested and what was found: it reads this next time.
        long accepted = findings.stream().filter(f -> !f.isError() && config.acceptedIssues().stream().anyMatch(a -> a.rule().equals(f.rule()))).count();
        new org.dueregard.site.LastCheck(settings.today(), result.pages(), errors, accepted)
                .write(settings.cacheFile().getParent());
        // Pages are counted as the build counts them; the not-found page, which the build does not count, is named.
        settings.log().accept(String.format("Checked %d page%s and the not-found page for accessibility (%d in the browser, %d unchanged since the"
                        + " last check) in %.1f s: %d problem%s. Report: %s",
                result.pages() - 1, result.pages() == 2 ? "" : "s", result.pagesInBrowser(), result.pagesFromCache(), result.totalMillis() / 1000.0,
                errors, errors == 1 ? "" : "s", settings.reportFolder().resolve("index.html")));
        settings.log().accept(String.format("%s browser start %d ms, median %d ms a page.", TIMING, result.browserStartMillis(), result.medianPageMillis()));
    }

}
