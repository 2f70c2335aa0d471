package org.dueregard.pipeline;

import org.dueregard.Problem;
import org.dueregard.Problems;
import org.dueregard.ProblemsException;
import org.dueregard.charts.DataEmbeds;
import org.dueregard.documents.DocumentChoice;
import org.dueregard.documents.PdfFonts;
import org.dueregard.documents.PdfCache;
import org.dueregard.documents.PdfMaker;
import org.dueregard.documents.PdfUaAdvice;
import org.dueregard.documents.PlainTextVersion;
import org.dueregard.documents.PdfCheckCache;
import org.dueregard.documents.PrintHtml;
import org.dueregard.output.SiteOutput;
import org.dueregard.output.SvgSanitizer;
import org.dueregard.render.DocumentView;
import org.dueregard.render.PageView;
import org.dueregard.render.SiteView;
import org.dueregard.render.TemplateRenderer;
import org.dueregard.render.Theme;
import org.dueregard.site.Page;
import org.dueregard.site.Site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Part of stage 5: the documents made from a page, written beside it while the page is rendered (so the page can
 * link them with their size). A tagged PDF/UA-1 file from the theme's print template ({@code document.peb}); in a
 * checked build ({@code build --check}, {@code check}) each is validated with veraPDF, and each broken rule is a
 * problem of the page it was made from. A document veraPDF passed is remembered by its hash and not checked again.
 */
final class DocumentWriter {

    /** What a page's documents left: the links for the page, and the files written (the preview keeps them). */
    record Made(List<DocumentView> links, Set<String> files) {
        static final Made NONE = new Made(List.of(), Set.of());
    }

    static final String PRINT_LAYOUT = "document";

    private final Path root;
    private final Site site;
    private final TemplateRenderer templates;
    private final DataEmbeds embeds;
    private final SiteOutput output;
    private final Map<String, Path> assets;
    private final Optional<PdfFonts> fonts;
    private final boolean validate;
    private final PdfCheckCache checked;
    private final PdfCache made;
    private final Optional<Later> later;

    /**
     * The preview's documents that changed, made after the saved page is shown: a long report's two PDFs took about
     * a second of each save. Until they are made the page links the last ones, which stay on disk, with their sizes;
     * then the preview builds the page again, and it finds them made.
     */
    static final class Later {
        private final List<Runnable> documents = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        private final Set<String> pageFiles = java.util.concurrent.ConcurrentHashMap.newKeySet();

        private void add(Page page, Runnable makeDocument) {
            documents.add(makeDocument);
            pageFiles.add(page.file());
        }

        private boolean has(Page page) {
            return pageFiles.contains(page.file());
        }

        /** The source files (from the site folder) of the pages whose documents were left for later. */
        Set<String> pageFiles() {
            return Set.copyOf(pageFiles);
        }

        /** Makes the documents left for later, on every core, into the document cache. */
        void makeAll() {
            Parallel.map(List.copyOf(documents), document -> {
                document.run();
                return Boolean.TRUE;
            });
        }
    }

    /** @param validate check each document with veraPDF (a checked build) */
    DocumentWriter(Path root, Site site, Theme theme, TemplateRenderer templates, DataEmbeds embeds, SiteOutput output, boolean validate) {
        this(root, site, theme, templates, embeds, output, validate, Optional.empty());
    }

    /** @param later for the preview: where documents that changed are left, to be made after the pages are shown */
    DocumentWriter(Path root, Site site, Theme theme, TemplateRenderer templates, DataEmbeds embeds, SiteOutput output, boolean validate,
                   Optional<Later> later) {
        this.root = root;
        this.site = site;
        this.templates = templates;
        this.embeds = embeds;
        this.output = output;
        this.assets = theme.assets();
        this.fonts = PdfFonts.find(theme.layers());
        this.validate = validate;
        this.checked = new PdfCheckCache(root.resolve(".dueregard").resolve("pdf-checks"));
        this.made = new PdfCache(root.resolve(".dueregard").resolve("pdfs"));
        this.later = later;
    }

