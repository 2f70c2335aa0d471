package org.dueregard.pipeline;

import org.dueregard.testing.MiniSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One fixture per mistake an author can make: each gets one message naming the file and line and saying what to do,
 * exit code 1, no stack trace, and the previous site left as it was.
 */
class BadInputTest {

    @TempDir
    Path folder;

    private static final String GOOD_HOME = """
            -- content/index.md --
            ---
            title: Home
            ---
            Welcome.
            """;

    /** Builds a good site first, then breaks it, so every case also proves the old output survives. */
    private MiniSite.Run buildBroken(String brokenFiles) throws IOException {
        MiniSite good = MiniSite.write(folder, GOOD_HOME);
        MiniSite.Run first = good.build();
        assertEquals(0, first.exitCode(), first.toString());
        String before = good.read("index.html");
        MiniSite.write(folder, brokenFiles);
        MiniSite.Run run = good.build();
        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(before, good.read("index.html"), "the previous site must be untouched");
        assertFalse(run.err().contains("Exception"), "no stack trace for a user's mistake:\n" + run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace for a user's mistake:\n" + run.err());
        assertTrue(run.err().contains("Nothing in"), run.err());
        return run;
    }

    private static void assertReports(MiniSite.Run run, String location, String message) {
        String expected = location + ": error: " + message;
        assertTrue(run.err().contains(expected), "expected «" + expected + "» in:\n" + run.err());
        assertTrue(run.err().contains("fix: "), "every problem says how to fix it:\n" + run.err());
    }

    @Test
    void frontMatterNotClosed() throws IOException {
        MiniSite.Run run = buildBroken("""
                -- content/report.md --
                ---
                title: Report
                date: 2025-01-01

                Some text.
                """);
        assertReports(run, "content/report.md:1", "The front matter that starts on line 1 is never closed.");
    }

    @Test
    void invalidYamlInFrontMatter() throws IOException {
        MiniSite.Run run = buildBroken("""
                -- content/report.md --
                ---
                title: Report
                summary: [unclosed
                date: 2025-01-01
                ---
                Text.
                """);
        assertTrue(run.err().matches("(?s).*content/report\\.md:[3-5]: error: This YAML cannot be read.*"), run.err());
    }

    @Test
    void misspeltFrontMatterKeySuggestsTheRightOne() throws IOException {
        MiniSite.Run run = buildBroken("""
                -- content/report.md --
                ---
                title: Report
                sumary: A summary.
                ---
                Text.
                """);
        assertReports(run, "content/report.md:3", "Unknown key 'sumary' in the front matter - did you mean 'summary'?");
    }

    @Test
    void misspeltConfigKeySuggestsTheRightOne() throws IOException {
        MiniSite.Run run = buildBroken("""
                -- dueregard.yml --
                title: Test
                organisation: Test Council
                base_url: https://example.org/
                langauge: cy
                """);
        assertReports(run, "dueregard.yml:4", "Unknown key 'langauge' in the site config - did you mean 'language'?");
    }

    @Test
    void missingTitle() throws IOException {
        MiniSite.Run run = buildBroken("""
                -- content/report.md --
                ---
                summary: No title here.
                ---
                Text.
                """);
        assertReports(run, "content/report.md:2", "The front matter has no 'title'.");
    }

    @Test
    void dateThatIsNotADate() throws IOException {
        MiniSite.Run run = buildBroken("""
                -- content/report.md --
                ---
                title: Report
                date: 31/03/2025
                ---
                Text.
                """);
        assertReports(run, "content/report.md:3", "'date' is '31/03/2025', which is not a date.");
        assertTrue(run.err().contains("date: 2025-03-31") || run.err().contains("2025-03-31"), run.err());
    }

    @Test
    void imageThatDoesNotExist() throws IOException {
        MiniSite.Run run = buildBroken("""
                -- content/report.md --
                ---
                title: Report
                ---
                Intro.

                ![Bar chart of staff by band](chart.png)
                """);
        assertReports(run, "content/report.md:6", "The image 'chart.png' does not exist.");
    }

    @Test
    void imageWithoutAltText() throws IOException {
        MiniSite.write(folder, "");
        Files.createDirectories(folder.resolve("content"));
        Files.write(folder.resolve("content/chart.png"), MiniSite.PNG);
        MiniSite.Run run = buildBroken("""
                -- content/report.md --
                ---
                title: Report
                ---
                ![](chart.png)
                """);
        assertReports(run, "content/report.md:4", "The image 'chart.png' has no alt text.");
    }

    @Test
    void brokenInternalLinkSuggestsTheNearestPage() throws IOException {
        MiniSite.Run run = buildBroken("""
                -- content/objectives.md --
                ---
                title: Objectives
                ---
                Our objectives.
                -- content/report.md --
                ---
                title: Report
                ---
                First line.

                See [our objectives](objectivs.md).
                """);
        assertReports(run, "content/report.md:6", "The link 'objectivs.md' points at a page that does not exist - did you mean 'objectives.md'?");
    }

    @Test
    void aLinkThatIsNotAWebPageEmailOrPhone() throws IOException {
        MiniSite.Run run = buildBroken("""
                -- content/report.md --
                ---
                title: Report
                ---
                Write to [us](mailto:equality@example.org), call [us](tel:01782298002) or read [the law](https://www.legislation.gov.uk/).

                Do not [click](data:text/html,hello) here.
                """);
        assertReports(run, "content/report.md:6", "The link 'data:text/html,hello' cannot be published: it starts with 'data:', which is not a web page, email address or phone number.");
        assertEquals(1, run.err().lines().filter(line -> line.contains(": error: ")).count(), "mailto, tel and https links are fine:\n" + run.err());
    }

    @Test
    void brokenAnchorOnAnotherPage() throws IOException {
        MiniSite.Run run = buildBroken("""
                -- content/objectives.md --
                ---
                title: Objectives
                ---
                ## Our first objective
                -- content/report.md --
                ---
                title: Report
                ---
                See [the first objective](objectives.md#our-frist-objective).
                """);
        assertReports(run, "content/report.md:4",
                "The link to 'objectives.md#our-frist-objective' points at a heading that page does not have - did you mean 'our-first-objective'?");
    }

    @Test
    void brokenAnchorOnTheSamePage() throws IOException {
        MiniSite.Run run = buildBroken("""
                -- content/report.md --
                ---
                title: Report
                ---
                ## Pay gap

                Jump to [the summary](#summary).
                """);
        assertReports(run, "content/report.md:6", "The link to '#summary' points at no heading on this page.");
    }

    @Test
    void twoPagesWithTheSameUrl() throws IOException {
        MiniSite.Run run = buildBroken("""
                -- content/report.md --
                ---
                title: Report
                ---
                One.
                -- content/report/index.md --
                ---
                title: Report again
                ---
                Two.
                """);
        assertTrue(run.err().contains("would be published at /report/, the same address as"), run.err());
    }

    @Test
    void fileThatIsNotUtf8() throws IOException {
        MiniSite site = MiniSite.write(folder, GOOD_HOME);
        assertEquals(0, site.build().exitCode());
        byte[] latin1 = "---\ntitle: Report\n---\nFirst line.\nThe caf\u00e9 opens.\n".getBytes(StandardCharsets.ISO_8859_1);
        site.writeBytes("content/report.md", latin1);
        MiniSite.Run run = site.build();
        assertEquals(1, run.exitCode());
        assertReports(run, "content/report.md:5", "This file is not saved as UTF-8 text (a byte on this line cannot be read).");
    }

    @Test
    void emptyContentFolder() throws IOException {
        Files.createDirectories(folder.resolve("content"));
        MiniSite site = MiniSite.write(folder, "");
        MiniSite.Run run = site.build();
        assertEquals(1, run.exitCode(), run.toString());
        assertReports(run, "content/", "There are no pages: the content folder has no Markdown (.md) files.");
    }

    @Test
    void missingConfigFile() throws IOException {
        MiniSite.write(folder, GOOD_HOME);
        Files.delete(folder.resolve("dueregard.yml"));
        MiniSite.Run run = MiniSite.run("build", "--source", folder.toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertReports(run, "dueregard.yml", "There is no dueregard.yml in " + folder.toAbsolutePath().normalize() + ".");
    }

    @Test
    void unknownLayoutSuggestsAKnownOne() throws IOException {
        MiniSite.Run run = buildBroken("""
                -- content/report.md --
                ---
                title: Report
                layout: reprot
                ---
                Text.
                """);
        assertTrue(run.err().contains("There is no layout called 'reprot' - did you mean 'report'?"), run.err());
    }

    @Test
    void headingThatSkipsALevel() throws IOException {
        MiniSite.Run run = buildBroken("""
                -- content/report.md --
                ---
                title: Report
                ---
                ## Workforce

                #### Pay bands
                """);
        assertReports(run, "content/report.md:6", "This heading skips a level: it is level 4 ('####') but the heading before it is level 2.");
    }

    @Test
    void tableWithoutCaption() throws IOException {
        MiniSite.Run run = buildBroken("""
                -- content/report.md --
                ---
                title: Report
                ---
                | Group | Staff |
                |---|---|
                | Women | 51 |
                """);
        assertReports(run, "content/report.md:4", "This table has no caption.");
    }

    @Test
    void severalProblemsInOneRunAreAllReported() throws IOException {
        MiniSite.Run run = buildBroken("""
                -- content/a.md --
                ---
                titel: A
                ---
                -- content/b.md --
                ---
                title: B
                date: yesterday
                ---
                -- content/c.md --
                ---
                title: C
                """);
        assertTrue(run.err().contains("content/a.md:2: error: Unknown key 'titel'"), run.err());
        assertTrue(run.err().contains("content/b.md:3: error: 'date' is 'yesterday'"), run.err());
        assertTrue(run.err().contains("content/c.md:1: error: The front matter that starts on line 1 is never closed."), run.err());
        assertTrue(run.err().contains("The build stopped with 3 errors"), run.err());
    }

    @Test
    void menuLinkToAMissingPage() throws IOException {
        MiniSite.Run run = buildBroken("""
                -- dueregard.yml --
                title: Test
                organisation: Test Council
                base_url: https://example.org/
                navigation:
                  - title: Reports
                    page: reprts/index.md
                """);
        assertReports(run, "dueregard.yml:5", "The link 'Reports' points at the page 'reprts/index.md', which does not exist.");
    }
}
