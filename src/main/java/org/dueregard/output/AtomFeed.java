package org.dueregard.output;

import java.time.LocalDate;
import java.util.List;

/**
 * An Atom feed of publications, so people and aggregators hear about new reports. Dates come from front matter, not
 * the clock, so the feed is the same on every build.
 */
public final class AtomFeed {

    /** One publication in the feed. */
    public record Entry(String title, String absoluteUrl, String summary, LocalDate published, LocalDate updated) {
    }

    private AtomFeed() {
    }

    public static String render(String title, String author, String siteUrl, String feedUrl, List<Entry> entries) {
        LocalDate newest = entries.stream().map(Entry::updated).max(LocalDate::compareTo).orElse(LocalDate.of(2000, 1, 1));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        xml.append("  <title>").append(Xml.escape(title)).append("</title>\n");
        xml.append("  <id>").append(Xml.escape(siteUrl)).append("</id>\n");
        xml.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(siteUrl)).append("\"/>\n");
        xml.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(Xml.escape(feedUrl)).append("\"/>\n");
        xml.append("  <updated>").append(timestamp(newest)).append("</updated>\n");
        xml.append("  <author><name>").append(Xml.escape(author)).append("</name></author>\n");
        for (Entry entry : entries) {
            xml.append("  <entry>\n");
            xml.append("    <title>").append(Xml.escape(entry.title())).append("</title>\n");
            xml.append("    <id>").append(Xml.escape(entry.absoluteUrl())).append("</id>\n");
            xml.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(entry.absoluteUrl())).append("\"/>\n");
            xml.append("    <published>").append(timestamp(entry.published())).append("</published>\n");
            xml.append("    <updated>").append(timestamp(entry.updated())).append("</updated>\n");
            if (!entry.summary().isEmpty()) {
                xml.append("    <summary>").append(Xml.escape(entry.summary())).append("</summary>\n");
            }
            xml.append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    private static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }
}
