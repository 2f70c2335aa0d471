package org.dueregard.pipeline;

import org.dueregard.testing.MiniSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whole builds of inline mini-sites, asserting on the files written. */
class SiteBuilderTest {

    @TempDir
    Path folder;

    private static final String SITE = """
            -- dueregard.yml --
            title: Equality at Test Council
            organisation: Test Council
            base_url: https://example.org/equality/
            contact:
              email: equality@example.org
              phone: 0300 123 4567
            navigation:
              - title: Reports
                page: reports/index.md
            footer_links:
              - title: Accessibility statement
                page: accessibility.md
            -- content/index.md --
            ---
            title: Equality at Test Council
            date: 2025-01-10
            ---
            Read [the annual report](reports/annual-2024.md).
            -- content/accessibility.md --
            ---
            title: Accessibility statement
            date: 2025-02-01
            ---
            We aim for WCAG 2.2 AA.
            -- content/reports/index.md --
            ---
            title: Reports
            ---
            Our reports.
            -- content/reports/annual-2024.md --
            ---
            title: Annual report 2024
            summary: What we did in 2024.
            date: 2025-03-31
            updated: 2025-04-15
            review_by: 2026-03-31
            layout: report
            weight: 1
            ---
            ## Workforce

            ![Bar chart of staff by pay band](staff.png)

            See [the objectives](objectives.md#first-objective) and the [raw figures](figures.csv).
            -- content/reports/objectives.md --
            ---
            title: Objectives
            date: 2025-01-31
            weight: 2
            ---
            ## First objective
            -- content/reports/draft-plan.md --
            ---
            title: Draft plan
            draft: true
            ---
            Not ready.
            -- content/reports/figures.yml --
            title: Raw figures
            source: Payroll
            columns: [{id: group}, {id: secret, type: count}]
            rows:
              - [A, 3]
            -- content/reports/figures.csv --
            group,count
            """;

    private MiniSite built() throws IOException {
        MiniSite site = MiniSite.write(folder, SITE.replace("and the [raw figures](figures.csv)", ""));
        site.writeBytes("content/reports/staff.png", MiniSite.PNG);
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        return site;
    }

    @Test
    void thePreviewWritesTheSavedPageBeforeTheSearchIndexAndNeverLeavesTheIndexBehind() throws Exception {
        MiniSite site = MiniSite.write(folder, """
                -- content/index.md --
                ---
                title: Home
                ---
                Welcome.
                -- content/report.md --
                ---
                title: Report
                ---
                Staff numbers went up.
                """);
        RenderCache cache = new RenderCache();
        SiteBuilder builder = new SiteBuilder(cache, true);
        Path out = folder.resolve("preview");
        BuildOptions options = new BuildOptions(site.root(), out, Optional.empty(), false, Optional.empty());
        builder.build(options);
        Path index = out.resolve("search-index.json");
        assertTrue(Files.readString(index).toLowerCase(Locale.ROOT).contains("staff"), "the first build writes its index with the pages");

        site.writeFile("content/report.md", "---\ntitle: Report\n---\nTurnover went down.\n");
        cache.forget(List.of("content/report.md"));
        BuildReport report = builder.build(options);
        assertTrue(Files.readString(out.resolve("report/index.html")).contains("Turnover went down."));
        assertFalse(Files.readString(index).toLowerCase(Locale.ROOT).contains("turnover"), "the index waits until the page is shown");
        assertTrue(Files.exists(index), "the index stays part of the site meanwhile");
        report.afterShown().run();
        assertTrue(Files.readString(index).toLowerCase(Locale.ROOT).contains("turnover"));

        MiniSite.Run clean = MiniSite.run("build", "--source", site.root().toString());
        assertEquals(0, clean.exitCode(), clean.toString());
        assertArrayEquals(Files.readAllBytes(site.output().resolve("search-index.json")), Files.readAllBytes(index));
    }

