package org.dueregard.documents;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A page as plain text (UTF-8), the format many screen reader and braille users ask for: headings marked with # as in
 * Markdown, paragraphs apart, lists as "- " lines, links with their address, and each table as a list of its rows,
 * every value named by its column ("Women, Lower middle: Women 51; Men 10"). Charts are their written description;
 * their data tables follow, as on the page. Made from the HTML the page publishes and nothing else, so it holds
 * nothing the page does not.
 */
public final class PlainTextVersion {

    /**
     * What goes above the page's text.
     *
     * @param lines the title first, then lines such as "Published: 31 March 2025" and the page's address
     */
    public record Cover(List<String> lines) {
    }

    private final StringBuilder text = new StringBuilder();
    private final URI address;

    private PlainTextVersion(URI address) {
        this.address = address;
    }

    /** The text of a page: its cover, then its body (the HTML the page's Markdown became). */
    public static String of(Cover cover, String bodyHtml, URI address) {
        PlainTextVersion version = new PlainTextVersion(address);
        version.text.append("# ").append(cover.lines().get(0)).append("\n\n");
        for (String line : cover.lines().subList(1, cover.lines().size())) version.text.append(line).append('\n');
        version.text.append('\n');
        version.blocks(Jsoup.parseBodyFragment(bodyHtml).body());
        return version.text.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    private void blocks(Element parent) {
        for (Element element : parent.children()) block(element);
    }

    private void block(Element element) {
        if (skipped(element)) return;
        switch (element.normalName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                int level = element.normalName().charAt(1) - '0';
                paragraph("#".repeat(Math.max(2, level)) + " " + inline(element));
            }
            case "p", "dt", "dd", "figcaption", "caption", "blockquote" -> {
                if (element.normalName().equals("blockquote") && !element.children().isEmpty()) {
                    blocks(element);
                } else {
                    paragraph(inline(element));
                }
            }
            case "ul", "ol" -> list(element);
            case "table" -> table(element);
            case "img" -> {
                if (!element.attr("alt").isBlank()) paragraph(element.attr("alt"));
            }
            case "summary" -> {
                // "Show the data as a table": the table itself follows.
            }
            case "hr" -> paragraph("* * *");
            default -> {
                if (element.children().isEmpty()) {
                    if (!element.text().isBlank()) paragraph(inline(element));
                } else if (hasOnlyInlineContent(element)) {
                    paragraph(inline(element));
                } else {
                    blocks(element);
                }
            }
        }
    }

    /** Parts of the page that repeat what is already there in words: labels repeated for phones, hidden decorations. */
    private static boolean skipped(Element element) {
        return element.hasClass("cell-label") || "true".equals(element.attr("aria-hidden")) || element.normalName().equals("script")
                || element.normalName().equals("style") || element.normalName().equals("svg");
    }

    private static boolean hasOnlyInlineContent(Element element) {
        for (Element child : element.children()) {
            if (List.of("p", "div", "ul", "ol", "table", "figure", "section", "h2", "h3", "h4", "h5", "h6", "blockquote", "details",
                    "dl", "picture", "img", "figcaption").contains(child.normalName())) {
                return false;
            }
        }
        return true;
    }

    private void list(Element list) {
        int number = 1;
        boolean ordered = list.normalName().equals("ol");
        for (Element item : list.children()) {
            if (!item.normalName().equals("li") || skipped(item)) continue;
            String marker = ordered ? number++ + ". " : "- ";
            List<Element> nested = item.select("> ul, > ol");
            Element copy = item.clone();
            copy.select("> ul, > ol").remove();
            text.append(marker).append(inline(copy)).append('\n');
            for (Element inner : nested) {
                for (String line : itemsOf(inner)) text.append("  ").append(line).append('\n');
            }
        }
        text.append('\n');
    }

    private List<String> itemsOf(Element list) {
        List<String> lines = new ArrayList<>();
        int number = 1;
        for (Element item : list.children()) {
            if (item.normalName().equals("li")) lines.add((list.normalName().equals("ol") ? number++ + ". " : "- ") + inline(item));
        }
        return lines;
    }

    /** A table as a list of its rows, each value after its column's heading. */
    private void table(Element table) {
        Element caption = table.selectFirst("caption");
        if (caption != null) paragraph(inline(caption));
        List<String> headings = new ArrayList<>();
        Element headRow = table.selectFirst("thead tr");
        if (headRow != null) for (Element cell : headRow.select("> th, > td")) headings.add(inline(cell));
        for (Element row : table.select("tbody tr")) {
            List<Element> cells = row.select("> th, > td");
            if (cells.isEmpty()) continue;
            StringBuilder line = new StringBuilder("- ");
            int first = cells.get(0).normalName().equals("th") ? 1 : 0;
            if (first == 1) line.append(inline(cells.get(0))).append(": ");
            List<String> values = new ArrayList<>();
            for (int i = first; i < cells.size(); i++) {
                String heading = i < headings.size() ? headings.get(i) : "";
                String value = inline(cells.get(i));
                values.add(heading.isEmpty() ? value : heading + " " + value);
            }
            text.append(line).append(String.join("; ", values)).append('\n');
        }
        text.append('\n');
    }

    private void paragraph(String words) {
        if (words.isBlank()) return;
        text.append(words.strip()).append("\n\n");
    }

    /** The words of an element on one line, each link followed by its full address in brackets. */
    private String inline(Element element) {
        StringBuilder words = new StringBuilder();
        inline(element, words);
        return words.toString().replaceAll("\\s+", " ").strip();
    }

    private void inline(Node node, StringBuilder words) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode textNode) {
                words.append(textNode.text());
            } else if (child instanceof Element element) {
                if (skipped(element)) continue;
                if (element.normalName().equals("br")) {
                    words.append(' ');
                } else if (element.normalName().equals("img")) {
                    words.append(element.attr("alt"));
                } else if (element.normalName().equals("a") && !element.attr("href").startsWith("#")) {
                    inline(element, words);
                    words.append(" (").append(absolute(element.attr("href"))).append(')');
                } else {
                    inline(element, words);
                }
                if (element.hasClass("chart-title")) words.append('.'); // its subtitle follows on the same line
                if (List.of("td", "th", "li", "p", "div", "span").contains(element.normalName())) words.append(' ');
            }
        }
    }

    private String absolute(String href) {
        try {
            return address.resolve(href).toString();
        } catch (IllegalArgumentException e) {
            return href;
        }
    }
}
