package org.dueregard.documents;

import org.dueregard.testing.MiniSite;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 15, item 5: a report as plain text, with its headings marked and its tables as lists. */
class PlainTextVersionTest {

    @TempDir
    Path folder;

    @Test
    void headingsAreMarkedListsAreLinesAndLinksKeepTheirAddress() {
        String text = PlainTextVersion.of(new PlainTextVersion.Cover(List.of("Pay gap", "Anytown Council", "Published: 31 March 2025")),
                "<h2 id=\"a\">Our gap</h2><p>It fell. See <a href=\"../staff/\">our staff</a> and <a href=\"#a\">above</a>.</p>"
                        + "<ul><li>One<ul><li>One and a half</li></ul></li><li>Two</li></ul><h3>Next</h3><ol><li>First</li></ol>",
                URI.create("https://example.org/reports/pay/"));
        assertEquals("""
                # Pay gap

                Anytown Council
                Published: 31 March 2025

                ## Our gap

                It fell. See our staff (https://example.org/reports/staff/) and above.

                - One
                  - One and a half
                - Two

                ### Next

                1. First
                """, text);
    }

    @Test
    void aTableIsAListOfRowsEachValueAfterItsHeading() {
        String text = PlainTextVersion.of(new PlainTextVersion.Cover(List.of("T")),
                "<table><caption>Staff by sex</caption><thead><tr><th>Band</th><th>Women</th><th>Men</th></tr></thead>"
                        + "<tbody><tr><th scope=\"row\">Band 5</th><td>51</td><td><span class=\"cell-label\">Men</span>[c]</td></tr></tbody></table>",
                URI.create("https://example.org/"));
        assertEquals("# T\n\nStaff by sex\n\n- Band 5: Women 51; Men [c]\n", text);
    }

    @Test
    void aReportPublishesItsPlainTextAndLinksItWithItsSize() throws IOException {
        MiniSite site = MiniSite.write(folder, """
                -- content/pay.md --
                ---
                title: Pay gap
                layout: report
                date: 2025-03-31
                ---
                ## Our gap

                It fell from 27% to 19.5%.
                """);
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        String text = site.read("pay/pay.txt");
        assertTrue(text.startsWith("# Pay gap\n\nTest Council\nPublished: 31 March 2025\nRead it online: https://example.org/pay/\n\n## Our gap\n\n"
                + "It fell from 27% to 19.5%.\n"), text);
        String link = Jsoup.parse(site.read("pay/index.html")).select("a[href=/pay/pay.txt]").first().text();
        assertTrue(link.matches("Download this report as plain text \\(TXT, \\d+ bytes\\)"), link);
    }
}
