package org.dueregard.search;

import org.dueregard.checks.BrowserNotFoundException;
import org.dueregard.checks.BrowserPaths;
import org.dueregard.checks.BrowserSession;
import org.dueregard.checks.LocalSiteServer;
import org.dueregard.testing.MiniSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The search page in a real browser: its script reads the index and lists what a reader's words find. */
class SearchIT {

    @TempDir
    static Path folder;

    static MiniSite site;

    @BeforeAll
    static void build() throws IOException {
        org.dueregard.testing.Browsers.required();
        site = MiniSite.write(folder, """
                -- content/index.md --
                ---
                title: Home
                ---
                Welcome to our café.
                -- content/pay.md --
                ---
                title: Gender pay gap
                summary: How the pay of women and men compares.
                ---
                The median pay gap was 19.5%. 6,173 staff. Our apprenticeships scheme is new.
                -- content/staff.md --
                ---
                title: Our staff
                ---
                Staff numbers, and the pay gap in one line.
                -- content/plan.md --
                ---
                title: Draft plan
                draft: true
                ---
                Our quokkaword plan.
                """);
        assertEquals(0, site.build().exitCode());
    }

    /** Waits for the script to say how many pages it found, then returns that and the results' titles. */
    private static final String RESULTS = """
            const done = arguments[arguments.length - 1];
            const wait = () => {
              const status = document.getElementById('search-status').textContent;
              if (!status) return setTimeout(wait, 20);
              done({status: status, titles: [...document.querySelectorAll('#search-list a')].map(a => a.textContent),
                    title: document.title});
            };
            wait();
            """;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> search(BrowserSession browser, LocalSiteServer server, String words) {
        browser.open(server.url("/search/") + "?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8), "return 1");
        return (Map<String, Object>) browser.runAsync(RESULTS);
    }

    @Test
    void wordsFindThePagesThatHaveThemBestFirstAndTheCountIsAnnounced() throws IOException, BrowserNotFoundException {
        BrowserPaths paths = org.dueregard.testing.Browsers.required();
        try (LocalSiteServer server = new LocalSiteServer(site.output(), "/"); BrowserSession browser = BrowserSession.start(paths)) {
            Map<String, Object> payGap = search(browser, server, "pay gap");
            assertEquals("2 pages found for ‘pay gap’.", payGap.get("status"));
            assertEquals(List.of("Gender pay gap", "Our staff"), payGap.get("titles"), "the page with the words in its title first");
            assertEquals("2 pages found for ‘pay gap’ - Search this site - Test equality site", payGap.get("title"));
            assertEquals(List.of("Gender pay gap"), search(browser, server, "apprentice").get("titles"), "the start of a word finds it");
            assertEquals(List.of("Gender pay gap"), search(browser, server, "6,173").get("titles"), "a number as the page writes it");
            assertEquals(List.of("Gender pay gap"), search(browser, server, "6173").get("titles"), "a number without its comma");
            assertEquals(List.of("Gender pay gap"), search(browser, server, "19.5").get("titles"));
            assertEquals(List.of("Home"), search(browser, server, "CAFE").get("titles"), "no matter the case or the accent");
            Map<String, Object> draft = search(browser, server, "quokkaword");
            assertEquals("No pages found for ‘quokkaword’. Check the spelling, try fewer words, or use the list of every page below.",
                    draft.get("status"), "a draft is never found");
            assertEquals(List.of(), draft.get("titles"));
        }
    }

    @Test
    void theFormSearchesWithoutLeavingThePage() throws IOException, BrowserNotFoundException {
        BrowserPaths paths = org.dueregard.testing.Browsers.required();
        try (LocalSiteServer server = new LocalSiteServer(site.output(), "/"); BrowserSession browser = BrowserSession.start(paths)) {
            browser.open(server.url("/search/"), "return 1");
            browser.runAsync("""
                    const done = arguments[arguments.length - 1];
                    const ready = () => document.querySelector('form[data-index]') && window.performance.getEntriesByType('resource')
                        .some(r => r.name.endsWith('search-index.json')) ? setTimeout(done, 50) : setTimeout(ready, 20);
                    ready();
                    """);
            browser.run("document.getElementById('search-words').value = 'staff'; document.querySelector('form[role=search] button').click();");
            @SuppressWarnings("unchecked")
            Map<String, Object> found = (Map<String, Object>) browser.runAsync(RESULTS);
            assertEquals("2 pages found for ‘staff’.", found.get("status"));
            assertEquals(List.of("Our staff", "Gender pay gap"), found.get("titles"));
            assertEquals("?q=staff", browser.run("return location.search"), "the address holds the words, so the results can be shared");
        }
    }
}