    /**
     * A saved report is shown linking its last PDFs, which stay on disk; the new ones are made after it is shown, and
     * a build of the page then links them: the same bytes as a clean build.
     */
    @Test
    void thePreviewShowsASavedReportBeforeMakingItsDocumentsAgain() throws Exception {
        MiniSite site = MiniSite.write(folder, org.dueregard.testing.Fixtures.REPORT_WITH_PDF);
        RenderCache cache = new RenderCache();
        SiteBuilder later = new SiteBuilder(cache, true);
        Path out = folder.resolve("preview");
        Path pdf = out.resolve("report/report.pdf");
        BuildOptions options = new BuildOptions(site.root(), out, Optional.empty(), false, Optional.empty());
        assertEquals(java.util.Set.of(), later.build(options).documentsLater(), "with no PDF on disk yet, it is made at once");
        byte[] first = Files.readAllBytes(pdf);

        site.writeFile("content/report.md", "---\ntitle: Pay gap report\npdf: true\n---\nThe gap fell again this year, by more than before.\n");
        cache.forget(List.of("content/report.md"));
        BuildReport shown = later.build(options);
        assertEquals(java.util.Set.of("content/report.md"), shown.documentsLater());
        assertTrue(Files.readString(out.resolve("report/index.html")).contains("by more than before"), "the page is shown at once");
        assertArrayEquals(first, Files.readAllBytes(pdf), "the last PDF stays meanwhile");
        String link = "PDF, " + Math.round(first.length / 1024.0) + " KB";
        assertTrue(Jsoup.parse(Files.readString(out.resolve("report/index.html"))).selectFirst(".document-links").text().contains(link),
                "the page links the PDF on disk, with its size");

        // Until a build links the new documents the page is not kept: a save of another page renders it again
        // (here its documents are still to be made, as if making them had failed).
        site.writeFile("content/index.md", "---\ntitle: Home\n---\nWelcome back.\n");
        cache.forget(List.of("content/index.md"));
        shown = later.build(options);
        assertEquals(java.util.Set.of("content/report.md"), shown.documentsLater(), "the report is not kept linking its last PDF");

        shown.afterShown().run();
        cache.forget(shown.documentsLater());
        BuildReport made = new SiteBuilder(cache, false).build(options);
        assertEquals(java.util.Set.of(), made.documentsLater());
        assertFalse(java.util.Arrays.equals(first, Files.readAllBytes(pdf)), "the new PDF replaces the last");

        MiniSite.Run clean = MiniSite.run("build", "--source", site.root().toString());
        assertEquals(0, clean.exitCode(), clean.toString());
        for (String file : List.of("report/report.pdf", "report/report-large-print.pdf", "report/index.html")) {
            assertArrayEquals(Files.readAllBytes(site.output().resolve(file)), Files.readAllBytes(out.resolve(file)), file);
        }
    }

    @Test
    void writesPrettyUrlsAndSiteFiles() throws IOException {
        MiniSite site = built();
        assertEquals(List.of(".dueregard-site", "404.html", "accessibility/index.html", "assets/css/dueregard.css",
                "assets/css/print.css", "assets/images/favicon.svg", "assets/js/search.js", "feed.xml", "index.html",
                "reports/annual-2024/annual-2024-large-print.pdf", "reports/annual-2024/annual-2024.pdf", "reports/annual-2024/annual-2024.txt",
                "reports/annual-2024/index.html",
                "reports/index.html", "reports/objectives/index.html",
                "reports/staff.png", "robots.txt", "search-index.json", "search/index.html", "sitemap.xml"), site.outputFiles());
    }

    @Test
    void neverPublishesDataFilesOrDrafts() throws IOException {
        MiniSite site = built();
        assertFalse(site.exists("reports/figures.yml"));
        assertFalse(site.exists("reports/figures.csv"));
        assertFalse(site.exists("reports/draft-plan/index.html"));
        assertFalse(site.read("sitemap.xml").contains("draft-plan"));
    }

