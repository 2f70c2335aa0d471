package org.dueregard.site;

import org.dueregard.testing.MiniSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page for each objective: what it is, its status and why, its figures over the years, and its easy read version. */
class ObjectivePagesTest {

    @TempDir
    Path folder;

    private static final String DATA = """
            -- content/data/language.yml --
            title: Mothers with no language recorded
            description: Births where the mother's language was not recorded, each year
            source: Maternity dashboard
            columns:
              - {id: year, label: Year}
              - {id: not_recorded, label: No language recorded, type: percent, unit: "% of births"}
            rows:
              - [2022, 35.1]
              - [2023, 33.0]
              - [2024, 19.9]
            -- content/data/objectives.yml --
            title: Our equality objectives
            source: Board papers
            columns:
              - {id: objective, label: Objective}
              - {id: serves, label: Protected characteristics it serves, type: text}
              - {id: lead, label: Lead, type: text}
              - {id: measure, label: Measure, type: text}
              - {id: baseline, label: Baseline year, type: text}
              - {id: target, label: Target, type: text}
              - {id: start, label: Start, type: text}
              - {id: due, label: Due date, type: text}
              - {id: address, label: Address, type: text}
              - {id: easy_read_title, label: Easy read title, type: text}
              - {id: easy_read, label: Easy read points, type: text}
            rows:
              - [Record every mother's language, Race, Director of nursing, language.not_recorded, "2023", "10", "2024-04-01", "2027-03-31", language, "Write down every mother's language", "![](picture:baby) We will ask every mother about her language."]
              - [Halve it sooner, Race, Director of nursing, language.not_recorded, "2023", "15", "2023-04-01", "2024-06-30", sooner, ~, ~]
              - [Nearly all recorded, Race, Director of nursing, language.not_recorded, "2023", "19.9", "2024-04-01", "2027-03-31", ~, ~, ~]
              - [Move away, Race, Director of nursing, language.not_recorded, "2022", "40", "2022-04-01", "2027-03-31", away, ~, ~]
              - [Not yet measured, Race, Director of nursing, language.not_recorded, "2024", "10", "2024-04-01", "2027-03-31", later, ~, ~]
              - [Work with partners, All nine, Chief executive, ~, ~, ~, ~, Not yet agreed, partners, ~, ~]
            -- content/objectives.md --
            ---
            title: Our objectives
            objectives:
              data: objectives
              as_of: 2026-01-31
            ---
            ```objectives
            data: objectives
            as_of: 2026-01-31
            ```
            -- content/objectives.easy-read.md --
            ---
            title: Our goals
            ---
            - ![](picture:plan) [Our goal about language](objectives/language.easy-read.md).
            -- content/index.md --
            ---
            title: Home
            ---
            """;

    @Test
    void eachObjectiveHasAPageWithItsFactsItsStatusAndItsFiguresOverTheYears() throws IOException {
        MiniSite site = MiniSite.write(folder, DATA);
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        Document page = Jsoup.parse(site.read("objectives/language/index.html"));
        assertEquals("Record every mother's language", page.selectFirst("h1").text());
        assertEquals("Status: On track. The figures have moved towards the target at least as fast as the time gone by.",
                page.selectFirst(".objective-status").text());
        List<String> terms = page.select(".objective-facts dt").eachText();
        List<String> facts = page.select(".objective-facts dd").eachText();
        assertEquals(List.of("Protected characteristics it serves", "Lead", "Measure", "Baseline", "Target", "Latest figure", "Start", "Due date"), terms);
        assertEquals(List.of("Race", "Director of nursing", "No language recorded, from the figures: Mothers with no language recorded",
                "33.0% in 2023", "10.0% by 31 March 2027", "19.9% in 2024", "1 April 2024", "31 March 2027"), facts);
        String how = page.select("h2:contains(How we worked out the status) + p").text();
        assertEquals("From 33.0% in 2023 to 19.9% in 2024, the figure has moved 57% of the way to the target of 10.0%. By 31 January 2026, "
                + "61% of the time from 1 April 2024 to 31 March 2027 had gone by. An objective is on track when the figure has moved at least as far "
                + "as the time gone by, less 10 percentage points.", how);
        // The history: a line chart of every year (three of them), with alt text and a summary, and under it the table with
        // the change each year, in one figure with one download.
        assertEquals("No language recorded went from 35.1% in 2022 to 19.9% in 2024", page.selectFirst(".chart-title").text());
        assertTrue(page.selectFirst("img.chart-image").attr("alt").startsWith("Line chart"), page.selectFirst("img.chart-image").attr("alt"));
        assertTrue(site.exists("objectives/language/language-chart-1.svg"), site.outputFiles().toString());
        Document table = Jsoup.parse(page.select("figure.chart-figure").outerHtml());
        assertEquals(List.of("2022 35.1% [z]", "2023 33.0% -2.1", "2024 19.9% -13.1"), table.select("tbody tr").eachText());
        assertEquals(List.of("No language recorded fell from 35.1% in 2022 to 19.9% in 2024.",
                "Compared with 2023, No language recorded in 2024: 13.1 percentage points lower, 19.9% from 33.0%."), table.select(".chart-summary p").eachText());
        assertEquals(1, page.select("figure").size());
        assertEquals(List.of("/objectives/language/language.csv"), page.select("a.figure-download").eachAttr("href"));
        assertEquals("/objectives/", page.selectFirst("a:contains(All our equality objectives)").attr("href"));
        assertEquals(List.of("Home", "Our objectives"), page.select("nav.breadcrumbs a, .breadcrumbs a").eachText());
    }

