package org.dueregard.content;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.util.List;
import java.util.function.Consumer;

/** Footnotes for {@link BodyHtml}, as {@link AccessibleHtmlRenderer} writes them: labelled references and back links. */
final class FootnotesHtml {

    private FootnotesHtml() {
    }

    static void reference(Footnote node, HtmlOutput html) {
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

    /** The notes section at the end of the body, when the page refers to any note. */
    static void write(Document document, HtmlOutput html, Consumer<Node> children) {
        List<FootnoteBlock> referenced = FootnoteExtension.FOOTNOTES.get(document).getReferencedFootnoteBlocks();
        if (referenced.isEmpty()) return;
        html.line().raw(SECTION_START).line();
        html.raw(HEADING).line();
        html.raw("<ol>").line();
        for (FootnoteBlock block : referenced) {
            html.raw(itemStart(block)).line();
            children.accept(block);
            for (int i = 0; i < block.getFootnoteReferences(); i++) html.raw(backLink(block, i)).line();
            html.raw("</li>").line();
        }
        html.raw("</ol>").line().raw("</section>").line();
    }

    // The notes' markup, shared with AccessibleHtmlRenderer (Flexmark's writer, for pages the fast path does not take).
    static final String SECTION_START = "<section class=\"footnotes\" aria-labelledby=\"footnotes-heading\">";
    static final String HEADING = "<h2 id=\"footnotes-heading\">Notes</h2>";

    static String itemStart(FootnoteBlock block) {
        return "<li id=\"fn-" + block.getFootnoteOrdinal() + "\">";
    }

    /** The link back to the {@code i}th place the note is referred to, numbered when there are several. */
    static String backLink(FootnoteBlock block, int i) {
        int number = block.getFootnoteOrdinal();
        String reference = "fnref-" + number + (i == 0 ? "" : "-" + i);
        return "<a class=\"footnote-back\" href=\"#" + reference + "\">Back to the text"
                + (block.getFootnoteReferences() > 1 ? " (" + (i + 1) + ")" : "")
                + "<span class=\"visually-hidden\"> for note " + number + "</span></a>";
    }
}
