package org.dueregard.languages;

import org.dueregard.testing.MiniSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 15, items 1 to 3: pages in Welsh and Urdu beside the English ones, linked both ways, in their own words. */
class LanguagesTest {

    @TempDir
    Path folder;

    private static final String CONFIG = MiniSite.DEFAULT_CONFIG + "translations: [cy, ur]\n";

    private static final String PAGES = """
            -- content/index.md --
            ---
            title: Home
            date: 2025-01-10
            ---
            Welcome.
            -- content/index.cy.md --
            ---
            title: Croeso i’r wefan
            date: 2025-01-10
            ---
            Croeso.
            -- content/reports/pay.md --
            ---
            title: Pay gap
            date: 2025-03-31
            ---
            Our gap fell.
            -- content/reports/pay.cy.md --
            ---
            title: Bwlch cyflog
            date: 2025-03-31
            review_by: 2026-03-31
            ---
            Gostyngodd ein bwlch cyflog rhwng y rhywiau o un flwyddyn i'r llall, ac mae'r frawddeg hon yn hir iawn iawn er mwyn gweld nad yw'r rheolau Saesneg yn cael eu defnyddio ar dudalen Gymraeg o gwbl heddiw.
            -- content/reports/pay.easy-read.md --
            ---
            title: Pay in easy read
            ---
            - ![](picture:money) Women get less pay.
            -- content/reports/pay.easy-read.cy.md --
            ---
            title: Cyflog yn hawdd ei ddarllen
            ---
            - ![Arian](picture:money) Mae menywod yn cael llai o gyflog.
            -- content/reports/urdu.md --
            ---
            title: About us
            ---
            About us.
            -- content/reports/urdu.ur.md --
            ---
            title: ہمارے بارے میں
            ---
            یہ ایک نمونہ ہے۔
            """;

    private MiniSite site(String config, String pages) throws IOException {
        return MiniSite.write(folder, "-- dueregard.yml --\n" + config + pages);
    }

    @Test
    void aTranslationIsPublishedUnderItsLanguageAndLinkedBothWays() throws IOException {
        MiniSite site = site(CONFIG, PAGES);
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        Document welsh = Jsoup.parse(site.read("cy/reports/pay/index.html"));
        Document english = Jsoup.parse(site.read("reports/pay/index.html"));
        assertEquals("cy", welsh.selectFirst("html").attr("lang"));
        assertEquals("Bwlch cyflog", welsh.selectFirst("h1").text());
        for (Document page : List.of(welsh, english)) {
            assertEquals(List.of("en-GB", "cy"), page.select("link[rel=alternate][hreflang]").eachAttr("hreflang"));
            assertEquals(List.of("https://example.org/reports/pay/", "https://example.org/cy/reports/pay/"),
                    page.select("link[rel=alternate][hreflang]").eachAttr("href"));
        }
        assertEquals("Cymraeg", english.selectFirst("nav.languages a[hreflang=cy]").text(), "each language named in its own words");
        assertEquals("cy", english.selectFirst("nav.languages a[hreflang=cy]").attr("lang"));
        assertEquals("/cy/reports/pay/", english.selectFirst("nav.languages a[hreflang=cy]").attr("href"));
        assertEquals("English", welsh.selectFirst("nav.languages a[hreflang=en-GB]").text());
        assertEquals("Cymraeg", welsh.selectFirst("nav.languages .languages__current").text());
    }

    @Test
    void aTranslationHasTheThemesWordsAndDatesInItsLanguage() throws IOException {
        MiniSite site = site(CONFIG, PAGES);
        assertEquals(0, site.build().exitCode());
        Document welsh = Jsoup.parse(site.read("cy/reports/pay/index.html"));
        assertEquals("Neidio i'r prif gynnwys", welsh.selectFirst(".skip-link").text());
        assertEquals("31 Mawrth 2025", welsh.select(".page-meta time").get(0).text());
        assertEquals("Adolygiad nesaf erbyn", welsh.select(".page-meta dt").get(1).text());
        assertEquals("Cael yr wybodaeth hon mewn fformat arall", welsh.selectFirst("#alternative-formats-heading").text());
        assertEquals(List.of("Hafan", "Reports"), welsh.select(".breadcrumbs a").eachText(), "the Welsh home page called Home in Welsh, and a section with no Welsh page");
        assertEquals("/cy/", welsh.selectFirst(".breadcrumbs a").attr("href"));
        assertEquals("en-GB", welsh.selectFirst(".header__home").attr("lang"), "the site's English name is marked as English");
        Document english = Jsoup.parse(site.read("reports/pay/index.html"));
        assertEquals("Skip to main content", english.selectFirst(".skip-link").text());
        assertFalse(english.selectFirst(".header__home").hasAttr("lang"));
    }

