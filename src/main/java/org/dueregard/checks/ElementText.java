package org.dueregard.checks;

import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The same string as jsoup's {@link Element#text()}, made the same way, but quicker on text that needs no change. jsoup
 * rewrites every text node one code point at a time to collapse white space; most text in a report has none to
 * collapse, so it is checked once and copied whole. The readability linter reads every block of every page, and
 * this was 4% of a 10,000-page build. {@code ElementTextTest} holds it to jsoup's answer.
 */
final class ElementText {

    private ElementText() {
    }

    static String of(Element root) {
        StringBuilder text = new StringBuilder(256);
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    appendText(text, textNode);
                } else if (node instanceof Element element) {
                    if (text.length() > 0 && (element.isBlock() || element.nameIs("br")) && !endsInSpace(text)) text.append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                // A space between a block and the text or inline element after it: "<div>One</div>Two" is "One Two".
                if (node instanceof Element element && element.isBlock() && !endsInSpace(text)) {
                    Node next = node.nextSibling();
                    if (next instanceof TextNode || next instanceof Element nextElement && !nextElement.tag().formatAsBlock()) text.append(' ');
                }
            }
        }, root);
        return text.toString().trim();
    }

    private static void appendText(StringBuilder text, TextNode node) {
        String whole = node.getWholeText();
        boolean stripLeading = endsInSpace(text);
        if (preservesWhitespace(node.parent()) || node instanceof CDataNode || needsNoChange(whole, stripLeading)) {
            text.append(whole);
        } else {
            StringUtil.appendNormalisedWhitespace(text, whole, stripLeading);
        }
    }

    /**
     * Whether jsoup's white-space rule would give the text back as it is: no white space but single ordinary spaces
     * (none at the start when leading space is dropped), and no zero-width space or soft hyphen, which it drops.
     */
    static boolean needsNoChange(String text, boolean stripLeading) {
        int lastWasSpace = stripLeading ? 1 : 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // From a table, with no branch on the spaces between words, which come at random.
            int kind = c < 128 ? ASCII_KIND[c] : c == '\u00a0' || c == '\u200b' || c == '\u00ad' ? CHANGED : KEPT;
            if (kind == CHANGED || (kind & lastWasSpace) != 0) return false;
            lastWasSpace = kind;
        }
        return true;
    }

    private static final byte KEPT = 0;
    private static final byte SPACE = 1;
    /** White space other than a space, which jsoup makes a space, or a character it drops. */
    private static final byte CHANGED = 2;
    private static final byte[] ASCII_KIND = new byte[128];

    static {
        ASCII_KIND[' '] = SPACE;
        for (char c : "\t\n\f\r".toCharArray()) ASCII_KIND[c] = CHANGED;
    }

    private static boolean endsInSpace(StringBuilder text) {
        return text.length() != 0 && text.charAt(text.length() - 1) == ' ';
    }

    /** As jsoup decides it: the element or one of its five nearest ancestors keeps white space ({@code pre}). */
    private static boolean preservesWhitespace(Node node) {
        if (!(node instanceof Element element)) return false;
        for (int level = 0; level < 6 && element != null; level++) {
            if (element.tag().preserveWhitespace()) return true;
            element = element.parent();
        }
        return false;
    }
}
