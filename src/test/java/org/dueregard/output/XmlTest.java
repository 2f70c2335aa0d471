package org.dueregard.output;

import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The feed and the sitemap parse with a strict XML parser whatever text reaches them. */
class XmlTest {

    private static final String HOSTILE = "A\u0000B\u0001C\u0008\u000B\u000C\u001F\u007F\uDFFF\uD800\uFFFE\uFFFF &<>\"' ]]> \r end \uD83D\uDE00";

    @Test
    void escapesMarkupAndDropsWhatXmlForbids() {
        assertEquals("ABC &amp;&lt;&gt;&quot;&apos; ]]&gt; &#13; end \uD83D\uDE00", Xml.escape(HOSTILE));
    }

    @Test
    void theFeedIsWellFormedWhateverItsText() throws Exception {
        String feed = AtomFeed.render(HOSTILE, HOSTILE, "https://example.org/", "https://example.org/feed.xml",
                List.of(new AtomFeed.Entry(HOSTILE, "https://example.org/a/", HOSTILE, LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 3))));
        org.w3c.dom.Document document = parseStrictly(feed);
        assertEquals("ABC &<>\"' ]]> \r end \uD83D\uDE00", document.getElementsByTagName("title").item(1).getTextContent());
    }

    @Test
    void theSitemapIsWellFormedWhateverItsAddresses() throws Exception {
        String sitemap = Sitemap.render(List.of(new Sitemap.Entry("https://example.org/a\u0001b/?x=1&y=2", Optional.empty())));
        assertEquals("https://example.org/ab/?x=1&y=2", parseStrictly(sitemap).getElementsByTagName("loc").item(0).getTextContent());
    }

    @Test
    void theStrictParserItselfRefusesAControlCharacter() {
        assertThrows(SAXException.class, () -> parseStrictly("<a>\u0001</a>"));
    }

    static org.w3c.dom.Document parseStrictly(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