    @Test
    void everyStatusIsWorkedOutAndTheOverviewLinksEachObjectiveToItsPage() throws IOException {
        MiniSite site = MiniSite.write(folder, DATA);
        assertEquals(0, site.build().exitCode());
        Document overview = Jsoup.parse(site.read("objectives/index.html"));
        assertEquals(List.of("/objectives/language/", "/objectives/sooner/", "/objectives/nearly-all-recorded/", "/objectives/away/",
                "/objectives/later/", "/objectives/partners/"), overview.select("tbody th a").eachAttr("href"));
        assertEquals("Of 6 objectives, 1 is achieved, 1 is on track, 1 is behind, 1 is not started, 1 is overdue and 1 is not measured.",
                overview.selectFirst(".objectives-summary").text());
        assertStatus(site, "sooner", "Overdue", "The due date, 30 June 2024, has passed. The latest figure, 19.9% in 2024, has not reached the target of 15.0%.");
        assertStatus(site, "nearly-all-recorded", "Achieved", "The latest figure, 19.9% in 2024, has reached the target of 19.9%.");
        assertStatus(site, "away", "Behind", "From 35.1% in 2022 to 19.9% in 2024, the figure has moved away from the target of 40.0%.");
        assertStatus(site, "later", "Not started", "There is no figure yet after the baseline, 19.9% in 2024.");
        assertStatus(site, "partners", "Not measured", "This objective has no figure to measure it by yet, so we cannot work out its progress.");
        Document partners = Jsoup.parse(site.read("objectives/partners/index.html"));
        assertTrue(partners.select(".objective-facts").text().contains("Due date Not yet agreed"), partners.select(".objective-facts").text());
        assertTrue(partners.select("figure").isEmpty(), "an objective with no measure has no figures to draw");
        // Objective pages are listed by their overview, not as pages of the section.
        assertFalse(Jsoup.parse(site.read("index.html")).select("main a[href^=/objectives/]").eachAttr("href").contains("/objectives/sooner/"));
    }

    private static void assertStatus(MiniSite site, String address, String status, String howStarts) throws IOException {
        Document page = Jsoup.parse(site.read("objectives/" + address + "/index.html"));
        assertTrue(page.selectFirst(".objective-status").text().startsWith("Status: " + status + "."), page.selectFirst(".objective-status").text());
        String how = page.select("h2:contains(How we worked out the status) + p").text();
        assertTrue(how.startsWith(howStarts), how);
    }

    @Test
    void anObjectiveWithEasyReadPointsHasAnEasyReadPagePairedWithItsPage() throws IOException {
        MiniSite site = MiniSite.write(folder, DATA);
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        Document easy = Jsoup.parse(site.read("objectives/language/easy-read/index.html"));
        assertEquals("Write down every mother's language", easy.selectFirst("h1").text());
        assertEquals(List.of("We will ask every mother about her language.", "We are doing well. We should get there on time.",
                "We want to do this by 31 March 2027.", "See all our goals."), easy.select(".easy-read-words").eachText());
        assertEquals(4, easy.select(".easy-read-picture img[alt]").size());
        assertEquals("/objectives/easy-read/", easy.selectFirst("a:contains(See all our goals)").attr("href"));
        assertEquals("/objectives/language/", easy.selectFirst(".alternate-version a").attr("href"));
        assertEquals("/objectives/language/easy-read/", Jsoup.parse(site.read("objectives/language/index.html")).selectFirst(".alternate-version a").attr("href"));
        assertFalse(Jsoup.parse(site.read("objectives/easy-read/index.html")).select("main li a[href=/objectives/language/easy-read/]").isEmpty(),
                "the easy read goals link each goal's easy read page");
        assertFalse(site.exists("objectives/sooner/easy-read/index.html"), "no easy_read points, no easy read page");
    }

