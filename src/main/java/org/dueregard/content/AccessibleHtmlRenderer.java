package org.dueregard.content;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteRepository;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.PhasedNodeRenderer;
import com.vladsch.flexmark.html.renderer.RenderingPhase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;

import java.util.List;
import java.util.Set;

/**
 * Renders the nodes whose default HTML is not accessible enough: headings (ids and a labelled anchor link), tables
 * (caption, header scopes, a scrollable labelled region), footnotes (labelled references and back links) and
 * callouts (GOV.UK inset and warning text).
 */
final class AccessibleHtmlRenderer implements PhasedNodeRenderer {

    /** The analysis of the page being rendered, handed over through the document's data. */
    static final NullableDataKey<PageAnalysis> ANALYSIS = new NullableDataKey<>("DUEREGARD_PAGE_ANALYSIS");


    private final PageAnalysis analysis;
    private int tableCount;
    private TableLayout table;

    AccessibleHtmlRenderer(DataHolder options) {
        this.analysis = ANALYSIS.get(options);
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(com.vladsch.flexmark.ast.Heading.class, this::renderHeading),
                new NodeRenderingHandler<>(BlockQuote.class, this::renderBlockQuote),
                new NodeRenderingHandler<>(TableBlock.class, this::renderTable),
                new NodeRenderingHandler<>(TableHead.class, (node, context, html) -> renderSection("thead", node, context, html)),
                new NodeRenderingHandler<>(TableBody.class, (node, context, html) -> renderSection("tbody", node, context, html)),
                new NodeRenderingHandler<>(TableSeparator.class, (node, context, html) -> { }),
                new NodeRenderingHandler<>(TableCaption.class, (node, context, html) -> { }),
                new NodeRenderingHandler<>(TableRow.class, this::renderRow),
                new NodeRenderingHandler<>(TableCell.class, this::renderCell),
                new NodeRenderingHandler<>(Footnote.class, this::renderFootnoteReference),
                new NodeRenderingHandler<>(com.vladsch.flexmark.ast.FencedCodeBlock.class, this::renderFencedBlock),
                new NodeRenderingHandler<>(com.vladsch.flexmark.ast.Image.class, this::renderImage),
                new NodeRenderingHandler<>(com.vladsch.flexmark.ast.BulletList.class, this::renderBulletList),
                new NodeRenderingHandler<>(FootnoteBlock.class, (node, context, html) -> { }));
    }

    @Override
    public Set<RenderingPhase> getRenderingPhases() {
        return Set.of(RenderingPhase.BODY_BOTTOM);
    }

    @Override
    public void renderDocument(NodeRendererContext context, HtmlWriter html, Document document, RenderingPhase phase) {
        if (phase != RenderingPhase.BODY_BOTTOM) return;
        FootnoteRepository footnotes = FootnoteExtension.FOOTNOTES.get(document);
        List<FootnoteBlock> referenced = footnotes.getReferencedFootnoteBlocks();
        if (referenced.isEmpty()) return;
        html.line().raw(FootnotesHtml.SECTION_START).line();
        html.raw(FootnotesHtml.HEADING).line();
        html.raw("<ol>").line();
        for (FootnoteBlock block : referenced) {
            html.raw(FootnotesHtml.itemStart(block)).line();
            context.renderChildren(block);
            for (int i = 0; i < block.getFootnoteReferences(); i++) html.raw(FootnotesHtml.backLink(block, i)).line();
            html.raw("</li>").line();
        }
        html.raw("</ol>").line().raw("</section>").line();
    }

    /**
     * A heading with its id, as GOV.UK writes them: no "#" link beside it. Such links were a tab stop each (61 on the
     * annual report) and a screen reader heard "Link to the section" before every heading; the contents list and the
     * ids still let anyone link to a section.
     */
    private void renderHeading(com.vladsch.flexmark.ast.Heading node, NodeRendererContext context, HtmlWriter html) {
        String tag = "h" + node.getLevel();
        html.line().attr("id", analysis.headingIds.get(node)).withAttr().tag(tag);
        context.renderChildren(node);
        html.tag("/" + tag).line();
    }

    /** A picture from the set with no alt text of its own gets the picture's built-in alt text. */
    private void renderImage(com.vladsch.flexmark.ast.Image node, NodeRendererContext context, HtmlWriter html) {
        String alt = analysis.pictureAlts.get(node);
        if (alt == null) {
            context.delegateRender();
            return;
        }
        html.attr("src", analysis.resolvedUrls.get(node.getUrl().unescape())).attr("alt", alt).withAttr().tagVoid("img");
    }

    /**
     * A list whose items start with pictures is a list of easy-read points: picture on the left, words on the right.
     * Any other list renders as usual.
     */
    private void renderBulletList(com.vladsch.flexmark.ast.BulletList node, NodeRendererContext context, HtmlWriter html) {
        boolean points = false;
        for (Node item : node.getChildren()) points |= startsWithPicture(item);
        if (!points) {
            context.delegateRender();
            return;
        }
        html.line().raw("<ul class=\"easy-read-points\">").line();
        for (Node item : node.getChildren()) {
            if (!startsWithPicture(item)) {
                // A point without a picture: shown as words only, and reported by the easy-read linter.
                html.raw("<li class=\"easy-read-point\"><div class=\"easy-read-words\">");
                context.renderChildren(item);
                html.raw("</div></li>").line();
                continue;
            }
            Node paragraph = item.getFirstChild();
            Node picture = paragraph.getFirstChild();
            html.raw("<li class=\"easy-read-point\"><div class=\"easy-read-picture\">");
            context.render(picture);
            html.raw("</div><div class=\"easy-read-words\"><p>");
            for (Node words = picture.getNext(); words != null; words = words.getNext()) {
                boolean first = words == picture.getNext();
                if (words instanceof com.vladsch.flexmark.ast.SoftLineBreak) {
                    if (!first) html.raw("<br>"); // one sentence a line, as the author wrote them
                } else if (first && words instanceof com.vladsch.flexmark.ast.Text text) {
                    html.text(text.getChars().toString().stripLeading());
                } else {
                    context.render(words);
                }
            }
            html.raw("</p>");
            for (Node more = paragraph.getNext(); more != null; more = more.getNext()) context.render(more);
            html.raw("</div></li>").line();
        }
        html.raw("</ul>").line();
    }

    static boolean startsWithPicture(Node item) {
        return item.getFirstChild() instanceof com.vladsch.flexmark.ast.Paragraph paragraph
                && (paragraph.getFirstChild() instanceof com.vladsch.flexmark.ast.Image
                || paragraph.getFirstChild() instanceof com.vladsch.flexmark.ast.ImageRef);
    }

    /** A table or chart block becomes the figure the embeds made; any other fenced block renders as code. */
    private void renderFencedBlock(com.vladsch.flexmark.ast.FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
        String figure = analysis.blocks.get(node);
        if (figure == null) {
            context.delegateRender();
        } else {
            html.line().raw(figure).line();
        }
    }

    private void renderBlockQuote(BlockQuote node, NodeRendererContext context, HtmlWriter html) {
        PageAnalysis.Callout callout = analysis.callouts.get(node);
        if (callout == null) {
            html.line().raw("<blockquote>").line();
            context.renderChildren(node);
            html.line().raw("</blockquote>").line();
        } else if (callout == PageAnalysis.Callout.INSET) {
            html.line().raw("<div class=\"inset-text\">").line();
            context.renderChildren(node);
            html.line().raw("</div>").line();
        } else {
            html.line().raw("<div class=\"warning-text\"><span class=\"warning-text__icon\" aria-hidden=\"true\">!</span>")
                    .raw("<div class=\"warning-text__text\"><strong class=\"visually-hidden\">Warning: </strong>").line();
            context.renderChildren(node);
            html.line().raw("</div></div>").line();
        }
    }

    private void renderTable(TableBlock node, NodeRendererContext context, HtmlWriter html) {
        tableCount++;
        table = TableLayout.of(node);
        TableCaption caption = TableLayout.findChild(node, TableCaption.class);
        String captionId = "table-" + tableCount + "-caption";
        html.line();
        if (caption != null) {
            html.raw("<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"" + captionId + "\" tabindex=\"0\">");
        } else {
            html.raw("<div class=\"table-scroll\" role=\"region\" aria-label=\"Table " + tableCount + "\" tabindex=\"0\">");
        }
        html.line().raw("<table>").line();
        if (caption != null) {
            html.raw("<caption id=\"" + captionId + "\">");
            context.renderChildren(caption);
            html.raw("</caption>").line();
        }
        context.renderChildren(node);
        html.raw("</table>").line().raw("</div>").line();
        table = null;
    }

    private void renderSection(String tag, Node node, NodeRendererContext context, HtmlWriter html) {
        html.raw("<" + tag + ">").line();
        context.renderChildren(node);
        html.raw("</" + tag + ">").line();
    }

    private void renderRow(TableRow node, NodeRendererContext context, HtmlWriter html) {
        html.raw("<tr>");
        context.renderChildren(node);
        html.raw("</tr>").line();
    }

    private void renderCell(TableCell node, NodeRendererContext context, HtmlWriter html) {
        TableLayout.CellTag cell = table.tagOf(node);
        if (cell.scope() != null) html.attr("scope", cell.scope());
        if (cell.cssClass() != null) html.attr("class", cell.cssClass());
        html.withAttr().tag(cell.tag());
        context.renderChildren(node);
        html.tag("/" + cell.tag());
    }

    private void renderFootnoteReference(Footnote node, NodeRendererContext context, HtmlWriter html) {
        FootnoteBlock block = node.getFootnoteBlock();
        if (block == null) {
            html.text("[^" + node.getText() + "]");
            return;
        }
        int number = block.getFootnoteOrdinal();
        int reference = node.getReferenceOrdinal();
        html.raw("<sup class=\"footnote-ref\"><a id=\"fnref-" + number + (reference == 0 ? "" : "-" + reference)
                + "\" href=\"#fn-" + number + "\"><span class=\"visually-hidden\">Note </span>" + number + "</a></sup>");
    }
}
