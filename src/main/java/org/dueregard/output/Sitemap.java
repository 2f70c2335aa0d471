package org.dueregard.output;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** sitemap.xml for search engines. */
public final class Sitemap {

    /** One page: its absolute URL and when it last changed, if known. */
    public record Entry(String absoluteUrl, Optional<LocalDate> lastModified) {
    }

    private Sitemap() {
    }

    public static String render(List<Entry> entries) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (Entry entry : entries) {
            xml.append("  <url><loc>").append(Xml.escape(entry.absoluteUrl())).append("</loc>");
            entry.lastModified().ifPresent(date -> xml.append("<lastmod>").append(date).append("</lastmod>"));
            xml.append("</url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }
}
