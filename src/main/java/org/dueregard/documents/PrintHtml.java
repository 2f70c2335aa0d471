package org.dueregard.documents;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Turns the HTML of a page's print template into what the PDF is laid out from. The web page's interactive parts
 * become their printed form: a chart's picture becomes its wide image (loaded from the site's own files), a data
 * table folded into "Show the data as a table" is shown, links to the site become full web addresses (a PDF is read
 * away from the site), and the headings become the document's bookmarks. Pure: a string in, a DOM out.
 */
public final class PrintHtml {

    private PrintHtml() {
    }

    /**
     * @param basePath the path the site is published under ("/" or "/equality/")
     * @param baseUrl  the site's full address, ending in "/"
     */
    public static org.w3c.dom.Document toPrint(String html, String basePath, String baseUrl) {
        return toPrint(html, basePath, baseUrl, false);
    }

    /**
     * @param largePrint the large print version: the body gets the class {@code large-print} (the print styles set it
     *                   at 18 pt, after RNIB's clear print guidance), the title says "large print", and each chart is
     *                   its narrow drawing, whose labels are larger at the page's width
     */
    public static org.w3c.dom.Document toPrint(String html, String basePath, String baseUrl, boolean largePrint) {
        Document doc = Jsoup.parse(html);
        if (largePrint) markLargePrint(doc);
        doc.select("picture").forEach(picture -> keepImageOnly(picture, largePrint));
        doc.select("details > summary").remove();
        doc.select("details").unwrap();
        doc.select("div.table-scroll").unwrap();
        doc.select("[hidden], .visually-hidden, script, noscript, template").remove();
        doc.select("img[src]").forEach(img -> loadFromSite(img, basePath));
        doc.select("table").forEach(PrintHtml::markShortTable);
        doc.select("a[href]").forEach(link -> fullAddress(link, basePath, baseUrl));
        addBookmarks(doc);
        return W3CDom.convert(doc);
    }

    /**
     * A chart's picture: its wide image (a page of standard print is as wide as a screen), or for large print the
     * narrow one drawn for phones, which fills the page's width with labels about twice as large.
     */
    private static void keepImageOnly(Element picture, boolean largePrint) {
        Element img = picture.selectFirst("img");
        if (img == null) {
            picture.remove();
            return;
        }
        Element narrow = picture.selectFirst("source[srcset]");
        if (largePrint && narrow != null) {
            img.attr("src", narrow.attr("srcset").strip().split("\\s+")[0]);
            fillLargePrintWidth(img, narrow.attr("width"), narrow.attr("height"));
        }
        picture.replaceWith(img);
    }

    /** The width of a large print page between its margins, in millimetres (A4 less 16 mm each side). */
    static final int LARGE_PRINT_WIDTH_MM = 178;

    /** The narrow chart drawn across the page, its height in proportion (openhtmltopdf sizes pictures from their box). */
    private static void fillLargePrintWidth(Element img, String width, String height) {
        img.removeAttr("width").removeAttr("height");
        try {
            double ratio = Double.parseDouble(height) / Double.parseDouble(width);
            img.attr("style", String.format(java.util.Locale.ROOT, "width: %dmm; height: %.1fmm", LARGE_PRINT_WIDTH_MM, LARGE_PRINT_WIDTH_MM * ratio));
        } catch (NumberFormatException e) {
            img.attr("style", "width: " + LARGE_PRINT_WIDTH_MM + "mm");
        }
    }

    private static void markLargePrint(Document doc) {
        doc.body().addClass("large-print");
        doc.title(doc.title() + " (large print)");
        Element title = doc.body().selectFirst("h1");
        if (title != null) title.after("<p class=\"cover__format\">Large print</p>");
    }

    /** Rows a table may have and still be kept on one page with its caption; a longer one breaks, repeating its header row. */
    static final int SHORT_TABLE_ROWS = 20;

    /** Columns from which a table is set on a landscape page in large print: five columns of 16 pt do not fit upright. */
    static final int WIDE_TABLE_COLUMNS = 5;

    private static void markShortTable(Element table) {
        if (table.select("tr").size() <= SHORT_TABLE_ROWS) table.addClass("short-table");
        Element firstRow = table.selectFirst("tr");
        if (firstRow != null && firstRow.select("th, td").size() >= WIDE_TABLE_COLUMNS) table.addClass("wide-table");
    }

    private static void loadFromSite(Element img, String basePath) {
        String src = img.attr("src");
        if (src.startsWith(basePath)) {
            img.attr("src", PdfMaker.SCHEME + ":/" + src.substring(basePath.length()));
        } else {
            // Only the site's own files are ever in a document; pages cannot show others, so this is a template's.
            img.remove();
        }
    }

    /**
     * Links inside the document stay inside it; links to the site become its full address; every link gets a title,
     * which becomes its description for screen readers (PDF/UA asks each link annotation for one).
     */
    private static void fullAddress(Element link, String basePath, String baseUrl) {
        String href = link.attr("href");
        if (href.startsWith(basePath) && !href.startsWith("//")) {
            link.attr("href", baseUrl + href.substring(basePath.length()));
        }
        if (!link.hasAttr("title")) {
            String text = link.text().strip();
            link.attr("title", text.isEmpty() ? link.attr("href") : text);
        }
    }

    /** openhtmltopdf's bookmarks element, nested like the headings of the document (h1 to h3) that have an id. */
    private static void addBookmarks(Document doc) {
        Element root = doc.head().appendElement("bookmarks");
        Deque<Element> open = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        for (Element heading : doc.body().select("h1[id], h2[id], h3[id]")) {
            int level = heading.tagName().charAt(1) - '0';
            while (!levels.isEmpty() && levels.peek() >= level) {
                levels.pop();
                open.pop();
            }
            Element parent = open.isEmpty() ? root : open.peek();
            Element bookmark = parent.appendElement("bookmark").attr("name", heading.text()).attr("href", "#" + heading.id());
            open.push(bookmark);
            levels.push(level);
        }
        if (root.childrenSize() == 0) root.remove();
    }
}
