package org.dueregard.content;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.abbreviation.Abbreviation;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationBlock;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes a parsed page body as HTML in one pass over the tree, byte for byte as Flexmark's HTML renderer with our
 * {@link AccessibleHtmlRenderer} writes it, for the nodes reports are made of (paragraphs, headings, lists, links,
 * images, emphasis, tables, figures, callouts, footnotes, abbreviations, typographic quotes). It is several times
 * faster, as Flexmark's writer handles every character through several layers. A body with any other node (raw
 * HTML blocks, code blocks, reference links...) is left to Flexmark: {@link #render} returns empty, and
 * MarkdownRendererTest checks that both agree wherever this one answers.
 */
final class BodyHtml {

    /** Thrown (without a stack trace) on a node this renderer does not write; the caller falls back to Flexmark. */
    static final class Unsupported extends RuntimeException {
        static final Unsupported INSTANCE = new Unsupported();

        private Unsupported() {
            super("a node BodyHtml does not write", null, false, false);
        }
    }

    /**
     * Links Flexmark writes as their text alone ("javascript:.*" unless set otherwise). The build refuses such links
     * anyway, but the page must still read the same as Flexmark's.
     */
    private static final Pattern SUPPRESSED_LINKS = Pattern.compile(HtmlRenderer.SUPPRESSED_LINKS.get(null));

    private final PageAnalysis analysis;
    private final ListOptions listOptions;
    private final Document document;
    private final HtmlOutput html = new HtmlOutput();
    private final TablesHtml tables;

    private BodyHtml(Document document, PageAnalysis analysis) {
        this.document = document;
        this.analysis = analysis;
        this.listOptions = ListOptions.get(document);
        if (!HtmlRenderer.SUPPRESSED_LINKS.get(document).equals(SUPPRESSED_LINKS.pattern())) throw Unsupported.INSTANCE;
        this.tables = new TablesHtml(html, this::children);
    }

    /** The body's HTML, or empty when it holds a node only Flexmark's renderer writes. */
    static Optional<String> render(Document document, PageAnalysis analysis) {
        try {
            BodyHtml body = new BodyHtml(document, analysis);
            body.children(document);
            FootnotesHtml.write(document, body.html, body::children);
            return Optional.of(body.html.finish());
        } catch (Unsupported e) {
            return Optional.empty();
        }
    }

    void children(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) node(child);
    }

    private void node(Node node) {
        if (node instanceof Text) {
            html.text(unescaped(node.getChars()));
        } else if (node instanceof SoftLineBreak) {
            html.raw("\n");
        } else if (node instanceof Paragraph paragraph) {
            paragraph(paragraph);
        } else if (node instanceof Heading heading) {
            heading(heading);
        } else if (node instanceof Link link) {
            link(link);
        } else if (node instanceof Emphasis) {
            wrapped("em", node);
        } else if (node instanceof StrongEmphasis) {
            wrapped("strong", node);
        } else if (node instanceof TypographicSmarts smarts) {
            html.raw(smarts.getTypographicText());
        } else if (node instanceof TypographicQuotes quotes) {
            quotes(quotes);
        } else if (node instanceof BulletList || node instanceof OrderedList) {
            list(node);
        } else if (node instanceof ListItem item) {
            listItem(item);
        } else if (node instanceof TableBlock table) {
            tables.table(table);
        } else if (node instanceof Image image) {
            image(image);
        } else {
            rarerNode(node);
        }
    }

    private void rarerNode(Node node) {
        if (node instanceof Abbreviation abbreviation) {
            html.raw("<abbr").attribute("title", abbreviation.getAbbreviation().toString()).raw(">")
                    .text(unescaped(node.getChars())).raw("</abbr>");
        } else if (node instanceof Footnote footnote) {
            FootnotesHtml.reference(footnote, html);
        } else if (node instanceof Code code) {
            html.raw("<code>").text(Escaping.collapseWhitespace(code.getText(), true)).raw("</code>");
        } else if (node instanceof Strikethrough) {
            wrapped("del", node);
        } else if (node instanceof HardLineBreak) {
            html.raw("<br>\n");
        } else if (node instanceof HtmlEntity) {
            html.text(node.getChars().unescape()); // &amp;copy; is shown as the character, escaped again where needed
        } else if (node instanceof HtmlInline) {
            html.text(Escaping.normalizeEOL(node.getChars())); // raw HTML is shown as text
        } else if (node instanceof TextBase) {
            children(node);
        } else if (node instanceof BlockQuote quote) {
            blockQuote(quote);
        } else if (node instanceof FencedCodeBlock fenced && analysis.blocks.containsKey(fenced)) {
            html.line().raw(analysis.blocks.get(fenced)).line();
        } else if (node instanceof ThematicBreak) {
            html.line().raw("<hr>").line();
        } else if (!(node instanceof Reference || node instanceof AbbreviationBlock || node instanceof FootnoteBlock)) {
            throw Unsupported.INSTANCE;
        }
    }

    private void wrapped(String tag, Node node) {
        html.raw("<" + tag + ">");
        children(node);
        html.raw("</" + tag + ">");
    }

    private void paragraph(Paragraph node) {
        if (node.getFirstChildAnyNot(NonRenderingInline.class) == null) return;
        if (node.getParent() instanceof ParagraphItemContainer container
                && container.isParagraphWrappingDisabled(node, listOptions, document)) {
            children(node);
            return;
        }
        html.line().raw("<p>");
        children(node);
        html.raw("</p>").line();
    }

    /** A heading with its id and no "#" link beside it, as {@link AccessibleHtmlRenderer} writes it. */
    private void heading(Heading node) {
        String tag = "h" + node.getLevel();
        html.line().raw("<" + tag).attribute("id", analysis.headingIds.get(node)).raw(">");
        children(node);
        html.raw("</" + tag + ">").line();
    }

    private void link(Link node) {
        if (SUPPRESSED_LINKS.matcher(node.getUrl()).matches()) {
            children(node);
            return;
        }
        String url = node.getUrl().unescape();
        html.raw("<a").attribute("href", analysis.resolvedUrls.getOrDefault(url, url));
        if (node.getTitle().isNotNull()) html.attribute("title", node.getTitle().unescape());
        html.raw(">");
        children(node);
        html.raw("</a>");
    }

    private void image(Image node) {
        String url = node.getUrl().unescape();
        String pictureAlt = analysis.pictureAlts.get(node);
        if (pictureAlt != null) {
            html.raw("<img").attribute("src", analysis.resolvedUrls.get(url)).attribute("alt", pictureAlt).raw(">");
            return;
        }
        if (SUPPRESSED_LINKS.matcher(node.getUrl()).matches()) return;
        if (!node.getUrlContent().isEmpty()) throw Unsupported.INSTANCE;
        html.raw("<img").attribute("src", analysis.resolvedUrls.getOrDefault(url, url))
                .attribute("alt", new TextCollectingVisitor().collectAndGetText(node));
        if (node.getTitle().isNotNull()) html.attribute("title", node.getTitle().unescape());
        html.raw(">");
    }

    private void quotes(TypographicQuotes node) {
        if (node.getTypographicOpening() != null && !node.getTypographicOpening().isEmpty()) html.raw(node.getTypographicOpening());
        children(node);
        if (node.getTypographicClosing() != null && !node.getTypographicClosing().isEmpty()) html.raw(node.getTypographicClosing());
    }

    private void list(Node node) {
        if (node instanceof BulletList bullets && EasyReadPointsHtml.isPoints(bullets)) {
            EasyReadPointsHtml.write(bullets, html, this::node, this::children);
            return;
        }
        String tag = node instanceof BulletList ? "ul" : "ol";
        html.line().raw("<" + tag);
        if (node instanceof OrderedList ordered && listOptions.isOrderedListManualStart() && ordered.getStartNumber() != 1) {
            html.attribute("start", String.valueOf(ordered.getStartNumber()));
        }
        html.raw(">").line();
        children(node);
        html.line().raw("</" + tag + ">").line();
    }

    private void listItem(ListItem node) {
        if (!node.getMarkerSuffix().isEmpty()) throw Unsupported.INSTANCE; // task list markers: not ours
        html.line().raw("<li>");
        children(node);
        html.raw("</li>").line();
    }

    private void blockQuote(BlockQuote node) {
        PageAnalysis.Callout callout = analysis.callouts.get(node);
        if (callout == null) {
            html.line().raw("<blockquote>").line();
            children(node);
            html.line().raw("</blockquote>").line();
        } else if (callout == PageAnalysis.Callout.INSET) {
            html.line().raw("<div class=\"inset-text\">").line();
            children(node);
            html.line().raw("</div>").line();
        } else {
            html.line().raw("<div class=\"warning-text\"><span class=\"warning-text__icon\" aria-hidden=\"true\">!</span>")
                    .raw("<div class=\"warning-text__text\"><strong class=\"visually-hidden\">Warning: </strong>").line();
            children(node);
            html.line().raw("</div></div>").line();
        }
    }

    /** Backslash escapes and entities resolved, as Flexmark's text renderer does; most text has neither. */
    static String unescaped(BasedSequence chars) {
        String text = PlainText.of(chars);
        return text.indexOf('\\') < 0 && text.indexOf('&') < 0 ? text : Escaping.unescapeString(text);
    }
}