    @Test
    void includesDraftsWhenAsked() throws IOException {
        MiniSite site = MiniSite.write(folder, SITE.replace("and the [raw figures](figures.csv)", ""));
        site.writeBytes("content/reports/staff.png", MiniSite.PNG);
        assertEquals(0, site.build("--drafts").exitCode());
        assertTrue(site.exists("reports/draft-plan/index.html"));
    }

    @Test
    void rewritesLinksToSourceFilesIntoUrlsUnderTheBasePath() throws IOException {
        Document page = Jsoup.parse(built().read("reports/annual-2024/index.html"));
        assertEquals("/equality/reports/objectives/#first-objective",
                page.selectFirst("main a:contains(the objectives)").attr("href"));
        assertEquals("/equality/reports/staff.png", page.selectFirst("main img").attr("src"));
        assertEquals("Bar chart of staff by pay band", page.selectFirst("main img").attr("alt"));
        assertEquals("/equality/assets/css/dueregard.css", page.selectFirst("link[rel=stylesheet]").attr("href"));
    }

    @Test
    void aLinkToADataFileIsBrokenBecauseDataIsNeverPublished() throws IOException {
        MiniSite site = MiniSite.write(folder, SITE);
        site.writeBytes("content/reports/staff.png", MiniSite.PNG);
        MiniSite.Run run = site.build();
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("The link 'figures.csv' points at a page that does not exist"), run.err());
    }

    @Test
    void everyPageHasTheLandmarksAndMetadataReadersNeed() throws IOException {
        Document page = Jsoup.parse(built().read("reports/annual-2024/index.html"));
        assertEquals("en-GB", page.selectFirst("html").attr("lang"));
        assertEquals("Annual report 2024 - Equality at Test Council", page.title());
        assertEquals(1, page.select("h1").size());
        assertEquals("Annual report 2024", page.selectFirst("h1").text());
        assertEquals("a.skip-link", "a." + page.selectFirst("body > a").className());
        assertEquals("#main-content", page.selectFirst("body > a").attr("href"));
        assertEquals(1, page.select("main#main-content").size());
        assertEquals(1, page.select("header").size());
        assertEquals(1, page.select("footer").size());
        assertEquals("Main", page.selectFirst("header nav").attr("aria-label"));
        assertEquals("31 March 2025", page.selectFirst(".page-meta time[datetime=2025-03-31]").text());
        assertEquals("15 April 2025", page.selectFirst(".page-meta time[datetime=2025-04-15]").text());
        assertEquals("31 March 2026", page.selectFirst(".page-meta time[datetime=2026-03-31]").text());
        assertEquals(List.of("Home", "Reports"), page.select(".breadcrumbs a").eachText(), "GOV.UK pattern: parents only");
        // A report lists the documents it is published as, and asks only for the formats it is not.
        assertTrue(page.selectFirst(".alternative-formats").text().contains("Large print version of this report (PDF, "));
        assertTrue(page.selectFirst(".alternative-formats").text().contains("easy read, audio, braille, British Sign Language"));
        assertEquals("mailto:equality@example.org", page.selectFirst(".alternative-formats a[href^=mailto]").attr("href"));
        assertEquals("tel:03001234567", page.selectFirst(".alternative-formats a[href^=tel]").attr("href"));
    }

    @Test
    void reportLayoutHasAContentsList() throws IOException {
        Document page = Jsoup.parse(built().read("reports/annual-2024/index.html"));
        assertEquals(List.of("Workforce"), page.select(".contents-list a").eachText());
        assertEquals("#workforce", page.selectFirst(".contents-list a").attr("href"));
    }

    @Test
    void sectionPagesListTheirPagesByWeight() throws IOException {
        Document page = Jsoup.parse(built().read("reports/index.html"));
        assertEquals(List.of("Annual report 2024", "Objectives"), page.select(".document-list__link").eachText());
        assertEquals("What we did in 2024.", page.selectFirst(".document-list li p").text());
    }

    @Test
    void aFolderWithoutIndexGetsASectionPage() throws IOException {
        MiniSite site = MiniSite.write(folder, """
                -- content/index.md --
                ---
                title: Home
                ---
                -- content/pay-gap/report-2024.md --
                ---
                title: Pay gap 2024
                ---
                """);
        assertEquals(0, site.build().exitCode());
        Document section = Jsoup.parse(site.read("pay-gap/index.html"));
        assertEquals("Pay gap", section.selectFirst("h1").text());
        assertEquals(List.of("Pay gap 2024"), section.select(".document-list__link").eachText());
    }

    @Test
    void navigationMarksTheCurrentPage() throws IOException {
        MiniSite site = built();
        Document reports = Jsoup.parse(site.read("reports/index.html"));
        assertEquals("page", reports.selectFirst(".navigation a").attr("aria-current"));
        Document home = Jsoup.parse(site.read("index.html"));
        assertFalse(home.selectFirst(".navigation a").hasAttr("aria-current"));
        assertEquals("/equality/accessibility/", home.selectFirst(".footer__links a").attr("href"));
    }

    @Test
    void sitemapFeedRobotsAndNotFoundPage() throws IOException {
        MiniSite site = built();
        String sitemap = site.read("sitemap.xml");
        assertTrue(sitemap.contains("<url><loc>https://example.org/equality/reports/annual-2024/</loc><lastmod>2025-04-15</lastmod></url>"), sitemap);
        assertTrue(sitemap.contains("<loc>https://example.org/equality/</loc>"), sitemap);
        String feed = site.read("feed.xml");
        assertTrue(feed.contains("<updated>2025-04-15T00:00:00Z</updated>"), feed);
        assertTrue(feed.indexOf("Annual report 2024") < feed.indexOf("<title>Objectives"), "newest first:\n" + feed);
        assertTrue(site.read("robots.txt").contains("Sitemap: https://example.org/equality/sitemap.xml"));
        Document notFound = Jsoup.parse(site.read("404.html"));
        assertEquals("Page not found", notFound.selectFirst("h1").text());
        assertEquals("/equality/assets/css/dueregard.css", notFound.selectFirst("link[rel=stylesheet]").attr("href"));
    }

    @Test
    void baseUrlFlagOverridesTheConfig() throws IOException {
        MiniSite site = MiniSite.write(folder, SITE.replace("and the [raw figures](figures.csv)", ""));
        site.writeBytes("content/reports/staff.png", MiniSite.PNG);
        assertEquals(0, site.build("--base-url", "http://localhost:8080").exitCode());
        Document page = Jsoup.parse(site.read("reports/index.html"));
        assertEquals("/assets/css/dueregard.css", page.selectFirst("link[rel=stylesheet]").attr("href"));
        assertTrue(site.read("sitemap.xml").contains("http://localhost:8080/reports/"));
    }

    @Test
    void buildsAreByteForByteDeterministic() throws IOException {
        MiniSite site = built();
        Map<String, byte[]> first = snapshot(site);
        assertEquals(0, site.build().exitCode());
        Map<String, byte[]> second = snapshot(site);
        assertEquals(first.keySet(), second.keySet());
        for (String file : first.keySet()) assertArrayEquals(first.get(file), second.get(file), file);
    }

    private static Map<String, byte[]> snapshot(MiniSite site) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        for (String file : site.outputFiles()) files.put(file, Files.readAllBytes(site.output().resolve(file)));
        return files;
    }

    @Test
    void aSiteOverridesOneTemplateAndOneAssetWithoutCopyingTheTheme() throws IOException {
        MiniSite site = built();
        site.writeFile("templates/partials/footer.peb", "<footer class=\"footer\"><p>Our own footer for {{ site.organisation }}</p></footer>\n");
        site.writeFile("assets/css/print.css", "/* our print styles */\n");
        assertEquals(0, site.build().exitCode());
        Document page = Jsoup.parse(site.read("index.html"));
        assertEquals("Our own footer for Test Council", page.selectFirst("footer").text());
        assertEquals(1, page.select(".skip-link").size(), "the rest of the theme still comes from the default theme");
        assertEquals("/* our print styles */\n", site.read("assets/css/print.css"));
        assertTrue(site.read("assets/css/dueregard.css").contains(".skip-link"));
    }

    @Test
    void templatesEscapeTextFromContent() throws IOException {
        MiniSite site = MiniSite.write(folder, """
                -- content/index.md --
                ---
                title: "Pay <script>alert(1)</script> & more"
                ---
                Body with <b>raw html</b>.
                """);
        assertEquals(0, site.build().exitCode());
        String html = site.read("index.html");
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("Pay &lt;script&gt;alert(1)&lt;/script&gt; &amp; more"), html);
        assertTrue(html.contains("&lt;b&gt;raw html&lt;/b&gt;"), "raw HTML in Markdown is shown, not obeyed");
    }

    @Test
    void refusesToBuildIntoTheSiteFolderOrAFolderItDidNotMake() throws IOException {
        MiniSite site = MiniSite.write(folder, "-- content/index.md --\n---\ntitle: Home\n---\n");
        MiniSite.Run intoSource = site.build("--output", folder.toString());
        assertEquals(1, intoSource.exitCode());
        assertTrue(intoSource.err().contains("is the site folder or contains it"), intoSource.err());
        MiniSite.Run intoContent = site.build("--output", folder.resolve("content/site").toString());
        assertEquals(1, intoContent.exitCode());
        assertTrue(intoContent.err().contains("is inside the content folder"), intoContent.err());
        for (String themeFolder : java.util.List.of("assets", "templates", "themes/mine")) {
            MiniSite.Run intoTheme = site.build("--output", folder.resolve(themeFolder).resolve("site").toString());
            assertEquals(1, intoTheme.exitCode(), themeFolder);
            assertTrue(intoTheme.err().contains("is inside the site's " + themeFolder.replaceAll("/.*", "") + "/ folder"), intoTheme.err());
            assertFalse(Files.exists(folder.resolve(themeFolder).resolve("site")), "nothing written into " + themeFolder);
        }
        Path precious = folder.resolve("precious");
        Files.createDirectories(precious);
        Files.writeString(precious.resolve("thesis.docx"), "years of work");
        MiniSite.Run intoOther = site.build("--output", precious.toString());
        assertEquals(1, intoOther.exitCode());
        assertTrue(intoOther.err().contains("already holds files that dueregard did not make"), intoOther.err());
        assertEquals("years of work", Files.readString(precious.resolve("thesis.docx")));
        for (String inTheWay : java.util.List.of(".out.staging", ".out.old")) {
            Path named = folder.resolve(inTheWay);
            Files.createDirectories(named);
            Files.writeString(named.resolve("notes.txt"), "someone else's");
            MiniSite.Run blocked = site.build("--output", folder.resolve("out").toString());
            assertEquals(1, blocked.exitCode(), blocked.toString());
            assertTrue(blocked.err().contains("is in the way"), blocked.err());
            assertEquals("someone else's", Files.readString(named.resolve("notes.txt")), "a folder we did not make is never deleted");
            Files.delete(named.resolve("notes.txt"));
            Files.delete(named);
        }
        assertEquals(0, site.build("--output", folder.resolve("out").toString()).exitCode());
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteAndNoStagingFolder() throws IOException {
        MiniSite site = built();
        Map<String, byte[]> before = snapshot(site);
        site.writeFile("content/reports/broken.md", "---\ntitle: Broken\n---\n[nowhere](missing.md)\n");
        assertEquals(1, site.build().exitCode());
        Map<String, byte[]> after = snapshot(site);
        assertEquals(before.keySet(), after.keySet());
        for (String file : before.keySet()) assertArrayEquals(before.get(file), after.get(file), file);
        assertFalse(Files.exists(folder.resolve(".site.staging")));
    }
}
