package org.dueregard.checks;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ElementText must give exactly what jsoup's Element.text() gives, which the linter's findings were made with. */
class ElementTextTest {

    private static void assertSameAsJsoup(Document doc) {
        for (Element element : doc.getAllElements()) assertEquals(element.text(), ElementText.of(element), element.outerHtml());
    }

    @Test
    void collapsesWhiteSpaceAsJsoupDoes() {
        assertSameAsJsoup(Jsoup.parse("<p>  Two  spaces,\ta tab,\nA line\r\nbreak, a\u00a0no-break space, soft\u00adhyphen,"
                + " zero\u200bwidth. </p><p> Leading and trailing </p><p>Plain text with single spaces only.</p>"));
    }

    @Test
    void spacesAroundBlocksLineBreaksAndInlineElements() {
        assertSameAsJsoup(Jsoup.parse("<ul><li>One<ul><li>Nested</li></ul>after</li><li><strong>Bold</strong> and <em>em</em>"
                + "<br>next line</li></ul><div>One</div>Two<div>Three</div><span>Four</span><p>a<sup class=\"footnote-ref\">"
                + "<a href=\"#fn1\">1</a></sup>b <abbr title=\"human resources\">HR</abbr>.</p><dl><dt>Term</dt><dd>Meaning</dd></dl>"));
    }

    @Test
    void keepsPreformattedTextAsItIs() {
        assertSameAsJsoup(Jsoup.parse("<p>Before <code>a  b</code></p><pre>  kept\n  as   it is</pre><pre><span><b>deep  "
                + "\n inside</b></span></pre><textarea>  two  spaces</textarea>"));
    }

    @Test
    void findsTextThatNeedsNoChange() {
        assertTrue(ElementText.needsNoChange("One two three.", false));
        assertTrue(ElementText.needsNoChange(" leading", false));
        assertFalse(ElementText.needsNoChange(" leading", true));
        assertFalse(ElementText.needsNoChange("two  spaces", false));
        assertFalse(ElementText.needsNoChange("line\nbreak", false));
        assertFalse(ElementText.needsNoChange("no\u00a0break", false));
        assertFalse(ElementText.needsNoChange("soft\u00adhyphen", false));
    }

    @Test
    void randomMixesOfTextAndTags() {
        String[] parts = {" ", "  ", "\n", "\t", "\u00a0", "\u200b", "\u00ad", "word", "Word.", "<br>", "<p>", "</p>", "<em>", "</em>",
                "<li>", "</li>", "<ul>", "</ul>", "<pre>", "</pre>", "<span>", "</span>", "<div>", "</div>", "&amp;", "\u2019", "\ud83d\ude00"};
        Random random = new Random(12);
        for (int round = 0; round < 300; round++) {
            StringBuilder html = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) html.append(parts[random.nextInt(parts.length)]);
            assertSameAsJsoup(Jsoup.parse(html.toString()));
        }
    }

    @Test
    void everyElementOfTheGoldenPages() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/golden"))) {
            pages = files.filter(file -> file.toString().endsWith(".html")).toList();
        }
        assertFalse(pages.isEmpty());
        for (Path page : pages) assertSameAsJsoup(Jsoup.parse(Files.readString(page)));
    }
}
