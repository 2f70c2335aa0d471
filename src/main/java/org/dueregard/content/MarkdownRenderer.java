package org.dueregard.content;

import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteRepository;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Markdown to HTML with the features reports need. Thread-safe: one instance renders every page, in parallel.
 */
public final class MarkdownRenderer {

    private final Parser parser;
    /**
     * The same without abbreviations, for the many pages that define none: Flexmark walks and sorts every node of a
     * page for the abbreviations' post-processor even when there is nothing to replace.
     */
    private final Parser parserWithoutAbbreviations;
    private final HtmlRenderer renderer;
    /** For tests: always render with Flexmark's renderer, the reference {@link BodyHtml} must match. */
    private final boolean flexmarkOnly;
    /** For tests: whether this thread's last page was written by {@link BodyHtml}. */
    private final ThreadLocal<Boolean> lastFast = ThreadLocal.withInitial(() -> false);

    public MarkdownRenderer() {
        this(false);
    }

    MarkdownRenderer(boolean flexmarkOnly) {
        this.flexmarkOnly = flexmarkOnly;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(new PipeTablesExtension(), FootnoteExtension.create(),
                DefinitionExtension.create(), AbbreviationExtension.create(), TypographicExtension.create(),
                StrikethroughExtension.create()));
        options.set(TablesExtension.WITH_CAPTION, true);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        // Raw HTML in Markdown is shown as text: authors cannot bypass the accessible markup by accident.
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        this.parser = Parser.builder(options).build();
        MutableDataSet withoutAbbreviations = new MutableDataSet(options);
        withoutAbbreviations.set(Parser.EXTENSIONS, List.of(new PipeTablesExtension(), FootnoteExtension.create(),
                DefinitionExtension.create(), TypographicExtension.create(), StrikethroughExtension.create()));
        this.parserWithoutAbbreviations = Parser.builder(withoutAbbreviations).build();

        // Tables and footnotes are parsed by their extensions but rendered only by our accessible renderer.
        MutableDataSet renderOptions = new MutableDataSet(options);
        renderOptions.set(Parser.EXTENSIONS, List.of(DefinitionExtension.create(), AbbreviationExtension.create(),
                TypographicExtension.create(), StrikethroughExtension.create(), new AccessibleExtension()));
        this.renderer = HtmlRenderer.builder(renderOptions).build();
    }

    private static final java.util.regex.Pattern VOID_SLASH = java.util.regex.Pattern.compile("(<(?:img|br|hr)\\b[^<>]*?)\\s*/>");

    /**
     * Renders one page body.
     *
     * @param body          the Markdown after the front matter
     * @param file          the page as messages name it ("content/reports/a.md")
     * @param sourcePath    the page relative to content/ ("reports/a.md")
     * @param bodyFirstLine the line of the file on which the body starts
     */
    public RenderedMarkdown render(String body, String file, String sourcePath, int bodyFirstLine, LinkTargets targets) {
        return render(body, file, sourcePath, bodyFirstLine, targets, Embeds.NONE);
    }

    /** Renders one page body, with figures and data blocks from {@code embeds}. */
    public RenderedMarkdown render(String body, String file, String sourcePath, int bodyFirstLine, LinkTargets targets,
                                   Embeds embeds) {
        List<org.dueregard.Problem> tooMuch = MarkdownLimits.check(body, file, bodyFirstLine);
        if (!tooMuch.isEmpty()) return new RenderedMarkdown("", List.of(), Set.of(), List.of(), List.of(), tooMuch, Set.of());
        FigureReferences.Replaced replaced = FigureReferences.replace(body, file, sourcePath, bodyFirstLine, embeds);
        // An abbreviation is defined on a line of its own, "*[HR]: human resources".
        Document document = (replaced.text().contains("*[") ? parser : parserWithoutAbbreviations).parse(replaced.text());
        PageAnalysis analysis = new PageAnalysis(file, sourcePath, bodyFirstLine, targets, embeds);
        analysis.analyse(document, replaced.text());
        FootnoteRepository footnotes = FootnoteExtension.FOOTNOTES.get(document);
        footnotes.resolveFootnoteOrdinals();
        Optional<String> fast = flexmarkOnly ? Optional.empty() : BodyHtml.render(document, analysis);
        lastFast.set(fast.isPresent());
        String rendered = fast.orElseGet(() -> {
            document.set(AccessibleHtmlRenderer.ANALYSIS, analysis);
            return renderer.render(document);
        });
        // HTML, not XHTML: "<img ... />" earns an info message from the Nu checker. Raw HTML in a page is escaped, so
        // every tag here is one we or flexmark wrote. The fast renderer writes HTML already: the regular expression over
        // every page was 5% of a 10,000-page build.
        String html = rendered.contains("/>") ? VOID_SLASH.matcher(rendered).replaceAll("$1>") : rendered;
        List<org.dueregard.Problem> problems = new java.util.ArrayList<>(replaced.problems());
        problems.addAll(analysis.problems);
        return new RenderedMarkdown(html, List.copyOf(analysis.headings), Set.copyOf(analysis.ids),
                List.copyOf(analysis.anchorLinks), List.copyOf(analysis.unresolvedAnchors), List.copyOf(problems),
                Set.copyOf(analysis.pictures));
    }

    boolean lastRenderWasFast() {
        return lastFast.get();
    }

    /** Plugs our renderers and link resolution into Flexmark. */
    private static final class AccessibleExtension implements HtmlRenderer.HtmlRendererExtension {
        @Override
        public void rendererOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(AccessibleHtmlRenderer::new);
            builder.linkResolverFactory(new com.vladsch.flexmark.html.IndependentLinkResolverFactory() {
                @Override
                public LinkResolver apply(com.vladsch.flexmark.html.renderer.LinkResolverBasicContext context) {
                    PageAnalysis analysis = AccessibleHtmlRenderer.ANALYSIS.get(context.getDocument());
                    return (node, ctx, link) -> {
                        String resolved = analysis == null ? null : analysis.resolvedUrls.get(link.getUrl());
                        return resolved == null ? link : link.withUrl(resolved).withStatus(LinkStatus.VALID);
                    };
                }
            });
        }
    }

}