    /** Whether this build left the page's documents to be made after the pages are shown. */
    boolean leftForLater(Page page) {
        return later.isPresent() && later.get().has(page);
    }

    /** The page as plain text, its cover in the page's language. */
    private static String plainText(SiteView siteView, PageView pageView, Map<String, String> words) {
        List<String> cover = new java.util.ArrayList<>(List.of(pageView.title(), siteView.organisation()));
        if (pageView.published() != null) cover.add(words.get("published") + ": " + pageView.published().display());
        if (pageView.updated() != null) cover.add(words.get("last_updated") + ": " + pageView.updated().display());
        if (pageView.reviewBy() != null) cover.add(words.get("review_due") + ": " + pageView.reviewBy().display());
        cover.add(words.get("document_read_online") + " " + pageView.address());
        return PlainTextVersion.of(new PlainTextVersion.Cover(cover), pageView.content().toString(), java.net.URI.create(pageView.address()));
    }

    /** Makes and writes the page's PDF when it should have one; every problem is one of the page's. */
    Made writeFor(Page page, SiteView siteView, PageView pageView, Problems problems) throws ProblemsException {
        if (!DocumentChoice.wantsPdf(page, site.config().pdf())) return Made.NONE;
        if (fonts.isEmpty()) {
            problems.add(Problem.error(page.file(), 0, "The PDF of this page cannot be made: the theme has no fonts/LiberationSans-Regular.ttf "
                    + "(and its Bold, Italic and BoldItalic faces).", "Put the four font files in your theme's fonts/ folder, or write pdf: false "
                    + "in the page's front matter."));
            return Made.NONE;
        }
        String html = templates.render(PRINT_LAYOUT, siteView, pageView);
        PdfMaker.Dates dates = new PdfMaker.Dates(
                page.frontMatter().date().orElse(BUILD_DATE_FALLBACK),
                page.frontMatter().updated().or(() -> page.frontMatter().date()).orElse(BUILD_DATE_FALLBACK),
                pageView.address());
        String what = "report".equals(page.layout()) ? "report" : "page";
        Map<String, String> words = templates.messages().forLanguage(pageView.lang()); // the links' words, in the page's language
        List<DocumentView> links = new java.util.ArrayList<>();
        Set<String> files = new java.util.TreeSet<>();
        if (page.easyRead()) {
            // Easy read is large already: one version, pictures beside the words (the print styles' document--easy-read).
            String path = DocumentChoice.pdfPath(page);
            make(page, html, false, dates, path, problems).ifPresent(size -> {
                links.add(new DocumentView(site.config().basePath() + path, words.get("document_print_page"), "PDF", org.dueregard.checks.StaticChecks.humanSize(size)));
                files.add(path);
            });
            return new Made(List.copyOf(links), Set.copyOf(files));
        }
        // The large print version is made on another thread meanwhile: a long report's two documents are the build's
        // longest step, and each is made from the same HTML alone.
        java.util.concurrent.CompletableFuture<Optional<Long>> large = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> make(page, html, true, dates, DocumentChoice.largePrintPath(page), problems));
        Optional<Long> standard = make(page, html, false, dates, DocumentChoice.pdfPath(page), problems);
        for (boolean largePrint : new boolean[] {false, true}) {
            String path = largePrint ? DocumentChoice.largePrintPath(page) : DocumentChoice.pdfPath(page);
            Optional<Long> size = largePrint ? large.join() : standard;
            if (size.isEmpty()) continue;
            String label = words.get((largePrint ? "document_large_print_" : "document_pdf_") + what);
            links.add(new DocumentView(site.config().basePath() + path, label, "PDF", org.dueregard.checks.StaticChecks.humanSize(size.get())));
            files.add(path);
        }
        String textPath = DocumentChoice.textPath(page);
        byte[] text = plainText(siteView, pageView, words).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        output.writeBytes(textPath, text);
        links.add(new DocumentView(site.config().basePath() + textPath, words.get("document_text_" + what), "TXT",
                org.dueregard.checks.StaticChecks.humanSize(text.length)));
        files.add(textPath);
        return new Made(List.copyOf(links), Set.copyOf(files));
    }

    /** One document, written and (in a checked build) validated: its size, or nothing when it could not be made. */
    private Optional<Long> make(Page page, String html, boolean largePrint, PdfMaker.Dates dates, String path, Problems problems) {
        String basePath = site.config().basePath();
        String baseUrl = site.config().baseUrl().toString();
        PdfCache.Inputs inputs = new PdfCache.Inputs(html, largePrint, basePath, baseUrl, dates, fonts.get());
        java.util.function.Function<java.util.function.Function<String, Optional<byte[]>>, byte[]> maker =
                files -> new PdfMaker(fonts.get(), files).make(PrintHtml.toPrint(html, basePath, baseUrl, largePrint), dates);
        byte[] pdf;
        try {
            // Made again only when the page, its dates, a file it shows or dueregard itself changed (see PdfCache).
            Optional<byte[]> kept = later.isPresent() ? made.find(path, inputs, this::findFile) : Optional.empty();
            Optional<Long> lastOnDisk = later.isPresent() && kept.isEmpty() ? sizeOnDisk(path) : Optional.empty();
            if (lastOnDisk.isPresent()) {
                // The preview keeps the last document until the new one is made (if that fails, the build that
                // follows tries again and reports it as this page's problem).
                later.get().add(page, () -> {
                    try {
                        made.document(path, inputs, this::findFile, maker);
                    } catch (RuntimeException e) {
                        // Not kept: the build that follows makes it again and says what went wrong.
                    }
                });
                output.keep(path);
                return lastOnDisk;
            }
            pdf = kept.isPresent() ? kept.get() : made.document(path, inputs, this::findFile, maker);
        } catch (RuntimeException e) {
            problems.add(Problem.error(page.file(), 0, "The PDF of this page (" + path + ") could not be made: " + e.getMessage(),
                    "If the web page builds, the print template (templates/" + PRINT_LAYOUT + ".peb) or dueregard is at fault: "
                            + "report it with this message. Meanwhile write pdf: false in the page's front matter."));
            return Optional.empty();
        }
        if (validate) {
            checked.check(pdf).forEach(failure -> problems.add(PdfUaAdvice.problem(page.file(), path, failure)));
        }
        output.writeBytes(path, pdf);
        return Optional.of((long) pdf.length);
    }

    /** The size of the document the preview wrote last time, when it is still there. */
    private Optional<Long> sizeOnDisk(String path) {
        try {
            Path file = output.path().resolve(path);
            return Files.isRegularFile(file) ? Optional.of(Files.size(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A page without a date has documents dated at a fixed day, so its bytes still do not depend on the day of the build. */
    private static final java.time.LocalDate BUILD_DATE_FALLBACK = java.time.LocalDate.of(2000, 1, 1);

    /** A file of the site by its path below the base path: a chart made for a page, a theme asset, or a file beside a page. */
    private Optional<byte[]> findFile(String path) {
        Optional<byte[]> made = embeds.findFile(path);
        if (made.isPresent()) return made;
        if (path.startsWith("assets/") && assets.containsKey(path.substring("assets/".length()))) {
            return read(assets.get(path.substring("assets/".length())));
        }
        Path content = root.resolve("content").normalize();
        Path file = content.resolve(path).normalize();
        if (!file.startsWith(content) || !Files.isRegularFile(file)) return Optional.empty();
        Optional<byte[]> bytes = read(file);
        if (path.toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
            // The same rewrite as the published copy: no scripts, no outside references.
            return bytes.map(SvgSanitizer::sanitise).filter(SvgSanitizer.Clean.class::isInstance).map(clean -> ((SvgSanitizer.Clean) clean).svg());
        }
        return bytes;
    }

    private static Optional<byte[]> read(Path file) {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
