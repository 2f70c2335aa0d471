package org.dueregard;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForbiddenCharactersTest {

    @Test
    void forbidsWhatXmlAndHtmlForbidAndAllowsEveryOtherCharacter() {
        for (int c : new int[]{0x0, 0x1, 0x8, 0xB, 0xC, 0x1B, 0x1F, 0x7F, 0x80, 0x92, 0x9F, 0xD800, 0xDFFF, 0xFDD0, 0xFFFE, 0xFFFF, 0x1FFFF, 0x10FFFF}) {
            assertTrue(ForbiddenCharacters.isForbidden(c), ForbiddenCharacters.name(c));
        }
        for (int c : new int[]{'\t', '\n', '\r', ' ', 'a', 0xA0, 0xA3, 0x2019, 0xFFFD, 0x1F600, 0xE000}) {
            assertFalse(ForbiddenCharacters.isForbidden(c), ForbiddenCharacters.name(c));
        }
    }

    @Test
    void findsALoneSurrogateButNotAPair() {
        assertEquals(2, ForbiddenCharacters.indexIn("ab\uD800c"));
        assertEquals(1, ForbiddenCharacters.indexIn("a\uDC00"));
        assertEquals(-1, ForbiddenCharacters.indexIn("a\uD83D\uDE00 b"));
        assertEquals(3, ForbiddenCharacters.indexIn("a\uD83D\uDE00\u0001"));
    }

    @Test
    void removesThemAndReturnsCleanTextUntouched() {
        String clean = "Gender pay gap \u00a3 \uD83D\uDE00";
        assertSame(clean, ForbiddenCharacters.removeFrom(clean));
        assertEquals("Report 2025", ForbiddenCharacters.removeFrom("Re\u0000port\u0001 2025\uD800\uFFFF"));
    }

    @Test
    void removesCharacterReferencesToThemFromMarkup() {
        assertEquals("<t>AB &#65; &#x1F600; &amp;#1;</t>", ForbiddenCharacters.removeFromMarkup("<t>A&#1;B&#x0; &#65; &#x1F600; &amp;#1;&#xFFFE;</t>"));
        assertEquals("", ForbiddenCharacters.removeFromMarkup("&#99999999;"));
    }

    @Test
    void theProblemNamesTheCharacterAndTheCharacterMeant() {
        Problem control = ForbiddenCharacters.problem("content/a.md", 2, "'title'", 1);
        assertEquals("content/a.md:2: error: 'title' holds an invisible control character (U+0001), which web pages, feeds and SVG files "
                + "may not contain.", control.describe().lines().findFirst().orElseThrow());
        assertTrue(control.fix().contains("\\x01"));
        assertTrue(ForbiddenCharacters.problem("f", 1, "Line 1", 0x92).fix().contains("'\u2019'"));
        assertTrue(ForbiddenCharacters.problem("f", 1, "Line 1", 0xD800).message().contains("lone surrogate"));
    }
}
