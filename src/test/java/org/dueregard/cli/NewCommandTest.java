package org.dueregard.cli;

import org.dueregard.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a new user does first: a new site, a report, its easy read version and a dataset, each building cleanly. */
class NewCommandTest {

    @TempDir
    Path folder;

    @Test
    void aNewSiteAndItsFirstFilesBuildWithoutAProblem() throws IOException {
        Path site = folder.resolve("equality");
        MiniSite.Run created = MiniSite.run("new", "site", site.toString(), "--organisation", "Test Borough Council");
        assertEquals(0, created.exitCode(), created.toString());
        assertTrue(created.out().contains("Next:"), created.out());
        MiniSite.Run build = MiniSite.run("build", "--source", site.toString());
        assertEquals(0, build.exitCode(), build.toString());
        assertEquals("", build.err(), "a new site builds with no warnings");
        assertTrue(Files.readString(site.resolve("site/index.html")).contains("Test Borough Council"));

        MiniSite.Run report = MiniSite.run("new", "report", "Equality report 2025/26", "--source", site.toString());
        assertEquals(0, report.exitCode(), report.toString());
        assertTrue(report.out().contains(" serve --drafts --source " + site), "a command that works from where it was typed: " + report.out());
        Path reportFile = site.resolve("content/reports/equality-report-2025-26.md");
        String text = Files.readString(reportFile);
        assertTrue(text.contains("draft: true"), "a new report starts as a draft");
        for (String section : new String[] {"## Our staff", "## The people who use our services", "## Our equality objectives", "## Gender pay gap"}) {
            assertTrue(text.contains(section), section);
        }
        assertTrue(text.contains("# the page's main heading"), "every key is explained");

        MiniSite.Run easyRead = MiniSite.run("new", "easy-read", reportFile.toString(), "--source", site.toString());
        assertEquals(0, easyRead.exitCode(), easyRead.toString());
        MiniSite.Run dataset = MiniSite.run("new", "dataset", "Staff by pay band 2026", "--source", site.toString());
        assertEquals(0, dataset.exitCode(), dataset.toString());
        assertTrue(Files.exists(site.resolve("content/data/staff-by-pay-band-2026.yml")));

        MiniSite.Run withDrafts = MiniSite.run("build", "--source", site.toString(), "--drafts");
        assertEquals(0, withDrafts.exitCode(), withDrafts.toString());
        assertEquals("", withDrafts.err(), "the starting files pass every check, easy read rules included");
        assertTrue(Files.exists(site.resolve("site/reports/equality-report-2025-26/easy-read/index.html")));
        MiniSite.Run published = MiniSite.run("build", "--source", site.toString());
        assertEquals(0, published.exitCode());
        assertFalse(Files.exists(site.resolve("site/reports/equality-report-2025-26/index.html")), "drafts stay off the site");
    }

    @Test
    void nothingIsEverOverwritten() throws IOException {
        Path site = folder.resolve("s");
        assertEquals(0, MiniSite.run("new", "site", site.toString()).exitCode());
        MiniSite.Run again = MiniSite.run("new", "site", site.toString());
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("is not empty"), again.err());
        assertEquals(0, MiniSite.run("new", "dataset", "pay", "--source", site.toString()).exitCode());
        MiniSite.Run twice = MiniSite.run("new", "dataset", "pay", "--source", site.toString());
        assertEquals(1, twice.exitCode());
        assertTrue(twice.err().contains("already exists, so nothing was written"), twice.err());
        MiniSite.Run missing = MiniSite.run("new", "easy-read", "content/nope.md", "--source", site.toString());
        assertEquals(2, missing.exitCode());
    }

    @Test
    void namesWithYamlAndMarkdownCharactersArriveAsTyped() throws IOException {
        Path site = folder.resolve("quoted");
        String organisation = "Smith & Jones: \"North\" #1 <b>Trust</b> *NHS*";
        assertEquals(0, MiniSite.run("new", "site", site.toString(), "--organisation", organisation).exitCode());
        MiniSite.Run report = MiniSite.run("new", "report", "Pay gap: 2024 # final [draft]", "--source", site.toString());
        assertEquals(0, report.exitCode(), report.toString());
        Path reportFile = site.resolve("content/reports/pay-gap-2024-final-draft.md");
        assertEquals(0, MiniSite.run("new", "easy-read", reportFile.toString(), "--source", site.toString()).exitCode());
        assertEquals(0, MiniSite.run("new", "dataset", "yes", "--source", site.toString()).exitCode());

        MiniSite.Run build = MiniSite.run("build", "--source", site.toString(), "--drafts");
        assertEquals(0, build.exitCode(), build.toString());
        org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(Files.readString(site.resolve("site/index.html")));
        // the page's typography turns straight quotes into curly ones; every other character arrives as typed
        assertTrue(home.select("main p").text().replace('\u201c', '"').replace('\u201d', '"').contains("This is where " + organisation + " publishes"),
                home.select("main").text());
        assertEquals("Pay gap: 2024 # final [draft]",
                org.jsoup.Jsoup.parse(Files.readString(site.resolve("site/reports/pay-gap-2024-final-draft/index.html"))).select("h1").text());
        assertEquals("Pay gap: 2024 # final [draft] - easy read",
                org.jsoup.Jsoup.parse(Files.readString(site.resolve("site/reports/pay-gap-2024-final-draft/easy-read/index.html"))).select("h1").text());
        assertTrue(Files.readString(site.resolve("content/data/yes.yml")).contains("title: \"Yes\""), "a title YAML would read as true is quoted");
    }

    @Test
    void namesThatWouldBreakTheFilesAreRefused() {
        Path site = folder.resolve("refused");
        assertEquals(2, MiniSite.run("new", "site", site.toString(), "--organisation", "Test\nCouncil").exitCode());
        assertFalse(Files.exists(site));
        assertEquals(0, MiniSite.run("new", "site", site.toString()).exitCode());
        for (String title : new String[] {"", "   ", "!!!", "Report\ntitle: other", "Tab\there"}) {
            MiniSite.Run run = MiniSite.run("new", "report", title, "--source", site.toString());
            assertEquals(2, run.exitCode(), "refused: " + title.replace("\n", "\\n") + " " + run);
            assertTrue(run.err().startsWith("The title"), run.err());
        }
        MiniSite.Run dataset = MiniSite.run("new", "dataset", "%%%", "--source", site.toString());
        assertEquals(2, dataset.exitCode(), dataset.toString());
        assertTrue(dataset.err().contains("has no letters"), dataset.err());
    }
}
