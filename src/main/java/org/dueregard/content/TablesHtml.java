package org.dueregard.content;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Node;

import java.util.function.Consumer;

/**
 * Markdown tables for {@link BodyHtml}, as {@link AccessibleHtmlRenderer} writes them: a caption, header scopes,
 * numbers right-aligned, in a scrollable region labelled by the caption.
 */
final class TablesHtml {

    private final HtmlOutput html;
    private final Consumer<Node> children;
    private int count;

    TablesHtml(HtmlOutput html, Consumer<Node> children) {
        this.html = html;
        this.children = children;
    }

    void table(TableBlock node) {
        count++;
        TableLayout layout = TableLayout.of(node);
        TableCaption caption = TableLayout.findChild(node, TableCaption.class);
        String captionId = "table-" + count + "-caption";
        html.line();
        if (caption != null) {
            html.raw("<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"" + captionId + "\" tabindex=\"0\">");
        } else {
            html.raw("<div class=\"table-scroll\" role=\"region\" aria-label=\"Table " + count + "\" tabindex=\"0\">");
        }
        html.line().raw("<table>").line();
        if (caption != null) {
            html.raw("<caption id=\"" + captionId + "\">");
            children.accept(caption);
            html.raw("</caption>").line();
        }
        for (Node part = node.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableHead) section("thead", part, layout);
            else if (part instanceof TableBody) section("tbody", part, layout);
            else if (!(part instanceof TableSeparator || part instanceof TableCaption)) throw BodyHtml.Unsupported.INSTANCE;
        }
        html.raw("</table>").line().raw("</div>").line();
    }

    private void section(String tag, Node section, TableLayout layout) {
        html.raw("<" + tag + ">").line();
        for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
            if (!(row instanceof TableRow)) throw BodyHtml.Unsupported.INSTANCE;
            html.raw("<tr>");
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                if (!(cell instanceof TableCell tableCell)) throw BodyHtml.Unsupported.INSTANCE;
                cell(tableCell, layout);
            }
            html.raw("</tr>").line();
        }
        html.raw("</" + tag + ">").line();
    }

    private void cell(TableCell node, TableLayout layout) {
        TableLayout.CellTag cell = layout.tagOf(node);
        html.raw("<" + cell.tag());
        if (cell.scope() != null) html.attribute("scope", cell.scope());
        if (cell.cssClass() != null) html.attribute("class", cell.cssClass());
        html.raw(">");
        children.accept(node);
        html.raw("</" + cell.tag() + ">");
    }
}