    @Test
    void anEasyReadTranslationPairsWithTheTranslatedPage() throws IOException {
        MiniSite site = site(CONFIG, PAGES);
        assertEquals(0, site.build().exitCode());
        Document easy = Jsoup.parse(site.read("cy/reports/pay/easy-read/index.html"));
        assertEquals("cy", easy.selectFirst("html").attr("lang"));
        assertEquals("/cy/reports/pay/", easy.selectFirst(".alternate-version a").attr("href"));
        assertEquals("Fersiwn safonol o'r dudalen hon", easy.selectFirst(".alternate-version a").text());
        assertEquals("Arian", easy.selectFirst(".easy-read-picture img").attr("alt"));
        Document welsh = Jsoup.parse(site.read("cy/reports/pay/index.html"));
        assertEquals("/cy/reports/pay/easy-read/", welsh.selectFirst(".alternate-version a").attr("href"));
    }

    @Test
    void aPageInUrduIsWrittenRightToLeft() throws IOException {
        MiniSite site = site(CONFIG, PAGES);
        assertEquals(0, site.build().exitCode());
        Document urdu = Jsoup.parse(site.read("ur/reports/urdu/index.html"));
        assertEquals("ur", urdu.selectFirst("html").attr("lang"));
        assertEquals("rtl", urdu.selectFirst("html").attr("dir"));
        assertEquals("اردو", Jsoup.parse(site.read("reports/urdu/index.html")).selectFirst("nav.languages a[hreflang=ur]").text());
        assertFalse(Jsoup.parse(site.read("reports/pay/index.html")).selectFirst("html").hasAttr("dir"));
    }