    @Test
    void aHiddenFigureInAMeasureReachesNoObjectivePage() throws IOException {
        MiniSite site = MiniSite.write(folder, DATA.replace("  - [2023, 33.0]\n", "  - [2023, 33.0]\n  - [2023b, 31.77]\n")
                .replace("{id: not_recorded, label: No language recorded, type: percent, unit: \"% of births\"}",
                        "{id: not_recorded, label: No language recorded, type: percent, unit: \"% of births\", base: births}\n  - {id: births, type: count}")
                .replace("[2022, 35.1]", "[2022, 35.1, 900]").replace("[2023, 33.0]", "[2023, 33.0, 880]")
                .replace("[2023b, 31.77]", "[2023b, 31.77, 4]").replace("[2024, 19.9]", "[2024, 19.9, 870]")
                .replace("source: Maternity dashboard", "source: Maternity dashboard\nsuppression:\n  threshold: 10\n  secondary: none"));
        MiniSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        Document page = Jsoup.parse(site.read("objectives/language/index.html"));
        assertEquals(List.of("2022 35.10% [z]", "2023 33.00% -2.10", "2023b [c] [c]", "2024 19.90% [c]"), page.select("figure.chart-figure tbody tr").eachText());
        for (String file : site.outputFiles()) {
            if (!file.startsWith("objectives/")) continue;
            String text = Files.readString(site.output().resolve(file), StandardCharsets.ISO_8859_1);
            for (String sentinel : List.of("31.77", "31.8", "11.87", "1.23")) {
                if (file.endsWith(".svg") && sentinel.length() < 5) continue; // chart coordinates have one decimal place
                assertFalse(text.contains(sentinel), sentinel + " leaked into " + file);
            }
        }
    }

    @Test
    void aMistakeInAnObjectiveNamesTheDatasetAndTheObjectivesLine() throws IOException {
        MiniSite badMeasure = MiniSite.write(folder, DATA.replace("language.not_recorded, \"2023\", \"10\", \"2024-04-01\", \"2027-03-31\", language",
                "language.not_recorde, \"2023\", \"10\", \"2024-04-01\", \"2027-03-31\", language"));
        MiniSite.Run run = badMeasure.build();
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("content/data/objectives.yml:16: error: The objective 'Record every mother's language': the dataset 'language' has no number column 'not_recorde'."),
                run.err());
        assertFalse(run.err().contains("Exception"), run.err());

        MiniSite missingYear = MiniSite.write(folder, DATA.replace("language.not_recorded, \"2022\", \"40\"", "language.not_recorded, \"2021\", \"40\""));
        MiniSite.Run noYear = missingYear.build();
        assertEquals(1, noYear.exitCode(), noYear.toString());
        assertTrue(noYear.err().contains("content/data/objectives.yml:19: error: The objective 'Move away': the baseline '2021' is not a row of 'language' (its rows are 2022, 2023, 2024)."),
                noYear.err());

        MiniSite gap = MiniSite.write(folder, DATA.replace("  - [2023, 33.0]\n", ""));
        MiniSite.Run noMiddleYear = gap.build();
        assertEquals(1, noMiddleYear.exitCode(), noMiddleYear.toString());
        assertTrue(noMiddleYear.err().contains("content/data/objectives.yml:19: error: The objective 'Move away' cannot show its figures over the years: "
                + "the dataset 'language' has no row for 2023, between 2022 and 2024 (line 9 of content/data/language.yml)."), noMiddleYear.err());

        MiniSite noDataset = MiniSite.write(folder, DATA.replace("  data: objectives\n  as_of", "  data: objectivez\n  as_of"));
        MiniSite.Run unknown = noDataset.build();
        assertEquals(1, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().contains("content/objectives.md:3: error: There is no objectives dataset called 'objectivez' - did you mean 'objectives'?"), unknown.err());

        MiniSite noPicture = MiniSite.write(folder, DATA.replace("\"![](picture:baby) We will ask", "\"We will ask"));
        MiniSite.Run picture = noPicture.build();
        assertEquals(1, picture.exitCode(), picture.toString());
        assertTrue(picture.err().contains("content/data/objectives.yml:16: error: The easy read point 'We will ask every mother about her language.' of the objective "
                + "'Record every mother's language' does not start with a picture."), picture.err());
    }
}
