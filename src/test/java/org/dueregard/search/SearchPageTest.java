package org.dueregard.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dueregard.testing.MiniSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 15, item 4: a search page and its index, made from published text only. */
class SearchPageTest {

    @TempDir
    Path folder;

    private static final String SITE = """
            -- content/index.md --
            ---
            title: Home
            ---
            Welcome. Read about [pay](reports/pay.md).
            -- content/reports/pay.md --
            ---
            title: Gender pay gap
            summary: How the pay of women and men compares.
            ---
            The median hourly pay gap was 19.5%. Our apprenticeships scheme is new.

            ```table
            data: births
            ```
            -- content/reports/births.yml --
            title: Stillbirths by ethnic group
            source: Maternity records
            notes: zanzibarnote
            columns:
              - id: group
              - id: births
                type: count
              - id: stillbirths
                type: count
            rows:
              - [White, 6173, 8]
              - [Asian, 2917, 7]
            suppression:
              threshold: 10
            -- content/reports/plan.md --
            ---
            title: Draft plan
            draft: true
            ---
            Our quokkaword plan is not approved yet.
            -- content/reports/data.csv --
            group,value
            Xylophonist,1
            """;

    private static JsonNode index(MiniSite site) throws IOException {
        return new ObjectMapper().readTree(site.read("search-index.json"));
    }

    private static List<String> urlsWith(JsonNode index, String word) {
        List<String> urls = new ArrayList<>();
        for (JsonNode page : index.get("pages")) {
            if (List.of(page.get("words").asText().split(" ")).contains(word)) urls.add(page.get("url").asText());
        }
        return urls;
    }

    @Test
    void theIndexHasEveryPublishedPageAndItsWordsAndNothingElse() throws IOException {
        MiniSite site = MiniSite.write(folder, SITE);
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        JsonNode index = index(site);
        List<String> urls = new ArrayList<>();
        index.get("pages").forEach(page -> urls.add(page.get("url").asText()));
        assertEquals(List.of("/", "/reports/", "/reports/pay/"), urls, "published pages only: not the search page, not the draft");
        assertEquals(List.of("/reports/pay/"), urlsWith(index, "apprenticeships"));
        assertEquals(List.of("/reports/pay/"), urlsWith(index, "6173"), "a published figure can be found");
        assertEquals("How the pay of women and men compares.", index.get("pages").get(2).get("summary").asText());
        String text = site.read("search-index.json");
        assertFalse(text.contains("quokkaword"), "a draft's words are not in the index");
        assertFalse(text.contains("xylophonist"), "a data file's contents are not in the index");
        for (String hidden : List.of("\"8\"", " 8 ", " 7 ", "\"7\"")) assertFalse(text.contains(hidden), "hidden count " + hidden + ": " + text);
        assertTrue(urlsWith(index, "zanzibarnote").contains("/reports/pay/"), "a dataset's notes are published under its table");
    }

    @Test
    void theSearchPageWorksWithoutItsScriptAndEveryPageLinksToIt() throws IOException {
        MiniSite site = MiniSite.write(folder, SITE);
        assertEquals(0, site.build().exitCode());
        Document search = Jsoup.parse(site.read("search/index.html"));
        assertEquals("Search this site", search.selectFirst("h1").text());
        assertEquals("/search/", search.selectFirst("form[role=search]").attr("action"), "the form sends the words to the page itself");
        assertEquals("get", search.selectFirst("form[role=search]").attr("method"));
        assertEquals("Words to look for", search.selectFirst("label[for=search-words]").text());
        assertEquals("/assets/js/search.js", search.selectFirst("script").attr("src"));
        assertEquals("status", search.selectFirst("#search-status").attr("role"), "the count of results is announced");
        assertEquals(List.of("Gender pay gap", "Home", "Reports"), search.select("#every-page ~ ul .document-list__link").eachText(),
                "every page from A to Z, for a browser that does not run the script");
        assertTrue(site.exists("assets/js/search.js"));
        Document home = Jsoup.parse(site.read("index.html"));
        assertEquals("/search/", home.selectFirst("a.header__search").attr("href"));
        assertTrue(home.select("script").isEmpty(), "no script on pages other than search");
        assertFalse(Jsoup.parse(site.read("reports/index.html")).select(".document-list__link").eachText().contains("Search this site"),
                "the search page is not listed as a page of the home section");
    }

    @Test
    void aPageOfTheSiteAtTheSearchAddressKeepsItAndTheSiteHasNoSearch() throws IOException {
        MiniSite site = MiniSite.write(folder, SITE + "-- content/search.md --\n---\ntitle: Find us\n---\nOur offices.\n");
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.err().contains("content/search.md:1: warning: The address /search/ is taken by your own page, so the site has no search page."),
                run.err());
        assertEquals("Find us", Jsoup.parse(site.read("search/index.html")).selectFirst("h1").text());
        assertFalse(site.exists("search-index.json"));
        assertTrue(Jsoup.parse(site.read("index.html")).select("a.header__search").isEmpty());
    }

    @Test
    void eachLanguageHasItsOwnSearchPageAndIndex() throws IOException {
        MiniSite site = MiniSite.write(folder, "-- dueregard.yml --\n" + MiniSite.DEFAULT_CONFIG + "translations: [cy]\n" + SITE
                + "-- content/reports/pay.cy.md --\n---\ntitle: Bwlch cyflog\n---\nMae prentisiaethau yn newydd.\n");
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        JsonNode welsh = new ObjectMapper().readTree(site.read("search-index.cy.json"));
        assertEquals(1, welsh.get("pages").size(), "only the Welsh pages");
        assertEquals("/cy/reports/pay/", welsh.get("pages").get(0).get("url").asText());
        assertTrue(urlsWith(welsh, "prentisiaethau").contains("/cy/reports/pay/"));
        assertTrue(urlsWith(index(site), "prentisiaethau").isEmpty(), "the English index has English pages only");
        Document search = Jsoup.parse(site.read("cy/search/index.html"));
        assertEquals("cy", search.selectFirst("html").attr("lang"));
        assertEquals("Chwilio'r wefan hon", search.selectFirst("h1").text());
        assertEquals("/search-index.cy.json", search.selectFirst("form[role=search]").attr("data-index"));
        assertEquals("{count} o dudalennau ar gyfer ‘{words}’.", search.selectFirst("form[role=search]").attr("data-found-many"));
        assertEquals(List.of("Bwlch cyflog"), search.select("#every-page ~ ul .document-list__link").eachText());
        assertEquals("/cy/search/", Jsoup.parse(site.read("cy/reports/pay/index.html")).selectFirst("a.header__search").attr("href"),
                "a Welsh page's search link goes to the Welsh search");
        assertEquals("/search/", Jsoup.parse(site.read("reports/pay/index.html")).selectFirst("a.header__search").attr("href"));
    }
}
