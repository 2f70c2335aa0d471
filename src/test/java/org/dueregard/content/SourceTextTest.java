package org.dueregard.content;

import org.dueregard.Problem;
import org.dueregard.ProblemsException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SourceTextTest {

    private static Problem refused(String text) {
        return assertThrows(ProblemsException.class, () -> SourceText.decodeUtf8(text.getBytes(StandardCharsets.UTF_8), "content/a.md"))
                .problems().get(0);
    }

    @Test
    void refusesARawControlCharacterWithItsLineAndColumn() {
        Problem problem = refused("---\ntitle: A\n---\n\nText\u0001 here.\n");
        assertEquals("content/a.md:5", problem.location());
        assertEquals("Line 5 (column 5) holds an invisible control character (U+0001), which web pages, feeds and SVG files may not contain.",
                problem.message());
    }

    @Test
    void aC1ControlIsProbablyAWindowsCharacterSavedWrongly() {
        Problem problem = refused("It\u0092s \u0093quoted\u0094.\n");
        assertEquals("content/a.md:1", problem.location());
        assertEquals("It was probably '\u2019' saved in the wrong encoding: type '\u2019' in its place.", problem.fix());
    }

    @Test
    void refusesNoncharactersAndAFormFeed() {
        assertEquals("content/a.md:2", refused("a\n\uFFFE\n").location());
        assertEquals("content/a.md:3", refused("a\r\nb\r\n\f").location());
    }

    @Test
    void keepsTabsLineEndsAndEveryLanguage() throws ProblemsException {
        assertEquals("a\tb\nc\nCymraeg: \u0175 \u00a3 \uD83D\uDE00\n",
                SourceText.decodeUtf8("\uFEFFa\tb\r\nc\rCymraeg: \u0175 \u00a3 \uD83D\uDE00\n".getBytes(StandardCharsets.UTF_8), "a.md"));
    }
}
