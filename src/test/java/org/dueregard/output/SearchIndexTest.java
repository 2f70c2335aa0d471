package org.dueregard.output;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchIndexTest {

    @Test
    void theWordsOfAPageAreItsTextWithoutTagsCommentsEntitiesOrAccents() {
        String html = "<h2 id=\"pay\">Pay &amp; bonus</h2><!-- a note: secret --><table><tr><td>19.5%</td><td>Café</td></tr></table>"
                + "<p>The <abbr title=\"Integrated Care Board\">ICB</abbr> is <em>fair</em>.</p>";
        assertEquals("19.5 bonus cafe fair icb pay", SearchIndex.wordsOf(html));
    }

    @Test
    void cellsAndParagraphsNextToEachOtherAreSeparateWords() {
        assertEquals("1 2 one two", SearchIndex.wordsOf("<td>1</td><td>2</td><p>one</p><p>two</p>"));
    }

    @Test
    void aNumberIsOneWordWithItsDecimalPointAndWithoutItsThousandsCommas() {
        assertEquals("2024 6173 ended march year", SearchIndex.wordsOf("<p>6,173 in the year that ended March 2024.</p>"));
    }

    @Test
    void aPointBetweenAWordAndANumberSplitsThem() {
        assertEquals("2023 2024 pay", SearchIndex.wordsOf("<p>pay.2023 and pay.2024</p>"));
    }

    @Test
    void everyScriptSplitsIntoWords() {
        assertEquals("cydraddoldeb ddiwylliannol مساوات", SearchIndex.wordsOf("<p>Cydraddoldeb: ddiwylliannol, مساوات.</p>"));
    }

    @Test
    void theIndexIsJsonInTheOrderGiven() {
        String json = SearchIndex.render(List.of(new SearchIndex.Entry("/b/", "B \"quoted\"", "", "x"),
                new SearchIndex.Entry("/a/", "A", "Summary", "y z")));
        assertEquals("{\"version\":1,\"pages\":[{\"url\":\"/b/\",\"title\":\"B \\\"quoted\\\"\",\"summary\":\"\",\"words\":\"x\"},"
                + "{\"url\":\"/a/\",\"title\":\"A\",\"summary\":\"Summary\",\"words\":\"y z\"}]}\n", json);
    }
}
