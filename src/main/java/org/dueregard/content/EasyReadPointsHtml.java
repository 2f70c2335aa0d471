package org.dueregard.content;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;

import java.util.function.Consumer;

/**
 * A list whose items start with pictures, for {@link BodyHtml}: easy-read points with the picture on the left and
 * the words on the right, as {@link AccessibleHtmlRenderer} writes them.
 */
final class EasyReadPointsHtml {

    private EasyReadPointsHtml() {
    }

    static boolean isPoints(BulletList list) {
        for (Node item : list.getChildren()) {
            if (AccessibleHtmlRenderer.startsWithPicture(item)) return true;
        }
        return false;
    }

    static void write(BulletList list, HtmlOutput html, Consumer<Node> node, Consumer<Node> children) {
        html.line().raw("<ul class=\"easy-read-points\">").line();
        for (Node item : list.getChildren()) {
            if (!AccessibleHtmlRenderer.startsWithPicture(item)) {
                // A point without a picture: shown as words only, and reported by the easy-read linter.
                html.raw("<li class=\"easy-read-point\"><div class=\"easy-read-words\">");
                children.accept(item);
                html.raw("</div></li>").line();
                continue;
            }
            Node paragraph = item.getFirstChild();
            Node picture = paragraph.getFirstChild();
            html.raw("<li class=\"easy-read-point\"><div class=\"easy-read-picture\">");
            node.accept(picture);
            html.raw("</div><div class=\"easy-read-words\"><p>");
            for (Node words = picture.getNext(); words != null; words = words.getNext()) {
                boolean first = words == picture.getNext();
                if (words instanceof SoftLineBreak) {
                    if (!first) html.raw("<br>"); // one sentence a line, as the author wrote them
                } else if (first && words instanceof Text text) {
                    html.text(text.getChars().toString().stripLeading());
                } else {
                    node.accept(words);
                }
            }
            html.raw("</p>");
            for (Node more = paragraph.getNext(); more != null; more = more.getNext()) node.accept(more);
            html.raw("</div></li>").line();
        }
        html.raw("</ul>").line();
    }
}