    @Test
    void translationsAreNotListedInTheSiteSectionsOrFeedButAreInTheSitemapAndSearch() throws IOException {
        MiniSite site = site(CONFIG, PAGES);
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode());
        assertEquals(List.of("About us", "Pay gap"), Jsoup.parse(site.read("reports/index.html")).select(".document-list__link").eachText());
        assertFalse(site.read("feed.xml").contains("/cy/"), "the feed lists each publication once");
        assertTrue(site.read("sitemap.xml").contains("https://example.org/cy/reports/pay/"));
        assertTrue(site.read("search-index.cy.json").contains("\"url\":\"/cy/reports/pay/\""), "in the Welsh search");
        assertFalse(site.read("search-index.json").contains("/cy/"), "not in the English search");
        assertFalse(run.err().contains("sentence"), "English readability rules are not applied to Welsh: " + run.err());
    }

    @Test
    void aRequiredTranslationThatIsMissingStopsTheBuildAnExpectedOneWarns() throws IOException {
        MiniSite required = site(CONFIG + "translations_required: [cy]\n", PAGES);
        MiniSite.Run run = required.build();
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/reports/urdu.md:1: error: This page has no Welsh version, and the site says every page needs one."),
                run.err());
        assertTrue(run.err().contains("Write reports/urdu.cy.md beside it."), run.err());
        MiniSite expected = site(CONFIG + "translations_expected: [ur]\n", PAGES);
        MiniSite.Run warned = expected.build();
        assertEquals(0, warned.exitCode(), warned.toString());
        assertTrue(warned.err().contains("content/reports/pay.md:1: warning: This page has no Urdu version"), warned.err());
    }

    @Test
    void aTranslationOlderThanAChangeToItsPageIsFlagged() throws IOException {
        MiniSite site = site(CONFIG, PAGES.replace("title: Pay gap\ndate: 2025-03-31\n", "title: Pay gap\ndate: 2025-03-31\nupdated: 2025-06-01\n"));
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.err().contains("content/reports/pay.cy.md:1: warning: This translation may be out of date: content/reports/pay.md changed on "
                + "2025-06-01, after this translation's date (2025-03-31)."), run.err());
    }

    @Test
    void aTranslationOfNoPageAndUnknownLanguagesAreRefused() throws IOException {
        MiniSite orphan = site(CONFIG, PAGES + "-- content/reports/gone.cy.md --\n---\ntitle: Ar goll\n---\nDim.\n");
        MiniSite.Run run = orphan.build();
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("content/reports/gone.cy.md:1: error: This translation has no page to be a translation of ('reports/gone.md' does not exist)."),
                run.err());
        MiniSite unknown = site(MiniSite.DEFAULT_CONFIG + "translations: [xx, en]\ntranslations_required: [pl]\n", "-- content/index.md --\n---\ntitle: Home\n---\n");
        MiniSite.Run bad = unknown.build();
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("dueregard.yml:6: error: translations: 'xx' is not a language code."), bad.err());
        assertTrue(bad.err().contains("translations: 'en' is the site's own language (language: en-GB)."), bad.err());
        assertTrue(bad.err().contains("dueregard.yml:7: error: translations_required: 'pl' is not one of the site's translations."), bad.err());
    }

    @Test
    void aSiteAddsOrChangesTheThemesWords() throws IOException {
        MiniSite site = site(CONFIG, PAGES
                + "-- messages/en.yml --\nskip_link: Go to the page's text\n"
                + "-- messages/ur.yml --\nskip_link: مرکزی مواد پر جائیں\n");
        assertEquals(0, site.build().exitCode());
        Document english = Jsoup.parse(site.read("reports/pay/index.html"));
        assertEquals("Go to the page's text", english.selectFirst(".skip-link").text());
        assertEquals("Get this information in another format", english.selectFirst("#alternative-formats-heading").text(), "the other words stay");
        Document urdu = Jsoup.parse(site.read("ur/reports/urdu/index.html"));
        assertEquals("مرکزی مواد پر جائیں", urdu.selectFirst(".skip-link").text());
        assertEquals("Get this information in another format", urdu.selectFirst("#alternative-formats-heading").text(),
                "a word the site has not translated is in English");
    }

    @Test
    void theBuildSaysHowManyPagesAreInEachLanguageAndListsThem() throws IOException {
        MiniSite site = site(CONFIG, PAGES);
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("Pages translated: Welsh 3 of 4, Urdu 1 of 4."), run.out());
        String list = java.nio.file.Files.readString(folder.resolve(".dueregard/languages.txt"));
        assertTrue(list.contains("content/reports/pay.md: en-GB, cy\n"), list);
        assertTrue(list.contains("content/reports/urdu.md: en-GB, ur\n"), list);
        assertTrue(list.contains("content/reports/pay.easy-read.md: en-GB, cy\n"), list);
    }

    @Test
    void aBrokenWordsFileStopsTheBuildWithItsLineAndAMisspeltKeyIsAWarning() throws IOException {
        MiniSite site = site(CONFIG, PAGES);
        assertEquals(0, site.build().exitCode());
        String before = site.read("reports/pay/index.html");
        site.writeFile("messages/en.yml", "skip_link: Go to the text\ncontents:\n  - one\n");
        MiniSite.Run broken = site.build();
        assertEquals(1, broken.exitCode());
        assertTrue(broken.err().contains("messages/en.yml:2: error: 'contents' should be words on the same line."), broken.err());
        assertFalse(broken.err().contains("Exception"), broken.err());
        assertEquals(before, site.read("reports/pay/index.html"), "the previous site is left as it was");
        site.writeFile("messages/en.yml", "skip_lnk: Go to the text\n");
        MiniSite.Run misspelt = site.build();
        assertEquals(0, misspelt.exitCode(), misspelt.toString());
        assertTrue(misspelt.err().contains("messages/en.yml: warning: 'skip_lnk' is not one of the theme's words - did you mean 'skip_link'?"),
                misspelt.err());
    }
}
