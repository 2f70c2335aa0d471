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
        Document doc = Jsoup.parse(html);
        doc.select("picture").forEach(PrintHtml::keepImageOnly);
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

    /** A chart's picture: the wide image only (a page is as wide as a screen, never as narrow as a phone). */
    private static void keepImageOnly(Element picture) {
        Element img = picture.selectFirst("img");
        if (img == null) {
            picture.remove();
        } else {
            picture.replaceWith(img);
        }
    }

    /** Rows a table may have and still be kept on one page with its caption; a longer one breaks, repeating its header row. */
    static final int SHORT_TABLE_ROWS = 20;

    private static void markShortTable(Element table) {
        if (table.select("tr").size() <= SHORT_TABLE_ROWS) table.addClass("short-table");
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
