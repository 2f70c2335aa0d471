package org.dueregard.preview;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestPathTest {

    @Test
    void namesAreDecodedAndAQueryIsLeftOut() throws RequestRefused {
        RequestPath path = RequestPath.parse("/reports/caf%C3%A9%20report/a+b.pdf?x=1#top");
        assertEquals(List.of("reports", "café report", "a+b.pdf"), path.segments(), "'+' is a plus in a path, not a space");
        assertFalse(path.folder());
        assertEquals("reports/café report/a+b.pdf", path.relative());
    }

    @Test
    void foldersAndPagesAreTold() throws RequestRefused {
        assertTrue(RequestPath.parse("/").looksLikePage());
        assertTrue(RequestPath.parse("/report/").folder());
        assertTrue(RequestPath.parse("/report").looksLikePage());
        assertTrue(RequestPath.parse("/report/index.html").looksLikePage());
        assertFalse(RequestPath.parse("/assets/site.css").looksLikePage());
        assertTrue(RequestPath.parse("/__dueregard/events").is("__dueregard", "events"));
    }

    @Test
    void hiddenNamesAreFoundEvenWhenEscaped() throws RequestRefused {
        assertTrue(RequestPath.parse("/.dueregard-site").isHidden());
        assertTrue(RequestPath.parse("/%2Egit/config").isHidden());
        assertFalse(RequestPath.parse("/report/index.html").isHidden());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "*", "report", "http://evil.example/", "/..", "/a/../b", "/%2e%2e/b", "/%2E", "/a%2fb", "/a%5cb",
            "/a\\b", "/%00", "/index.html%00.txt", "/a%0a", "/%7f", "/a b", "/a\u0000b", "/é", "/%zz", "/%4", "/%", "/%c0%ae",
            "/%ff", "/C:/x", "/a%3ab", "/%\u0663\u0663"})
    void anythingABrowserWouldNotSendIsRefused(String target) {
        RequestRefused refused = assertThrows(RequestRefused.class, () -> RequestPath.parse(target));
        assertEquals(400, refused.status());
    }
}
