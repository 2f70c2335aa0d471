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

    /** The page's words read from jsoup's copy of the page are the words read from its HTML. */
    @Test
    void wordsFromTheParsedPageAreTheWordsOfItsHtml() {
        String html = "<h2 id=\"pay\">Pay &amp; bonus</h2><!-- a note: secret --><table><tr><td>19.5%</td><td>Caf&eacute;</td></tr></table>"
                + "<p>The <abbr title=\"Integrated Care Board\">ICB</abbr> is <em>fair</em>,<br>6,173 and&nbsp;more.</p>";
        assertEquals(SearchIndex.wordsOf(html), SearchIndex.wordsOf(org.jsoup.Jsoup.parseBodyFragment(html).body()));
    }

    /**
     * The one-pass word finder gives the words the first, character-by-character version gave, on text mixing
     * capitals, numbers with points and commas, accents written both ways, Arabic letters and digits, and marks.
     */
    @Test
    void theWordFinderAgreesWithTheReferenceOnMixedText() {
        String alphabet = "abcXYZ019 ,.,.-&'é\u0301\u00a0مس٣٤\u064eÉ\u2019";
        java.util.Random random = new java.util.Random(42);
        for (int n = 0; n < 5000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            assertEquals(List.copyOf(reference(text.toString())), SearchIndex.words(text.toString()), text.toString());
        }
    }

    /** The first version of SearchIndex.words, kept as the reference the faster one must match. */
    private static java.util.Set<String> reference(String text) {
        java.util.Set<String> words = new java.util.TreeSet<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            int type = Character.getType(c);
            if (Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER) {
                word.append(c);
                continue;
            }
            if ((type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) && !word.isEmpty()) {
                word.append(c);
                continue;
            }
            boolean betweenDigits = !word.isEmpty() && i + 1 < text.length() && Character.isDigit(word.charAt(word.length() - 1))
                    && Character.isDigit(text.charAt(i + 1));
            if (betweenDigits && c == ',') continue;
            if (betweenDigits && c == '.') {
                word.append(c);
                continue;
            }
            if (!word.isEmpty()) {
                String folded = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT);
                if (!folded.isEmpty() && !java.util.Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have",
                        "in", "is", "it", "its", "of", "on", "or", "that", "the", "this", "to", "was", "were", "which", "with").contains(folded)) {
                    words.add(folded);
                }
                word.setLength(0);
            }
        }
        return words;
    }

    @Test
    void theIndexIsJsonInTheOrderGiven() {
        String json = SearchIndex.render(List.of(new SearchIndex.Entry("/b/", "B \"quoted\"", "", "x"),
                new SearchIndex.Entry("/a/", "A", "Summary", "y z")));
        assertEquals("{\"version\":1,\"pages\":[{\"url\":\"/b/\",\"title\":\"B \\\"quoted\\\"\",\"summary\":\"\",\"words\":\"x\"},"
                + "{\"url\":\"/a/\",\"title\":\"A\",\"summary\":\"Summary\",\"words\":\"y z\"}]}\n", json);
    }

    /** The index is the JSON Jackson writes for the same tree, whatever the strings hold. */
    @Test
    void theIndexIsWhatJacksonWritesForTheSameTree() throws Exception {
        List<SearchIndex.Entry> entries = List.of(new SearchIndex.Entry("/a b/", "Tab\there, \"quotes\", back\\slash", "line\nbreak \u0001 \u2028 \u00e9 \u0645", "x y"),
                new SearchIndex.Entry("/cy/", "Cydraddoldeb", "", "19.5 cafe"));
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode root = mapper.createObjectNode().put("version", 1);
        com.fasterxml.jackson.databind.node.ArrayNode pages = root.putArray("pages");
        for (SearchIndex.Entry entry : entries) {
            pages.addObject().put("url", entry.url()).put("title", entry.title()).put("summary", entry.summary()).put("words", entry.words());
        }
        assertEquals(mapper.writeValueAsString(root) + "\n", SearchIndex.render(entries));
    }

    /**
     * Under the preview an entry unchanged at its place reuses its JSON from last time: the index is still the one
     * written from nothing, when an entry changed, stayed or moved (bench/save-speed.sh measures the time saved).
     */
    @Test
    void anIndexWrittenOverTheLastIsTheOneWrittenFromNothing() {
        SearchIndex.Entry unchanged = new SearchIndex.Entry("/a/", "A", "", "x");
        SearchIndex.Entry saved = new SearchIndex.Entry("/b/", "B", "", "z");
        SearchIndex.Written written = new SearchIndex.Written();
        SearchIndex.render(List.of(unchanged, new SearchIndex.Entry("/b/", "B", "", "old words")), written);
        String first = new String(SearchIndex.render(List.of(unchanged, saved), written), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(SearchIndex.render(List.of(unchanged, saved)), first, "the same JSON as written from nothing");
        String again = new String(SearchIndex.render(List.of(new SearchIndex.Entry("/a/", "A", "", "x"), saved), written),
                java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(first, again);
        String moved = new String(SearchIndex.render(List.of(saved, unchanged), written), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(SearchIndex.render(List.of(saved, unchanged)), moved, "entries that moved are written at their new places");
    }
}
